/**
 * Counting what happened before: how often an option, a tag, an answer or an event was
 * used. Conditions (`used`, `tagUsed`), `maxUses` and diminishing returns all count here,
 * from the turn history plus the moves chosen so far this turn.
 *
 * The counts over the whole history are computed once per history array and kept for
 * the few most recent ones: the engine never mutates a history array (resolution makes
 * a new one), so a kept count can never go stale.
 */
import type { Cause, GameState, TurnRecord } from './types';
import type { OptionUse, ScenarioIndex } from './scenarioIndex';

/** The numbers of a record's moves and answers, when the caller has them at hand. */
export type KnownNumbers = {
  moves: (OptionUse | undefined)[];
  answers: (number | undefined)[];
};

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

/**
 * The counts of the histories asked about most recently, in slots reused in turn. A few
 * strong references suffice (a game asks about its current history, and a new one is
 * made once per turn); unlike a weak map, they cost the garbage collector nothing.
 */
type Recent = {
  histories: (readonly TurnRecord[] | null)[];
  counts: (Counts | null)[];
  /** Where the next one goes (the slots are reused in turn). */
  next: number;
};
const RECENT = 8;

function recentOf(ix: ScenarioIndex): Recent {
  let recent = ix.memo.recent as Recent | undefined;
  if (!recent) {
    recent = { histories: [], counts: [], next: 0 };
    for (let i = 0; i < RECENT; i++) {
      recent.histories.push(null);
      recent.counts.push(null);
    }
    ix.memo.recent = recent;
  }
  return recent;
}

function remember(ix: ScenarioIndex, history: readonly TurnRecord[], counts: Counts): void {
  const recent = recentOf(ix);
  recent.histories[recent.next] = history;
  recent.counts[recent.next] = counts;
  recent.next = (recent.next + 1) % RECENT;
  ix.memo.history = history;
  ix.memo.counts = counts;
}

function recall(ix: ScenarioIndex, history: readonly TurnRecord[]): Counts | undefined {
  if (ix.memo.history === history) return ix.memo.counts as Counts;
  const recent = recentOf(ix);
  for (let i = 0; i < RECENT; i++) {
    if (recent.histories[i] === history) return recent.counts[i]!;
  }
  return undefined;
}

/**
 * `n` zeros in a packed array of small integers: counts stay small integers, and such an
 * array takes half the room of one of doubles, so the copy made each turn is cheaper.
 */
function smallZeros(n: number): number[] {
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(0);
  return a;
}

function emptyCounts(ix: ScenarioIndex): Counts {
  return {
    options: smallZeros(ix.optionNum.size),
    answers: smallZeros(ix.answerCount),
    events: smallZeros(ix.eventNum.size),
    tags: smallZeros(ix.tagNum.size * (ix.roleSlot.size + 1)),
  };
}

/**
 * Adds one finished turn to `counts`. `known`, when given, holds what the caller has
 * already looked up: each move's option numbers and each response's answer number
 * (aligned with the record's lists; undefined where unknown).
 */
function addRecord(
  ix: ScenarioIndex,
  counts: Counts,
  record: TurnRecord,
  known?: KnownNumbers,
): void {
  const stride = ix.roleSlot.size + 1;
  for (let i = 0; i < record.moves.length; i++) {
    const m = record.moves[i]!;
    const use = known ? known.moves[i] : ix.optionUse.get(m.option);
    if (use === undefined) continue;
    counts.options[use.num]!++;
    const slot = m.role === use.owner ? use.ownerSlot : (ix.roleSlot.get(m.role) ?? 0);
    for (const tag of use.tags) {
      counts.tags[tag * stride]!++;
      if (slot > 0) counts.tags[tag * stride + slot]!++;
    }
  }
  for (let i = 0; i < record.responses.length; i++) {
    const r = record.responses[i]!;
    const num =
      r.answer === undefined
        ? undefined
        : known
          ? known.answers[i]
          : ix.answerNum.get(r.rule)?.get(r.answer);
    if (num !== undefined) counts.answers[num]!++;
  }
  for (const e of record.events) {
    const num = ix.eventNum.get(e);
    if (num !== undefined) counts.events[num]!++;
  }
}

/** Moves of option `option` in one finished turn. */
function recordOptionUses(record: TurnRecord, option: string): number {
  let n = 0;
  for (const m of record.moves) if (m.option === option) n++;
  return n;
}

/**
 * Moves in one finished turn carrying tag number `num` (by `role`, or by anyone), counted
 * as the history counts are (a tag listed twice on an option counts twice).
 */
function recordTagUses(
  ix: ScenarioIndex,
  record: TurnRecord,
  num: number,
  role: string | undefined,
): number {
  let n = 0;
  for (const m of record.moves) {
    if (role !== undefined && m.role !== role) continue;
    const use = ix.optionUse.get(m.option);
    if (use === undefined) continue;
    for (const tag of use.tags) if (tag === num) n++;
  }
  return n;
}

