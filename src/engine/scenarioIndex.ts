/**
 * Lookup tables built once per scenario. The validated scenario is frozen and never
 * changes, so the tables are cached by object identity in a WeakMap: the engine stays
 * pure (same inputs, same outputs) while avoiding linear searches on every step.
 */
import type { GameState } from './types';
import type {
  Answer,
  Condition,
  Meter,
  Option,
  ResponseRule,
  Role,
  Scenario,
  ScenarioEvent,
} from '../data/schema';

export type Flag = Scenario['flags'][number];

/** An option's numbers for use counting: its number, tag numbers, owner and owner's slot. */
export type OptionUse = { num: number; tags: number[]; owner: string; ownerSlot: number };
export type ResourceDef = Role['resources'][number];

export type ScenarioIndex = {
  meters: Map<string, Meter>;
  /** Meter ids in file order; position = index in `meterIndex`. */
  meterIds: string[];
  meterIndex: Map<string, number>;
  flags: Map<string, Flag>;
  /** Flag ids in file order; position = index in `flagIndex`. */
  flagIds: string[];
  flagIndex: Map<string, number>;
  roles: Map<string, Role>;
  roleIds: string[];
  roleIndex: Map<string, number>;
  /** role index → resource id → index in that role's pool (−1 lookups mean none). */
  resourceIndex: Map<string, number>[];
  options: Map<string, Option>;
  optionsByRole: Map<string, Option[]>;
  rules: Map<string, ResponseRule>;
  /** rule id → answer id → answer */
  answers: Map<string, Map<string, Answer>>;
  /**
   * option id → responder role → the rules that may answer that option, best first:
   * rules naming the option, then rules matching one of its tags, each in file order.
   */
  candidates: Map<string, Map<string, ResponseRule[]>>;
  events: Map<string, ScenarioEvent>;
  /** role → resource id → definition */
  resources: Map<string, Map<string, ResourceDef>>;
  /** resource id → label (resources of the same id share a label in practice) */
  resourceLabels: Map<string, string>;
  /** role → objective weight per meter, aligned with `meterIds` */
  weights: Map<string, Float64Array>;
  /** role → Σ|weight| */
  weightSums: Map<string, number>;
  /** option id → its cost as [resource, amount] pairs (amount > 0) */
  costs: Map<string, [string, number][]>;
  lastTurn: number;
  movesPerTurn: number;
  /** Small integer numbers for use counting: options, answers (rule → answer), events. */
  optionNum: Map<string, number>;
  answerNum: Map<string, Map<string, number>>;
  answerCount: number;
  eventNum: Map<string, number>;
  /** Every tag any option carries → number; roles → slot 1..n (slot 0 = any role). */
  tagNum: Map<string, number>;
  roleSlot: Map<string, number>;
  /** option id → its tag numbers */
  optionTags: Map<string, number[]>;
  /** option id → what counting a move of it needs, in one lookup */
  optionUse: Map<string, OptionUse>;
  /** Conditions compiled to tests on first use (see conditions.ts). */
  tests: WeakMap<Condition, (state: GameState) => boolean>;
  /** Conditions described in words on first use. */
  texts: WeakMap<Condition, string>;
  /** Memo slots for plan.ts, usage.ts, counterpart.ts and game.ts (spares a lookup per call). */
  memo: {
    plan: unknown;
    history: unknown;
    counts: unknown;
    recent: unknown;
    evaluator: unknown;
    start: unknown;
  };
};

const cache = new WeakMap<Scenario, ScenarioIndex>();
// Nearly every call names the same scenario as the one before: checked before the map.
let lastScenario: Scenario | null = null;
let lastIndex: ScenarioIndex | null = null;

/** The lookup tables of `scenario`, built on first use. */
export function indexScenario(scenario: Scenario): ScenarioIndex {
  if (scenario === lastScenario) return lastIndex!;
  let ix = cache.get(scenario);
  if (!ix) {
    ix = build(scenario);
    cache.set(scenario, ix);
  }
  lastScenario = scenario;
  lastIndex = ix;
  return ix;
}

