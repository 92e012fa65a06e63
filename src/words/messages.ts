/**
 * Message catalogs and the translator that fills them. A message is a string with
 * `{name}` placeholders or, when it depends on a number, a set of plural forms chosen by
 * `Intl.PluralRules` for the language with the `count` parameter (English has `one` and
 * `other`; other languages have other forms). Numbers are formatted by the caller, in the
 * same language (see format.ts), before they are passed in.
 */
import { isolateDirection } from '../data/direction';
import { en } from './en';

export type MessageKey = keyof typeof en;

/** Plural forms of a message; `other` is required, as every language has it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;
export type Catalog = Record<MessageKey, Message>;
export type Params = Record<string, string | number>;

/** Fills messages of one language. */
export type Translate = {
  (key: MessageKey, params?: Params): string;
  /** The locale of its numbers, lists and plurals, for formatting them the same way. */
  readonly language: string;
  /** The catalog's language tag, as `<html lang>` gives it ("es"). */
  readonly tag: Language;
};

/**
 * The languages the game speaks, by tag, each with the locale its numbers, lists and
 * plurals are formatted in (Spanish as written in Mexico: "1,234.5", "60%"). English is
 * part of the first screen; every other catalog loads when it is first chosen.
 */
export const LANGUAGES = { en: 'en', es: 'es-MX' } as const;
export type Language = keyof typeof LANGUAGES;

const catalogs: Partial<Record<Language, Catalog>> = { en };
const loaders: Record<Exclude<Language, 'en'>, () => Promise<Catalog>> = {
  es: () => import('./es').then((module) => module.es),
};

export function isLanguage(tag: string): tag is Language {
  return Object.hasOwn(LANGUAGES, tag);
}

/** The languages the game can be played in (loaded or not). */
export function availableLanguages(): Language[] {
  return Object.keys(LANGUAGES) as Language[];
}

/** Whether `language`'s catalog is here, so that `translator` speaks it. */
export function isLoaded(language: string): boolean {
  return isLanguage(language) && catalogs[language] !== undefined;
}

/** Loads `language`'s catalog (once); a tag without a catalog resolves at once. */
export async function loadCatalog(language: string): Promise<void> {
  if (!isLanguage(language) || language === 'en' || catalogs[language]) return;
  catalogs[language] = await loaders[language]();
}

/** A translator for `language` (English while its catalog is not loaded, or without one). */
export function translator(language: string): Translate {
  const lang: Language = isLoaded(language) ? (language as Language) : 'en';
  const catalog = catalogs[lang]!;
  const locale = LANGUAGES[lang];
  const plurals = new Intl.PluralRules(locale);
  const translate = (key: MessageKey, params: Params = {}): string => {
    const message = catalog[key];
    const text =
      typeof message === 'string'
        ? message
        : (message[plurals.select(Number(params.count ?? 0))] ?? message.other);
    return fill(text, params);
  };
  return Object.assign(translate, { language: locale, tag: lang });
}

/**
 * Fills `{name}` placeholders; a placeholder without a value is left visible. Values
 * are isolated (see isolateDirection), so that scenario text cannot reverse the message
 * around it.
 */
function fill(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? isolateDirection(String(params[name])) : whole,
  );
}

/** Items joined as the language joins a list: "a, b and c" (or "a, b or c"). */
export function joinList(t: Translate, items: readonly string[], type: 'and' | 'or'): string {
  return new Intl.ListFormat(t.language, {
    style: 'long',
    type: type === 'and' ? 'conjunction' : 'disjunction',
  }).format(items);
}
