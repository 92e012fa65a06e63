/**
 * The stage's view of a game: the scenario's own map (projected when it was compiled),
 * and the markers of the month on screen, from the three-government fixture.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { legalActions } from '../../src/engine';
import { createAppStore } from '../../src/store/appStore';
import { memoryStorage } from '../../src/store/persistence';
import { selectPlayScreen, selectStageView } from '../../src/store/selectors';
import { bundledFixture, FIXTURE_FILE, fixtureText } from '../store/fixture';

const DELTA = 'tests/fixtures/delta-accord.yaml';
const delta = { fileName: DELTA, text: readFileSync(DELTA, 'utf8') };

describe('the stage view’s map and markers', () => {
  it('shows the chosen scenario’s own countries, and no map for one that names none', async () => {
    const store = await createAppStore({
      storage: memoryStorage(),
      bundled: [bundledFixture(delta), bundledFixture(fixtureText)],
    });
    store.getState().chooseScenario(DELTA);
    const chosen = selectStageView(store.getState());
    expect(chosen.map?.countries.map((c) => [c.code, c.role])).toEqual([
      ['ETH', 'highland'],
      ['SDN', 'central'],
      ['EGY', 'delta'],
      ['SSD', undefined],
    ]);
    store.getState().chooseScenario(FIXTURE_FILE);
    expect(selectStageView(store.getState()).map).toBeUndefined();
  });

  it.each([
    ['central', 'mediate', { icon: 'talks', country: 'SDN', label: 'Talks offered' }],
    ['delta', 'dredge', { icon: 'ships', country: 'EGY', label: 'Dredgers at work' }],
  ] as const)(
    'as %s: marks the month’s event while it is played, then the moves in its report',
    async (role, option, marker) => {
      const store = await createAppStore({
        storage: memoryStorage(),
        bundled: [bundledFixture(delta)],
      });
      store.getState().chooseScenario(DELTA);
      await store.getState().startGame({ humanRoles: [role], mode: 'solo', seed: 4 });
      store.getState().ackBriefing();
      const decide = selectStageView(store.getState());
      expect(decide.markers).toEqual([
        {
          id: 'event:fishing-season',
          kind: 'event',
          icon: 'ships',
          country: 'EGY',
          label: 'Fishing season',
        },
      ]);
      expect(store.getState().confirmMoves(role, [option])).toBe(true);
      for (let i = 0; i < 5 && selectPlayScreen(store.getState()).screen === 'respond'; i++) {
        // The first answer offered to each move owed one.
        const { compiled, state } = store.getState().game!.getState();
        const owed = new Map<number, string>();
        for (const action of legalActions(compiled, state)) {
          if (action.type === 'respond' && action.role === role && !owed.has(action.move)) {
            owed.set(action.move, action.answer);
          }
        }
        const answers = [...owed].map(([move, answer]) => ({ move, answer }));
        expect(store.getState().confirmAnswers(role, answers)).toBe(true);
      }
      expect(selectPlayScreen(store.getState()).screen).toBe('report');
      const report = selectStageView(store.getState());
      const ids = (report.markers ?? []).map((m) => m.id);
      expect(ids).toContain('event:fishing-season');
      expect(report.markers?.find((m) => m.id === `move:${role}:${option}`)).toMatchObject({
        kind: 'move',
        ...marker,
      });
      // The highland's secret diversion shows only once it is known to the player.
      const { state } = store.getState().game!.getState();
      const diverted = state.history[0]!.moves.some((m) => m.option === 'divert-water');
      const hidden = state.secrets.some((x) => x.revealed === null && x.from.includes(role));
      expect(ids.includes('move:highland:divert-water')).toBe(diverted && !hidden);
    },
  );
});
