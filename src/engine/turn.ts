/**
 * The turn's flow: opening a turn (regeneration, briefing events), the automatic parts
 * (computer moves and answers), and resolution. Everything here mutates a draft state
 * that `step` or `createGame` owns.
 */
import type { Scenario } from '../data/schema';
import type { GameEvent, GameState, TurnRecord } from './types';
import type { ScenarioIndex } from './scenarioIndex';
import { fireEvents } from './events';
import { applyCause, applyDelayed } from './effects';
import { playCounterpart } from './counterpart';
import { buildPending, pickAnswer } from './responses';
import { outcomeAt } from './scoring';
import { fmt, signed } from './ruleText';
import { extendCounts } from './usage';

/**
 * A copy of `s` for a step that may set the automatic parts going: new containers for
 * what deciding and answering touch (this turn's lists, resources, the current record's
 * trace and rolls). Meters, flags and the other lists are still shared: `advance` copies
 * them (`prepareResolve`) only if the turn actually resolves. Finished turn records and
 * scenario data are always shared, as nothing mutates them.
 */
export function flowDraftOf(s: GameState): GameState {
  const resources: Record<string, Record<string, number>> = {};
  for (const role in s.resources) resources[role] = { ...s.resources[role] };
  return {
    ...s,
    resources,
    moves: s.moves.slice(),
    movesDone: s.movesDone.slice(),
    responses: s.responses.slice(),
    current: { ...s.current, rolls: s.current.rolls.slice(), trace: s.current.trace.slice() },
  };
}

/** Gives a flow draft its own copies of what resolution and the next opening change. */
function prepareResolve(d: GameState): void {
  d.meters = { ...d.meters };
  d.flags = { ...d.flags };
  d.delayed = d.delayed.slice();
  d.firedEvents = d.firedEvents.slice();
}

/**
 * A lighter draft for choosing an option, which touches only this turn's moves, the
 * chooser's resources and the current trace.
 */
export function choiceDraftOf(s: GameState, role: string): GameState {
  const resources = { ...s.resources };
  const pool = s.resources[role];
  if (pool) resources[role] = { ...pool };
  return {
    ...s,
    resources,
    moves: s.moves.slice(),
    current: { ...s.current, trace: s.current.trace.slice() },
  };
}

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
  d.current = { turn, events: [], moves: [], responses: [], rolls: [], trace: [], meters: {} };
  if (turn > 1) regenerate(scenario, d);
  const events = fireEvents(scenario, ix, d);
  d.current.meters = { ...d.meters };
  out.push({ type: 'turnBegan', turn, events });
}

function regenerate(scenario: Scenario, d: GameState): void {
  for (const role of scenario.roles) {
    const pool = d.resources[role.id];
    if (!pool) continue;
    for (const res of role.resources) {
      if (res.perTurn === 0) continue;
      const before = pool[res.id] ?? 0;
      const after = Math.min(res.max, before + res.perTurn);
      if (after === before) continue;
      pool[res.id] = after;
      const capped = after < before + res.perTurn ? ` (capped at ${fmt(res.max)})` : '';
      d.current.trace.push({
        turn: d.turn,
        target: { kind: 'resource', id: res.id, role: role.id },
        before,
        after,
        delta: after - before,
        cause: { kind: 'regen', role: role.id },
        rule: `${signed(res.perTurn)} per turn${capped}`,
        cites: [],
      });
    }
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
        d.responses[i] = { ...r, answer: answer.id };
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
  for (const m of d.moves)
    applyCause(scenario, ix, d, { kind: 'option', role: m.role, option: m.option });
  for (const r of d.responses) {
    if (r.answer === undefined) continue;
    const toOption = d.moves[r.move]?.option ?? '';
    applyCause(scenario, ix, d, {
      kind: 'answer',
      role: r.responder,
      rule: r.rule,
      answer: r.answer,
      toOption,
    });
  }
  // Delayed effects scheduled during this loop fall due later, so the growing list is safe.
  for (const delayed of d.delayed) {
    if (delayed.dueTurn === d.turn) applyDelayed(scenario, ix, d, delayed);
  }
  const record: TurnRecord = {
    ...d.current,
    moves: d.moves.slice(),
    responses: d.responses.slice(),
    meters: { ...d.meters },
  };
  d.current = record;
  const prev = d.history;
  d.history = [...prev, record];
  extendCounts(ix, prev, d.history);
  out.push({ type: 'turnResolved', record });
  if (d.turn >= ix.lastTurn) {
    d.phase = 'ended';
    out.push({ type: 'gameEnded', outcome: outcomeAt(scenario, d.meters).id });
    return 'ended';
  }
  openTurn(scenario, ix, d, d.turn + 1, out);
  return 'next';
}
