/**
 * Effects: applying them to a draft state and explaining every change. Each meter,
 * resource or flag change appends one TraceEntry whose `rule` says how the number came
 * about ("+6 × 0.5 (diminishing: 2nd use) = +3; chance 40% (succeeded): the raid
 * succeeds"); chance rolls are recorded in the turn's `rolls`; `after` effects are
 * scheduled as DelayedEffects that point back at the effect by its index path.
 *
 * Meter changes that pass through a factor (diminishing returns, scaling) are rounded
 * half away from zero to whole numbers; meters and resources are clamped to their range
 * and the trace records the change actually made. A game played without explanations
 * (GameConfig.explain false) makes every change and roll the same, writing no trace.
 */
import type { Citation, Effect, Scenario } from '../data/schema';
import type { Cause, DelayedEffect, GameState, TraceEntry } from './types';
import { roleAt, type ScenarioIndex } from './scenarioIndex';
import { describeCondition } from './conditions';
import { nextFloat } from './rng';
import { fmt, percent, resultText, roundHalfAway } from './ruleText';
import { earlierUses } from './usage';
import { planOf, type AnswerPlan, type EventPlan, type OptionPlan } from './plan';
import {
  AFTER,
  CHANCE,
  FLAG,
  IF,
  METER,
  RESOURCE,
  type EffectPlan,
  type ScalePlan,
} from './effectPlan';

export type EffectContext = {
  scenario: Scenario;
  ix: ScenarioIndex;
  /** A draft owned by the caller: it is mutated in place. */
  state: GameState;
  cause: Cause;
  /**
   * Index of the role that acted, the default owner of resource effects: −1 when none
   * acted (an event), −2 when the scenario has no such role.
   */
  actorIndex: number;
  cites: Citation[];
  /** Earlier uses of the cause by the same role: the exponent of diminishing returns. */
  uses: number;
  /** The turn a delayed effect was scheduled in, when applying one. */
  delayedFrom: number | undefined;
  /** Whether changes are explained (see GameConfig.explain): rule texts and trace entries. */
  explain: boolean;
};

/**
 * Applies `plans` in order. `notes` is "" or the enclosing chance/if/delay explanations
 * as "; note; note", appended to every rule text written below them. Each plan knows its
 * own index path within the cause's root list (for scheduling delayed effects).
 */
function applyPlans(ctx: EffectContext, plans: readonly EffectPlan[], notes: string): void {
  for (let i = 0; i < plans.length; i++) applyPlan(ctx, plans[i]!, notes);
}

function applyPlan(ctx: EffectContext, p: EffectPlan, notes: string): void {
  const state = ctx.state;
  // Without explanations the same numbers are worked out; only the words are skipped.
  const explain = ctx.explain;
  switch (p.kind) {
    case METER: {
      if (p.index < 0) return;
      let text = p.text;
      let delta = p.delta;
      if ((p.diminishing > 0 && ctx.uses > 0) || p.scale !== null) {
        let raw = p.delta;
        if (p.diminishing > 0 && ctx.uses > 0) {
          const d = p.diminished(ctx.uses);
          raw *= d.factor;
          if (explain) text += d.text;
        }
        if (p.scale !== null) {
          const f = p.scale.factor(state.meters);
          raw *= f;
          if (explain) {
            text += ` × ${fmt(f)} (scaled by ${scaleText(ctx.ix, p.scale, state.meters)})`;
          }
        }
        delta = roundHalfAway(raw);
        if (explain) text += resultText(delta);
      }
      const before = state.meters[p.index]!;
      let after = before + delta;
      if (after > p.max) {
        after = p.max;
        if (explain) text += p.cappedMax;
      } else if (after < p.min) {
        after = p.min;
        if (explain) text += p.cappedMin;
      }
      state.meters[p.index] = after;
      if (explain) trace(ctx, p.traceTarget!, before, after, after - before, text, notes, p.why);
      return;
    }
    case FLAG: {
      if (p.index < 0) return;
      const before = state.flags[p.index]!;
      state.flags[p.index] = p.set;
      if (explain) {
        const text =
          before === p.set ? (p.set ? 'already set' : 'already clear') : p.set ? 'set' : 'cleared';
        trace(ctx, p.traceTarget!, before, p.set, 0, text, notes, p.why);
      }
      return;
    }
    case RESOURCE: {
      const owner = p.roleIndex !== -1 ? p.roleIndex : ctx.actorIndex;
      // An event names no actor: a resource effect without a role then reaches every holder.
      if (owner >= 0) {
        applyResource(ctx, p, owner, notes);
      } else if (owner === -1) {
        for (let r = 0; r < ctx.ix.roleIds.length; r++) applyResource(ctx, p, r, notes);
      }
      return;
    }
    case CHANCE: {
      const prob = chanceProbability(p, state.meters);
      const success = nextFloat(state) < prob;
      state.current.rolls.push({ label: p.label, cause: ctx.cause, chance: prob, success });
      const branch = success ? p.then : p.otherwise;
      if (!branch) return;
      if (!explain) {
        applyPlans(ctx, branch, '');
        return;
      }
      let suffix: string;
      if (p.suffixes !== null) {
        suffix = p.suffixes[success ? 0 : 1];
      } else {
        const odds = `${percent(p.chance)} × ${fmt(p.scale!.factor(state.meters))} (scaled by ${scaleText(ctx.ix, p.scale!, state.meters)}) = ${percent(prob)}`;
        suffix = `; chance ${odds} (${success ? 'succeeded' : 'failed'}): ${p.label}`;
      }
      applyPlans(ctx, branch, notes + suffix);
      return;
    }
    case IF: {
      const held = p.test!(state);
      const branch = held ? p.then : p.otherwise;
      if (!branch) return;
      if (!explain) {
        applyPlans(ctx, branch, '');
        return;
      }
      // The condition's words depend on the scenario alone: made once per effect.
      p.suffixes ??= [
        `; if ${describeCondition(ctx.scenario, p.condition!)} (held)`,
        `; if ${describeCondition(ctx.scenario, p.condition!)} (did not hold)`,
      ];
      applyPlans(ctx, branch, notes + p.suffixes[held ? 0 : 1]);
      return;
    }
    case AFTER: {
      const delayed: DelayedEffect = {
        dueTurn: state.turn + p.after,
        label: p.label,
        cause: ctx.cause,
        effectPath: p.path.slice(),
      };
      state.delayed.push(delayed);
      return;
    }
  }
}

