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
import { shallowState } from './draft';
import { answerUses, optionUses } from './usage';
import { planOf, type OptionPlan, type Plan, type RulePlan } from './plan';
import { AFTER, CHANCE, IF, METER, type EffectPlan } from './effectPlan';

/** Weight of an effect delayed by one turn, relative to an immediate one. */
export const DELAY_DISCOUNT = 0.75;
/** Width, in score points, of the uniform noise added to each option's value. */
export const NOISE = 1.5;

/**
 * Working memory for valuing several options in one state: the current meters (copied
 * into a list of doubles: the arithmetic below then reads one kind of array), the use counts of the finished turns, and the expected deltas of each
 * response rule's answers (computed once per valuation). One per scenario, reused by
 * every valuation (they never nest), so valuing allocates nothing but what it keeps.
 */
type Evaluator = {
  ix: ScenarioIndex;
  plan: Plan;
  state: GameState;
  turn: number;
  /** Radixes of the turn and of use counts in memo keys (bounds of both). */
  turns: number;
  usesRadix: number;
  /** Times each option / answer (by number) was chosen / given in the finished turns. */
  optionUses: readonly number[];
  answerUses: readonly number[];
  values: number[];
  acc: number[];
  /** Expected deltas of each response rule (by number), valid where `ruleStamp` = `stamp`. */
  ruleDeltas: (number[] | null)[];
  ruleStamp: number[];
  /** Which valuation this is (rule deltas of earlier ones are stale). */
  stamp: number;
  /** Scratch list for the answer weights of one rule. */
  weightScratch: number[];
  mins: readonly number[];
  maxes: readonly number[];
  /** The role whose weights are loaded below (scoreGain loads them on first use). */
  role: string;
  weights: Float64Array | null;
  weightSum: number;
};

/** The scenario's evaluator, set up for valuing moves in `state`. */
function evaluator(ix: ScenarioIndex, state: GameState): Evaluator {
  let ev = ix.memo.evaluator as Evaluator | undefined;
  if (!ev) {
    const list = ix.meterIds.map((id) => ix.meters.get(id)!);
    const rules = planOf(ix).rules.size;
    ev = {
      ix,
      plan: planOf(ix),
      state,
      turn: 0,
      turns: ix.lastTurn + 1,
      usesRadix: ix.lastTurn * ix.movesPerTurn * ix.roleIds.length + 1,
      optionUses: [],
      answerUses: [],
      values: zeros(list.length),
      acc: zeros(list.length),
      ruleDeltas: new Array<number[] | null>(rules).fill(null),
      ruleStamp: new Array<number>(rules).fill(0),
      stamp: 0,
      weightScratch: [],
      mins: list.map((m) => m.min),
      maxes: list.map((m) => m.max),
      role: '',
      weights: null,
      weightSum: 0,
    };
    ix.memo.evaluator = ev;
  }
  const meters = state.meters;
  for (let i = 0; i < meters.length; i++) ev.values[i] = meters[i]!;
  ev.state = state;
  ev.turn = state.turn;
  ev.optionUses = optionUses(ix, state);
  ev.answerUses = answerUses(ix, state);
  ev.stamp++;
  return ev;
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
        if (p.index < 0) break;
        let d = p.delta;
        if (p.diminishing > 0 && uses > 0) d *= p.diminished(uses).factor;
        if (p.scale !== null) d *= p.scale.factor(state.meters);
        acc[p.index]! += weight * d;
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
 * list's memo by use count and turn. The memo keeps only the meters the list moves (as
 * index, value pairs): adding the zeros as well would change no sum.
 */
function expectStatic(
  ev: Evaluator,
  plans: readonly EffectPlan[],
  memo: Float64Array[][],
  weight: number,
  uses: number,
  acc: number[],
): void {
  const byTurn = (memo[uses] ??= []);
  let pairs = byTurn[ev.turn];
  if (pairs === undefined) {
    const deltas = zeros(acc.length);
    expect(ev, plans, 1, uses, deltas);
    pairs = pairsOf(deltas);
    byTurn[ev.turn] = pairs;
  }
  for (let k = 0; k < pairs.length; k += 2) acc[pairs[k]! | 0]! += weight * pairs[k + 1]!;
}

/** The non-zero entries of `deltas` as (index, value) pairs. */
function pairsOf(deltas: readonly number[]): Float64Array {
  let n = 0;
  for (let i = 0; i < deltas.length; i++) if (deltas[i] !== 0) n++;
  const pairs = new Float64Array(2 * n);
  n = 0;
  for (let i = 0; i < deltas.length; i++) {
    if (deltas[i] === 0) continue;
    pairs[n++] = i;
    pairs[n++] = deltas[i]!;
  }
  return pairs;
}

