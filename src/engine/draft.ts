/**
 * Drafts: the copies `step` mutates so that the state it was given stays untouched.
 *
 * Every state and turn record is built here, field by field in one fixed order, never by
 * object spread. Spread copies come out in several hidden classes with most fields
 * stored out of line, which makes every later read and copy of them slow; one literal
 * shape keeps the engine's property accesses monomorphic. The key sets are exactly
 * those of `GameState` and `TurnRecord`, so JSON, saves and hashes are unaffected.
 */
import type { GameState, Move, PendingResponse, TurnRecord } from './types';

/** A shallow copy of `s`: every container is still shared with `s`. */
export function shallowState(s: GameState): GameState {
  return {
    saveVersion: s.saveVersion,
    scenarioId: s.scenarioId,
    scenarioVersion: s.scenarioVersion,
    config: s.config,
    rng: s.rng,
    turn: s.turn,
    phase: s.phase,
    meters: s.meters,
    flags: s.flags,
    resources: s.resources,
    moves: s.moves,
    movesDone: s.movesDone,
    responses: s.responses,
    delayed: s.delayed,
    firedEvents: s.firedEvents,
    current: s.current,
    history: s.history,
  };
}

/** A turn record (the one constructor, so that every record has the same shape). */
export function turnRecord(
  turn: number,
  events: string[],
  moves: Move[],
  responses: PendingResponse[],
  rolls: TurnRecord['rolls'],
  trace: TurnRecord['trace'],
  meters: number[],
): TurnRecord {
  return { turn, events, moves, responses, rolls, trace, meters };
}

/** `r` with its answer set, as a new object. */
export function answered(r: PendingResponse, answer: string): PendingResponse {
  return { move: r.move, responder: r.responder, rule: r.rule, answer };
}

/**
 * A copy of `s` for a step that may set the automatic parts going: new containers for
 * what deciding, answering and resolving touch before `prepareResolve` (resources, the
 * current record's trace and rolls, and this turn's lists as below). Meters, flags and
 * the other lists are still shared: `prepareResolve` copies them only if the turn
 * actually resolves. Finished turn records and scenario data are always shared, as
 * nothing mutates them.
 *
 * `answering`: the step gives the last answer owed, so the turn resolves at once; the
 * responses list is changed, and the moves lists are only replaced (by the next opening),
 * never changed. Otherwise (the last role ends its moves) the moves lists are changed
 * (the computer's moves) and the responses list is replaced by a new one.
 */
export function flowDraftOf(s: GameState, answering: boolean): GameState {
  const d = shallowState(s);
  const src = s.resources;
  const resources: number[][] = [];
  for (let i = 0; i < src.length; i++) resources.push(src[i]!.slice());
  d.resources = resources;
  if (answering) {
    d.responses = s.responses.slice();
  } else {
    d.moves = s.moves.slice();
    d.movesDone = s.movesDone.slice();
  }
  d.current = withOwnTrace(s.current, s.current.rolls.slice());
  return d;
}

/** A copy of the current record `c` with its own trace list and the given `rolls`. */
function withOwnTrace(c: TurnRecord, rolls: TurnRecord['rolls']): TurnRecord {
  return turnRecord(c.turn, c.events, c.moves, c.responses, rolls, c.trace.slice(), c.meters);
}

/** Gives a flow draft its own copies of what resolution and the next opening change. */
export function prepareResolve(d: GameState): void {
  d.meters = d.meters.slice();
  d.flags = d.flags.slice();
  d.delayed = d.delayed.slice();
  d.firedEvents = d.firedEvents.slice();
}

/**
 * A lighter draft for choosing an option, which touches only this turn's moves and, when
 * the option has a cost, the chooser's resources and the current trace.
 */
export function choiceDraftOf(s: GameState, roleIndex: number, paying: boolean): GameState {
  const d = shallowState(s);
  d.moves = s.moves.slice();
  if (!paying) return d;
  const resources = s.resources.slice();
  const pool = s.resources[roleIndex];
  if (pool) resources[roleIndex] = pool.slice();
  d.resources = resources;
  d.current = withOwnTrace(s.current, s.current.rolls);
  return d;
}
