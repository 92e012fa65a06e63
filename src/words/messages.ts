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
  /** The language tag, for formatting numbers the same way. */
  readonly language: string;
};

const catalogs: Record<string, Catalog> = { en };

/** The languages that have a catalog. */
export function availableLanguages(): string[] {
  return Object.keys(catalogs);
}

/** A translator for `language` (English when there is no catalog for it). */
export function translator(language: string): Translate {
  const lang = language in catalogs ? language : 'en';
  const catalog = catalogs[lang]!;
  const plurals = new Intl.PluralRules(lang);
  const translate = (key: MessageKey, params: Params = {}): string => {
    const message = catalog[key];
    const text =
      typeof message === 'string'
        ? message
        : (message[plurals.select(Number(params.count ?? 0))] ?? message.other);
    return fill(text, params);
  };
  return Object.assign(translate, { language: lang });
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
