/** The title screen speaks of the saved, the chosen or the only scenario, never of a fixed one. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/appStore';
import { memoryStorage } from '../../src/store/persistence';
import { titleScene } from '../../src/ui/screens/title';
import { en } from '../../src/words/en';
import { bundledFixture, FIXTURE_FILE } from './fixture';

const SHIPPED = 'scenarios/cartel-strikes-2025/scenario.yaml';
const shipped = () => bundledFixture({ fileName: SHIPPED, text: readFileSync(SHIPPED, 'utf8') });

describe('the title screen’s scene', () => {
  it('is the only scenario on offer, with its own question', async () => {
    const store = await createAppStore({ storage: memoryStorage(), bundled: [shipped()] });
    const scene = titleScene(store)!;
    expect(scene.title).toBe('Drone strikes on the cartels, 2025');
    expect(scene.question).toMatch(/^Washington weighs drone strikes/);
    expect(scene.minutes).toBe(25);
  });

  it('is none among several until one is chosen, then the chosen one', async () => {
    const store = await createAppStore({
      storage: memoryStorage(),
      bundled: [shipped(), bundledFixture()],
    });
    expect(titleScene(store)).toBeUndefined();
    store.getState().chooseScenario(FIXTURE_FILE);
    const scene = titleScene(store)!;
    expect(scene.title).not.toBe('Drone strikes on the cartels, 2025');
    // The fixture states no question: none is shown.
    expect(scene.question).toBeUndefined();
  });

  it('is the saved game’s once a game is under way', async () => {
    const store = await createAppStore({
      storage: memoryStorage(),
      bundled: [shipped(), bundledFixture()],
    });
    store.getState().chooseScenario(FIXTURE_FILE);
    await store.getState().startGame({ humanRoles: ['up'], mode: 'solo', seed: 2 });
    store.getState().go('title');
    const scenario = store.getState().game!.getState().scenario;
    expect(titleScene(store)?.title).toBe(scenario.meta.title);
  });

  it('comes from scenario files: no sentence about one crisis is in the catalog', () => {
    const words = Object.values(en).flatMap((v) =>
      typeof v === 'string' ? [v] : Object.values(v),
    );
    expect(words.filter((w) => /Mexico|US–Mexico|cartel/i.test(w))).toEqual([]);
  });
});
