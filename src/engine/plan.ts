/**
 * The scenario compiled for speed: effects become plans of one class (effectPlan.ts),
 * conditions become closures, and options, answers and events get small integer numbers
 * for use counting and the parts of their trace entries made once. Built once per
 * scenario index and cached; mirrors the scenario's lists one-to-one, so an effect's
 * index path is the same in both.
 */
import type {
  Answer,
  Citation,
  Condition,
  Option,
  ResponseRule,
  ScenarioEvent,
} from '../data/schema';
import type { Action, Cause, TraceEntry } from './types';
import type { OptionUse, ScenarioIndex } from './scenarioIndex';
import { compiledTest } from './conditions';
import { signed } from './ruleText';
import { effectPlans, ifTests, isStatic, type EffectPlan, type Test } from './effectPlan';

export class AnswerPlan {
  /**
   * The answer's id. This and the like fields of the other plans repeat what the scenario
   * says, so that the hot loops read one shape of object rather than the scenario's many
   * (its objects differ in which optional fields they hold).
   */
  readonly id: string;
  /** True when the expected value of `effects` depends only on use count and turn. */
  readonly isStatic: boolean;
  /** Expected meter deltas memoised as [uses][turn] (static lists only). */
  readonly expected: Float64Array[][] = [];
  /** True when an effect of the answer has diminishing returns. */
  readonly diminishes: boolean;
  /** Receipts of the answer (see `answerCites`). */
  readonly cites: Citation[];
  /** The actions giving this answer to move number k, made on first use (shared, frozen). */
  readonly actions: Readonly<Action>[] = [];
  constructor(
    readonly answer: Answer,
    /** The role that gives the answer (its rule's). */
    readonly role: string,
    /** Index of `role` (−2 when the scenario has no such role, as in effects.ts). */
    readonly roleIndex: number,
    readonly num: number,
    readonly when: Test | null,
    readonly weight: number,
    readonly weightIf: { test: Test; factor: number }[],
    readonly effects: EffectPlan[],
  ) {
    this.id = answer.id;
    this.isStatic = isStatic(effects);
    this.diminishes = effects.some((p) => p.diminishes);
    this.cites = answerCites(answer);
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

/** A resource target of a trace entry (shared and frozen, like every trace target). */
export type ResourceTarget = Readonly<TraceEntry['target']>;

/** The plan of answer `id` among `rule`'s answers (a scan: a rule has a few answers). */
export function answerOf(rule: RulePlan | undefined, id: string): AnswerPlan | undefined {
  if (rule === undefined) return undefined;
  for (const a of rule.answers) if (a.id === id) return a;
  return undefined;
}

export type RulePlan = {
  rule: ResponseRule;
  /** The rule's id (see AnswerPlan.id). */
  id: string;
  num: number;
  when: Test | null;
  answers: AnswerPlan[];
  /** True when every answer is static, so expected deltas can be shared (counterpart.ts). */
  cacheable: boolean;
  /** The counterpart's expected deltas of this rule, by situation key (see counterpart.ts). */
  expected: Map<number, number[]>;
};
export type OptionPlan = {
  option: Option;
  /** The option's id, owner and citations (see AnswerPlan.id). */
  id: string;
  role: string;
  cites: Citation[];
  /** For each other role that may answer: its candidate rules, best first. */
  responders: { role: string; rules: RulePlan[] }[];
  num: number;
  effects: EffectPlan[];
  requires: Test | null;
  /** [resource, amount] pairs with amount > 0 */
  costs: [string, number][];
  /** The same, as two lists (read in the hot loops without destructuring). */
  costResources: string[];
  /** Index of each cost resource in the owner's pool (−1 when the owner has none). */
  costSlots: number[];
  /** Index of the owning role (in scenario order: the index of its resource pool). */
  ownerIndex: number;
  costAmounts: number[];
  /** 0 when unlimited */
  maxUses: number;
  /** Rule text of each cost payment, aligned with `costs`. */
  costTexts: string[];
  /** The action that chooses this option (shared and frozen: actions are values). */
  action: Readonly<Action>;
  /** True when the expected value of `effects` depends only on use count and turn. */
  isStatic: boolean;
  /** Expected meter deltas memoised as [uses][turn] (static lists only). */
  expected: Float64Array[][];
  /**
   * The `if` tests of `effects` in order (see `ifTests`), or null when the expected value
   * also depends on the meters through scaling.
   */
  tests: Test[] | null;
  /** Expected meter deltas by use count, turn and `if` outcomes (see counterpart.ts). */
  expectedIf: Map<number, Float64Array>;
  /** True when an effect of the option has diminishing returns. */
  diminishes: boolean;
  /** The cause of the option's own changes when its owner chooses it (shared, frozen). */
  cause: Readonly<Extract<Cause, { kind: 'option' }>>;
  /** Trace target of each cost payment by the owner, aligned with `costs`. */
  costTargets: ResourceTarget[];
  /** The option's numbers for use counting. */
  use: OptionUse;
  /**
   * The rule that answers the option whatever the state, when there is exactly one
   * responder and its first candidate rule has no `when` (the common case); else null.
   */
  soleRule: RulePlan | null;
};
export type EventPlan = {
  event: ScenarioEvent;
  /** The event's id, title, chance (−1 for none), repeat and citations (see AnswerPlan.id). */
  id: string;
  title: string;
  chance: number;
  repeat: boolean;
  cites: Citation[];
  num: number;
  effects: EffectPlan[];
  when: Test | null;
  diminishes: boolean;
  /** The cause of the event's changes (shared, frozen). */
  cause: Readonly<Cause>;
};

export type Plan = {
  options: Map<string, OptionPlan>;
  /** role → its option plans in file order */
  optionsByRole: Map<string, OptionPlan[]>;
  /** role → its (shared, frozen) endMoves action */
  endMoves: Map<string, Readonly<Action>>;
  /** The same two by role index (see roleAt), for the hot paths. */
  optionsByRoleIndex: OptionPlan[][];
  endMovesByRoleIndex: Readonly<Action>[];
  /** Events that may fire at the opening of each turn (index = turn), in file order. */
  eventsByTurn: EventPlan[][];
  rules: Map<string, RulePlan>;
  /** rule id → answer id → plan */
  answers: Map<string, Map<string, AnswerPlan>>;
  events: Map<string, EventPlan>;
  /** Every resource that renews each turn, in role then resource order. */
  renewals: RenewalPlan[];
};

/** A resource that renews each turn, with the parts of its trace entries made once. */
export type RenewalPlan = {
  role: string;
  resource: string;
  roleIndex: number;
  resourceIndex: number;
  perTurn: number;
  max: number;
  target: ResourceTarget;
  cause: Readonly<Cause>;
  /** "+1 per turn" (the rule text when not capped). */
  text: string;
};

function test(ix: ScenarioIndex, c: Condition): Test {
  return compiledTest(ix, c);
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

function build(ix: ScenarioIndex): Plan {
  const rules = new Map<string, RulePlan>();
  const answers = new Map<string, Map<string, AnswerPlan>>();
  for (const rule of ix.rules.values()) {
    const nums = ix.answerNum.get(rule.id)!;
    const list = rule.answers.map(
      (a) =>
        new AnswerPlan(
          a,
          rule.role,
          ix.roleIndex.get(rule.role) ?? -2,
          nums.get(a.id)!,
          a.when ? test(ix, a.when) : null,
          a.weight,
          a.weightIf.map((w) => ({ test: test(ix, w.when), factor: w.factor })),
          effectPlans(ix, a.effects),
        ),
    );
    const when = rule.when ? test(ix, rule.when) : null;
    rules.set(rule.id, {
      rule,
      id: rule.id,
      num: rules.size,
      when,
      answers: list,
      cacheable: list.every((a) => a.isStatic),
      expected: new Map(),
    });
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
      id: option.id,
      role: option.role,
      cites: option.cites,
      responders,
      num: ix.optionNum.get(option.id)!,
      effects: effectPlans(ix, option.effects),
      requires: option.requires ? test(ix, option.requires) : null,
      costs: ix.costs.get(option.id) ?? [],
      costResources: (ix.costs.get(option.id) ?? []).map(([resource]) => resource),
      costSlots: (ix.costs.get(option.id) ?? []).map(
        ([resource]) => ix.resourceIndex[ix.roleIndex.get(option.role)!]?.get(resource) ?? -1,
      ),
      ownerIndex: ix.roleIndex.get(option.role)!,
      costAmounts: (ix.costs.get(option.id) ?? []).map(([, amount]) => amount),
      maxUses: option.maxUses ?? 0,
      costTexts: (ix.costs.get(option.id) ?? []).map(
        ([, n]) => `${signed(-n)} (cost of ${option.label})`,
      ),
      action: Object.freeze({ type: 'chooseOption', role: option.role, option: option.id }),
      isStatic: false,
      expected: [],
      tests: null,
      expectedIf: new Map(),
      diminishes: false,
      cause: Object.freeze({ kind: 'option', role: option.role, option: option.id }),
      costTargets: (ix.costs.get(option.id) ?? []).map(([resource]) =>
        Object.freeze({ kind: 'resource', id: resource, role: option.role }),
      ),
      use: ix.optionUse.get(option.id)!,
      soleRule: null,
    };
    const first = responders.length === 1 ? responders[0]!.rules[0] : undefined;
    if (first !== undefined && first.when === null) op.soleRule = first;
    op.isStatic = isStatic(op.effects);
    op.tests = ifTests(op.effects);
    op.diminishes = op.effects.some((p) => p.diminishes);
    options.set(option.id, op);
    optionsByRole.get(option.role)?.push(op);
  }
  const events = new Map<string, EventPlan>();
  for (const event of ix.events.values()) {
    const num = ix.eventNum.get(event.id)!;
    const when = event.when ? test(ix, event.when) : null;
    const effects = effectPlans(ix, event.effects);
    events.set(event.id, {
      event,
      id: event.id,
      title: event.title,
      chance: event.chance ?? -1,
      repeat: event.repeat === true,
      cites: event.cites,
      num,
      effects,
      when,
      diminishes: effects.some((p) => p.diminishes),
      cause: Object.freeze({ kind: 'event', event: event.id }),
    });
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
  const renewals: RenewalPlan[] = [];
  for (const role of ix.roles.values()) {
    const cause = Object.freeze({ kind: 'regen', role: role.id } as const);
    const roleIndex = ix.roleIndex.get(role.id)!;
    for (let k = 0; k < role.resources.length; k++) {
      const res = role.resources[k]!;
      if (res.perTurn === 0) continue;
      renewals.push({
        role: role.id,
        resource: res.id,
        roleIndex,
        resourceIndex: k,
        perTurn: res.perTurn,
        max: res.max,
        target: Object.freeze({ kind: 'resource', id: res.id, role: role.id }),
        cause,
        text: `${signed(res.perTurn)} per turn`,
      });
    }
  }
  return {
    options,
    optionsByRole,
    endMoves,
    optionsByRoleIndex: ix.roleIds.map((r) => optionsByRole.get(r)!),
    endMovesByRoleIndex: ix.roleIds.map((r) => endMoves.get(r)!),
    eventsByTurn,
    rules,
    answers,
    events,
    renewals,
  };
}
