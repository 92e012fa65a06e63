/**
 * Expected meter changes: what a list of effects would do to the meters on average, as
 * the counterpart weighs a move or an answer (see counterpart.ts) —
 *   - meter effects with diminishing returns and scaling at today's meters;
 *   - chance effects at their expectation (p × then + (1 − p) × else);
 *   - `if` effects by the branch that holds today;
 *   - delayed effects discounted by DELAY_DISCOUNT per turn of delay, and nothing when
 *     they would fall after the last turn;
 *   - flags and resources count for nothing directly.
 *
 * This is the one place that keeps results for speed: a list with no condition and no
 * scaling has the same expectation whenever its cause's earlier uses and the turns left in
 * the game are the same (delays past the end count for nothing), so `expectedChanges`
 * works it out once per (uses, turns left) and keeps it in the compiled scenario's
 * `expectations`. The tests check every kept result against
 * `addExpected` worked out afresh.
 */
import type { GameState } from './types';
import { finalTurn, type CompiledScenario, type EffectNode } from './compile';
import { chanceOf, power, scaleFactor } from './effects';
import { holds } from './conditions';

/** Weight of an effect delayed by one turn, relative to an immediate one. */
export const DELAY_DISCOUNT = 0.75;

/** Meter changes by meter index. */
export type Deltas = number[];

/**
 * Kept expectations: by effect list, then by earlier uses, then by turns left; null for a
 * list whose expectation depends on the state (never kept).
 */
export type ExpectationMemo = Map<readonly EffectNode[], Deltas[][] | null>;

export function newExpectationMemo(): ExpectationMemo {
  return new Map();
}

/**
 * `n` zeros, stored from the start as a list of doubles: a list of small integers would
 * be converted (copied) by the first fraction added to it, which measured as a tenth of
 * the counterpart's time.
 */
export function zeros(n: number): Deltas {
  const deltas: Deltas = [0.5];
  deltas[0] = 0;
  for (let i = 1; i < n; i++) deltas.push(0);
  if (n === 0) deltas.pop();
  return deltas;
}

/**
 * Adds the expected meter changes of `effects` in `state`, times `weight`, into `acc`.
 * `uses` is the earlier uses of their cause (for diminishing returns).
 */
export function addExpected(
  scenario: CompiledScenario,
  state: GameState,
  effects: readonly EffectNode[],
  weight: number,
  uses: number,
  acc: Deltas,
): void {
  for (const effect of effects) {
    switch (effect.kind) {
      case 'meter': {
        let d = effect.delta;
        if (effect.diminishing !== null && uses > 0) d *= power(effect.diminishing, uses);
        if (effect.scale !== null) d *= scaleFactor(effect.scale, state.meters);
        acc[effect.meter.index]! += weight * d;
        break;
      }
      case 'chance': {
        const p = chanceOf(effect, state.meters);
        if (p > 0) addExpected(scenario, state, effect.then, weight * p, uses, acc);
        if (p < 1) addExpected(scenario, state, effect.else, weight * (1 - p), uses, acc);
        break;
      }
      case 'if': {
        const branch = holds(scenario, state, effect.condition) ? effect.then : effect.else;
        addExpected(scenario, state, branch, weight, uses, acc);
        break;
      }
      case 'after':
        if (state.turn + effect.turns <= finalTurn(scenario, state.config)) {
          const discounted = weight * power(DELAY_DISCOUNT, effect.turns);
          addExpected(scenario, state, effect.effects, discounted, uses, acc);
        }
        break;
      case 'flag':
      case 'resource':
        break;
    }
  }
}

/** True when the expectation of `effects` depends on nothing but uses and turns left. */
export function isStatic(effects: readonly EffectNode[]): boolean {
  return effects.every((e) => {
    switch (e.kind) {
      case 'meter':
        return e.scale === null;
      case 'chance':
        return e.scale === null && isStatic(e.then) && isStatic(e.else);
      case 'if':
        return false;
      case 'after':
        return isStatic(e.effects);
      case 'flag':
      case 'resource':
        return true;
    }
  });
}

/**
 * The expected meter changes of `effects` (weight 1) in `state`, with `uses` earlier
 * uses of their cause. Read-only: the result may be kept and shared.
 */
export function expectedChanges(
  scenario: CompiledScenario,
  state: GameState,
  effects: readonly EffectNode[],
  uses: number,
): Readonly<Deltas> {
  const memo = scenario.expectations;
  let kept = memo.get(effects);
  if (kept === undefined) {
    kept = isStatic(effects) ? [] : null;
    memo.set(effects, kept);
  }
  const turnsLeft = finalTurn(scenario, state.config) - state.turn;
  const known = turnsLeft >= 0 ? kept?.[uses]?.[turnsLeft] : undefined;
  if (known !== undefined) return known;
  const deltas = zeros(scenario.meters.length);
  addExpected(scenario, state, effects, 1, uses, deltas);
  if (kept !== null && turnsLeft >= 0) (kept[uses] ??= [])[turnsLeft] = deltas;
  return deltas;
}
