/** Small helpers for engine tests: playing actions and turns, reading the trace. */
import type { Scenario } from '../../src/data';
import {
  answerChoices,
  createGame,
  step,
  type Action,
  type GameState,
  type StepResult,
  type TraceEntry,
  type TurnRecord,
} from '../../src/engine';

/** The new state of an accepted step; throws with the reason otherwise. */
export function must(result: StepResult): GameState {
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.reason)}`);
  return result.state;
}

/** Applies `actions` in order, each of which must be accepted. */
export function act(scenario: Scenario, state: GameState, ...actions: Action[]): GameState {
  return actions.reduce((s, a) => must(step(scenario, s, a)), state);
}

/** A game in which people play every role (nothing automatic but events and resolution). */
export function teamsGame(scenario: Scenario, seed = 1): GameState {
  return createGame(scenario, { humanRoles: scenario.roles.map((r) => r.id), mode: 'teams', seed });
}

/**
 * Plays one turn of a teams game: each role chooses `moves[role]` (in role order) and
 * ends; then every response owed is answered with `answers[ruleId]` when given, else the
 * first open answer. Returns the state after resolution.
 */
export function playTurn(
  scenario: Scenario,
  state: GameState,
  moves: Record<string, string[]>,
  answers: Record<string, string> = {},
): GameState {
  let s = state;
  for (const role of s.config.humanRoles) {
    for (const option of moves[role] ?? [])
      s = act(scenario, s, { type: 'chooseOption', role, option });
    s = act(scenario, s, { type: 'endMoves', role });
  }
  while (s.phase === 'respond') {
    const pending = s.responses.find((r) => r.answer === undefined)!;
    const open = answerChoices(scenario, s, pending.move, pending.responder).filter(
      (c) => c.available,
    );
    const answer = answers[pending.rule] ?? open[0]!.answer.id;
    s = act(scenario, s, { type: 'respond', role: pending.responder, move: pending.move, answer });
  }
  return s;
}

/** The last finished turn. */
export function lastRecord(state: GameState): TurnRecord {
  const r = state.history[state.history.length - 1];
  if (!r) throw new Error('no finished turn');
  return r;
}

/** Trace entries of a record whose target is `id` and whose cause mentions `by`. */
export function changes(record: TurnRecord, id: string, by?: string): TraceEntry[] {
  return record.trace.filter((t) => {
    if (t.target.id !== id) return false;
    if (by === undefined) return true;
    const c = t.cause;
    return (
      (c.kind === 'option' && c.option === by) ||
      (c.kind === 'answer' && c.answer === by) ||
      (c.kind === 'event' && c.event === by) ||
      (c.kind === 'regen' && c.role === by)
    );
  });
}

/** `state` with some fields replaced (tests only: the engine accepts any consistent state). */
export function patch(state: GameState, changes: Partial<GameState>): GameState {
  return { ...state, ...changes };
}
