/**
 * The turn's flow: opening a turn (regeneration, briefing events), the automatic parts
 * (computer moves and answers), and resolution. Everything here mutates a draft state
 * that `step` or `createGame` owns.
 */
import type { Scenario } from '../data/schema';
import type { GameEvent, GameState } from './types';
import type { ScenarioIndex } from './scenarioIndex';
import { fireEvents } from './events';
import { applyAnswer, applyDelayed, applyOption } from './effects';
import { playCounterpart } from './counterpart';
import { buildPending, pickAnswer } from './responses';
import { outcomeAt } from './scoring';
import { fmt } from './ruleText';
import { answerOf, planOf } from './plan';
import { extendCounts, type KnownNumbers } from './usage';
import { answered, prepareResolve, turnRecord } from './draft';

/**
 * Opens turn `turn`: clears the turn's lists, regenerates resources (from turn 2), fires
 * the briefing events. The in-progress record's `meters` hold the meters after the
 * briefing; its `moves` and `responses` are filled at resolution.
 */
export function openTurn(
  scenario: Scenario,
  ix: ScenarioIndex,
  d: GameState,
  turn: number,
  out: GameEvent[],
): void {
  d.turn = turn;
  d.phase = 'decide';
  d.moves = [];
  d.movesDone = [];
  d.responses = [];
  d.current = turnRecord(turn, [], [], [], [], [], []);
  if (turn > 1) regenerate(ix, d);
  const events = fireEvents(scenario, ix, d);
  // The record's opening meters may share the state's object: whatever changes the
  // meters later (resolution) first gives the draft a copy of its own (prepareResolve).
  d.current.meters = d.meters;
  out.push({ type: 'turnBegan', turn, events });
}

function regenerate(ix: ScenarioIndex, d: GameState): void {
  const explain = d.config.explain !== false;
  for (const r of planOf(ix).renewals) {
    const pool = d.resources[r.roleIndex]!;
    const before = pool[r.resourceIndex]!;
    const after = Math.min(r.max, before + r.perTurn);
    if (after === before) continue;
    pool[r.resourceIndex] = after;
    if (!explain) continue;
    d.current.trace.push({
      turn: d.turn,
      target: r.target,
      before,
      after,
      delta: after - before,
      cause: r.cause,
      rule: after < before + r.perTurn ? `${r.text} (capped at ${fmt(r.max)})` : r.text,
      cites: [],
    });
  }
}

/**
 * Runs the automatic parts of the game until a human must act or the game ends, on a
 * draft made by `flowDraftOf` (or a state the caller owns outright): once
 * every human role has ended its moves, the computer roles choose theirs; the responses
 * owed are matched and the computer's answered; once every response is given, the turn
 * resolves and the next opens. With no human role this plays the whole game.
 */
export function advance(
  scenario: Scenario,
  ix: ScenarioIndex,
  d: GameState,
  out: GameEvent[],
): void {
  const humans = d.config.humanRoles;
  for (;;) {
    if (d.phase === 'decide') {
      for (const role of humans) if (!d.movesDone.includes(role)) return;
      for (const role of ix.roleIds) {
        if (humans.includes(role) || d.movesDone.includes(role)) continue;
        for (const m of playCounterpart(scenario, ix, d, role)) {
          out.push({ type: 'optionChosen', role, option: m.option, turn: d.turn });
        }
        d.movesDone.push(role);
        out.push({ type: 'movesEnded', role, turn: d.turn });
      }
      d.responses = buildPending(ix, d);
      d.phase = 'respond';
      for (let i = 0; i < d.responses.length; i++) {
        const r = d.responses[i]!;
        if (humans.includes(r.responder)) continue;
        const answer = pickAnswer(ix, d, r.rule);
        if (!answer) continue;
        d.responses[i] = answered(r, answer.id);
        out.push({
          type: 'responseGiven',
          role: r.responder,
          move: r.move,
          answer: answer.id,
          turn: d.turn,
        });
      }
    }
    if (d.phase !== 'respond') return;
    for (const r of d.responses) if (r.answer === undefined) return;
    prepareResolve(d);
    if (resolve(scenario, ix, d, out) === 'ended') return;
  }
}

/**
 * Resolves the turn: the moves' effects in move order, then the answers' in response
 * order, then the delayed effects due this turn in the order they were scheduled. Pushes
 * the turn record; then ends the game after the last turn or opens the next.
 */
function resolve(
  scenario: Scenario,
  ix: ScenarioIndex,
  d: GameState,
  out: GameEvent[],
): 'ended' | 'next' {
  const plan = planOf(ix);
  // The numbers looked up here are handed on to the use counts (see extendCounts).
  const known: KnownNumbers = { moves: [], answers: [] };
  for (const m of d.moves) {
    const op = plan.options.get(m.option);
    known.moves.push(op?.use);
    if (!op) continue;
    // A move's cause is shared by all its changes, so the owner's may be the option's own.
    const cause =
      op.role === m.role ? op.cause : ({ kind: 'option', role: m.role, option: m.option } as const);
    applyOption(scenario, ix, d, op, cause);
  }
  for (const r of d.responses) {
    const a = r.answer === undefined ? undefined : answerOf(plan.rules.get(r.rule), r.answer);
    known.answers.push(a?.num);
    if (!a) continue;
    const toOption = d.moves[r.move]?.option ?? '';
    applyAnswer(scenario, ix, d, a, {
      kind: 'answer',
      role: r.responder,
      rule: r.rule,
      answer: r.answer!,
      toOption,
    });
  }
  // Delayed effects scheduled during this loop fall due later, so the growing list is safe.
  for (const delayed of d.delayed) {
    if (delayed.dueTurn === d.turn) applyDelayed(scenario, ix, d, delayed);
  }
  const c = d.current;
  const record = turnRecord(
    c.turn,
    c.events,
    d.moves.slice(),
    d.responses.slice(),
    c.rolls,
    c.trace,
    d.meters.slice(),
  );
  d.current = record;
  const prev = d.history;
  d.history = prev.slice();
  d.history.push(record);
  extendCounts(ix, prev, d.history, known);
  out.push({ type: 'turnResolved', record });
  if (d.turn >= ix.lastTurn) {
    d.phase = 'ended';
    out.push({ type: 'gameEnded', outcome: outcomeAt(scenario, d.meters).id });
    return 'ended';
  }
  openTurn(scenario, ix, d, d.turn + 1, out);
  return 'next';
}