/** Adds `deltas` into `acc` (both by meter index). */
function addDeltas(acc: number[], deltas: readonly number[]): void {
  for (let i = 0; i < acc.length; i++) acc[i]! += deltas[i]!;
}

/**
 * The change in `role`'s score if the meters moved by `acc` plus `more` (clamped to their
 * ranges).
 */
function scoreGain(
  ev: Evaluator,
  role: string,
  acc: readonly number[],
  more: readonly number[] | null = null,
): number {
  if (ev.role !== role) {
    ev.role = role;
    ev.weights = ev.ix.weights.get(role) ?? null;
    ev.weightSum = ev.ix.weightSums.get(role) ?? 0;
  }
  const weights = ev.weights;
  if (weights === null || ev.weightSum === 0) return 0;
  const { mins, maxes, values } = ev;
  let total = 0;
  for (let i = 0; i < acc.length; i++) {
    // `more` is added here rather than into `acc` first: the same sum, one pass fewer.
    const d = more === null ? acc[i]! : acc[i]! + more[i]!;
    const w = weights[i]!;
    if (d === 0 || w === 0) continue;
    const v = values[i]!;
    const nv = Math.min(maxes[i]!, Math.max(mins[i]!, v + d));
    total += (w * (nv - v)) / (maxes[i]! - mins[i]!);
  }
  return (total / ev.weightSum) * 100;
}

/** Cached rule situations kept per rule before the cache is emptied (a bound, not a tuning). */
const RULE_CACHE_LIMIT = 4096;
/** Keys stay small integers, which make the cheapest map keys. */
const KEY_LIMIT = 2 ** 30;

/**
 * The expected meter deltas of the answer `rule` would get, weighted as the computer picks.
 * When every answer is static, the deltas depend only on the turn, which answers are
 * open, which `weightIf` factors hold and (for answers with diminishing returns) the use
 * counts: these are packed into one integer key under which the deltas are kept on the
 * rule, so later evaluations skip the arithmetic (it is the same arithmetic either way).
 */
function ruleDeltas(ev: Evaluator, rule: RulePlan): number[] {
  if (ev.ruleStamp[rule.num] === ev.stamp) return ev.ruleDeltas[rule.num]!;
  const { state } = ev;
  const answers = rule.answers;
  // The weights of the open answers, −1 for closed ones (kept in a scratch array).
  const weights = ev.weightScratch;
  let total = 0;
  let first = -1;
  // Mixed-radix digits: the turn, then per answer: open (1 bit); if open, each weightIf
  // held (1 bit each) and, with diminishing returns, its use count.
  const turns = ev.turns;
  const usesRadix = ev.usesRadix;
  let cache = rule.cacheable && ev.turn < turns;
  let key = ev.turn;
  let unit = turns;
  for (let k = 0; k < answers.length; k++) {
    const a = answers[k]!;
    let w = -1;
    if (a.when === null || a.when(state)) {
      key += unit;
      unit *= 2;
      w = a.weight;
      for (let j = 0; j < a.weightIf.length; j++) {
        const wi = a.weightIf[j]!;
        if (wi.test(state)) {
          w *= wi.factor;
          key += unit;
        }
        unit *= 2;
      }
      if (a.diminishes) {
        const uses = ev.answerUses[a.num]!;
        if (uses >= usesRadix) cache = false;
        key += uses * unit;
        unit *= usesRadix;
      }
    } else {
      unit *= 2;
    }
    weights[k] = w;
    if (w < 0) continue;
    if (first < 0) first = k;
    total += w;
  }
  if (unit > KEY_LIMIT) cache = false;
  // Below 2^30, so a small integer: `| 0` keeps it one (a float key would be boxed).
  key |= 0;
  let deltas = cache ? rule.expected.get(key) : undefined;
  if (deltas === undefined) {
    deltas = zeros(ev.values.length);
    for (let k = 0; k < answers.length; k++) {
      const a = answers[k]!;
      const w = weights[k]!;
      if (w < 0 || a.effects.length === 0) continue;
      const share = total > 0 ? w / total : k === first ? 1 : 0;
      if (share <= 0) continue;
      const uses = ev.answerUses[a.num]!;
      if (a.isStatic) expectStatic(ev, a.effects, a.expected, share, uses, deltas);
      else expect(ev, a.effects, share, uses, deltas);
    }
    if (cache) {
      if (rule.expected.size >= RULE_CACHE_LIMIT) rule.expected.clear();
      rule.expected.set(key, deltas);
    }
  }
  ev.ruleDeltas[rule.num] = deltas;
  ev.ruleStamp[rule.num] = ev.stamp;
  return deltas;
}

