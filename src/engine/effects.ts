/**
 * Effects: applying a cause's effects to a draft state, and recording each change as a
 * trace entry that says what changed, by how much, under which effect and through which
 * steps (chance, condition, diminishing returns, scaling, rounding, capping). Chance
 * rolls are also recorded in the turn's `rolls`; `after` effects are scheduled as delayed
 * effects that point back at the effect by its path.
 *
 * Meter changes that pass through a factor (diminishing returns, scaling) are rounded
 * half away from zero to whole numbers; meters and resources are clamped to their range
 * and the trace records the change actually made.
 */
import type { Cause, EffectPath, GameState, Step, Target, TraceEntry } from './types';
import type { CompiledScenario, EffectNode, ScaleDef } from './compile';
import { answerOf, effectAt } from './compile';
import { assertNever } from '../data/assertNever';
import { holds } from './conditions';
import { counts } from './counts';
import { nextFloat } from './rng';
import { reveal } from './secrets';

/** What every effect of one cause shares while it is applied. */
type Context = {
  scenario: CompiledScenario;
  /** A draft owned by the caller: it is changed in place. */
  state: GameState;
  cause: Cause;
  /** Index of the role that acted (the owner of a resource effect naming none), or null for an event. */
  actor: number | null;
  /** Earlier uses of the cause: the exponent of diminishing returns. */
  uses: number;
  /** The turn a delayed effect was scheduled in, when applying one. */
  delayedFrom: number | undefined;
  /** The chance and condition steps of the effects that enclose these. */
  steps: readonly Step[];
};

const NO_STEPS: readonly Step[] = Object.freeze([]);

/**
 * Applies the effects of a cause now: a move's option, an answer or an event firing.
 * `actor` is the index of the role that acted (null for an event). Diminishing returns
 * count the cause's uses in the finished turns.
 */
export function applyCause(
  scenario: CompiledScenario,
  state: GameState,
  cause: Cause,
  effects: readonly EffectNode[],
  actor: number | null,
): void {
  if (effects.length === 0) return;
  const uses = counts.ofCauseBefore(scenario, state, cause, state.turn);
  const ctx: Context = {
    scenario,
    state,
    cause,
    actor,
    uses,
    delayedFrom: undefined,
    steps: NO_STEPS,
  };
  applyAll(ctx, effects);
}

/**
 * Applies a delayed effect that has come due. Diminishing returns count the uses before
 * the turn it was scheduled in, so a delayed consequence is as strong as when it was set off.
 */
export function applyDelayed(
  scenario: CompiledScenario,
  state: GameState,
  cause: Cause,
  effectPath: EffectPath,
  dueTurn: number,
): void {
  const root = rootEffects(scenario, cause);
  const node = root && effectAt(root.effects, effectPath);
  if (!root || node?.kind !== 'after') return;
  const from = dueTurn - node.turns;
  const ctx: Context = {
    scenario,
    state,
    cause,
    actor: root.actor,
    uses: counts.ofCauseBefore(scenario, state, cause, from),
    delayedFrom: from,
    steps: NO_STEPS,
  };
  applyAll(ctx, node.effects);
}

/** The effects behind a cause, and the role that acted (null for an event). */
export function rootEffects(
  scenario: CompiledScenario,
  cause: Cause,
): { effects: readonly EffectNode[]; actor: number | null } | undefined {
  switch (cause.kind) {
    case 'option': {
      const option = scenario.optionById.get(cause.option);
      return option && { effects: option.effects, actor: option.roleIndex };
    }
    case 'answer': {
      const answer = answerOf(scenario, cause.rule, cause.answer);
      return answer && { effects: answer.effects, actor: answer.roleIndex };
    }
    case 'event': {
      const event = scenario.eventById.get(cause.event);
      return event && { effects: event.effects, actor: null };
    }
    case 'renewal':
    case 'drift':
      return undefined;
    default:
      return assertNever(cause);
  }
}

/** The context of the effects inside a chance or condition that took `step`. */
function within(ctx: Context, step: Step): Context {
  return {
    scenario: ctx.scenario,
    state: ctx.state,
    cause: ctx.cause,
    actor: ctx.actor,
    uses: ctx.uses,
    delayedFrom: ctx.delayedFrom,
    steps: [...ctx.steps, step],
  };
}

function applyAll(ctx: Context, effects: readonly EffectNode[]): void {
  for (const effect of effects) apply(ctx, effect);
}

