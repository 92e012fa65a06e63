/**
 * Counting what happened: how often an option, a tag, an answer or an event was used.
 * Conditions (`used`, `tagUsed`), `maxUses` and diminishing returns all count here.
 *
 * The state keeps the totals over its finished turns (`GameState.uses`), added to at
 * each resolution, and they answer every count over the whole history (`wholeHistory`);
 * a count over a window of turns reads the turn records instead (`inFinishedTurns`).
 * The tests check every count against a plain fold over the history.
 */
import type { Cause, GameState, TurnRecord, UseCounts } from './types';
import {
  answerOf,
  type AnswerDef,
  type CompiledScenario,
  type EventDef,
  type OptionDef,
} from './compile';

/**
 * Whether the finished turns from `sinceTurn` up to (not including) `beforeTurn` are all
 * of them, so that the totals kept in the state answer a count over them.
 */
function wholeHistory(state: GameState, sinceTurn: number, beforeTurn: number): boolean {
  const history = state.history;
  if (history.length === 0) return true;
  return sinceTurn <= history[0]!.turn && history[history.length - 1]!.turn < beforeTurn;
}

/**
 * A count over the finished turns from `sinceTurn` up to (not including) `beforeTurn`:
 * the sum of `perRecord` over the records in that window (see `wholeHistory` for the
 * common case, answered from the totals without reading the records).
 */
function inFinishedTurns(
  state: GameState,
  sinceTurn: number,
  beforeTurn: number,
  perRecord: (record: TurnRecord) => number,
): number {
  let n = 0;
  for (const record of state.history) {
    if (record.turn >= sinceTurn && record.turn < beforeTurn) n += perRecord(record);
  }
  return n;
}

/** A tag's kept total: by role index `by`, or by every role when null. */
function tagTotal(byRole: readonly number[], by: number | null): number {
  return by === null ? byRole.reduce((a, b) => a + b, 0) : byRole[by]!;
}

/** Whether this turn's moves count: while the turn is open (once over, they are history). */
function turnOpen(state: GameState): boolean {
  return state.phase !== 'ended';
}

function movesOf(record: { moves: readonly { option: string }[] }, option: string): number {
  let n = 0;
  for (const m of record.moves) if (m.option === option) n++;
  return n;
}

function movesTagged(
  scenario: CompiledScenario,
  moves: readonly { role: string; option: string }[],
  tag: number,
  by: number | null,
): number {
  let n = 0;
  for (const m of moves) {
    const option = scenario.optionById.get(m.option);
    if (option === undefined || (by !== null && option.roleIndex !== by)) continue;
    if (option.tags.includes(tag)) n++;
  }
  return n;
}

