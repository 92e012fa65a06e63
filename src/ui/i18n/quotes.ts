/**
 * The game's translations of verbatim quotations. The sources are English, and a quotation
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
 * screens have in hand when they show a quote.
 */
import { languageTag } from './index';

export type TranslationLookup = (path: string) => string | undefined;

/** Translations of quotes by language tag, then by the original words. */
const byLanguage = new Map<string, Map<string, string>>();

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
 * Keeps the translations of `scenario`'s quotes into `tag` (replacing any kept before
 * for that language). A quote without a translation is shown alone.
 */
export function useQuoteTranslations(
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
}

/** The game's translation of the quote `original` into the language spoken now, if any. */
export function quoteTranslation(original: string): string | undefined {
  return byLanguage.get(languageTag())?.get(original);
}
