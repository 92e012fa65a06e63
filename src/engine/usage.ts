/**
 * Counting what happened before: how often an option, a tag, an answer or an event was
 * used. Conditions (`used`, `tagUsed`), `maxUses` and diminishing returns all count here,
 * from the turn history plus the moves chosen so far this turn.
 *
 * The counts over the whole history are computed once per history array and cached:
 * the engine never mutates a history array (resolution makes a new one), so the cache
 * can never go stale.
 */
import type { Cause, GameState, Move, TurnRecord } from './types';
import { zeros, type ScenarioIndex } from './scenarioIndex';

type Counts = {
  /** by option number: times chosen (an option belongs to one role) */
  options: number[];
  /** by answer number: times given (a rule belongs to one responder role) */
  answers: number[];
  /** by event number: times fired */
  events: number[];
  /** by tag number × (roles + 1) + role slot (slot 0 = any role): moves carrying the tag */
  tags: number[];
};

const countsCache = new WeakMap<readonly TurnRecord[], Counts>();

function emptyCounts(ix: ScenarioIndex): Counts {
  return {
    options: zeros(ix.optionNum.size),
    answers: zeros(ix.answerCount),
    events: zeros(ix.eventNum.size),
    tags: zeros(ix.tagNum.size * (ix.roleSlot.size + 1)),
  };
}

function addRecord(ix: ScenarioIndex, counts: Counts, record: TurnRecord): void {
  const stride = ix.roleSlot.size + 1;
  for (const m of record.moves) {
    const num = ix.optionNum.get(m.option);
    if (num === undefined) continue;
    counts.options[num]!++;
    const slot = ix.roleSlot.get(m.role) ?? 0;
    for (const tag of ix.optionTags.get(m.option)!) {
      counts.tags[tag * stride]!++;
      if (slot > 0) counts.tags[tag * stride + slot]!++;
    }
  }
  for (const r of record.responses) {
    const num = r.answer === undefined ? undefined : ix.answerNum.get(r.rule)?.get(r.answer);
    if (num !== undefined) counts.answers[num]!++;
  }
  for (const e of record.events) {
    const num = ix.eventNum.get(e);
    if (num !== undefined) counts.events[num]!++;
  }
}

const recordCache = new WeakMap<TurnRecord, Counts>();

/** The counts of one finished turn (records never change, so this is cached too). */
function recordCounts(ix: ScenarioIndex, record: TurnRecord): Counts {
  let counts = recordCache.get(record);
  if (!counts) {
    counts = emptyCounts(ix);
    addRecord(ix, counts, record);
    recordCache.set(record, counts);
  }
  return counts;
}

function historyCounts(ix: ScenarioIndex, history: readonly TurnRecord[]): Counts {
  // The last history asked about is by far the most likely to be asked about again.
  if (ix.memo.history === history) return ix.memo.counts as Counts;
  let counts = countsCache.get(history);
  if (!counts) {
    counts = emptyCounts(ix);
    for (const record of history) addRecord(ix, counts, record);
    countsCache.set(history, counts);
  }
  ix.memo.history = history;
  ix.memo.counts = counts;
  return counts;
}

/**
 * Primes the count cache for `next`, a history that extends `prev` by its last record,
 * from the counts of `prev` (so a game's counts cost one record per turn to keep).
 */
export function extendCounts(
  ix: ScenarioIndex,
  prev: readonly TurnRecord[],
  next: readonly TurnRecord[],
): void {
  const old = countsCache.get(prev);
  const last = next[next.length - 1];
  if (!old || !last || next.length !== prev.length + 1) return;
  const counts: Counts = {
    options: old.options.slice(),
    answers: old.answers.slice(),
    events: old.events.slice(),
    tags: old.tags.slice(),
  };
  addRecord(ix, counts, last);
  countsCache.set(next, counts);
}

/** Whether this turn's `moves` are still open (not already part of the last record). */
function liveMoves(state: GameState): readonly Move[] {
  return state.phase === 'ended' ? [] : state.moves;
}

/** True when every finished turn lies before `beforeTurn`. */
function wholeHistory(state: GameState, beforeTurn: number): boolean {
  const h = state.history;
  return h.length === 0 || h[h.length - 1]!.turn < beforeTurn;
}

/**
 * Uses of `option` (by `role`, or by anyone) in turns ≥ `sinceTurn`, counting finished
 * turns and the moves chosen so far this turn.
 */
