/**
 * Effects compiled for speed: every effect becomes an object of one class (so the
 * engine's hot loops see a single shape instead of a dozen object layouts) with its
 * conditions as closures, its rule-text fragments made once, and its index path within
 * its cause's root list (the same path in the scenario's lists and in the plans).
 */
import type { Condition, Effect, Scale } from '../data/schema';
import type { GameState, TraceEntry } from './types';
import type { ScenarioIndex } from './scenarioIndex';
import { compiledTest } from './conditions';
import { assertNever, fmt, ordinal, percent, signed } from './ruleText';

export type Test = (state: GameState) => boolean;

const NONE: number[] = [];

export const METER = 0;
export const FLAG = 1;
export const RESOURCE = 2;
export const CHANCE = 3;
export const IF = 4;
export const AFTER = 5;

export class ScalePlan {
  constructor(
    readonly meter: string,
    /** Index of `meter` in the state's meters, or −1 when unknown. */
    readonly index: number,
    readonly from: number,
    readonly to: number,
    readonly low: number,
    readonly high: number,
  ) {}

  /** The factor at the current meters: `low` at `from`, `high` at `to`, linear between. */
  factor(meters: readonly number[]): number {
    const v = this.index < 0 ? 0 : meters[this.index]!;
    let t: number;
    if (this.to === this.from) t = v >= this.to ? 1 : 0;
    else t = Math.min(1, Math.max(0, (v - this.from) / (this.to - this.from)));
    return this.low + (this.high - this.low) * t;
  }
}

/** The fields of a plan beyond its kind and source; each has a default. */
type PlanFields = Partial<
  Omit<
    EffectPlan,
    | 'kind'
    | 'src'
    | 'path'
    | 'diminishes'
    | 'suffixes'
    | 'cappedMax'
    | 'cappedMin'
    | 'resourceTargets'
    | 'diminished'
  >
>;

/**
 * One compiled effect. Every field is assigned in the constructor, in the same order, so
 * all plans share one object shape (the resolution loop stays monomorphic).
 */
export class EffectPlan {
  readonly kind: number;
  readonly src: Effect;
  /** Meter, flag or resource id ('' otherwise). */
  readonly target: string;
  /** Index of the meter (METER) or flag (FLAG) in the state's list, or −1 when unknown. */
  readonly index: number;
  readonly delta: number;
  /** Diminishing factor, or 0 for none. */
  readonly diminishing: number;
  /** Meter scale, or chance scale for CHANCE. */
  readonly scale: ScalePlan | null;
  readonly set: boolean;
  /** Resource owner, or null for the acting role. */
  readonly role: string | null;
  /**
   * Index of the resource's owner (RESOURCE): the named role's, −1 when none is named (the
   * acting role, or every role for an event), −2 when the named role does not exist.
   */
  readonly roleIndex: number;
  /** By role index: the resource's index in that role's pool, or −1 (RESOURCE). */
  readonly slots: number[];
  /** By role index: the resource's maximum in that role's pool (RESOURCE). */
  readonly maxes: number[];
  /** Base probability (CHANCE). */
  readonly chance: number;
  readonly test: Test | null;
  readonly condition: Condition | null;
  readonly then: EffectPlan[];
  /** `else` branch, or null. */
  readonly otherwise: EffectPlan[] | null;
  /** Delay in turns (AFTER). */
  readonly after: number;
  readonly label: string;
  readonly why: string | undefined;
  /** The signed delta as rule text ("+6"), for meter and resource effects. */
  readonly text: string;
  /** Meter bounds and start (METER). */
  readonly min: number;
  readonly max: number;
  readonly start: number;
  /** The trace target of a meter or flag change, shared by every entry it writes. */
  readonly traceTarget: { kind: 'meter' | 'flag'; id: string } | null;

  constructor(kind: number, src: Effect, fields: PlanFields = {}) {
    this.kind = kind;
    this.src = src;
    this.target = fields.target ?? '';
    this.index = fields.index ?? -1;
    this.delta = fields.delta ?? 0;
    this.diminishing = fields.diminishing ?? 0;
    this.scale = fields.scale ?? null;
    this.set = fields.set ?? false;
    this.role = fields.role ?? null;
    this.roleIndex = fields.roleIndex ?? -1;
    this.slots = fields.slots ?? NONE;
    this.maxes = fields.maxes ?? NONE;
    this.chance = fields.chance ?? 0;
    this.test = fields.test ?? null;
    this.condition = fields.condition ?? null;
    this.then = fields.then ?? [];
    this.otherwise = fields.otherwise ?? null;
    this.after = fields.after ?? 0;
    this.label = fields.label ?? '';
    this.why = fields.why;
    this.text = fields.text ?? '';
    this.min = fields.min ?? 0;
    this.max = fields.max ?? 0;
    this.start = fields.start ?? 0;
    this.traceTarget = fields.traceTarget ?? null;
  }

  /** Index path of this effect within its cause's root list (see `effectAt`); copied when used. */
  path: readonly number[] = [];
  /** True when this effect or one below it has diminishing returns. */
  diminishes = false;
  /** "; " + the note a chance (fixed odds) or `if` adds below it, by outcome (0 = then). */
  suffixes: [string, string] | null = null;
  /** Rule text of a meter change clamped at its maximum / minimum. */
  cappedMax = '';
  cappedMin = '';
  /** Trace targets of a resource effect by owning role (made on first use). */
  resourceTargets: Map<string, TraceEntry['target']> | null = null;

