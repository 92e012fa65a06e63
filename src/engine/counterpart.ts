/**
 * The computer counterpart's choice of moves.
 *
 * Heuristic (one-step, greedy by objectives): for each option the role may take now, it
 * estimates the change in its own score that the option would cause —
 *   - the option's meter effects, with diminishing returns and scaling at today's meters;
 *   - chance effects at their expectation (p × then + (1 − p) × else);
 *   - `if` effects by the branch that holds today;
 *   - delayed effects discounted by DELAY_DISCOUNT per turn of delay, and ignored when
 *     they would fall after the last turn;
 *   - the other roles' expected answers: each responder's matched rule, its open answers
 *     weighted as the computer would weigh them;
 *   - flags and resources count for nothing directly;
 * then adds seeded noise of ±NOISE/2 score points, so that near-equal options alternate
 * and the counterpart is not mechanical. It takes options best first: the best one
 * whatever its value (governments act every month), then any further ones of positive
 * value, up to the moves per turn and as costs allow.
 *
 * The counterpart decides without seeing the other sides' moves of the same turn (it
 * looks at a view holding only its own), as both sides choose at the same time.
 */
import type { Answer, Option, ResponseRule, Scenario } from '../data/schema';
import type { GameState, Move } from './types';
import { indexScenario, zeros, type ScenarioIndex } from './scenarioIndex';
import { chanceProbability } from './effects';
import { availableOptions, planBlock, recordChoice } from './options';
import { nextFloat } from './rng';
import { answerUsesSoFar, optionUsesSoFar } from './usage';
import { AFTER, CHANCE, IF, METER, planOf } from './plan';
import type { AnswerPlan, EffectPlan, OptionPlan, Plan, RulePlan } from './plan';

/** Weight of an effect delayed by one turn, relative to an immediate one. */
export const DELAY_DISCOUNT = 0.75;
/** Width, in score points, of the uniform noise added to each option's value. */
export const NOISE = 1.5;

/**
 * Working memory for valuing several options in one state: the current meter values
 * by index, and the expected deltas of each response rule's answers (computed once).
 */
type Evaluator = {
  scenario: Scenario;
  ix: ScenarioIndex;
  plan: Plan;
  state: GameState;
  values: number[];
  acc: number[];
  ruleDeltas: (number[] | undefined)[];
  bounds: { mins: number[]; maxes: number[] };
  /** The role whose weights are loaded below (scoreGain loads them on first use). */
  role: string;
  weights: Float64Array | null;
  weightSum: number;
};

function evaluator(scenario: Scenario, state: GameState): Evaluator {
  const ix = indexScenario(scenario);
  const values = scenario.meters.map((m) => state.meters[m.id] ?? m.start);
  const acc = zeros(values.length);
  const bounds = boundsOf(scenario);
  const plan = planOf(ix);
  return {
    scenario,
    ix,
    plan,
    state,
    values,
    acc,
    ruleDeltas: [],
    bounds,
    role: '',
    weights: null,
    weightSum: 0,
  };
}

/** Adds the expected meter deltas of `plans`, times `weight`, into `acc` (by meter index). */
function expect(
  ev: Evaluator,
  plans: readonly EffectPlan[],
  weight: number,
  uses: number,
  acc: number[],
): void {
  const state = ev.state;
  for (let k = 0; k < plans.length; k++) {
    const p = plans[k]!;
    switch (p.kind) {
      case METER: {
        if (p.meterIndex < 0) break;
        let d = p.delta;
        if (p.diminishing > 0 && uses > 0) d *= p.diminished(uses).factor;
        if (p.scale !== null) d *= p.scale.factor(state.meters);
        acc[p.meterIndex]! += weight * d;
        break;
      }
      case CHANCE: {
        const prob = chanceProbability(p, state.meters);
        if (prob > 0) expect(ev, p.then, weight * prob, uses, acc);
        if (prob < 1 && p.otherwise) expect(ev, p.otherwise, weight * (1 - prob), uses, acc);
        break;
      }
      case IF: {
        const branch = p.test!(state) ? p.then : p.otherwise;
        if (branch) expect(ev, branch, weight, uses, acc);
        break;
      }
      case AFTER:
        if (state.turn + p.after <= ev.ix.lastTurn) {
          expect(ev, p.then, weight * DELAY_DISCOUNT ** p.after, uses, acc);
        }
        break;
      default:
        // Flags and resources carry no direct value.
        break;
    }
  }
}