/** Most `if` tests an option's key may hold (a bound that keeps keys small integers). */
const MAX_TESTS = 8;

/**
 * Sets `acc` (all zeros) to the expected deltas of `op`'s own effects when they depend on
 * the state only through their `if` tests: from a memo by use count, turn and the tests'
 * outcomes. The memo holds exactly the sums `expect` makes from zero, so the result is
 * the same to the last bit. Returns false when the option does not qualify.
 */
function expectByTests(ev: Evaluator, op: OptionPlan, uses: number, acc: number[]): boolean {
  const tests = op.tests;
  if (tests === null || tests.length > MAX_TESTS || uses >= ev.usesRadix || ev.turn >= ev.turns) {
    return false;
  }
  let bits = 0;
  for (let k = 0; k < tests.length; k++) if (tests[k]!(ev.state)) bits |= 1 << k;
  const key = (bits * ev.usesRadix + uses) * ev.turns + ev.turn;
  if (key >= KEY_LIMIT) return false;
  let pairs = op.expectedIf.get(key);
  if (pairs === undefined) {
    const deltas = zeros(acc.length);
    expect(ev, op.effects, 1, uses, deltas);
    pairs = pairsOf(deltas);
    if (op.expectedIf.size >= RULE_CACHE_LIMIT) op.expectedIf.clear();
    op.expectedIf.set(key, pairs);
  }
  for (let k = 0; k < pairs.length; k += 2) acc[pairs[k]! | 0] = pairs[k + 1]!;
  return true;
}

function valueOf(ev: Evaluator, role: string, op: OptionPlan): number {
  const { state, acc } = ev;
  for (let i = 0; i < acc.length; i++) acc[i] = 0;
  const uses = ev.optionUses[op.num]!;
  if (op.isStatic) expectStatic(ev, op.effects, op.expected, 1, uses, acc);
  else if (!expectByTests(ev, op, uses, acc)) expect(ev, op.effects, 1, uses, acc);
  if (op.soleRule !== null) {
    return scoreGain(ev, role, acc, ruleDeltas(ev, op.soleRule));
  }
  for (let r = 0; r < op.responders.length; r++) {
    const rules = op.responders[r]!.rules;
    // The first candidate rule whose `when` holds answers (see responses.ts).
    for (let k = 0; k < rules.length; k++) {
      const rule = rules[k]!;
      if (rule.when !== null && !rule.when(state)) continue;
      addDeltas(acc, ruleDeltas(ev, rule));
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
  const ev = evaluator(indexScenario(scenario), state);
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
  const ev = evaluator(indexScenario(scenario), state);
  const a = ev.plan.answers.get(rule.id)?.get(answer.id);
  if (!a) return 0;
  ev.acc.fill(0);
  expect(ev, a.effects, 1, ev.answerUses[a.num]!, ev.acc);
  return scoreGain(ev, role, ev.acc);
}

/** `state` as seen by `role` while choosing: only its own moves of this turn. */
export function ownView(state: GameState, role: string): GameState {
  const view = shallowState(state);
  const own: Move[] = [];
  for (const m of state.moves) if (m.role === role) own.push(m);
  view.moves = own;
  return view;
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
  return rankPlans(indexScenario(scenario), view, role, noise).map(({ op, value }) => ({
    option: op.option,
    value,
  }));
}

/** `rankOptions` on the compiled options, in `role`'s own view (see `ownView`). */
function rankPlans(
  ix: ScenarioIndex,
  view: GameState,
  role: string,
  noise: () => number,
): { op: OptionPlan; value: number }[] {
  const ev = evaluator(ix, view);
  const ranked: { op: OptionPlan; value: number }[] = [];
  for (const op of availableOptions(ix, view, role)) {
    ranked.push({ op, value: valueOf(ev, role, op) + noise() });
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
  // The view shares the draft's resources, so it sees the costs paid below; its own
  // moves list is kept in step with each pick.
  const view = ownView(state, role);
  const ranked = rankPlans(ix, view, role, () => (nextFloat(state) - 0.5) * NOISE);
  const chosen: Move[] = [];
  for (const { op, value } of ranked) {
    if (chosen.length >= ix.movesPerTurn) break;
    if (chosen.length > 0 && value <= 0) break;
    // Costs paid for earlier picks may rule out later ones.
    if (chosen.length > 0 && planBlock(ix, view, role, op) !== null) continue;
    recordChoice(state, role, op);
    const move = state.moves[state.moves.length - 1]!;
    view.moves.push(move);
    chosen.push(move);
  }
  return chosen;
}
