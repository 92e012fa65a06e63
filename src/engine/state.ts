/**
 * Copies of the state and its records, for the drafts `step` changes.
 *
 * Every state and record is built here field by field, in one fixed order, rather than
 * by object spread: spread copies come out in other hidden classes than the literal the
 * game started with, and the engine's every read of a state field then slows down (a
 * spread-built draft measured three times slower per game). The key sets are exactly
 * those of `GameState` and `TurnRecord`.
 */
import type { GameState, PendingResponse, TurnRecord } from './types';

/** A shallow copy of `s`: every container is still shared with `s`. */
export function copyState(s: GameState): GameState {
  return {
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
    exposed: s.exposed,
    secrets: s.secrets,
    movesDone: s.movesDone,
    responses: s.responses,
    delayed: s.delayed,
    uses: s.uses,
    current: s.current,
    history: s.history,
  };
}

/** A turn record. */
export function turnRecord(
  turn: number,
  events: TurnRecord['events'],
  moves: TurnRecord['moves'],
  exposed: TurnRecord['exposed'],
  responses: TurnRecord['responses'],
  rolls: TurnRecord['rolls'],
  trace: TurnRecord['trace'],
  meters: TurnRecord['meters'],
): TurnRecord {
  return { turn, events, moves, exposed, responses, rolls, trace, meters };
}

/** `r` with its answer given. */
export function answered(r: PendingResponse, answer: string): PendingResponse {
  return { move: r.move, responder: r.responder, rule: r.rule, answer };
}

/**
 * A copy of `s` whose every changeable part is its own: `step` changes the copy and
 * leaves the state it was given as it was. Finished turn records and the use counts are
 * shared, as nothing changes them (resolution replaces them).
 */
export function draftOf(s: GameState): GameState {
  const d = copyState(s);
  d.meters = s.meters.slice();
  d.flags = s.flags.slice();
  d.resources = s.resources.map((pool) => pool.slice());
  d.moves = s.moves.slice();
  d.secrets = s.secrets.slice();
  d.movesDone = s.movesDone.slice();
  d.responses = s.responses.slice();
  d.delayed = s.delayed.slice();
  const c = s.current;
  d.current = turnRecord(
    c.turn,
    c.events.slice(),
    c.moves,
    c.exposed,
    c.responses,
    c.rolls.slice(),
    c.trace.slice(),
    c.meters,
  );
  return d;
}

/**
 * A lighter draft for choosing an option, which changes only this turn's moves (and
 * secrets) and, when the option has a cost, its owner's pool and the trace (choosing is the most frequent
 * step, and the trace is the longest list to copy).
 */
export function choiceDraftOf(s: GameState, owner: number, paying: boolean): GameState {
  const d = copyState(s);
  d.moves = s.moves.slice();
  // A secret option adds a secret (see secrets.ts); the list is short, so always copied.
  d.secrets = s.secrets.slice();
  if (!paying) return d;
  d.resources = s.resources.slice();
  d.resources[owner] = s.resources[owner]!.slice();
  const c = s.current;
  d.current = turnRecord(
    c.turn,
    c.events,
    c.moves,
    c.exposed,
    c.responses,
    c.rolls,
    c.trace.slice(),
    c.meters,
  );
  return d;
}