  /** Diminishing factor and its rule text for `uses` earlier uses (memoised per effect). */
  private readonly dim: { factor: number; text: string }[] = [];
  diminished(uses: number): { factor: number; text: string } {
    let d = this.dim[uses];
    if (d === undefined) {
      const factor = this.diminishing ** uses;
      d = { factor, text: ` × ${fmt(factor)} (diminishing: ${ordinal(uses + 1)} use)` };
      this.dim[uses] = d;
    }
    return d;
  }
}

/**
 * Whether the expected meter changes of `plans` depend on nothing but the use count and
 * the turn: no conditions and no scaling by meters (chance with a fixed probability,
 * diminishing returns and delays are fine).
 */
export function isStatic(plans: readonly EffectPlan[]): boolean {
  return plans.every(
    (p) =>
      p.kind !== IF &&
      p.scale === null &&
      isStatic(p.then) &&
      (p.otherwise === null || isStatic(p.otherwise)),
  );
}

/**
 * The tests of every `if` in `plans` and below, depth first in list order (both branches
 * of each), or null when an effect is scaled by a meter. When not null, the expected
 * meter changes of `plans` depend on nothing but the use count, the turn and the
 * outcomes of these tests.
 */
export function ifTests(plans: readonly EffectPlan[]): Test[] | null {
  const tests: Test[] = [];
  const walk = (list: readonly EffectPlan[]): boolean => {
    for (const p of list) {
      if (p.scale !== null) return false;
      if (p.kind === IF) tests.push(p.test!);
      if (!walk(p.then) || (p.otherwise !== null && !walk(p.otherwise))) return false;
    }
    return true;
  };
  return walk(plans) ? tests : null;
}

function test(ix: ScenarioIndex, c: Condition): Test {
  return compiledTest(ix, c);
}

function scalePlan(ix: ScenarioIndex, s: Scale): ScalePlan {
  return new ScalePlan(s.meter, ix.meterIndex.get(s.meter) ?? -1, s.from, s.to, s.low, s.high);
}

/**
 * The plans of `list`, which sits at index path `at` within its cause's root list: each
 * plan learns its own path, and whether diminishing returns apply in or below it.
 */
export function effectPlans(
  ix: ScenarioIndex,
  list: readonly Effect[],
  at: readonly number[] = [],
): EffectPlan[] {
  return list.map((e, i) => {
    const path = [...at, i];
    const p = effectPlan(ix, e, path);
    p.path = path;
    p.diminishes =
      p.diminishing > 0 ||
      p.then.some((c) => c.diminishes) ||
      (p.otherwise?.some((c) => c.diminishes) ?? false);
    if (p.kind === CHANCE && p.scale === null) {
      const odds = percent(p.chance);
      p.suffixes = [
        `; chance ${odds} (succeeded): ${p.label}`,
        `; chance ${odds} (failed): ${p.label}`,
      ];
    }
    if (p.kind === METER) {
      p.cappedMax = ` (capped at ${fmt(p.max)})`;
      p.cappedMin = ` (capped at ${fmt(p.min)})`;
    }
    return p;
  });
}

function effectPlan(ix: ScenarioIndex, e: Effect, path: readonly number[]): EffectPlan {
  if ('meter' in e) {
    const m = ix.meters.get(e.meter);
    return new EffectPlan(METER, e, {
      target: e.meter,
      index: ix.meterIndex.get(e.meter) ?? -1,
      delta: e.delta,
      diminishing: e.diminishing ?? 0,
      scale: e.scale ? scalePlan(ix, e.scale) : null,
      why: e.why,
      text: signed(e.delta),
      min: m?.min ?? 0,
      max: m?.max ?? 0,
      start: m?.start ?? 0,
      traceTarget: Object.freeze({ kind: 'meter', id: e.meter }),
    });
  }
  if ('flag' in e) {
    return new EffectPlan(FLAG, e, {
      target: e.flag,
      index: ix.flagIndex.get(e.flag) ?? -1,
      set: e.set,
      why: e.why,
      traceTarget: Object.freeze({ kind: 'flag', id: e.flag }),
    });
  }
  if ('resource' in e) {
    return new EffectPlan(RESOURCE, e, {
      target: e.resource,
      delta: e.delta,
      role: e.role ?? null,
      roleIndex: e.role === undefined ? -1 : (ix.roleIndex.get(e.role) ?? -2),
      slots: ix.resourceIndex.map((pool) => pool.get(e.resource) ?? -1),
      maxes: ix.roleIds.map((r) => ix.resources.get(r)?.get(e.resource)?.max ?? 0),
      why: e.why,
      text: signed(e.delta),
    });
  }
  if ('chance' in e) {
    const c = e.chance;
    return new EffectPlan(CHANCE, e, {
      scale: typeof c === 'number' ? null : scalePlan(ix, c.scale),
      chance: typeof c === 'number' ? c : c.base,
      then: effectPlans(ix, e.then, [...path, 0]),
      otherwise: e.else ? effectPlans(ix, e.else, [...path, 1]) : null,
      label: e.label,
    });
  }
  if ('if' in e) {
    return new EffectPlan(IF, e, {
      test: test(ix, e.if),
      condition: e.if,
      then: effectPlans(ix, e.then, [...path, 0]),
      otherwise: e.else ? effectPlans(ix, e.else, [...path, 1]) : null,
    });
  }
  if ('after' in e) {
    return new EffectPlan(AFTER, e, {
      then: effectPlans(ix, e.effects, path),
      after: e.after,
      label: e.label,
    });
  }
  return assertNever(e);
}
