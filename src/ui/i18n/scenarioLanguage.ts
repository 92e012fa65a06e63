/**
 * The game's scenario in the language of the screen. A shipped scenario with a
 * translation into that language (`scenarios/<id>/scenario.<lang>.yaml`) is shown
 * translated: its text overlay is fetched once, the scenario localized (quotations stay
 * in their original words, with the game's translation beside them), its sources cited by
 * name, compiled, and handed to the game store in place of the one it holds. Ids, numbers
 * and rules are the same in every language, so the game's state, its save and its hash do
 * not change: only the words do. An author's own file, and a language the scenario has no
 * translation into, show the scenario as written.
 */
import type { Scenario } from '../../data';
import { compileScenario, type CompiledScenario } from '../../engine';
import type { GameStore } from '../../store/gameStore';
import {
  listingIn,
  type BundledScenario,
  type PlayableBundle,
  type ScenarioListing,
} from '../../store/scenarios';
import type { TextOverlay } from '../../store/scenarioText';
import { useLocalizedQuotes } from './scenarioText';

type Shown = { scenario: Scenario; compiled: CompiledScenario };

/** Each translated scenario's original: what every language is made from. */
const originals = new WeakMap<Scenario, Scenario>();
/** Scenarios made in a language, by scenario id, version and language. */
const made = new Map<string, Shown>();
/** Overlays being fetched, by the same key. */
const fetching = new Map<string, Promise<unknown>>();

function bundledOf(id: string, bundled: readonly BundledScenario[]): PlayableBundle | undefined {
  return bundled.find((b): b is PlayableBundle => 'load' in b && b.listing.id === id);
}

/**
 * The scenario made in `language` from `overlay`. The code that localizes loads with the
 * overlay, never with the first screen.
 */
async function make(original: Scenario, language: string, overlay: TextOverlay): Promise<Shown> {
  const [{ localizeScenario }, { readableCitations }] = await Promise.all([
    import('../../store/scenarioText'),
    import('../../store/citations'),
  ]);
  const localized = localizeScenario(original, language, overlay);
  const scenario = readableCitations(localized.scenario);
  originals.set(scenario, original);
  useLocalizedQuotes(language, scenario, (quote) => localized.quoteTranslation(quote));
  return { scenario, compiled: compileScenario(scenario) };
}

/**
 * `scenario` (as written, or already shown in some language) made in `language`: the
 * translated scenario once its overlay has been fetched; a promise, settling once it has,
 * while it is fetched; undefined for the scenario as written (no translation into that
 * language, or it is its own language).
 */
function madeIn(
  scenario: Scenario,
  language: string,
  bundled: readonly BundledScenario[],
): Shown | Promise<unknown> | undefined {
  const original = originals.get(scenario) ?? scenario;
  const { meta } = original;
  if (language === meta.language) return undefined;
  const translation = bundledOf(meta.id, bundled)?.translations?.[language];
  if (!translation) return undefined;
  const key = `${meta.id}@${meta.version}:${language}`;
  const have = made.get(key);
  if (have) return have;
  let pending = fetching.get(key);
  if (!pending) {
    pending = translation
      .load()
      .then((overlay) => make(original, language, overlay))
      .then(
        (shown) => made.set(key, shown),
        (error: unknown) => {
          // A translation that cannot be fetched leaves the scenario as written.
          console.warn('The scenario’s translation could not load:', error);
          made.set(key, { scenario: original, compiled: compileScenario(original) });
        },
      )
      .finally(() => fetching.delete(key));
    fetching.set(key, pending);
  }
  return pending;
}

/**
 * `scenario` as the screens show it in `language`: translated when its translation has
 * arrived, as written otherwise (then `pending` settles once it has).
 */
export function scenarioIn(
  scenario: Scenario,
  language: string,
  bundled: readonly BundledScenario[],
): { scenario: Scenario; pending?: Promise<unknown> } {
  const shown = madeIn(scenario, language, bundled);
  if (shown instanceof Promise) return { scenario, pending: shown };
  return { scenario: shown?.scenario ?? originals.get(scenario) ?? scenario };
}

/**
 * Gives `game` its scenario in `language`. Undefined when that is done (or there is no
 * translation to show); otherwise a promise that settles once the translation has been
 * fetched, after which the caller asks again.
 */
export function showScenarioIn(
  game: GameStore,
  language: string,
  bundled: readonly BundledScenario[],
): Promise<unknown> | undefined {
  const current = game.getState();
  const shown = madeIn(current.scenario, language, bundled);
  if (shown instanceof Promise) return shown;
  const original = originals.get(current.scenario);
  const target =
    shown ?? (original ? { scenario: original, compiled: compileScenario(original) } : undefined);
  if (target && current.scenario !== target.scenario) {
    game.setState({ scenario: target.scenario, compiled: target.compiled });
  }
  return undefined;
}

/** A shipped scenario's list entry in `language` (as written when it has no translation). */
export function listingShown(
  listing: ScenarioListing,
  language: string,
  bundled: readonly BundledScenario[],
): ScenarioListing {
  const found = bundledOf(listing.id, bundled);
  // The same scenario as the shipped one (an author's file may reuse its id, not its text
  // unchanged: it is shown as written).
  return found && found.listing.version === listing.version && found.listing.title === listing.title
    ? listingIn(found, language)
    : listing;
}