function historyCounts(ix: ScenarioIndex, history: readonly TurnRecord[]): Counts {
  // The last history asked about is by far the most likely to be asked about again.
  if (ix.memo.history === history) return ix.memo.counts as Counts;
  let counts = recall(ix, history);
  if (!counts) {
    counts = emptyCounts(ix);
    for (const record of history) addRecord(ix, counts, record);
    remember(ix, history, counts);
  } else {
    ix.memo.history = history;
    ix.memo.counts = counts;
  }
  return counts;
}

/**
 * Primes the count cache for `next`, a history that extends `prev` by its last record,
 * from the counts of `prev` (so a game's counts cost one record per turn to keep).
 * `known`: see `addRecord`.
 */
export function extendCounts(
  ix: ScenarioIndex,
  prev: readonly TurnRecord[],
  next: readonly TurnRecord[],
  known?: KnownNumbers,
): void {
  const old = recall(ix, prev);
  const last = next[next.length - 1];
  if (!old || !last || next.length !== prev.length + 1) return;
  const counts: Counts = {
    options: old.options.slice(),
    answers: old.answers.slice(),
    events: old.events.slice(),
    tags: old.tags.slice(),
  };
  addRecord(ix, counts, last, known);
  remember(ix, next, counts);
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
  return countOptionUsesOf(ix, state, option, ix.optionNum.get(option), sinceTurn);
}

/**
 * `countOptionUses` with the lookups made beforehand: `num` is the option's number (or
 * undefined when unknown) and the owner check is the caller's.
 */
export function countOptionUsesOf(
  ix: ScenarioIndex,
  state: GameState,
  option: string,
  num: number | undefined,
  sinceTurn: number,
): number {
  let n = 0;
  if (num !== undefined) {
    if (sinceTurn <= 1) {
      n = historyCounts(ix, state.history).options[num]!;
    } else {
      for (let i = state.history.length - 1; i >= 0; i--) {
        const record = state.history[i]!;
        if (record.turn < sinceTurn) break;
        n += recordOptionUses(record, option);
      }
    }
  }
  // This turn's moves count while it is open (once it has ended they are in the history).
  if (state.phase !== 'ended') {
    for (const m of state.moves) if (m.option === option) n++;
  }
  return n;
}

/**
 * Moves carrying tag number `num` (by `role`, or by anyone; `slot` is the role's slot, 0
 * for any role) in turns ≥ `sinceTurn`, this one included.
 */
export function countTagUsesOf(
  ix: ScenarioIndex,
  state: GameState,
  num: number,
  role: string | undefined,
  slot: number,
  sinceTurn: number,
): number {
  const at = num * (ix.roleSlot.size + 1) + slot;
  let n = 0;
  if (sinceTurn <= 1) {
    n = historyCounts(ix, state.history).tags[at]!;
  } else {
    for (let i = state.history.length - 1; i >= 0; i--) {
      const record = state.history[i]!;
      if (record.turn < sinceTurn) break;
      n += recordTagUses(ix, record, num, role);
    }
  }
  if (state.phase !== 'ended') {
    for (const m of state.moves) {
      if (role !== undefined && m.role !== role) continue;
      if (ix.optionUse.get(m.option)?.tags.includes(num)) n++;
    }
  }
  return n;
}

/** Times each option (by number) was chosen in all finished turns. Read-only. */
export function optionUses(ix: ScenarioIndex, state: GameState): readonly number[] {
  return historyCounts(ix, state.history).options;
}

/** Times each answer (by number) was given in all finished turns. Read-only. */
export function answerUses(ix: ScenarioIndex, state: GameState): readonly number[] {
  return historyCounts(ix, state.history).answers;
}

/** Times each event (by number) fired in all finished turns. Read-only. */
export function eventFirings(ix: ScenarioIndex, state: GameState): readonly number[] {
  return historyCounts(ix, state.history).events;
}

/** Times option number `num` was chosen in all finished turns. */
export function optionUsesSoFar(ix: ScenarioIndex, state: GameState, num: number): number {
  return historyCounts(ix, state.history).options[num]!;
}

/**
 * How many times the thing behind `cause` happened in finished turns before
 * `beforeTurn`: the exponent of diminishing returns. An option counts its earlier
 * choices, an answer the earlier identical answers under the same rule, an event its
 * earlier firings (options and rules each belong to one role). `known`, when given, is
 * the number of the option, answer or event behind `cause` (sparing the lookup).
 */
export function earlierUses(
  ix: ScenarioIndex,
  state: GameState,
  cause: Cause,
  beforeTurn: number,
  known?: number,
): number {
  if (wholeHistory(state, beforeTurn)) {
    const counts = historyCounts(ix, state.history);
    let num: number | undefined;
    if (known !== undefined) {
      switch (cause.kind) {
        case 'option':
          return counts.options[known]!;
        case 'answer':
          return counts.answers[known]!;
        case 'event':
          return counts.events[known]!;
        case 'regen':
          return 0;
      }
    }
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
