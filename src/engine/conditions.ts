/**
 * Conditions: whether one holds in a state. `used` and `tagUsed` count finished turns and
 * the moves chosen so far this turn (see counts.ts); with no bounds they mean "at least
 * once". The words for a condition are the view's (src/words/conditions.ts).
 */
import type { GameState } from './types';
import type { CompiledScenario, Cond } from './compile';
import { assertNever } from '../data/assertNever';
import { counts } from './counts';

/** True when `cond` holds in `state`. */
export function holds(scenario: CompiledScenario, state: GameState, cond: Cond): boolean {
  switch (cond.kind) {
    case 'all':
      for (const c of cond.all) if (!holds(scenario, state, c)) return false;
      return true;
    case 'any':
      for (const c of cond.any) if (holds(scenario, state, c)) return true;
      return false;
    case 'not':
      return !holds(scenario, state, cond.not);
    case 'meter':
      return within(state.meters[cond.meter]!, cond);
    case 'flag':
      return state.flags[cond.flag] === cond.is;
    case 'resource':
      return within(cond.slot < 0 ? 0 : state.resources[cond.role]![cond.slot]!, cond);
    case 'used': {
      if (cond.never) return within(0, cond);
      return within(counts.ofOption(state, cond.option, sinceTurn(state, cond.withinTurns)), cond);
    }
    case 'tagUsed':
      return within(
        counts.ofTag(scenario, state, cond.tag, cond.by, sinceTurn(state, cond.withinTurns)),
        cond,
      );
    case 'turnAtLeast':
      return state.turn >= cond.turn;
    case 'turnAtMost':
      return state.turn <= cond.turn;
    default:
      return assertNever(cond);
  }
}

function within(value: number, bounds: { atLeast?: number; atMost?: number }): boolean {
  return (
    (bounds.atLeast === undefined || value >= bounds.atLeast) &&
    (bounds.atMost === undefined || value <= bounds.atMost)
  );
}

/** The first turn a count `withinTurns` looks at (1: the whole game). */
function sinceTurn(state: GameState, withinTurns: number | undefined): number {
  return withinTurns === undefined ? 1 : state.turn - withinTurns + 1;
}