function build(s: Scenario): ScenarioIndex {
  const meters = new Map(s.meters.map((m) => [m.id, m]));
  const meterIds = s.meters.map((m) => m.id);
  const meterIndex = new Map(meterIds.map((id, i) => [id, i]));
  const roles = new Map(s.roles.map((r) => [r.id, r]));
  const options = new Map(s.options.map((o) => [o.id, o]));
  const optionsByRole = new Map<string, Option[]>(s.roles.map((r) => [r.id, []]));
  for (const o of s.options) optionsByRole.get(o.role)?.push(o);

  const tagNum = new Map<string, number>();
  for (const o of s.options)
    for (const tag of o.tags) if (!tagNum.has(tag)) tagNum.set(tag, tagNum.size);
  const answers = new Map<string, Map<string, Answer>>();
  const answerNum = new Map<string, Map<string, number>>();
  let answerCount = 0;
  for (const rule of s.responses) {
    answers.set(rule.id, new Map(rule.answers.map((a) => [a.id, a])));
    answerNum.set(rule.id, new Map(rule.answers.map((a) => [a.id, answerCount++])));
  }

  const candidates = new Map<string, Map<string, ResponseRule[]>>();
  for (const o of s.options) {
    const byResponder = new Map<string, ResponseRule[]>();
    for (const r of s.roles) {
      if (r.id === o.role) continue;
      const own = s.responses.filter((rule) => rule.role === r.id);
      const byOption = own.filter((rule) => rule.to.options?.includes(o.id) === true);
      const byTag = own.filter(
        (rule) => !byOption.includes(rule) && (rule.to.tags ?? []).some((t) => o.tags.includes(t)),
      );
      const list = [...byOption, ...byTag];
      if (list.length > 0) byResponder.set(r.id, list);
    }
    candidates.set(o.id, byResponder);
  }

  const resources = new Map<string, Map<string, ResourceDef>>();
  const resourceLabels = new Map<string, string>();
  const weights = new Map<string, Float64Array>();
  const weightSums = new Map<string, number>();
  for (const r of s.roles) {
    resources.set(r.id, new Map(r.resources.map((res) => [res.id, res])));
    for (const res of r.resources) {
      if (!resourceLabels.has(res.id)) resourceLabels.set(res.id, res.label);
    }
    const w = new Float64Array(meterIds.length);
    let sum = 0;
    for (const [meter, weight] of Object.entries(r.objectives.weights)) {
      const i = meterIndex.get(meter);
      if (i === undefined) continue;
      w[i] = weight;
      sum += Math.abs(weight);
    }
    weights.set(r.id, w);
    weightSums.set(r.id, sum);
  }

  return {
    meters,
    meterIds,
    meterIndex,
    flags: new Map(s.flags.map((f) => [f.id, f])),
    flagIds: s.flags.map((f) => f.id),
    flagIndex: new Map(s.flags.map((f, i) => [f.id, i])),
    roles,
    roleIds: s.roles.map((r) => r.id),
    roleIndex: new Map(s.roles.map((r, i) => [r.id, i])),
    resourceIndex: s.roles.map((r) => new Map(r.resources.map((res, i) => [res.id, i]))),
    options,
    optionsByRole,
    rules: new Map(s.responses.map((r) => [r.id, r])),
    answers,
    candidates,
    events: new Map(s.events.map((e) => [e.id, e])),
    resources,
    resourceLabels,
    weights,
    weightSums,
    costs: new Map(
      s.options.map((o) => [o.id, Object.entries(o.cost).filter(([, amount]) => amount > 0)]),
    ),
    lastTurn: s.calendar.turns.length,
    movesPerTurn: s.calendar.movesPerTurn,
    optionNum: new Map(s.options.map((o, i) => [o.id, i])),
    answerNum,
    answerCount,
    eventNum: new Map(s.events.map((e, i) => [e.id, i])),
    tagNum,
    roleSlot: new Map(s.roles.map((r, i) => [r.id, i + 1])),
    optionTags: new Map(s.options.map((o) => [o.id, o.tags.map((tag) => tagNum.get(tag)!)])),
    optionUse: new Map(
      s.options.map((o, i) => [
        o.id,
        {
          num: i,
          tags: o.tags.map((tag) => tagNum.get(tag)!),
          owner: o.role,
          ownerSlot: s.roles.findIndex((r) => r.id === o.role) + 1,
        },
      ]),
    ),
    tests: new WeakMap(),
    texts: new WeakMap(),
    memo: {
      plan: undefined,
      history: undefined,
      counts: undefined,
      recent: undefined,
      evaluator: undefined,
      start: undefined,
    },
  };
}

/**
 * `n` zeros in a packed array of doubles: faster to build and to add fractions into than
 * `new Array(n).fill(0)` (holey) or an array of small integers (which must be converted).
 */
export function zeros(n: number): number[] {
  const a: number[] = [0.5];
  a[0] = 0;
  for (let i = 1; i < n; i++) a.push(0);
  if (n === 0) a.pop();
  return a;
}

/**
 * The index of `role` in scenario order, or −1 when the scenario has no such role. A scan
 * rather than a map lookup: roles are few, and the ids compared are mostly the very same
 * strings, so each comparison is one pointer check.
 */
export function roleAt(ix: ScenarioIndex, role: string): number {
  const ids = ix.roleIds;
  for (let i = 0; i < ids.length; i++) if (ids[i] === role) return i;
  return -1;
}

/** The display name of a role, or its id when unknown. */
export function roleName(ix: ScenarioIndex, role: string): string {
  return ix.roles.get(role)?.name ?? role;
}
