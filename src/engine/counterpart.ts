/**
 * The computer counterpart's choice of moves.
 *
 * Heuristic (one step, greedy by objectives): for each option the role may take now, it
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
import type { GameState, Move } from './types';
import type { AnswerDef, CompiledScenario, OptionDef, RoleDef, RuleDef } from './compile';
import { availableOptions, chooseOption, optionBlocks } from './options';
import { answerOpen, answerWeight, matchRule, openWeightTotal } from './responses';
import { expectedChanges, zeros, type Deltas } from './expectations';
import { nextFloat } from './rng';
import { fit } from './scoring';
import { copyState } from './state';

/** Width, in score points, of the uniform noise added to each option's value. */
export const NOISE = 1.5;

/**
 * Sets `into` to the expected meter changes of the answer `rule` would get now, weighted
 * as the computer picks.
 */
function expectedAnswer(
  scenario: CompiledScenario,
  state: GameState,
  rule: RuleDef,
  into: Deltas,
): void {
  for (let i = 0; i < into.length; i++) into[i] = 0;
  const total = openWeightTotal(scenario, state, rule);
  let first = true;
  for (const answer of rule.answers) {
    if (!answerOpen(scenario, state, answer)) continue;
    // With every weight zero the computer gives the first open answer.
    const share = total > 0 ? answerWeight(scenario, state, answer) / total : first ? 1 : 0;
    first = false;
    if (share <= 0) continue;
    const changes = expectedChanges(
      scenario,
      state,
      answer.effects,
      state.uses.answers[answer.index]!,
    );
    for (let i = 0; i < into.length; i++) into[i]! += share * changes[i]!;
  }
}

/**
 * The change in `role`'s score (points on its 0–100 scale) if the meters moved by
 * `deltas`, each clamped to its range.
 */
function scoreGain(
  scenario: CompiledScenario,
  state: GameState,
  role: RoleDef,
  deltas: Readonly<Deltas>,
): number {
  if (role.weightSum === 0) return 0;
  let total = 0;
  for (const meter of scenario.meters) {
    const d = deltas[meter.index]!;
    const objective = role.objectives[meter.index]!;
    const w = objective.weight;
    if (d === 0 || w === 0) continue;
    const v = state.meters[meter.index]!;
    const nv = Math.min(meter.max, Math.max(meter.min, v + d));
    // Linear objectives gain in proportion to the move; a target is measured by how much
    // nearer or farther it brings the meter (see `fit`).
    total +=
      objective.target === null
        ? (w * (nv - v)) / (meter.max - meter.min)
        : w * (fit(objective, meter, nv) - fit(objective, meter, v));
  }
  return (total / role.weightSum) * 100;
}

/**
 * The expected change in `role`'s score from choosing `option` now, including the other
 * roles' expected answers. `acc` and `answer` are scratch space of one slot per meter,
 * so that valuing many options allocates nothing.
 */
function valueOf(
  scenario: CompiledScenario,
  state: GameState,
  role: RoleDef,
  option: OptionDef,
  acc: Deltas,
  answer: Deltas,
): number {
  const own = expectedChanges(scenario, state, option.effects, state.uses.options[option.index]!);
  for (let i = 0; i < acc.length; i++) acc[i] = own[i]!;
  for (const responder of option.responders) {
    const rule = matchRule(scenario, state, responder.rules);
    if (rule === undefined) continue;
    expectedAnswer(scenario, state, rule, answer);
    for (let i = 0; i < acc.length; i++) acc[i]! += answer[i]!;
  }
  return scoreGain(scenario, state, role, acc);
}

/**
 * The expected change in `role`'s score from choosing `option` now (no noise), as the
 * counterpart values it. Used by bots and tests.
 */
export function optionValue(
  scenario: CompiledScenario,
  state: GameState,
  role: string,
  option: OptionDef,
): number {
  const n = scenario.meters.length;
  return valueOf(scenario, state, roleDef(scenario, role), option, zeros(n), zeros(n));
}

/** The expected change in the responder's score from giving `answer` now. Used by bots. */
export function answerValue(
  scenario: CompiledScenario,
  state: GameState,
  role: string,
  answer: AnswerDef,
): number {
  const changes = expectedChanges(
    scenario,
    state,
    answer.effects,
    state.uses.answers[answer.index]!,
  );
  return scoreGain(scenario, state, roleDef(scenario, role), changes);
}

function roleDef(scenario: CompiledScenario, role: string): RoleDef {
  return scenario.roles[scenario.roleIndex.get(role)!]!;
}

/** `state` as seen by `role` while choosing: only its own moves of this turn. */
export function ownView(state: GameState, role: string): GameState {
  const view = copyState(state);
  view.moves = state.moves.filter((m) => m.role === role);
  return view;
}

/**
 * The options `role` may take now, valued in `view` (its own view, see `ownView`), with
 * `noise()` added to each value, best first (equal values keep file order).
 */
function rankInView(
  scenario: CompiledScenario,
  view: GameState,
  role: string,
  noise: () => number,
): { option: OptionDef; value: number }[] {
  const def = roleDef(scenario, role);
  const acc = zeros(scenario.meters.length);
  const answer = zeros(scenario.meters.length);
  return availableOptions(scenario, view, role)
    .map((option) => ({
      option,
      value: valueOf(scenario, view, def, option, acc, answer) + noise(),
    }))
    .sort((a, b) => b.value - a.value);
}

/**
 * The options `role` may take now, valued in its own view, with `noise()` added to each
 * value, best first (equal values keep file order).
 */
export function rankOptions(
  scenario: CompiledScenario,
  state: GameState,
  role: string,
  noise: () => number,
): { option: OptionDef; value: number }[] {
  return rankInView(scenario, ownView(state, role), role, noise);
}

/**
 * Chooses the computer's moves for `role` in the draft `state` (appending moves and
 * paying costs) by the heuristic above. Draws one number per available option from
 * `state.rng`. Returns the moves chosen.
 */
export function chooseCounterpartMoves(
  scenario: CompiledScenario,
  state: GameState,
  role: string,
): Move[] {
  // The view shares the draft's resources, so it sees the costs paid below; its own
  // moves list is kept in step with each pick.
  const view = ownView(state, role);
  const ranked = rankInView(scenario, view, role, () => (nextFloat(state) - 0.5) * NOISE);
  const limit = roleDef(scenario, role).movesPerTurn;
  const chosen: Move[] = [];
  for (const { option, value } of ranked) {
    if (chosen.length >= limit) break;
    if (chosen.length > 0 && value <= 0) break;
    // Costs paid for earlier picks may rule out later ones.
    if (chosen.length > 0 && optionBlocks(scenario, view, role, option).length > 0) continue;
    chooseOption(state, option);
    const move = state.moves[state.moves.length - 1]!;
    view.moves.push(move);
    chosen.push(move);
  }
  return chosen;
}