/**
 * Adds the expected deltas of a static effect list (see `isStatic`) into `acc`, from the
 * list's memo by use count and turn.
 */
function expectStatic(
  ev: Evaluator,
  plans: readonly EffectPlan[],
  memo: number[][][],
  weight: number,
  uses: number,
  acc: number[],
): void {
  const byTurn = (memo[uses] ??= []);
  let deltas = byTurn[ev.state.turn];
  if (!deltas) {
    deltas = zeros(acc.length);
    expect(ev, plans, 1, uses, deltas);
    byTurn[ev.state.turn] = deltas;
  }
  for (let i = 0; i < acc.length; i++) acc[i]! += weight * deltas[i]!;
}

/** The change in `role`'s score if the meters moved by `acc` (clamped to their ranges). */
function scoreGain(ev: Evaluator, role: string, acc: number[]): number {
  if (ev.role !== role) {
    ev.role = role;
    ev.weights = ev.ix.weights.get(role) ?? null;
    ev.weightSum = ev.ix.weightSums.get(role) ?? 0;
  }
  const weights = ev.weights;
  if (weights === null || ev.weightSum === 0) return 0;
  const { mins, maxes } = ev.bounds;
  let total = 0;
  for (let i = 0; i < acc.length; i++) {
    const d = acc[i]!;
    const w = weights[i]!;
    if (d === 0 || w === 0) continue;
    const v = ev.values[i]!;
    const nv = Math.min(maxes[i]!, Math.max(mins[i]!, v + d));
    total += (w * (nv - v)) / (maxes[i]! - mins[i]!);
  }
  return (total / ev.weightSum) * 100;
}

/** Meter bounds by index, per scenario. */
const boundsCache = new WeakMap<Scenario, { mins: number[]; maxes: number[] }>();
function boundsOf(scenario: Scenario): { mins: number[]; maxes: number[] } {
  let b = boundsCache.get(scenario);
  if (!b) {
    b = { mins: scenario.meters.map((m) => m.min), maxes: scenario.meters.map((m) => m.max) };
    boundsCache.set(scenario, b);
  }
  return b;
}

/** The computer's weight for an answer that is open: `weight` times every factor that holds. */
function weightOf(a: AnswerPlan, state: GameState): number {
  let w = a.weight;
  for (const wi of a.weightIf) if (wi.test(state)) w *= wi.factor;
  return w;
}

/** The expected meter deltas of the answer `rule` would get, weighted as the computer picks. */
function ruleDeltas(ev: Evaluator, rule: RulePlan): number[] {
  const hit = ev.ruleDeltas[rule.num];
  if (hit) return hit;
  const { state } = ev;
  const deltas = zeros(ev.values.length);
  const answers = rule.answers;
  const weights: number[] = [];
  let total = 0;
  let first = -1;
  for (let k = 0; k < answers.length; k++) {
    const a = answers[k]!;
    const w = a.when === null || a.when(state) ? weightOf(a, state) : -1;
    weights.push(w);
    if (w < 0) continue;
    if (first < 0) first = k;
    total += w;
  }
  for (let k = 0; k < answers.length; k++) {
    const a = answers[k]!;
    const w = weights[k]!;
    if (w < 0 || a.effects.length === 0) continue;
    const share = total > 0 ? w / total : k === first ? 1 : 0;
    if (share <= 0) continue;
    const uses = answerUsesSoFar(ev.ix, state, a.num);
    if (a.isStatic) expectStatic(ev, a.effects, a.expected, share, uses, deltas);
    else expect(ev, a.effects, share, uses, deltas);
  }
  ev.ruleDeltas[rule.num] = deltas;
  return deltas;
}

