/**
 * What the build runs over each shipped scenario: the loader with the options of
 * `npm run validate` (quotations checked against the sources when they are at hand), the
 * check of each translation beside it, and the validator's way of printing a problem. The Vite plugin (`vite-scenarios.ts`) loads
 * this module through Vite's module runner, so that the config imports no TypeScript
 * sources itself.
 */
import { shippedLoadOptions } from '../src/cli/validate';
import { formatProblem, type Problem, type Scenario } from '../src/data';
import { languageOfFileName, loadTranslation } from '../src/data/loadTranslation';
import { checkScenarioFile, type CompiledFile } from '../src/store/scenarioFile';
import { citeByName, shortNames } from '../src/store/citations';
import type { ScenarioJson } from '../src/store/scenarioJson';
import type { ScenarioListing } from '../src/store/scenarios';
import { localizeListing, overlayOf, type TextOverlay } from '../src/store/scenarioText';
import { textEntries } from '../src/data/translationKeys';

export function compileShipped(text: string, fileName: string): CompiledFile {
  return checkScenarioFile(text, fileName, shippedLoadOptions());
}

/** The message a build fails with: a count, then each problem as the validator prints it. */
export function buildFailure(
  problems: readonly Problem[],
  what = 'the shipped scenarios have',
): string {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return `${what} ${count}:\n${problems.map(formatProblem).join('\n')}`;
}

/** `listing` without its map's outlines. */
function withoutMap(listing: ScenarioListing): ScenarioListing {
  const copy = { ...listing };
  delete copy.map;
  return copy;
}

/** A shipped scenario's translation, as the build compiles it. */
export type CompiledTranslation = {
  language: string;
  /** The translated texts, in the scenario's order (see `src/store/scenarioText.ts`). */
  overlay: TextOverlay;
  /** The scenario's list entry in the language. */
  listing: ScenarioListing;
  /** Problems as the validator prints them (listed, at most 100 and a last line). */
  problems: Problem[];
  /** Whether any problem is more than a text not (or no longer) translated. */
  broken: boolean;
  /** Texts not translated, or translated from an original since changed: shown in the original. */
  untranslated: number;
};

/**
 * Checks the translation `text` of `scenario` (a file the compiler accepted) as
 * `npm run validate` does, and keeps what can be shown: a text missing, empty or stale is
 * left out (the game shows the original there), and the build says how many.
 */
export function compileTranslation(
  text: string,
  fileName: string,
  scenario: ScenarioJson & { listing: ScenarioListing },
): CompiledTranslation {
  const language = languageOfFileName(fileName) ?? '';
  const loaded = JSON.parse(scenario.json) as Scenario;
  // The compiled scenario cites its sources by name; the translation was made from the
  // file as written, which names them by id.
  const names = shortNames(loaded);
  const asShown = (original: string) =>
    /\s/.test(original) ? citeByName(original, names) : original;
  const check = loadTranslation(text, fileName, loaded, { language, asShown });
  const { missing, empty, stale } = check.gaps;
  const untranslated = missing.length + empty.length + stale.length;
  const translation = (key: string) =>
    Object.hasOwn(check.texts, key) ? check.texts[key] : undefined;
  return {
    language,
    overlay: overlayOf([...textEntries(loaded).keys()], translation),
    // The map is the same in every language: the game takes it from the original's entry.
    listing: withoutMap(localizeListing(scenario.listing, translation)),
    problems: check.problems,
    broken: check.count > untranslated,
    untranslated,
  };
}
