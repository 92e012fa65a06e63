/**
 * The turn's flow: opening a turn (renewals, briefing events), the automatic parts
 * (computer moves and answers), and resolution. Everything here changes a draft state
 * that `step` or `createGame` owns.
 */
import type { GameEvent, GameState, TurnRecord } from './types';
import { answerOf, finalTurn, type CompiledScenario } from './compile';
import { applyCause, applyDelayed, capStep, clamp } from './effects';
import { chooseCounterpartMoves } from './counterpart';
import { computerAnswer, owedResponses } from './responses';
import { holds } from './conditions';
import { counts } from './counts';
import { endingOf } from './scoring';
import { answerable } from './responses';
import { exposeSecrets, rollDiscovery } from './secrets';
import { nextFloat } from './rng';
import { answered, turnRecord } from './state';

export function emptyRecord(turn: number, meters: number[]): TurnRecord {
  return turnRecord(turn, [], [], [], [], [], [], meters);
}

/**
 * Opens turn `turn`: clears the turn's lists; from turn 2, renews resources and moves the
 * drifting meters; fires the briefing events; rolls the discovery of earlier secret
 * moves. The open record's `meters` hold the meters after the briefing; its moves and
 * responses are filled at resolution.
 */
export function openTurn(
  scenario: CompiledScenario,
  d: GameState,
  turn: number,
  out: GameEvent[],
): void {
  d.turn = turn;
  d.phase = 'decide';
  d.moves = [];
  d.exposed = [];
  d.movesDone = [];
  d.responses = [];
  d.current = emptyRecord(turn, []);
  if (turn > 1) {
    renewResources(scenario, d);
    drift(scenario, d);
  }
  fireEvents(scenario, d);
  rollDiscovery(scenario, d, false);
  d.current.meters = d.meters.slice();
  out.push({ type: 'turnBegan', turn, events: d.current.events.slice() });
}

/** Moves each drifting meter by its step toward its value (never past it), traced as drift. */
function drift(scenario: CompiledScenario, d: GameState): void {
  for (const meter of scenario.meters) {
    if (meter.drift === null) continue;
    const { toward, by } = meter.drift;
    const before = d.meters[meter.index]!;
    const after = before < toward ? Math.min(toward, before + by) : Math.max(toward, before - by);
    if (after === before) continue;
    d.meters[meter.index] = after;
    d.current.trace.push({
      turn: d.turn,
      target: meter.target,
      before,
      after,
      delta: after - before,
      cause: { kind: 'drift', meter: meter.id },
      rule: { kind: 'drift', toward, by },
      steps: [],
      delayedFrom: undefined,
    });
  }
}

function renewResources(scenario: CompiledScenario, d: GameState): void {
  for (const role of scenario.roles) {
    for (const resource of role.resources) {
      if (resource.perTurn === 0) continue;
      const pool = d.resources[role.index]!;
      const before = pool[resource.index]!;
      const after = clamp(before + resource.perTurn, 0, resource.max);
      if (after === before) continue;
      pool[resource.index] = after;
      d.current.trace.push({
        turn: d.turn,
        target: { kind: 'resource', id: resource.id, role: role.id },
        before,
        after,
        delta: after - before,
        cause: { kind: 'renewal', role: role.id },
        rule: { kind: 'renewal', perTurn: resource.perTurn },
        steps: after < before + resource.perTurn ? [capStep(after, resource.max)] : [],
        delayedFrom: undefined,
      });
    }
  }
}

/**
 * Fires the events due at the opening of the turn, in file order, so that one event's
 * effects can set off a later one: scripted events at their turn, the others at every
 * opening. A `when` must hold and a `chance` must roll true (the roll is recorded); an
 * event fires once unless it has `repeat`.
 */