/** A resource effect on `role`'s pool (clamped to 0 and the resource's maximum). */
function applyResource(ctx: EffectContext, p: EffectPlan, r: number, notes: string): void {
  const slot = p.slots[r]!;
  if (slot < 0) return;
  const pool = ctx.state.resources[r]!;
  const max = p.maxes[r]!;
  const before = pool[slot]!;
  let after = before + p.delta;
  let text = p.text;
  if (after > max) {
    after = max;
    text += ` (capped at ${fmt(max)})`;
  } else if (after < 0) {
    after = 0;
    text += ' (capped at 0)';
  }
  pool[slot] = after;
  if (ctx.explain) {
    trace(
      ctx,
      resourceTarget(p, ctx.ix.roleIds[r]!),
      before,
      after,
      after - before,
      text,
      notes,
      p.why,
    );
  }
}

/** The index of acting role `role`, or −2 when the scenario has no such role (see roleIndex). */
function roleIndexOf(ix: ScenarioIndex, role: string): number {
  const i = roleAt(ix, role);
  return i < 0 ? -2 : i;
}

/** The (shared, frozen) trace target of resource effect `p` on `role`'s pool. */
function resourceTarget(p: EffectPlan, role: string): TraceEntry['target'] {
  const targets = (p.resourceTargets ??= new Map());
  let target = targets.get(role);
  if (target === undefined) {
    target = Object.freeze({ kind: 'resource', id: p.target, role } as const);
    targets.set(role, target);
  }
  return target;
}

/** The probability of a CHANCE plan at the current meters, capped to 0–1. */
export function chanceProbability(p: EffectPlan, meters: readonly number[]): number {
  if (p.scale === null) return p.chance;
  return Math.min(1, Math.max(0, p.chance * p.scale.factor(meters)));
}

function scaleText(ix: ScenarioIndex, s: ScalePlan, meters: readonly number[]): string {
  return `${ix.meters.get(s.meter)?.label ?? s.meter} ${fmt(s.index < 0 ? 0 : meters[s.index]!)}`;
}

function trace(
  ctx: EffectContext,
  target: TraceEntry['target'],
  before: number | boolean,
  after: number | boolean,
  delta: number,
  text: string,
  notes: string,
  why: string | undefined,
): void {
  // Built whole, in one shape: entries then share a hidden class (absent fields are
  // undefined, which JSON, saves and hashes all treat as missing).
  const entry: TraceEntry = {
    turn: ctx.state.turn,
    target,
    before,
    after,
    delta,
    cause: ctx.cause,
    rule: notes === '' ? text : text + notes,
    why,
    delayedFrom: ctx.delayedFrom,
    cites: ctx.cites,
  };
  ctx.state.current.trace.push(entry);
}

/**
 * The effect at `path` within `root`: indexes into the list, then for `chance`/`if`
 * a branch (0 = then, 1 = else) followed by an index, for `after` an index into its
 * effects. Undefined when the path does not lead to an effect.
 */
export function effectAt(root: readonly Effect[], path: readonly number[]): Effect | undefined {
  let list: readonly Effect[] | undefined = root;
  let k = 0;
  for (;;) {
    if (list === undefined || k >= path.length) return undefined;
    const e: Effect | undefined = list[path[k]!];
    k++;
    if (e === undefined || k === path.length) return e;
    if ('chance' in e || 'if' in e) {
      list = path[k] === 0 ? e.then : path[k] === 1 ? e.else : undefined;
      k++;
    } else if ('after' in e) {
      list = e.effects;
    } else {
      return undefined;
    }
  }
}

