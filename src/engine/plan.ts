/**
 * The scenario compiled for speed: effects become objects of one class (so the engine's
 * hot loops see a single shape instead of a dozen object layouts), conditions become
 * closures, and options, answers and events get small integer numbers for use counting.
 * Built once per scenario index and cached; mirrors the scenario's lists one-to-one, so
 * an effect's index path is the same in both.
 */
import type {
  Answer,
  Condition,
  Effect,
  Option,
  ResponseRule,
  Scale,
  ScenarioEvent,
} from '../data/schema';
import type { Action, GameState } from './types';
import type { ScenarioIndex } from './scenarioIndex';
import { compiledTest } from './conditions';
import { assertNever, fmt, ordinal, signed } from './ruleText';

export type Test = (state: GameState) => boolean;

export const METER = 0;
export const FLAG = 1;
export const RESOURCE = 2;
export const CHANCE = 3;
export const IF = 4;
export const AFTER = 5;

export class ScalePlan {
  constructor(
    readonly meter: string,
    readonly from: number,
    readonly to: number,
    readonly low: number,
    readonly high: number,
  ) {}

  /** The factor at the current meters: `low` at `from`, `high` at `to`, linear between. */
  factor(meters: Record<string, number>): number {
    const v = meters[this.meter] ?? 0;
    let t: number;
    if (this.to === this.from) t = v >= this.to ? 1 : 0;
    else t = Math.min(1, Math.max(0, (v - this.from) / (this.to - this.from)));
    return this.low + (this.high - this.low) * t;
  }
}

export class EffectPlan {
  constructor(
    readonly kind: number,
    readonly src: Effect,
    /** Meter, flag or resource id ('' otherwise). */
    readonly target: string,
    /** Meter index, or −1. */
    readonly meterIndex: number,
    readonly delta: number,
    /** Diminishing factor, or 0 for none. */
    readonly diminishing: number,
    /** Meter scale, or chance scale for CHANCE. */
    readonly scale: ScalePlan | null,
    readonly set: boolean,
    /** Resource owner, or null for the acting role. */
    readonly role: string | null,
    /** Base probability (CHANCE). */
    readonly chance: number,
    readonly test: Test | null,
    readonly condition: Condition | null,
    readonly then: EffectPlan[],
    /** `else` branch, or null. */
    readonly otherwise: EffectPlan[] | null,
    /** Delay in turns (AFTER). */
    readonly after: number,
    readonly label: string,
    readonly why: string | undefined,
    /** The signed delta as rule text ("+6"), for meter and resource effects. */
    readonly text: string,
    /** Meter bounds and start (METER). */
    readonly min: number,
    readonly max: number,
    readonly start: number,
    /** The trace target of a meter or flag change, shared by every entry it writes. */
    readonly traceTarget: { kind: 'meter' | 'flag'; id: string } | null,
  ) {}

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

export class AnswerPlan {
  /** True when the expected value of `effects` depends only on use count and turn. */
  readonly isStatic: boolean;
  /** Expected meter deltas memoised as [uses][turn] (static lists only). */
  readonly expected: number[][][] = [];

