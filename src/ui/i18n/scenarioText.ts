/**
 * What a scenario's translation adds to the screens beside the translated scenario
 * itself: the game's translations of verbatim quotations, and names for the scenario's
 * own ids (its tags, its kinds of answer).
 *
 * The sources are English, and a quotation
 * is always shown in their words; a scenario's translation (scenarios/<id>/scenario.<lang>.yaml)
 * also gives the game's own translation of each quote, shown beside it (parts/quote.ts).
 *
 * The contract with the scenario's translation: a scenario compiled in another language
 * keeps every `quote` field in its original words, and the translation offers
 * `translated(path)`, the translated text of the field at `path` or undefined. A path
 * names a field from the scenario's root: object keys, and for an array element its `id`
 * when it has one, else its index, joined by dots (`evidence.e-hegseth.quote`,
 * `options.strike.cites.0.quote`). `useQuoteTranslations` walks the scenario once, asks
 * for every quote's path, and keeps the answers by original text, which is what the
 * screens have in hand when they show a quote. Ids are asked for as `tags.<id>` and
 * `answerKinds.<id>` when shown.
 */
import { idName, type IdFamily } from '../../words/ids';
import { languageTag, translate } from './index';

export type TranslationLookup = (path: string) => string | undefined;

/** Translations of quotes by language tag, then by the original words. */
const byLanguage = new Map<string, Map<string, string>>();
/** The translation's lookup by language tag, for the names of ids. */
const lookups = new Map<string, TranslationLookup>();

/** Every `quote` field of `value` with its path, in document order. */
export function quotePaths(value: unknown, path: string[] = []): { path: string; quote: string }[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => {
      const id =
        typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
      return quotePaths(item, [...path, typeof id === 'string' ? id : String(index)]);
    });
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, field]) =>
    key === 'quote' && typeof field === 'string'
      ? [{ path: [...path, key].join('.'), quote: field }]
      : quotePaths(field, [...path, key]),
  );
}

/**
 * Keeps the translation of `scenario` into `tag` for quotes and ids (replacing any kept
 * before for that language). A quote without a translation is shown alone.
 */
export function useScenarioTranslation(
  tag: string,
  scenario: unknown,
  translated: TranslationLookup,
): void {
  const quotes = new Map<string, string>();
  for (const { path, quote } of quotePaths(scenario)) {
    const translation = translated(path);
    if (translation !== undefined && translation !== quote) quotes.set(quote, translation);
  }
  byLanguage.set(tag, quotes);
  lookups.set(tag, translated);
}

/**
 * Keeps the game's translations of the quotations of a localized `scenario` into `tag`,
 * as `translationOf` gives them for each quotation's original words.
 */
export function useLocalizedQuotes(
  tag: string,
  scenario: unknown,
  translationOf: (quote: string) => string | undefined,
): void {
  const quotes = new Map<string, string>();
  for (const { quote } of quotePaths(scenario)) {
    const translation = translationOf(quote);
    if (translation !== undefined && translation !== quote) quotes.set(quote, translation);
  }
  byLanguage.set(tag, quotes);
}

/** The game's translation of the quote `original` into the language spoken now, if any. */
export function quoteTranslation(original: string): string | undefined {
  return byLanguage.get(languageTag())?.get(original);
}

const FAMILY_PATHS: Record<IdFamily, string> = { tag: 'tags', answerKind: 'answerKinds' };

/** The name of a tag or a kind of answer, in the language spoken now. */
export function idLabel(family: IdFamily, id: string): string {
  const lookup = lookups.get(languageTag());
  return idName(translate(), family, id, (f, i) => lookup?.(`${FAMILY_PATHS[f]}.${i}`));
}
