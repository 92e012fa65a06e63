/**
 * Briefing events: what fires when a turn opens. Scripted events fire at their turn;
 * unscripted ones are checked every turn. A `when` must hold and a `chance` must roll
 * true (the roll is recorded); an event fires once unless it has `repeat`. Events are
 * taken in file order, so one event's effects can set off a later one in the same turn.
 */
import type { Scenario } from '../data/schema';
import type { GameState } from './types';
import type { ScenarioIndex } from './scenarioIndex';
import { applyEvent } from './effects';
import { nextFloat } from './rng';
import { planOf } from './plan';
import { eventFirings } from './usage';

/** Fires the events due at the opening of `state.turn` in a draft; returns their ids. */
export function fireEvents(scenario: Scenario, ix: ScenarioIndex, state: GameState): string[] {
  const fired: string[] = [];
  // Fired in an earlier turn (each event is considered once per opening).
  const firings = eventFirings(ix, state);
  for (const ep of planOf(ix).eventsByTurn[state.turn] ?? []) {
    const seen = firings[ep.num]! > 0;
    if (seen && !ep.repeat) continue;
    if (ep.when !== null && !ep.when(state)) continue;
    const cause = ep.cause;
    if (ep.chance >= 0) {
      const success = nextFloat(state) < ep.chance;
      state.current.rolls.push({ label: ep.title, cause, chance: ep.chance, success });
      if (!success) continue;
    }
    if (!seen) state.firedEvents.push(ep.id);
    state.current.events.push(ep.id);
    fired.push(ep.id);
    applyEvent(scenario, ix, state, ep, cause);
  }
  return fired;
}
