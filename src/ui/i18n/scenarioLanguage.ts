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
import { readableCitations } from '../../store/citations';
import type { GameStore } from '../../store/gameStore';
import type { BundledScenario, ScenarioListing } from '../../store/scenarios';
import { listingIn, localizeScenario, type TextOverlay } from '../../store/scenarioText';
import { useLocalizedQuotes } from './scenarioText';

type Shown = { scenario: Scenario; compiled: CompiledScenario };
type Playable = Extract<BundledScenario, { load: unknown }>;

/** Each game store's scenario as written: what every language is made from. */
const originals = new WeakMap<GameStore, Shown>();
/** Scenarios made in a language, by scenario id, version and language. */
const made = new Map<string, Shown>();
/** Overlays being fetched, by the same key. */
const fetching = new Map<string, Promise<unknown>>();

function bundledOf(id: string, bundled: readonly BundledScenario[]): Playable | undefined {
  return bundled.find((b): b is Playable => 'load' in b && b.listing.id === id);
}

function make(original: Shown, language: string, overlay: TextOverlay): Shown {
  const localized = localizeScenario(original.scenario, language, overlay);
  const scenario = readableCitations(localized.scenario);
  useLocalizedQuotes(language, scenario, (quote) => localized.quoteTranslation(quote));
  return { scenario, compiled: compileScenario(scenario) };
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
  let original = originals.get(game);
  if (!original) {
    original = { scenario: current.scenario, compiled: current.compiled };
    originals.set(game, original);
  }
  const { meta } = original.scenario;
  const translation =
    language === meta.language ? undefined : bundledOf(meta.id, bundled)?.translations?.[language];
  let target: Shown = original;
  if (translation) {
    const key = `${meta.id}@${meta.version}:${language}`;
    const have = made.get(key);
    if (!have) {
      let pending = fetching.get(key);
      if (!pending) {
        const from = original;
        pending = translation
          .load()
          .then(
            (overlay) => made.set(key, make(from, language, overlay)),
            (error: unknown) => {
              // A translation that cannot be fetched leaves the scenario as written.
              console.warn('The scenario’s translation could not load:', error);
              made.set(key, from);
            },
          )
          .finally(() => fetching.delete(key));
        fetching.set(key, pending);
      }
      return pending;
    }
    target = have;
  }
  if (current.scenario !== target.scenario) {
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
