import { describe, expect, it } from 'vitest';
import { hashState } from '../../src/engine';
import { createGameStore, createGameStoreFromSave, saveOf } from '../../src/store/gameStore';
import { fixtureScenario, nextAction } from './fixture';

const scenario = fixtureScenario();
const newGame = (mode: 'solo' | 'teams' = 'solo') =>
  createGameStore({
    scenario,
    humanRoles: mode === 'solo' ? ['up'] : ['up', 'down'],
    mode,
    seed: 7,
  });

describe('game store', () => {
  it('steps the engine and logs each accepted action', () => {
    const store = newGame();
    expect(
      store.getState().dispatch({ type: 'chooseOption', role: 'up', option: 'joint-survey' }),
    ).toBe(true);
    expect(store.getState().log).toHaveLength(1);
    expect(store.getState().state.moves).toEqual([{ role: 'up', option: 'joint-survey' }]);
    expect(store.getState().lastEvents.map((e) => e.type)).toEqual(['optionChosen']);
  });

  it('records a refusal and leaves state and log as they were', () => {
    const store = newGame();
    const before = store.getState().state;
    expect(
      store.getState().dispatch({ type: 'chooseOption', role: 'down', option: 'open-talks' }),
    ).toBe(false);
    expect(store.getState().state).toBe(before);
    expect(store.getState().log).toHaveLength(0);
    expect(store.getState().lastRejection).toEqual({ code: 'not-human', role: 'down' });
  });

  it('applies a batch all or nothing, notifying once', () => {
    const store = newGame();
    let calls = 0;
    store.subscribe(() => (calls += 1));
    const ok = store.getState().dispatchAll([
      { type: 'chooseOption', role: 'up', option: 'joint-survey' },
      { type: 'chooseOption', role: 'up', option: 'no-such-option' },
    ]);
    expect(ok).toBe(false);
    expect(store.getState().log).toHaveLength(0);
    expect(store.getState().state.moves).toHaveLength(0);
    expect(calls).toBe(1); // the rejection itself is recorded
    expect(
      store.getState().dispatchAll([
        { type: 'chooseOption', role: 'up', option: 'joint-survey' },
        { type: 'endMoves', role: 'up' },
      ]),
    ).toBe(true);
    expect(calls).toBe(2);
    expect(store.getState().log).toHaveLength(2);
  });

  it('rebuilds the same game from its save', () => {
    const store = newGame('teams');
    for (let i = 0; i < 6; i++) {
      const action = nextAction(store.getState().compiled, store.getState().state, 2);
      if (!action) break;
      expect(store.getState().dispatch(action)).toBe(true);
    }
    const save = JSON.parse(JSON.stringify(saveOf(store.getState())));
    const rebuilt = createGameStoreFromSave(scenario, save);
    expect(rebuilt.ok).toBe(true);
    if (!rebuilt.ok) return;
    expect(hashState(rebuilt.store.getState().state)).toBe(hashState(store.getState().state));
    expect(rebuilt.store.getState().log).toEqual(store.getState().log);
  });

  it('reports a save the rules refuse, with the action at fault', () => {
    const store = newGame();
    const save = saveOf(store.getState());
    const bad = { ...save, log: [{ type: 'endMoves' as const, role: 'down' }] };
    const rebuilt = createGameStoreFromSave(scenario, bad);
    expect(rebuilt).toMatchObject({
      ok: false,
      problem: { code: 'refused', atAction: 0, reason: { code: 'not-human', role: 'down' } },
    });
  });
});