export const counts = {
  /** Moves of `option` in the turns from `sinceTurn` on, this turn's so far included. */
  ofOption(state: GameState, option: OptionDef, sinceTurn = 1): number {
    const past = wholeHistory(state, sinceTurn, Infinity)
      ? state.uses.options[option.index]!
      : inFinishedTurns(state, sinceTurn, Infinity, (r) => movesOf(r, option.id));
    return past + (turnOpen(state) ? movesOf(state, option.id) : 0);
  },

  /**
   * Moves carrying tag number `tag` (by role index `by`, or by anyone when null) in the
   * turns from `sinceTurn` on, this turn's so far included. A tag no option carries
   * (numbered −1) was never used.
   */
  ofTag(
    scenario: CompiledScenario,
    state: GameState,
    tag: number,
    by: number | null,
    sinceTurn = 1,
  ): number {
    if (tag < 0) return 0;
    const past = wholeHistory(state, sinceTurn, Infinity)
      ? tagTotal(state.uses.tags[tag]!, by)
      : inFinishedTurns(state, sinceTurn, Infinity, (r) => movesTagged(scenario, r.moves, tag, by));
    return past + (turnOpen(state) ? movesTagged(scenario, state.moves, tag, by) : 0);
  },

  /** Moves of `option` in the finished turns before `beforeTurn`. */
  ofOptionBefore(state: GameState, option: OptionDef, beforeTurn: number): number {
    if (wholeHistory(state, 1, beforeTurn)) return state.uses.options[option.index]!;
    return inFinishedTurns(state, 1, beforeTurn, (r) => movesOf(r, option.id));
  },

  /** Times `answer` was given in the finished turns before `beforeTurn`. */
  ofAnswerBefore(state: GameState, answer: AnswerDef, beforeTurn: number): number {
    if (wholeHistory(state, 1, beforeTurn)) return state.uses.answers[answer.index]!;
    return inFinishedTurns(state, 1, beforeTurn, (r) => {
      let n = 0;
      for (const x of r.responses) if (x.rule === answer.rule && x.answer === answer.id) n++;
      return n;
    });
  },

  /** Times `event` fired in the finished turns before `beforeTurn`. */
  ofEventBefore(state: GameState, event: EventDef, beforeTurn: number): number {
    if (wholeHistory(state, 1, beforeTurn)) return state.uses.events[event.index]!;
    return inFinishedTurns(state, 1, beforeTurn, (r) => {
      let n = 0;
      for (const id of r.events) if (id === event.id) n++;
      return n;
    });
  },

  /**
   * How often the thing behind `cause` happened in the finished turns before `beforeTurn`:
   * the exponent of diminishing returns. An option counts its earlier choices, an answer
   * the same answer given earlier under the same rule, an event its earlier firings.
   */
  ofCauseBefore(
    scenario: CompiledScenario,
    state: GameState,
    cause: Cause,
    beforeTurn: number,
  ): number {
    switch (cause.kind) {
      case 'option':
        return counts.ofOptionBefore(state, scenario.optionById.get(cause.option)!, beforeTurn);
      case 'answer': {
        const answer = answerOf(scenario, cause.rule, cause.answer)!;
        return counts.ofAnswerBefore(state, answer, beforeTurn);
      }
      case 'event':
        return counts.ofEventBefore(state, scenario.eventById.get(cause.event)!, beforeTurn);
      case 'renewal':
      case 'drift':
        return 0;
    }
  },

  /** No uses yet. */
  none(scenario: CompiledScenario): UseCounts {
    return {
      options: scenario.options.map(() => 0),
      answers: scenario.answers.map(() => 0),
      events: scenario.events.map(() => 0),
      tags: scenario.tags.map(() => scenario.roles.map(() => 0)),
    };
  },

  /** The counts of a history, turn by turn (for states made by hand: the tests). */
  over(scenario: CompiledScenario, history: readonly TurnRecord[]): UseCounts {
    return history.reduce(
      (uses, record) => counts.plus(scenario, uses, record),
      counts.none(scenario),
    );
  },

  /** `uses` with the finished turn `record` added (a new object; `uses` is not changed). */
  plus(scenario: CompiledScenario, uses: UseCounts, record: TurnRecord): UseCounts {
    const next: UseCounts = {
      options: uses.options.slice(),
      answers: uses.answers.slice(),
      events: uses.events.slice(),
      // A tag's counts are copied when first changed: most tags are not used in a turn.
      tags: uses.tags.slice(),
    };
    for (const m of record.moves) {
      const option = scenario.optionById.get(m.option)!;
      next.options[option.index]!++;
      for (const tag of option.tags) {
        if (next.tags[tag] === uses.tags[tag]) next.tags[tag] = uses.tags[tag]!.slice();
        next.tags[tag]![option.roleIndex]!++;
      }
    }
    for (const r of record.responses) {
      if (r.answer === undefined) continue;
      const answer = answerOf(scenario, r.rule, r.answer)!;
      next.answers[answer.index]!++;
    }
    for (const id of record.events) next.events[scenario.eventById.get(id)!.index]!++;
    return next;
  },
};
