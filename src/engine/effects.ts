/**
 * Effects: applying them to a draft state and explaining every change. Each meter,
 * resource or flag change appends one TraceEntry whose `rule` says how the number came
 * about ("+6 × 0.5 (diminishing: 2nd use) = +3; chance 40% (succeeded): the raid
 * succeeds"); chance rolls are recorded in the turn's `rolls`; `after` effects are
 * scheduled as DelayedEffects that point back at the effect by its index path.
 *
 * Meter changes that pass through a factor (diminishing returns, scaling) are rounded
 * half away from zero to whole numbers; meters and resources are clamped to their range
 * and the trace records the change actually made.
 */
import type { Answer, Citation, Effect, Scenario } from '../data/schema';
import type { Cause, DelayedEffect, GameState, TraceEntry } from './types';
import type { ScenarioIndex } from './scenarioIndex';
import { describeCondition } from './conditions';
import { nextFloat } from './rng';
import { fmt, percent, roundHalfAway, signed } from './ruleText';
import { earlierUses } from './usage';
import {
  AFTER,
  CHANCE,
  FLAG,
  IF,
  METER,
  RESOURCE,
  planOf,
  type EffectPlan,
  type ScalePlan,
} from './plan';

export type EffectContext = {
  scenario: Scenario;
  ix: ScenarioIndex;
  /** A draft owned by the caller: it is mutated in place. */
  state: GameState;
  cause: Cause;
  /** The role that acted: the default owner of resource effects. */
  actor: string | undefined;
  cites: Citation[];
  /** Earlier uses of the cause by the same role: the exponent of diminishing returns. */
  uses: number;
  /** The turn a delayed effect was scheduled in, when applying one. */
  delayedFrom: number | undefined;
};

/**
 * Applies `plans` in order. `path` is the index path of the list within the cause's
 * root effect list (see `effectAt`); `notes` is "" or the enclosing chance/if/delay
 * explanations as "; note; note", appended to every rule text written below them.
 */
function applyPlans(
  ctx: EffectContext,
  plans: readonly EffectPlan[],
  path: readonly number[],
  notes: string,
): void {
  for (let i = 0; i < plans.length; i++) applyPlan(ctx, plans[i]!, path, i, notes);
}

function applyPlan(
  ctx: EffectContext,
  p: EffectPlan,
  path: readonly number[],
  i: number,
  notes: string,
): void {
  const state = ctx.state;
  switch (p.kind) {
    case METER: {
      if (p.meterIndex < 0) return;
      let text = p.text;
      let delta = p.delta;
      if ((p.diminishing > 0 && ctx.uses > 0) || p.scale !== null) {
        let raw = p.delta;
        if (p.diminishing > 0 && ctx.uses > 0) {
          const d = p.diminished(ctx.uses);
          raw *= d.factor;
          text += d.text;
        }
        if (p.scale !== null) {
          const f = p.scale.factor(state.meters);
          raw *= f;
          text += ` × ${fmt(f)} (scaled by ${scaleText(ctx.ix, p.scale, state.meters)})`;
        }
        delta = roundHalfAway(raw);
        text += ` = ${signed(delta)}`;
      }
      const before = state.meters[p.target] ?? p.start;
      let after = before + delta;
      if (after > p.max) {
        after = p.max;
        text += ` (capped at ${fmt(p.max)})`;
      } else if (after < p.min) {
        after = p.min;
        text += ` (capped at ${fmt(p.min)})`;
      }
      state.meters[p.target] = after;
      trace(ctx, p.traceTarget!, before, after, after - before, text, notes, p.why);
      return;
    }
    case FLAG: {
      const before = state.flags[p.target] ?? false;
      state.flags[p.target] = p.set;
      const text =
        before === p.set ? (p.set ? 'already set' : 'already clear') : p.set ? 'set' : 'cleared';
      trace(ctx, p.traceTarget!, before, p.set, 0, text, notes, p.why);
      return;
    }
    case RESOURCE: {
      const owner = p.role ?? ctx.actor;
      // An event names no actor: a resource effect without a role then reaches every holder.
      const roles = owner === undefined ? ctx.ix.roleIds : [owner];
      for (const role of roles) {
        const def = ctx.ix.resources.get(role)?.get(p.target);
        const pool = state.resources[role];
        if (!def || !pool) continue;
        const before = pool[p.target] ?? 0;
        let after = before + p.delta;
        let text = p.text;
        if (after > def.max) {
          after = def.max;
          text += ` (capped at ${fmt(def.max)})`;
        } else if (after < 0) {
          after = 0;
          text += ' (capped at 0)';
        }
        pool[p.target] = after;
        const target = { kind: 'resource', id: p.target, role } as const;
        trace(ctx, target, before, after, after - before, text, notes, p.why);
      }
      return;
    }
    case CHANCE: {
      const prob = chanceProbability(p, state.meters);
      const success = nextFloat(state) < prob;
      state.current.rolls.push({ label: p.label, cause: ctx.cause, chance: prob, success });
      const odds =
        p.scale === null
          ? percent(prob)
          : `${percent(p.chance)} × ${fmt(p.scale.factor(state.meters))} (scaled by ${scaleText(ctx.ix, p.scale, state.meters)}) = ${percent(prob)}`;
      const note = `chance ${odds} (${success ? 'succeeded' : 'failed'}): ${p.label}`;
      const branch = success ? p.then : p.otherwise;
      if (branch) applyPlans(ctx, branch, [...path, i, success ? 0 : 1], `${notes}; ${note}`);
      return;
    }
    case IF: {
      const held = p.test!(state);
      const note = `if ${describeCondition(ctx.scenario, p.condition!)} (${held ? 'held' : 'did not hold'})`;
      const branch = held ? p.then : p.otherwise;
      if (branch) applyPlans(ctx, branch, [...path, i, held ? 0 : 1], `${notes}; ${note}`);
      return;
    }
    case AFTER: {
      const delayed: DelayedEffect = {
        dueTurn: state.turn + p.after,
        label: p.label,
        cause: ctx.cause,
        effectPath: [...path, i],
      };
      state.delayed.push(delayed);
      return;
    }
  }
}

