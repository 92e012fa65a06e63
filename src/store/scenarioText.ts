/**
 * A scenario's text in the player's language. A shipped scenario may come with
 * translations (`scenarios/<id>/scenario.<lang>.yaml`, checked by `npm run validate`);
 * the build compiles each into a text overlay (`overlayOf`): the translated texts in the
 * order the scenario's texts come in (`textEntries` in `src/data/translationKeys.ts`),
 * with a fingerprint of their keys, so that an overlay never lands on texts it was not
 * made for. It is a file of its own, fetched only when its language is chosen.
 *
 * The contract for the screens:
 *
 * - `localizeScenario(scenario, language, overlay)` gives the scenario to show: the same
 *   scenario (same ids, numbers and rules, deeply frozen like the loader's) with every
 *   text in that language where the overlay has it and in the original elsewhere. Give it
 *   the overlay of the active language, or none for the scenario's own language.
 * - Quotations stay in their original words: `quote` fields are never replaced. The
 *   game's translation of a quotation is beside it: `quoteTranslation(holder)` for the
 *   object that holds the `quote` (a citation, an evidence item, a dispute's side) in the
 *   localized scenario, or `quoteTranslation(quote)` for the quotation's own text, as a
 *   view that copied it out of the scenario holds it. Show it as the game's translation,
 *   labelled, never in quotation marks, with the quotation itself marked `lang` as the
 *   original's language.
 * - The build translates each list entry itself (`localizeListing`), so that the first
 *   screen shows translated titles before any scenario or overlay is loaded: see
 *   `BundledTranslation` in `scenarios.ts`.
 * - For a shipped scenario (`BundledScenario`): `languagesOf`, `listingIn` and
 *   `loadBundledIn(bundled, language)`, which fetches the scenario and the overlay together.
 *
 * An author's own file, chosen in the browser, has no translations: only the scenarios
 * built into the game do.
 */
import type { Scenario } from '../data';
import { deepFreeze } from '../data/freeze';
import { QUOTE_FIELD, rewriteTexts, textEntries } from '../data/translationKeys';
import { listingIn, type PlayableBundle, type ScenarioListing } from './scenarios';

export { listingIn };

/**
 * A compiled translation: for each text of the scenario, in order, its translation or
 * null (shown in the original), and the fingerprint of the texts' keys.
 */
export type TextOverlay = {
  readonly fingerprint: string;
  readonly texts: readonly (string | null)[];
};

/** FNV-1a over the keys in order: the texts an overlay was made for. */
function fingerprintOf(keys: Iterable<string>): string {
  let hash = 0x811c9dc5;
  let count = 0;
  for (const key of keys) {
    for (let i = 0; i < key.length; i++) {
      hash ^= key.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x0a;
    hash = Math.imul(hash, 0x01000193);
    count++;
  }
  return `${count}:${(hash >>> 0).toString(16)}`;
}

/** The overlay of `translations` (key → text) for a scenario whose texts are `keys`. */
export function overlayOf(
  keys: readonly string[],
  translations: (key: string) => string | undefined,
): TextOverlay {
  return { fingerprint: fingerprintOf(keys), texts: keys.map((key) => translations(key) ?? null) };
}

/** The scenario as the screens show it in one language. */
export type LocalizedScenario = {
  /** The language its texts are in (where translated; the original's elsewhere). */
  language: string;
  /** The language of the original, in which quotations stay. */
  originalLanguage: string;
  scenario: Scenario;
  /** The text at `key` as shown (translated where the overlay has it), if there is one. */
  text(key: string): string | undefined;
  /**
   * The game's translation of a quotation, if it has one: of `holder.quote` for an object
   * of `scenario`, or of the quotation whose text is given (where one text is quoted in
   * several places, its first translation).
   */
  quoteTranslation(holderOrQuote: object | string): string | undefined;
};

/**
 * The scenario to show in `language`. With no overlay, `language` the scenario's own, or
 * an overlay made for other texts (a mismatch of builds), the scenario itself, nothing
 * translated.
 */
export function localizeScenario(
  scenario: Scenario,
  language: string,
  overlay: TextOverlay | undefined,
): LocalizedScenario {
  const originalLanguage = scenario.meta.language;
  const originals = textEntries(scenario);
  if (
    overlay === undefined ||
    language === originalLanguage ||
    overlay.fingerprint !== fingerprintOf(originals.keys())
  ) {
    return {
      language: originalLanguage,
      originalLanguage,
      scenario,
      text: (key) => originals.get(key),
      quoteTranslation: () => undefined,
    };
  }
  const shown = new Map<string, string>();
  const quotes = new WeakMap<object, string>();
  const quotesByText = new Map<string, string>();
  let index = 0;
  const translated = rewriteTexts(scenario, ({ key, field, text, holder }) => {
    const translation = overlay.texts[index++] ?? undefined;
    if (field === QUOTE_FIELD) {
      if (translation !== undefined) {
        quotes.set(holder, translation);
        if (!quotesByText.has(text)) quotesByText.set(text, translation);
      }
      shown.set(key, text);
      return text;
    }
    const result = translation ?? text;
    shown.set(key, result);
    return result;
  });
  return {
    language,
    originalLanguage,
    scenario: deepFreeze(translated),
    text: (key) => shown.get(key),
    quoteTranslation: (holderOrQuote) =>
      typeof holderOrQuote === 'string'
        ? quotesByText.get(holderOrQuote)
        : quotes.get(holderOrQuote),
  };
}

/** A list entry translated by `translations` (key → text; the original where it has none). */
export function localizeListing(
  listing: ScenarioListing,
  translations: (key: string) => string | undefined,
): ScenarioListing {
  const t = (key: string, text: string) => translations(key) ?? text;
  return {
    ...listing,
    title: t('meta.title', listing.title),
    summary: t('meta.summary', listing.summary),
    ...(listing.question !== undefined ? { question: t('meta.question', listing.question) } : {}),
    roles: listing.roles.map((role) => ({
      ...role,
      name: t(`roles.${role.id}.name`, role.name),
      adviser: t(`roles.${role.id}.adviser`, role.adviser),
    })),
    lengths: listing.lengths.map((length) => ({
      ...length,
      label: t(`calendar.lengths.${length.id}.label`, length.label),
    })),
  };
}

/** The languages a shipped scenario can be shown in: its own, then its translations. */
export function languagesOf(bundled: PlayableBundle): string[] {
  return [bundled.listing.language, ...Object.keys(bundled.translations ?? {})];
}

/**
 * Loads a shipped scenario to show in `language`: the scenario and, when it has a
 * translation into that language, the overlay, fetched together.
 */
export async function loadBundledIn(
  bundled: PlayableBundle,
  language: string,
): Promise<LocalizedScenario> {
  const translation = bundled.translations?.[language];
  const [scenario, overlay] = await Promise.all([bundled.load(), translation?.load()]);
  return localizeScenario(scenario, language, overlay);
}