function apply(ctx: Context, effect: EffectNode): void {
  const state = ctx.state;
  switch (effect.kind) {
    case 'meter': {
      let steps = ctx.steps;
      let delta = effect.delta;
      if ((effect.diminishing !== null && ctx.uses > 0) || effect.scale !== null) {
        const own = [...steps];
        let exact = effect.delta;
        if (effect.diminishing !== null && ctx.uses > 0) {
          const factor = power(effect.diminishing, ctx.uses);
          exact *= factor;
          own.push({ kind: 'diminishing', use: ctx.uses + 1, factor });
        }
        if (effect.scale !== null) {
          const factor = scaleFactor(effect.scale, state.meters);
          exact *= factor;
          const meter = ctx.scenario.meters[effect.scale.meter]!;
          own.push({ kind: 'scaled', meter: meter.id, value: state.meters[meter.index]!, factor });
        }
        delta = roundHalfAway(exact);
        own.push({ kind: 'rounded', exact, delta });
        steps = own;
      }
      const { meter } = effect;
      const before = state.meters[meter.index]!;
      const after = clamp(before + delta, meter.min, meter.max);
      if (after !== before + delta) steps = [...steps, capStep(after, meter.max)];
      state.meters[meter.index] = after;
      record(ctx, meter.target, before, after, after - before, effect, steps);
      return;
    }
    case 'flag': {
      const before = state.flags[effect.flag]!;
      state.flags[effect.flag] = effect.set;
      record(ctx, effect.target, before, effect.set, 0, effect, ctx.steps);
      return;
    }
    case 'resource': {
      // An event names no actor: a resource effect without a role then reaches every holder.
      const owner = effect.role ?? ctx.actor;
      if (owner !== null) changeResource(ctx, effect, owner);
      else for (const role of ctx.scenario.roles) changeResource(ctx, effect, role.index);
      return;
    }
    case 'chance': {
      const probability = chanceOf(effect, state.meters);
      const success = nextFloat(state) < probability;
      state.current.rolls.push({
        cause: ctx.cause,
        path: effect.path,
        chance: probability,
        success,
      });
      const branch = success ? effect.then : effect.else;
      const step: Step = { kind: 'chance', path: effect.path, probability, success };
      applyAll(within(ctx, step), branch);
      return;
    }
    case 'if': {
      const held = holds(ctx.scenario, state, effect.condition);
      const step: Step = { kind: 'condition', path: effect.path, held };
      applyAll(within(ctx, step), held ? effect.then : effect.else);
      return;
    }
    case 'reveal':
      reveal(state, effect.option);
      return;
    case 'after':
      state.delayed.push({
        dueTurn: state.turn + effect.turns,
        cause: ctx.cause,
        effectPath: effect.path,
      });
      return;
    default:
      assertNever(effect);
  }
}

/** A resource effect on the pool of role number `owner` (clamped to 0 and the resource's maximum). */
function changeResource(
  ctx: Context,
  effect: Extract<EffectNode, { kind: 'resource' }>,
  owner: number,
): void {
  const slot = effect.pools[owner];
  if (!slot) return;
  const pool = ctx.state.resources[owner]!;
  const before = pool[slot.index]!;
  const after = clamp(before + effect.delta, 0, slot.max);
  const steps =
    after === before + effect.delta ? ctx.steps : [...ctx.steps, capStep(after, slot.max)];
  pool[slot.index] = after;
  record(ctx, slot.target, before, after, after - before, effect, steps);
}

/** `value` clamped to `min`…`max`. */
export function clamp(value: number, min: number, max: number): number {
  return value > max ? max : value < min ? min : value;
}

/** The step of a value clamped to `at`: its range's top when `at` is `max`, else its bottom. */
export function capStep(at: number, max: number): Step {
  return { kind: 'capped', bound: at === max ? 'max' : 'min', at };
}

function record(
  ctx: Context,
  target: Target,
  before: number | boolean,
  after: number | boolean,
  delta: number,
  effect: Extract<EffectNode, { rule: unknown }>,
  steps: readonly Step[],
): void {
  const entry: TraceEntry = {
    turn: ctx.state.turn,
    target,
    before,
    after,
    delta,
    cause: ctx.cause,
    rule: effect.rule,
    steps: steps.length === 0 ? NO_STEPS : steps,
    delayedFrom: ctx.delayedFrom,
  };
  ctx.state.current.trace.push(entry);
}

/** The factor of `scale` at the current meters: `low` at `from`, `high` at `to`, linear between. */
export function scaleFactor(scale: ScaleDef, meters: readonly number[]): number {
  const v = meters[scale.meter]!;
  const t =
    scale.to === scale.from
      ? v >= scale.to
        ? 1
        : 0
      : Math.min(1, Math.max(0, (v - scale.from) / (scale.to - scale.from)));
  return scale.low + (scale.high - scale.low) * t;
}

/** The probability of a chance effect at the current meters, capped to 0–1. */
export function chanceOf(
  effect: { probability: number; scale: ScaleDef | null },
  meters: readonly number[],
): number {
  if (effect.scale === null) return effect.probability;
  return Math.min(1, Math.max(0, effect.probability * scaleFactor(effect.scale, meters)));
}

/**
 * `base` to the whole power `n`, by repeated multiplication. Not `**`: JavaScript engines
 * compute `**` with their own library code, and Chromium's and Node's differ in the last
 * bit (0.7 ** 4 is 0.24009999999999995 in one and 0.24009999999999992 in the other), so
 * a game could replay differently on another device. Each multiplication is exactly
 * rounded by IEEE 754, the same everywhere.
 */
export function power(base: number, n: number): number {
  let result = 1;
  for (let i = 0; i < n; i++) result *= base;
  return result;
}

/**
 * Rounds half away from zero, so that a scaled gain and the matching loss have the same
 * size (Math.round would turn 2.5 into 3 but −2.5 into −2).
 */
export function roundHalfAway(n: number): number {
  const r = Math.round(Math.abs(n));
  return n < 0 ? -r : r;
}
