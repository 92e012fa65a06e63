/**
 * Responses: which rule answers a move, which of its answers are open, and how the
 * computer picks one.
 *
 * Matching, for each move and each role other than the mover: among that role's rules
 * whose `when` holds, a rule naming the option wins over one matching by tag; among equals
 * the first in the file wins. If the winning rule has no answer whose `when` holds, the
 * move gets no response from that role (a lower rule is not consulted: the author's most
 * specific rule decides, and it may deliberately stay silent).
 */
import type { Answer, ResponseRule, Scenario } from '../data/schema';
import type { GameState, Move, PendingResponse } from './types';
import { indexScenario, type ScenarioIndex } from './scenarioIndex';
import { evaluate } from './conditions';
import { nextFloat } from './rng';
import { planOf, type RulePlan } from './plan';

/** The rule by which `responder` answers `move` in `state`, if any. */
export function matchRule(
  ix: ScenarioIndex,
  state: GameState,
  move: Move,
  responder: string,
): ResponseRule | undefined {
  const list = ix.candidates.get(move.option)?.get(responder);
  if (!list) return undefined;
  for (const rule of list) {
    if (rule.when === undefined || evaluate(ix, state, rule.when)) return rule;
  }
  return undefined;
}

/** True when `answer` may be given in `state`. */
export function answerOpen(ix: ScenarioIndex, state: GameState, answer: Answer): boolean {
  return answer.when === undefined || evaluate(ix, state, answer.when);
}

/**
 * The responses owed for this turn's moves, in move order and, for each move, in the
 * scenario's role order. Only moves whose matched rule has an open answer appear.
 */
export function buildPending(ix: ScenarioIndex, state: GameState): PendingResponse[] {
  const plan = planOf(ix);
  const pending: PendingResponse[] = [];
  for (let i = 0; i < state.moves.length; i++) {
    const op = plan.options.get(state.moves[i]!.option);
    if (!op) continue;
    for (const responder of op.responders) {
      const rule = firstRule(responder.rules, state);
      if (rule && anyOpen(rule, state)) {
        pending.push({ move: i, responder: responder.role, rule: rule.id });
      }
    }
  }
  return pending;
}

/** True when some answer of `rule` may be given in `state`. */
function anyOpen(rule: RulePlan, state: GameState): boolean {
  for (const a of rule.answers) if (a.when === null || a.when(state)) return true;
  return false;
}

/** The first rule of `rules` (a responder's candidates, best first) whose `when` holds. */
function firstRule(rules: readonly RulePlan[], state: GameState): RulePlan | undefined {
  for (const rule of rules) if (rule.when === null || rule.when(state)) return rule;
  return undefined;
}

/** The computer's weight for `answer`: `weight` times the factor of every `weightIf` that holds. */
export function answerWeight(ix: ScenarioIndex, state: GameState, answer: Answer): number {
  let w = answer.weight;
  for (const wi of answer.weightIf) if (evaluate(ix, state, wi.when)) w *= wi.factor;
  return w;
}

/**
 * The computer's answer under `rule`: a seeded draw among the open answers in
 * proportion to their weights (the first open answer when every weight is zero).
 * Consumes exactly one draw from `state.rng`, which must be a draft's.
 */
export function pickAnswer(
  ix: ScenarioIndex,
  state: GameState,
  ruleId: string,
): Answer | undefined {
  const rule = planOf(ix).rules.get(ruleId);
  const r = nextFloat(state);
  if (!rule) return undefined;
  const answers = rule.answers;
  const weights: number[] = [];
  let total = 0;
  let first: Answer | undefined;
  for (const a of answers) {
    let w = -1;
    if (a.when === null || a.when(state)) {
      w = a.weight;
      for (const wi of a.weightIf) if (wi.test(state)) w *= wi.factor;
      first ??= a.answer;
      total += w;
    }
    weights.push(w);
  }
  if (total <= 0) return first;
  let x = r * total;
  let last: Answer | undefined;
  for (let k = 0; k < answers.length; k++) {
    const w = weights[k]!;
    if (w < 0) continue;
    last = answers[k]!.answer;
    x -= w;
    if (x < 0) return last;
  }
  return last;
}

/**
 * The answers of the rule matched to pending move `moveIndex`, each with whether it may be
 * given now. With several responders to one move, `role` picks one; by default the first
 * unanswered human responder, else the first responder. Empty when nothing is pending.
 */
export function answerChoices(
  scenario: Scenario,
  state: GameState,
  moveIndex: number,
  role?: string,
): { answer: Answer; available: boolean }[] {
  const ix = indexScenario(scenario);
  const mine = state.responses.filter((r) => r.move === moveIndex);
  const humans = state.config.humanRoles;
  const pending =
    role !== undefined
      ? mine.find((r) => r.responder === role)
      : (mine.find((r) => r.answer === undefined && humans.includes(r.responder)) ?? mine[0]);
  const rule = pending && ix.rules.get(pending.rule);
  if (!rule) return [];
  return rule.answers.map((answer) => ({ answer, available: answerOpen(ix, state, answer) }));
}