/** `effectAt` over compiled plans (same paths). */
function planAt(root: readonly EffectPlan[], path: readonly number[]): EffectPlan | undefined {
  let list: readonly EffectPlan[] | null = root;
  let k = 0;
  for (;;) {
    if (list === null || k >= path.length) return undefined;
    const p: EffectPlan | undefined = list[path[k]!];
    k++;
    if (p === undefined || k === path.length) return p;
    if (p.kind === CHANCE || p.kind === IF) {
      list = path[k] === 0 ? p.then : path[k] === 1 ? p.otherwise : null;
      k++;
    } else if (p.kind === AFTER) {
      list = p.then;
    } else {
      return undefined;
    }
  }
}

type Source = {
  effects: readonly Effect[];
  plans: readonly EffectPlan[];
  cites: Citation[];
  actor: string | undefined;
};

/** The root effects (raw and compiled), receipts and acting role behind a cause. */
export function causeSource(ix: ScenarioIndex, cause: Cause): Source | undefined {
  const plan = planOf(ix);
  switch (cause.kind) {
    case 'option': {
      const o = plan.options.get(cause.option);
      return (
        o && {
          effects: o.option.effects,
          plans: o.effects,
          cites: o.cites,
          actor: cause.role,
        }
      );
    }
    case 'answer': {
      const a = plan.answers.get(cause.rule)?.get(cause.answer);
      if (!a) return undefined;
      return { effects: a.answer.effects, plans: a.effects, cites: a.cites, actor: cause.role };
    }
    case 'event': {
      const ev = plan.events.get(cause.event);
      return (
        ev && {
          effects: ev.event.effects,
          plans: ev.effects,
          cites: ev.cites,
          actor: undefined,
        }
      );
    }
    case 'regen':
      return undefined;
  }
}

/**
 * Applies the effects of a move of option `o` now (`cause` names the move), with
 * diminishing returns counted from earlier turns. `applyAnswer` and `applyEvent` do the
 * same for an answer and for an event firing.
 */
export function applyOption(
  scenario: Scenario,
  ix: ScenarioIndex,
  state: GameState,
  o: OptionPlan,
  cause: Extract<Cause, { kind: 'option' }>,
): void {
  if (o.effects.length === 0) return;
  // Only diminishing returns read the count, so it is not made when none apply.
  const uses = o.diminishes ? earlierUses(ix, state, cause, state.turn, o.num) : 0;
  const actor = cause.role === o.role ? o.ownerIndex : roleIndexOf(ix, cause.role);
  applyRoot(scenario, ix, state, cause, o.effects, o.cites, actor, uses);
}

/** Applies the effects of answer `a` now (`cause` names it); see `applyOption`. */
export function applyAnswer(
  scenario: Scenario,
  ix: ScenarioIndex,
  state: GameState,
  a: AnswerPlan,
  cause: Extract<Cause, { kind: 'answer' }>,
): void {
  if (a.effects.length === 0) return;
  const uses = a.diminishes ? earlierUses(ix, state, cause, state.turn, a.num) : 0;
  const actor = cause.role === a.role ? a.roleIndex : roleIndexOf(ix, cause.role);
  applyRoot(scenario, ix, state, cause, a.effects, a.cites, actor, uses);
}

/** Applies the effects of a firing of event `ev` now (`cause` names it); see `applyOption`. */
export function applyEvent(
  scenario: Scenario,
  ix: ScenarioIndex,
  state: GameState,
  ev: EventPlan,
  cause: Cause,
): void {
  if (ev.effects.length === 0) return;
  const uses = ev.diminishes ? earlierUses(ix, state, cause, state.turn, ev.num) : 0;
  applyRoot(scenario, ix, state, cause, ev.effects, ev.cites, -1, uses);
}

function applyRoot(
  scenario: Scenario,
  ix: ScenarioIndex,
  state: GameState,
  cause: Cause,
  plans: readonly EffectPlan[],
  cites: Citation[],
  actorIndex: number,
  uses: number,
): void {
  const ctx: EffectContext = {
    scenario,
    ix,
    state,
    cause,
    actorIndex,
    cites,
    uses,
    delayedFrom: undefined,
    explain: state.config.explain !== false,
  };
  applyPlans(ctx, plans, '');
}

/**
 * Applies a delayed effect that has come due. Diminishing returns count uses before the
 * turn it was scheduled in, so a delayed consequence is as strong as when it was set off.
 */
export function applyDelayed(
  scenario: Scenario,
  ix: ScenarioIndex,
  state: GameState,
  delayed: DelayedEffect,
): void {
  const src = causeSource(ix, delayed.cause);
  if (!src) return;
  const p = planAt(src.plans, delayed.effectPath);
  if (!p || p.kind !== AFTER) return;
  const from = delayed.dueTurn - p.after;
  const ctx: EffectContext = {
    scenario,
    ix,
    state,
    cause: delayed.cause,
    actorIndex: src.actor === undefined ? -1 : roleIndexOf(ix, src.actor),
    cites: src.cites,
    uses: p.diminishes ? earlierUses(ix, state, delayed.cause, from) : 0,
    delayedFrom: from,
    explain: state.config.explain !== false,
  };
  applyPlans(ctx, p.then, ctx.explain ? `; delayed from turn ${from}: ${delayed.label}` : '');
}
