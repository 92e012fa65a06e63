/**
 * The game's scenario in the screen's language (src/ui/i18n/scenarioLanguage.ts): the
 * shipped translation is fetched once, the game store shown the translated scenario, its
 * sources cited by their translated short names, its state untouched; back in English,
 * the scenario as written.
 */
import { describe, expect, it } from 'vitest';
import { hashState } from '../../src/engine';
import { createGameStore } from '../../src/store/gameStore';
import type { BundledScenario } from '../../src/store/scenarios';
import { listingShown, scenarioIn, showScenarioIn } from '../../src/ui/i18n/scenarioLanguage';
import { compiled, SHIPPED_DIR as DIR, scenario, translation } from '../store/shippedTranslation';

function shipped(): { bundled: BundledScenario[]; fetched: () => number } {
  let fetched = 0;
  const entry: BundledScenario = {
    fileName: `${DIR}/scenario.yaml`,
    listing: compiled.ok ? compiled.listing : (undefined as never),
    load: () => Promise.resolve(scenario),
    translations: {
      es: {
        listing: translation.listing,
        load: () => {
          fetched += 1;
          return Promise.resolve(translation.overlay);
        },
      },
    },
  };
  return { bundled: [entry], fetched: () => fetched };
}

describe('the scenario in the screen’s language', () => {
  it('shows a game its scenario in Spanish once fetched, then in English again, its state unchanged', async () => {
    const { bundled, fetched } = shipped();
    const game = createGameStore({ scenario, humanRoles: ['us'], mode: 'solo', seed: 3 });
    const hash = hashState(game.getState().state);
    expect(showScenarioIn(game, 'en', bundled)).toBeUndefined();
    const waiting = showScenarioIn(game, 'es', bundled);
    expect(waiting).toBeInstanceOf(Promise);
    expect(showScenarioIn(game, 'es', bundled)).toBe(waiting);
    await waiting;
    expect(showScenarioIn(game, 'es', bundled)).toBeUndefined();
    expect(fetched()).toBe(1);
    const shown = game.getState();
    expect(shown.scenario.meta.title).toBe(translation.listing.title);
    expect(shown.compiled.source).toBe(shown.scenario);
    expect(shown.scenario.meta.id).toBe(scenario.meta.id);
    expect(hashState(shown.state)).toBe(hash);
    // Source ids in the translated text are cited by the translation's short names.
    const texts = JSON.stringify(shown.scenario);
    expect(texts).not.toMatch(/\(s00\d\)/);
    expect(texts).toContain('el artículo');
    showScenarioIn(game, 'en', bundled);
    expect(game.getState().scenario).toBe(scenario);
    expect(fetched()).toBe(1);
  });

  it('gives a scenario outside a game in the language, and a list entry with the original’s map', async () => {
    const { bundled } = shipped();
    const first = scenarioIn(scenario, 'es', bundled);
    await first.pending;
    expect(scenarioIn(scenario, 'es', bundled).scenario.meta.title).toBe(translation.listing.title);
    expect(scenarioIn(scenario, 'fr', bundled).scenario).toBe(scenario);
    const listing = compiled.ok ? compiled.listing : undefined;
    const spanish = listingShown(listing!, 'es', bundled);
    expect(spanish.title).toBe(translation.listing.title);
    expect(spanish.map).toBe(listing!.map);
    expect(listingShown(listing!, 'en', bundled)).toBe(listing);
  });
});
