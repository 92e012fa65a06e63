/** Whole games of the fixture scenario, for the tests of what the UI makes of a game. */
import { createGame, step } from '../../src/engine';
import type { Action, GameState } from '../../src/engine/types';
import { fixtureCompiled, nextAction } from '../store/fixture';

export const compiled = fixtureCompiled();

/** A two-team game played to its end by the fixture's move picker, with its log. */
export function playWhole(seed: number): { state: GameState; log: Action[] } {
  let state = createGame(compiled, { humanRoles: ['up', 'down'], mode: 'teams', seed });
  const log: Action[] = [];
  for (let i = 0; i < 200 && state.phase !== 'ended'; i++) {
    const action = nextAction(compiled, state, 2)!;
    const result = step(compiled, state, action);
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    state = result.state;
    log.push(action);
  }
  return { state, log };
}