function valueOf(ev: Evaluator, role: string, op: OptionPlan): number {
  const { state, acc } = ev;
  for (let i = 0; i < acc.length; i++) acc[i] = 0;
  const uses = optionUsesSoFar(ev.ix, state, op.num);
  if (op.isStatic) expectStatic(ev, op.effects, op.expected, 1, uses, acc);
  else expect(ev, op.effects, 1, uses, acc);
  for (const responder of op.responders) {
    // The first candidate rule whose `when` holds answers (see responses.ts).
    for (const rule of responder.rules) {
      if (rule.when !== null && !rule.when(state)) continue;
      const deltas = ruleDeltas(ev, rule);
      for (let i = 0; i < acc.length; i++) acc[i]! += deltas[i]!;
      break;
    }
  }
  return scoreGain(ev, role, acc);
}

/**
 * The expected change in `role`'s score (points, 0–100 scale) from choosing `option` now,
 * including the other roles' expected answers. Pure; no noise.
 */
export function optionValue(
  scenario: Scenario,
  state: GameState,
  role: string,
  option: Option,
): number {
  const ev = evaluator(scenario, state);
  const op = ev.plan.options.get(option.id);
  return op ? valueOf(ev, role, op) : 0;
}

/**
 * The expected change in the responder's score from giving `answer` now. Used by bots
 * that answer for a human role.
 */
export function answerValue(
  scenario: Scenario,
  state: GameState,
  role: string,
  rule: ResponseRule,
  answer: Answer,
): number {
  const ev = evaluator(scenario, state);
  const a = ev.plan.answers.get(rule.id)?.get(answer.id);
  if (!a) return 0;
  expect(ev, a.effects, 1, answerUsesSoFar(ev.ix, state, a.num), ev.acc);
  return scoreGain(ev, role, ev.acc);
}

/** `state` as seen by `role` while choosing: only its own moves of this turn. */
export function ownView(state: GameState, role: string): GameState {
  return { ...state, moves: state.moves.filter((m) => m.role === role) };
}

/**
 * The options `role` may take now with their values plus `noise()`, best first (ties
 * keep file order).
 */
export function rankOptions(
  scenario: Scenario,
  state: GameState,
  role: string,
  noise: () => number,
): { option: Option; value: number }[] {
  const view = ownView(state, role);
  const ev = evaluator(scenario, view);
  const ranked: { option: Option; value: number }[] = [];
  for (const op of availableOptions(ev.ix, view, role)) {
    ranked.push({ option: op.option, value: valueOf(ev, role, op) + noise() });
  }
  // Insertion sort, stable: a handful of options, so cheaper than the built-in sort.
  for (let i = 1; i < ranked.length; i++) {
    const item = ranked[i]!;
    let j = i - 1;
    while (j >= 0 && ranked[j]!.value < item.value) {
      ranked[j + 1] = ranked[j]!;
      j--;
    }
    ranked[j + 1] = item;
  }
  return ranked;
}

/**
 * Chooses the computer's moves for `role` in the draft `state` (appending moves and
 * paying costs) by the heuristic above. Draws one number per available option from
 * `state.rng`. Returns the moves chosen.
 */
export function playCounterpart(
  scenario: Scenario,
  ix: ScenarioIndex,
  state: GameState,
  role: string,
): Move[] {
  const ranked = rankOptions(scenario, state, role, () => (nextFloat(state) - 0.5) * NOISE);
  const plan = planOf(ix);
  const chosen: Move[] = [];
  for (const { option, value } of ranked) {
    if (chosen.length >= ix.movesPerTurn) break;
    if (chosen.length > 0 && value <= 0) break;
    // Costs paid for earlier picks may rule out later ones.
    if (
      chosen.length > 0 &&
      planBlock(ix, ownView(state, role), role, plan.options.get(option.id)!) !== null
    ) {
      continue;
    }
    recordChoice(ix, state, role, option);
    chosen.push({ role, option: option.id });
  }
  return chosen;
}