/** The probability of a CHANCE plan at the current meters, capped to 0–1. */
export function chanceProbability(p: EffectPlan, meters: Record<string, number>): number {
  if (p.scale === null) return p.chance;
  return Math.min(1, Math.max(0, p.chance * p.scale.factor(meters)));
}

function scaleText(ix: ScenarioIndex, s: ScalePlan, meters: Record<string, number>): string {
  return `${ix.meters.get(s.meter)?.label ?? s.meter} ${fmt(meters[s.meter] ?? 0)}`;
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

/** Receipts of an answer: its citations plus its statement's quote, when sourced. */
export function answerCites(answer: Answer): Citation[] {
  const st = answer.statement;
  if (st.source === undefined) return answer.cites;
  const quoted = st.quote;
  if (answer.cites.some((c) => c.source === st.source && c.quote === quoted)) return answer.cites;
  const cite: Citation = { source: st.source };
  if (quoted !== undefined) cite.quote = quoted;
  if (st.speaker !== undefined) cite.speaker = st.speaker;
  return [...answer.cites, cite];
}

const answerCiteCache = new WeakMap<Answer, Citation[]>();

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
          cites: o.option.cites,
          actor: cause.role,
        }
      );
    }
    case 'answer': {
      const a = plan.answers.get(cause.rule)?.get(cause.answer);
      if (!a) return undefined;
      let cites = answerCiteCache.get(a.answer);
      if (!cites) {
        cites = answerCites(a.answer);
        answerCiteCache.set(a.answer, cites);
      }
      return { effects: a.answer.effects, plans: a.effects, cites, actor: cause.role };
    }
    case 'event': {
      const ev = plan.events.get(cause.event);
      return (
        ev && {
          effects: ev.event.effects,
          plans: ev.effects,
          cites: ev.event.cites,
          actor: undefined,
        }
      );
    }
    case 'regen':
      return undefined;
  }
}

/**
 * Applies the effects of `cause` now (a move, an answer or an event firing), with
 * diminishing returns counted from earlier turns.
 */
export function applyCause(
  scenario: Scenario,
  ix: ScenarioIndex,
  state: GameState,
  cause: Cause,
): void {
  const src = causeSource(ix, cause);
  if (!src || src.plans.length === 0) return;
  const ctx: EffectContext = {
    scenario,
    ix,
    state,
    cause,
    actor: src.actor,
    cites: src.cites,
    uses: earlierUses(ix, state, cause, state.turn),
    delayedFrom: undefined,
  };
  applyPlans(ctx, src.plans, [], '');
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
    actor: src.actor,
    cites: src.cites,
    uses: earlierUses(ix, state, delayed.cause, from),
    delayedFrom: from,
  };
  applyPlans(ctx, p.then, delayed.effectPath, `; delayed from turn ${from}: ${delayed.label}`);
}