export function countOptionUses(
  ix: ScenarioIndex,
  state: GameState,
  option: string,
  role: string | undefined,
  sinceTurn = 1,
): number {
  if (role !== undefined && ix.options.get(option)?.role !== role) return 0;
  let n = 0;
  if (sinceTurn <= 1) {
    const num = ix.optionNum.get(option);
    n = num === undefined ? 0 : historyCounts(ix, state.history).options[num]!;
  } else {
    const num = ix.optionNum.get(option);
    for (let i = state.history.length - 1; i >= 0 && num !== undefined; i--) {
      const record = state.history[i]!;
      if (record.turn < sinceTurn) break;
      n += recordCounts(ix, record).options[num]!;
    }
  }
  for (const m of liveMoves(state)) if (m.option === option) n++;
  return n;
}

/** Moves carrying `tag` (by `role`, or by anyone) in turns ≥ `sinceTurn`, this one included. */
export function countTagUses(
  ix: ScenarioIndex,
  state: GameState,
  tag: string,
  role: string | undefined,
  sinceTurn = 1,
): number {
  const num = ix.tagNum.get(tag);
  const slot = role === undefined ? 0 : (ix.roleSlot.get(role) ?? -1);
  // A tag no option carries, or a role the scenario lacks, was never used.
  if (num === undefined || slot < 0) return 0;
  const at = num * (ix.roleSlot.size + 1) + slot;
  let n = 0;
  if (sinceTurn <= 1) {
    n = historyCounts(ix, state.history).tags[at]!;
  } else {
    for (let i = state.history.length - 1; i >= 0; i--) {
      const record = state.history[i]!;
      if (record.turn < sinceTurn) break;
      n += recordCounts(ix, record).tags[at]!;
    }
  }
  for (const m of liveMoves(state)) {
    if ((role === undefined || m.role === role) && ix.optionTags.get(m.option)?.includes(num)) n++;
  }
  return n;
}

/** Times each option (by number) was chosen in all finished turns. Read-only. */
export function optionUses(ix: ScenarioIndex, state: GameState): readonly number[] {
  return historyCounts(ix, state.history).options;
}

/** Times each event (by number) fired in all finished turns. Read-only. */
export function eventFirings(ix: ScenarioIndex, state: GameState): readonly number[] {
  return historyCounts(ix, state.history).events;
}

/** Times option number `num` was chosen in all finished turns. */
export function optionUsesSoFar(ix: ScenarioIndex, state: GameState, num: number): number {
  return historyCounts(ix, state.history).options[num]!;
}

/** Times answer number `num` was given in all finished turns. */
export function answerUsesSoFar(ix: ScenarioIndex, state: GameState, num: number): number {
  return historyCounts(ix, state.history).answers[num]!;
}

/**
 * How many times the thing behind `cause` happened in finished turns before
 * `beforeTurn`: the exponent of diminishing returns. An option counts its earlier
 * choices, an answer the earlier identical answers under the same rule, an event its
 * earlier firings (options and rules each belong to one role).
 */
export function earlierUses(
  ix: ScenarioIndex,
  state: GameState,
  cause: Cause,
  beforeTurn: number,
): number {
  if (wholeHistory(state, beforeTurn)) {
    const counts = historyCounts(ix, state.history);
    let num: number | undefined;
    switch (cause.kind) {
      case 'option':
        num = ix.optionNum.get(cause.option);
        return num === undefined ? 0 : counts.options[num]!;
      case 'answer':
        num = ix.answerNum.get(cause.rule)?.get(cause.answer);
        return num === undefined ? 0 : counts.answers[num]!;
      case 'event':
        num = ix.eventNum.get(cause.event);
        return num === undefined ? 0 : counts.events[num]!;
      case 'regen':
        return 0;
    }
  }
  let n = 0;
  for (const record of state.history) {
    if (record.turn >= beforeTurn) break;
    switch (cause.kind) {
      case 'option':
        for (const m of record.moves) if (m.option === cause.option) n++;
        break;
      case 'answer':
        for (const r of record.responses) {
          if (r.rule === cause.rule && r.answer === cause.answer) n++;
        }
        break;
      case 'event':
        for (const e of record.events) if (e === cause.event) n++;
        break;
      case 'regen':
        break;
    }
  }
  return n;
}