  constructor(
    readonly answer: Answer,
    readonly num: number,
    readonly when: Test | null,
    readonly weight: number,
    readonly weightIf: { test: Test; factor: number }[],
    readonly effects: EffectPlan[],
  ) {
    this.isStatic = isStatic(effects);
  }
}

export type RulePlan = {
  rule: ResponseRule;
  num: number;
  when: Test | null;
  answers: AnswerPlan[];
};
export type OptionPlan = {
  option: Option;
  /** For each other role that may answer: its candidate rules, best first. */
  responders: { role: string; rules: RulePlan[] }[];
  num: number;
  effects: EffectPlan[];
  requires: Test | null;
  /** [resource, amount] pairs with amount > 0 */
  costs: [string, number][];
  /** 0 when unlimited */
  maxUses: number;
  /** Rule text of each cost payment, aligned with `costs`. */
  costTexts: string[];
  /** The action that chooses this option (shared and frozen: actions are values). */
  action: Readonly<Action>;
  /** True when the expected value of `effects` depends only on use count and turn. */
  isStatic: boolean;
  /** Expected meter deltas memoised as [uses][turn] (static lists only). */
  expected: number[][][];
};
export type EventPlan = {
  event: ScenarioEvent;
  num: number;
  effects: EffectPlan[];
  when: Test | null;
};

export type Plan = {
  options: Map<string, OptionPlan>;
  /** role → its option plans in file order */
  optionsByRole: Map<string, OptionPlan[]>;
  /** role → its (shared, frozen) endMoves action */
  endMoves: Map<string, Readonly<Action>>;
  /** Events that may fire at the opening of each turn (index = turn), in file order. */
  eventsByTurn: EventPlan[][];
  rules: Map<string, RulePlan>;
  /** rule id → answer id → plan */
  answers: Map<string, Map<string, AnswerPlan>>;
  events: Map<string, EventPlan>;
};

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

/** The compiled plan of a scenario index (built on first use, kept on the index). */
export function planOf(ix: ScenarioIndex): Plan {
  let plan = ix.memo.plan as Plan | undefined;
  if (!plan) {
    plan = build(ix);
    ix.memo.plan = plan;
  }
  return plan;
}

function test(ix: ScenarioIndex, c: Condition): Test {
  return compiledTest(ix, c);
}

function scalePlan(s: Scale): ScalePlan {
  return new ScalePlan(s.meter, s.from, s.to, s.low, s.high);
}

function effectPlans(ix: ScenarioIndex, list: readonly Effect[]): EffectPlan[] {
  return list.map((e) => effectPlan(ix, e));
}

function effectPlan(ix: ScenarioIndex, e: Effect): EffectPlan {
  const none: EffectPlan[] = [];
  if ('meter' in e) {
    const m = ix.meters.get(e.meter);
    return new EffectPlan(
      METER,
      e,
      e.meter,
      ix.meterIndex.get(e.meter) ?? -1,
      e.delta,
      e.diminishing ?? 0,
      e.scale ? scalePlan(e.scale) : null,
      false,
      null,
      0,
      null,
      null,
      none,
      null,
      0,
      '',
      e.why,
      signed(e.delta),
      m?.min ?? 0,
      m?.max ?? 0,
      m?.start ?? 0,
      Object.freeze({ kind: 'meter', id: e.meter }),
    );
  }
  if ('flag' in e) {
    return new EffectPlan(
      FLAG,
      e,
      e.flag,
      -1,
      0,
      0,
      null,
      e.set,
      null,
      0,
      null,
      null,
      none,
      null,
      0,
      '',
      e.why,
      '',
      0,
      0,
      0,
      Object.freeze({ kind: 'flag', id: e.flag }),
    );
  }
  if ('resource' in e) {
    return new EffectPlan(
      RESOURCE,
      e,
      e.resource,
      -1,
      e.delta,
      0,
      null,
      false,
      e.role ?? null,
      0,
      null,
      null,
      none,
      null,
      0,
      '',
      e.why,
      signed(e.delta),
      0,
      0,
      0,
      null,
    );
  }
  if ('chance' in e) {
    const c = e.chance;
    const base = typeof c === 'number' ? c : c.base;
    const scale = typeof c === 'number' ? null : scalePlan(c.scale);
    return new EffectPlan(
      CHANCE,
      e,
      '',
      -1,
      0,
      0,
      scale,
      false,
      null,
      base,
      null,
      null,
      effectPlans(ix, e.then),
      e.else ? effectPlans(ix, e.else) : null,
      0,
      e.label,
      undefined,
      '',
      0,
      0,
      0,
      null,
    );
  }
  if ('if' in e) {
    return new EffectPlan(
      IF,
      e,
      '',
      -1,
      0,
      0,
      null,
      false,
      null,
      0,
      test(ix, e.if),
      e.if,
      effectPlans(ix, e.then),
      e.else ? effectPlans(ix, e.else) : null,
      0,
      '',
      undefined,
      '',
      0,
      0,
      0,
      null,
    );
  }
  if ('after' in e) {
    return new EffectPlan(
      AFTER,
      e,
      '',
      -1,
      0,
      0,
      null,
      false,
      null,
      0,
      null,
      null,
      effectPlans(ix, e.effects),
      null,
      e.after,
      e.label,
      undefined,
      '',
      0,
      0,
      0,
      null,
    );
  }
  return assertNever(e);
}

function build(ix: ScenarioIndex): Plan {
  const rules = new Map<string, RulePlan>();
  const answers = new Map<string, Map<string, AnswerPlan>>();
  for (const rule of ix.rules.values()) {
    const nums = ix.answerNum.get(rule.id)!;
    const list = rule.answers.map(
      (a) =>
        new AnswerPlan(
          a,
          nums.get(a.id)!,
          a.when ? test(ix, a.when) : null,
          a.weight,
          a.weightIf.map((w) => ({ test: test(ix, w.when), factor: w.factor })),
          effectPlans(ix, a.effects),
        ),
    );
    const when = rule.when ? test(ix, rule.when) : null;
    rules.set(rule.id, { rule, num: rules.size, when, answers: list });
    answers.set(rule.id, new Map(list.map((a) => [a.answer.id, a])));
  }
  const options = new Map<string, OptionPlan>();
  const optionsByRole = new Map<string, OptionPlan[]>(ix.roleIds.map((r) => [r, []]));
  for (const option of ix.options.values()) {
    const responders = [...(ix.candidates.get(option.id) ?? new Map<string, ResponseRule[]>())].map(
      ([role, list]) => ({ role, rules: list.map((r) => rules.get(r.id)!) }),
    );
    const op: OptionPlan = {
      option,
      responders,
      num: ix.optionNum.get(option.id)!,
      effects: effectPlans(ix, option.effects),
      requires: option.requires ? test(ix, option.requires) : null,
      costs: ix.costs.get(option.id) ?? [],
      maxUses: option.maxUses ?? 0,
      costTexts: (ix.costs.get(option.id) ?? []).map(
        ([, n]) => `${signed(-n)} (cost of “${option.label}”)`,
      ),
      action: Object.freeze({ type: 'chooseOption', role: option.role, option: option.id }),
      isStatic: false,
      expected: [],
    };
    op.isStatic = isStatic(op.effects);
    options.set(option.id, op);
    optionsByRole.get(option.role)?.push(op);
  }
  const events = new Map<string, EventPlan>();
  for (const event of ix.events.values()) {
    const num = ix.eventNum.get(event.id)!;
    const when = event.when ? test(ix, event.when) : null;
    events.set(event.id, { event, num, effects: effectPlans(ix, event.effects), when });
  }
  const endMoves = new Map<string, Readonly<Action>>(
    ix.roleIds.map((role) => [role, Object.freeze({ type: 'endMoves', role })]),
  );
  const eventsByTurn: EventPlan[][] = [];
  for (let turn = 0; turn <= ix.lastTurn; turn++) {
    eventsByTurn.push(
      [...events.values()].filter((e) => e.event.turn === undefined || e.event.turn === turn),
    );
  }
  return { options, optionsByRole, endMoves, eventsByTurn, rules, answers, events };
}