function fireEvents(scenario: CompiledScenario, d: GameState): void {
  for (const event of scenario.eventsByTurn[d.turn] ?? []) {
    const firedBefore = counts.ofEventBefore(d, event, d.turn) > 0;
    if (firedBefore && !event.repeat) continue;
    if (event.when !== null && !holds(scenario, d, event.when)) continue;
    const cause = { kind: 'event', event: event.id } as const;
    if (event.chance !== null) {
      const success = nextFloat(d) < event.chance;
      d.current.rolls.push({ cause, path: undefined, chance: event.chance, success });
      if (!success) continue;
    }
    d.current.events.push(event.id);
    applyCause(scenario, d, cause, event.effects, null);
  }
}

/**
 * Runs the automatic parts of the game until a person must act or the game ends: once
 * every human role has ended its moves, the computer roles choose theirs; the responses
 * owed are matched and the computer's given; once every response is given, the turn
 * resolves and the next opens. With no human role this plays the whole game.
 */
export function advance(scenario: CompiledScenario, d: GameState, out: GameEvent[]): void {
  const humans = d.config.humanRoles;
  for (;;) {
    if (d.phase === 'decide') {
      if (humans.some((role) => !d.movesDone.includes(role))) return;
      for (const role of scenario.roles) {
        if (humans.includes(role.id) || d.movesDone.includes(role.id)) continue;
        for (const m of chooseCounterpartMoves(scenario, d, role.id)) {
          out.push({ type: 'optionChosen', role: role.id, option: m.option, turn: d.turn });
        }
        d.movesDone.push(role.id);
        out.push({ type: 'movesEnded', role: role.id, turn: d.turn });
      }
      rollDiscovery(scenario, d, true);
      d.exposed = exposeSecrets(d);
      d.responses = owedResponses(scenario, d);
      d.phase = 'respond';
      d.responses.forEach((r, i) => {
        if (humans.includes(r.responder)) return;
        const answer = computerAnswer(scenario, d, scenario.ruleById.get(r.rule)!);
        if (!answer) return;
        d.responses[i] = answered(r, answer.id);
        out.push({
          type: 'responseGiven',
          role: r.responder,
          move: r.move,
          answer: answer.id,
          turn: d.turn,
        });
      });
    }
    if (d.phase !== 'respond') return;
    if (d.responses.some((r) => r.answer === undefined)) return;
    if (resolve(scenario, d, out) === 'ended') return;
  }
}

/**
 * Resolves the turn: the moves' effects in move order, then the answers' in response
 * order, then the delayed effects due this turn in the order they were scheduled. Files
 * the turn's record; then ends the game after the last turn or opens the next.
 */
function resolve(scenario: CompiledScenario, d: GameState, out: GameEvent[]): 'ended' | 'next' {
  for (const m of d.moves) {
    const option = scenario.optionById.get(m.option)!;
    applyCause(
      scenario,
      d,
      { kind: 'option', role: m.role, option: m.option },
      option.effects,
      option.roleIndex,
    );
  }
  for (const r of d.responses) {
    if (r.answer === undefined) continue;
    const answer = answerOf(scenario, r.rule, r.answer)!;
    const cause = {
      kind: 'answer',
      role: r.responder,
      rule: r.rule,
      answer: r.answer,
      toOption: answerable(d, r.move)?.option ?? '',
    } as const;
    applyCause(scenario, d, cause, answer.effects, answer.roleIndex);
  }
  // Delayed effects scheduled during this loop fall due later, so the growing list is safe.
  for (const delayed of d.delayed) {
    if (delayed.dueTurn === d.turn) {
      applyDelayed(scenario, d, delayed.cause, delayed.effectPath, delayed.dueTurn);
    }
  }
  const c = d.current;
  const record = turnRecord(
    c.turn,
    c.events,
    d.moves.slice(),
    d.exposed,
    d.responses.slice(),
    c.rolls,
    c.trace,
    d.meters.slice(),
  );
  d.current = record;
  d.history = [...d.history, record];
  d.uses = counts.plus(scenario, d.uses, record);
  out.push({ type: 'turnResolved', record });
  if (d.turn >= finalTurn(scenario, d.config)) {
    d.phase = 'ended';
    out.push({ type: 'gameEnded', outcome: endingOf(scenario, d) });
    return 'ended';
  }
  openTurn(scenario, d, d.turn + 1, out);
  return 'next';
}
