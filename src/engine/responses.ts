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
import type { GameState, Move, PendingResponse } from './types';
import { unaware } from './secrets';
import type { AnswerDef, CompiledScenario, RuleDef } from './compile';
import { holds } from './conditions';
import { nextFloat } from './rng';

/** The rule by which a responder with candidate `rules` (best first) answers now, if any. */
export function matchRule(
  scenario: CompiledScenario,
  state: GameState,
  rules: readonly RuleDef[],
): RuleDef | undefined {
  for (const rule of rules) {
    if (rule.when === null || holds(scenario, state, rule.when)) return rule;
  }
  return undefined;
}

/** True when `answer` may be given in `state`. */
export function answerOpen(
  scenario: CompiledScenario,
  state: GameState,
  answer: AnswerDef,
): boolean {
  return answer.when === null || holds(scenario, state, answer.when);
}

/**
 * Move number `index` of those answered this turn: the turn's own moves, then the
 * earlier secret moves that came to light (see secrets.ts).
 */
export function answerable(state: GameState, index: number): Move | undefined {
  return index < state.moves.length
    ? state.moves[index]
    : state.exposed[index - state.moves.length];
}

/**
 * The responses owed this turn, in move order and, for each move, in the scenario's role
 * order: the turn's own moves, answered by the roles that know of them, then the earlier
 * secret moves that came to light, answered by the roles they were hidden from. Only
 * moves whose matched rule has an open answer appear.
 */
export function owedResponses(scenario: CompiledScenario, state: GameState): PendingResponse[] {
  const owed: PendingResponse[] = [];
  for (let index = 0; index < state.moves.length; index++) {
    const hidden = unaware(state, state.turn, index);
    oweAnswers(scenario, state, owed, index, state.moves[index]!.option, hidden, false);
  }
  for (let k = 0; k < state.exposed.length; k++) {
    const move = state.exposed[k]!;
    oweAnswers(scenario, state, owed, state.moves.length + k, move.option, move.from, true);
  }
  return owed;
}

/**
 * Appends to `owed` the answers owed to move number `index` (of `option`): by the roles
 * listed in `roles` when `only`, else by the roles not listed.
 */
function oweAnswers(
  scenario: CompiledScenario,
  state: GameState,
  owed: PendingResponse[],
  index: number,
  option: string,
  roles: readonly string[],
  only: boolean,
): void {
  for (const responder of scenario.optionById.get(option)!.responders) {
    if (roles.includes(responder.role) !== only) continue;
    const rule = matchRule(scenario, state, responder.rules);
    if (rule && rule.answers.some((a) => answerOpen(scenario, state, a))) {
      owed.push({ move: index, responder: responder.role, rule: rule.id });
    }
  }
}

/** The computer's weight for `answer`: `weight` times the factor of every `weightIf` that holds. */
export function answerWeight(
  scenario: CompiledScenario,
  state: GameState,
  answer: AnswerDef,
): number {
  let w = answer.weight;
  for (const wi of answer.weightIf) if (holds(scenario, state, wi.when)) w *= wi.factor;
  return w;
}

/**
 * The sum of the computer's weights for the open answers of `rule` now. The computer
 * picks an open answer with probability its weight over this total (the first open
 * answer when the total is zero). Answers are weighed again where needed rather than
 * kept in a list: this runs for every option the computer values.
 */
export function openWeightTotal(
  scenario: CompiledScenario,
  state: GameState,
  rule: RuleDef,
): number {
  let total = 0;
  for (const answer of rule.answers) {
    if (answerOpen(scenario, state, answer)) total += answerWeight(scenario, state, answer);
  }
  return total;
}

/**
 * The computer's answer under `rule`: a seeded draw among the open answers in proportion
 * to their weights (the first open answer when every weight is zero). Consumes exactly
 * one draw from `state.rng`, which must be a draft's.
 */
export function computerAnswer(
  scenario: CompiledScenario,
  state: GameState,
  rule: RuleDef,
): AnswerDef | undefined {
  const draw = nextFloat(state);
  const total = openWeightTotal(scenario, state, rule);
  let x = draw * total;
  let last: AnswerDef | undefined;
  for (const answer of rule.answers) {
    if (!answerOpen(scenario, state, answer)) continue;
    if (total <= 0) return answer;
    x -= answerWeight(scenario, state, answer);
    if (x < 0) return answer;
    last = answer;
  }
  return last;
}

/**
 * The answers of the rule matched to pending move `moveIndex` for `role`, each with
 * whether it may be given now. Without `role`: the first unanswered human responder's,
 * else the first responder's. Empty when nothing is pending.
 */
export function answerChoices(
  scenario: CompiledScenario,
  state: GameState,
  moveIndex: number,
  role?: string,
): { answer: AnswerDef; available: boolean }[] {
  const mine = state.responses.filter((r) => r.move === moveIndex);
  const humans = state.config.humanRoles;
  const pending =
    role !== undefined
      ? mine.find((r) => r.responder === role)
      : (mine.find((r) => r.answer === undefined && humans.includes(r.responder)) ?? mine[0]);
  const rule = pending && scenario.ruleById.get(pending.rule);
  if (!rule) return [];
  return rule.answers.map((answer) => ({
    answer,
    available: answerOpen(scenario, state, answer),
  }));
}
