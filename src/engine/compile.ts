/**
 * The compiled scenario: the validated scenario turned, once, into what the rules read.
 * Ids become positions in lists (the state keeps meters, flags and resources as lists in
 * the scenario's order), conditions and effects become tagged unions checked by
 * exhaustive switches, and each option knows which rules may answer it.
 *
 * The scenario is kept whole in `source`: views read labels and text from it. Compiling
 * is a pure function of the scenario; callers keep the result beside the scenario (the
 * store does, once per game) and pass it to every engine function.
 */
import type { Condition, Effect, Option, ResponseRule, Scale, Scenario } from '../data/schema';
import { conditionOf, effectOf } from '../data/kinds';
import type { Action, ChangeRule, EffectPath, GameConfig, Target } from './types';
import { assertNever } from '../data/assertNever';
import { newExpectationMemo, type ExpectationMemo } from './expectations';

export type MeterDef = {
  id: string;
  index: number;
  min: number;
  max: number;
  start: number;
  hidden: boolean;
  target: Target;
  /** Moves toward `toward` by `by` at the start of every turn after the first. */
  drift: { toward: number; by: number } | null;
};

/**
 * What a role wants of one meter: the higher the better (weight > 0), the lower the
 * better (weight < 0), or, with a `target`, the nearer the better (weight ≥ 0).
 */
export type Objective = { weight: number; target: number | null };

export type ResourceDef = {
  id: string;
  index: number;
  start: number;
  max: number;
  perTurn: number;
};

/** A resource in one role's pool, with the target its changes name. */
export type ResourceSlot = { index: number; max: number; target: Target };

export type RoleDef = {
  id: string;
  index: number;
  resources: ResourceDef[];
  options: OptionDef[];
  /** What the role wants of each meter, by meter index (weight 0 where it does not care). */
  objectives: Objective[];
  /** Σ |weight|: the score's denominator. */
  weightSum: number;
  /** Options the role may pick per turn. */
  movesPerTurn: number;
  endMoves: Readonly<Action>;
};

/** A linear factor read from a meter: `low` at or below `from`, `high` at or above `to`. */
export type ScaleDef = { meter: number; from: number; to: number; low: number; high: number };

/** A condition with its ids resolved to positions. */
export type Cond =
  | { kind: 'all'; all: Cond[] }
  | { kind: 'any'; any: Cond[] }
  | { kind: 'not'; not: Cond }
  | { kind: 'meter'; meter: number; atLeast?: number; atMost?: number }
  | { kind: 'flag'; flag: number; is: boolean }
  | { kind: 'resource'; role: number; slot: number; atLeast?: number; atMost?: number }
  | {
      kind: 'used';
      option: OptionDef;
      /** Set when the count is of another role than the option's owner: always 0. */
      never: boolean;
      atLeast?: number;
      atMost?: number;
      withinTurns?: number;
    }
  | {
      kind: 'tagUsed';
      tag: number;
      /** Role index, or null for any role. */
      by: number | null;
      atLeast?: number;
      atMost?: number;
      withinTurns?: number;
    }
  | { kind: 'turnAtLeast'; turn: number }
  | { kind: 'turnAtMost'; turn: number };

/**
 * An effect with its ids resolved, its own path within its cause's effects, and (for
 * those that change a value) the rule every trace entry it writes names.
 */
export type EffectNode =
  | {
      kind: 'meter';
      path: EffectPath;
      rule: ChangeRule;
      meter: MeterDef;
      delta: number;
      diminishing: number | null;
      scale: ScaleDef | null;
    }
  | { kind: 'flag'; path: EffectPath; rule: ChangeRule; flag: number; set: boolean; target: Target }
  | {
      kind: 'resource';
      path: EffectPath;
      rule: ChangeRule;
      resource: string;
      /** The role whose pool changes, or null for the role that acted (every holder for an event). */
      role: number | null;
      delta: number;
      /** By role index: where the resource is in that role's pool, or null when it has none. */
      pools: (ResourceSlot | null)[];
    }
  | {
      kind: 'chance';
      path: EffectPath;
      probability: number;
      scale: ScaleDef | null;
      then: EffectNode[];
      else: EffectNode[];
    }
  | { kind: 'if'; path: EffectPath; condition: Cond; then: EffectNode[]; else: EffectNode[] }
  | { kind: 'after'; path: EffectPath; turns: number; effects: EffectNode[] }
  | { kind: 'reveal'; path: EffectPath; option: string };

export type OptionDef = {
  id: string;
  index: number;
  source: Option;
  role: string;
  roleIndex: number;
  /** Tag numbers, each once (a tag listed twice on an option counts once). */
  tags: number[];
  requires: Cond | null;
  costs: { resource: string; slot: number; amount: number }[];
  maxUses: number | null;
  /**
   * A covert move's secrecy: from whom (role ids), and its chance of discovery each turn
   * (null when only a `reveal` effect brings it to light).
   */
  secret: {
    from: string[];
    discovery: { probability: number; scale: ScaleDef | null } | null;
  } | null;
  effects: EffectNode[];
  /** For each other role that may answer this option: its candidate rules, best first. */
  responders: { role: string; rules: RuleDef[] }[];
  action: Readonly<Action>;
};

export type AnswerDef = {
  id: string;
  /** Number of the answer across all rules (for counting). */
  index: number;
  rule: string;
  role: string;
  roleIndex: number;
  when: Cond | null;
  weight: number;
  weightIf: { when: Cond; factor: number }[];
  effects: EffectNode[];
};

export type RuleDef = {
  id: string;
  index: number;
  role: string;
  when: Cond | null;
  answers: AnswerDef[];
};

export type EventDef = {
  id: string;
  index: number;
  /** Scripted turn, or null for an event checked at every opening. */
  turn: number | null;
  when: Cond | null;
  /** Probability of firing when eligible, or null for certain. */
  chance: number | null;
  repeat: boolean;
  effects: EffectNode[];
};

/** A named ending, reached when its condition holds at the end (checked before the plane). */
export type EndingDef = { id: string; when: Cond };

export type CompiledScenario = {
  source: Scenario;
  endings: EndingDef[];
  meters: MeterDef[];
  meterIndex: ReadonlyMap<string, number>;
  flagIds: string[];
  flagIndex: ReadonlyMap<string, number>;
  roles: RoleDef[];
  roleIndex: ReadonlyMap<string, number>;
  options: OptionDef[];
  optionById: ReadonlyMap<string, OptionDef>;
  rules: RuleDef[];
  ruleById: ReadonlyMap<string, RuleDef>;
  /** Every answer of every rule, by its number. */
  answers: AnswerDef[];
  events: EventDef[];
  eventById: ReadonlyMap<string, EventDef>;
  /** Events that may fire at the opening of each turn (index = turn), in file order. */
  eventsByTurn: EventDef[][];
  /** Every tag some option carries, by number. */
  tags: string[];
  tagIndex: ReadonlyMap<string, number>;
  /** The calendar's last turn: a game without a chosen length ends after it. */
  lastTurn: number;
  /** Each game length by id: its number of turns. */
  lengths: ReadonlyMap<string, number>;
  movesPerTurn: number;
  /** The counterpart's kept arithmetic (see expectations.ts); the only part that changes. */
  expectations: ExpectationMemo;
};

/** The lookup tables conditions and effects are compiled against. */
type Tables = Pick<
  CompiledScenario,
  'meters' | 'meterIndex' | 'flagIndex' | 'roles' | 'roleIndex' | 'optionById' | 'tagIndex'
>;

function find<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const found = map.get(id);
  if (found === undefined) throw new RangeError(`The scenario names an unknown ${what} "${id}"`);
  return found;
}

function scaleOf(t: Tables, s: Scale): ScaleDef {
  return {
    meter: find(t.meterIndex, s.meter, 'meter'),
    from: s.from,
    to: s.to,
    low: s.low,
    high: s.high,
  };
}

/** `c` with its ids resolved against `t` (see `compileScenario` for the errors). */
export function compileCondition(t: Tables, c: Condition): Cond {
  const k = conditionOf(c);
  switch (k.kind) {
    case 'all':
      return { kind: 'all', all: k.c.all.map((x) => compileCondition(t, x)) };
    case 'any':
      return { kind: 'any', any: k.c.any.map((x) => compileCondition(t, x)) };
    case 'not':
      return { kind: 'not', not: compileCondition(t, k.c.not) };
    case 'meter':
      return { kind: 'meter', meter: find(t.meterIndex, k.c.meter, 'meter'), ...bounds(k.c) };
    case 'flag':
      return { kind: 'flag', flag: find(t.flagIndex, k.c.flag, 'flag'), is: k.c.is ?? true };
    case 'resource': {
      const role = t.roles[find(t.roleIndex, k.c.role, 'role')]!;
      const res = role.resources.find((x) => x.id === k.c.resource);
      // A role without the resource holds none of it.
      return { kind: 'resource', role: role.index, slot: res?.index ?? -1, ...bounds(k.c) };
    }
    case 'used': {
      const option = find(t.optionById, k.c.used, 'option');
      const by = k.c.by === undefined ? null : find(t.roleIndex, k.c.by, 'role');
      return {
        kind: 'used',
        option,
        never: by !== null && by !== option.roleIndex,
        ...countBounds(k.c),
      };
    }
    case 'tagUsed': {
      const by = k.c.by === undefined ? null : find(t.roleIndex, k.c.by, 'role');
      // A tag that no option carries was never used: it is numbered −1.
      return { kind: 'tagUsed', tag: t.tagIndex.get(k.c.tagUsed) ?? -1, by, ...countBounds(k.c) };
    }
    case 'turnAtLeast':
      return { kind: 'turnAtLeast', turn: k.c.turnAtLeast };
    case 'turnAtMost':
      return { kind: 'turnAtMost', turn: k.c.turnAtMost };
    default:
      return assertNever(k);
  }
}

/** The effects of `list`, which sits at path `at` within its cause's effects. */
export function compileEffects(t: Tables, list: readonly Effect[], at: EffectPath): EffectNode[] {
  return list.map((e, i) => compileEffect(t, e, [...at, i]));
}

function compileEffect(t: Tables, e: Effect, path: EffectPath): EffectNode {
  const rule = (base: number): ChangeRule => Object.freeze({ kind: 'effect', path, base });
  const k = effectOf(e);
  switch (k.kind) {
    case 'meter':
      return {
        kind: 'meter',
        path,
        rule: rule(k.e.delta),
        meter: t.meters[find(t.meterIndex, k.e.meter, 'meter')]!,
        delta: k.e.delta,
        diminishing: k.e.diminishing ?? null,
        scale: k.e.scale ? scaleOf(t, k.e.scale) : null,
      };
    case 'flag':
      return {
        kind: 'flag',
        path,
        rule: rule(0),
        flag: find(t.flagIndex, k.e.flag, 'flag'),
        set: k.e.set,
        target: Object.freeze({ kind: 'flag', id: k.e.flag }),
      };
    case 'resource':
      return {
        kind: 'resource',
        path,
        rule: rule(k.e.delta),
        resource: k.e.resource,
        role: k.e.role === undefined ? null : find(t.roleIndex, k.e.role, 'role'),
        delta: k.e.delta,
        pools: t.roles.map((role) => {
          const res = role.resources.find((r) => r.id === k.e.resource);
          if (!res) return null;
          const target: Target = { kind: 'resource', id: res.id, role: role.id };
          return { index: res.index, max: res.max, target: Object.freeze(target) };
        }),
      };
    case 'chance': {
      const c = k.e.chance;
      return {
        kind: 'chance',
        path,
        probability: typeof c === 'number' ? c : c.base,
        scale: typeof c === 'number' ? null : scaleOf(t, c.scale),
        then: compileEffects(t, k.e.then, [...path, 0]),
        else: compileEffects(t, k.e.else ?? [], [...path, 1]),
      };
    }
    case 'if':
      return {
        kind: 'if',
        path,
        condition: compileCondition(t, k.e.if),
        then: compileEffects(t, k.e.then, [...path, 0]),
        else: compileEffects(t, k.e.else ?? [], [...path, 1]),
      };
    case 'after':
      return {
        kind: 'after',
        path,
        turns: k.e.after,
        effects: compileEffects(t, k.e.effects, path),
      };
    case 'reveal':
      return { kind: 'reveal', path, option: find(t.optionById, k.e.reveal, 'option').id };
    default:
      return assertNever(k);
  }
}

/**
 * Compiles a validated scenario. Throws a RangeError naming the reference when an id does
 * not resolve (the loader rejects such files, so this only happens to hand-made ones).
 */
export function compileScenario(source: Scenario): CompiledScenario {
  const meters: MeterDef[] = source.meters.map((m, index) => ({
    id: m.id,
    index,
    min: m.min,
    max: m.max,
    start: m.start,
    hidden: m.hidden,
    target: Object.freeze({ kind: 'meter', id: m.id }),
    drift: m.drift ?? null,
  }));
  const meterIndex = new Map(meters.map((m) => [m.id, m.index]));
  const flagIds = source.flags.map((f) => f.id);
  const flagIndex = new Map(flagIds.map((id, i) => [id, i]));
  const roleIndex = new Map(source.roles.map((r, i) => [r.id, i]));
  const tags = [...new Set(source.options.flatMap((o) => o.tags))];
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const optionById = new Map<string, OptionDef>();

  const roles: RoleDef[] = source.roles.map((r, index) => {
    for (const id of Object.keys(r.objectives.weights)) find(meterIndex, id, 'meter');
    for (const id of Object.keys(r.objectives.targets)) find(meterIndex, id, 'meter');
    const objectives = meters.map((m): Objective => {
      const near = r.objectives.targets[m.id];
      return near
        ? { weight: near.weight, target: near.near }
        : { weight: r.objectives.weights[m.id] ?? 0, target: null };
    });
    return {
      id: r.id,
      index,
      resources: r.resources.map((res, i) => ({
        id: res.id,
        index: i,
        start: Math.min(res.start, res.max),
        max: res.max,
        perTurn: res.perTurn,
      })),
      options: [],
      objectives,
      weightSum: objectives.reduce((sum, o) => sum + Math.abs(o.weight), 0),
      movesPerTurn: r.movesPerTurn ?? source.calendar.movesPerTurn,
      endMoves: Object.freeze({ type: 'endMoves', role: r.id }),
    };
  });

  const t: Tables = { meters, meterIndex, flagIndex, roles, roleIndex, optionById, tagIndex };
  const cond = (c: Condition) => compileCondition(t, c);
  const effects = (list: readonly Effect[]) => compileEffects(t, list, []);

  // Options first without their conditions and effects, which may name other options.
  const options: OptionDef[] = source.options.map((o, index) => {
    const role = find(roleIndex, o.role, 'role');
    const def: OptionDef = {
      id: o.id,
      index,
      source: o,
      role: o.role,
      roleIndex: role,
      tags: [...new Set(o.tags)].map((t) => tagIndex.get(t)!),
      requires: null,
      costs: Object.entries(o.cost)
        .filter(([, amount]) => amount > 0)
        .map(([resource, amount]) => ({
          resource,
          slot: roles[role]!.resources.find((r) => r.id === resource)?.index ?? -1,
          amount,
        })),
      maxUses: o.maxUses ?? null,
      secret: null,
      effects: [],
      responders: [],
      action: Object.freeze({ type: 'chooseOption', role: o.role, option: o.id }),
    };
    optionById.set(o.id, def);
    roles[role]!.options.push(def);
    return def;
  });
  for (const def of options) {
    def.requires = def.source.requires ? cond(def.source.requires) : null;
    def.effects = effects(def.source.effects);
    const secret = def.source.secret;
    if (secret) {
      for (const role of secret.from ?? []) find(roleIndex, role, 'role');
      const d = secret.discovery;
      def.secret = {
        from: secret.from ?? source.roles.map((r) => r.id).filter((r) => r !== def.role),
        discovery:
          d === undefined
            ? null
            : typeof d === 'number'
              ? { probability: d, scale: null }
              : { probability: d.base, scale: scaleOf(t, d.scale) },
      };
    }
  }

  const answers: AnswerDef[] = [];
  const rules: RuleDef[] = source.responses.map((r, index) => ({
    id: r.id,
    index,
    role: r.role,
    when: r.when ? cond(r.when) : null,
    answers: r.answers.map((a) => {
      const answer: AnswerDef = {
        id: a.id,
        index: answers.length,
        rule: r.id,
        role: r.role,
        roleIndex: find(roleIndex, r.role, 'role'),
        when: a.when ? cond(a.when) : null,
        weight: a.weight,
        weightIf: a.weightIf.map((w) => ({ when: cond(w.when), factor: w.factor })),
        effects: effects(a.effects),
      };
      answers.push(answer);
      return answer;
    }),
  }));
  const ruleById = new Map(rules.map((r) => [r.id, r]));

  // Which rules may answer each option: for every other role, the rules naming the
  // option, then those matching one of its tags, each in file order; a rule limited to
  // some movers (`to.by`) answers only theirs.
  for (const option of options) {
    for (const role of roles) {
      if (role.id === option.role) continue;
      const own = source.responses.filter(
        (r) => r.role === role.id && answersMover(r, option.role),
      );
      const byOption = own.filter((r) => r.to.options?.includes(option.id) === true);
      const byTag = own.filter(
        (r) =>
          !byOption.includes(r) && (r.to.tags ?? []).some((t) => option.source.tags.includes(t)),
      );
      const candidates = [...byOption, ...byTag].map((r) => ruleById.get(r.id)!);
      if (candidates.length > 0) option.responders.push({ role: role.id, rules: candidates });
    }
  }

  const events: EventDef[] = source.events.map((e, index) => ({
    id: e.id,
    index,
    turn: e.turn ?? null,
    when: e.when ? cond(e.when) : null,
    chance: e.chance ?? null,
    repeat: e.repeat,
    effects: effects(e.effects),
  }));
  const lastTurn = source.calendar.turns.length;
  const eventsByTurn: EventDef[][] = [];
  for (let turn = 0; turn <= lastTurn; turn++) {
    eventsByTurn.push(events.filter((e) => e.turn === null || e.turn === turn));
  }

  return {
    source,
    endings: source.endings.map((e) => ({ id: e.id, when: cond(e.when) })),
    meters,
    meterIndex,
    flagIds,
    flagIndex,
    roles,
    roleIndex,
    options,
    optionById,
    rules,
    ruleById,
    answers,
    events,
    eventById: new Map(events.map((e) => [e.id, e])),
    eventsByTurn,
    tags,
    tagIndex,
    lastTurn,
    lengths: new Map(source.calendar.lengths.map((l) => [l.id, Math.min(l.turns, lastTurn)])),
    movesPerTurn: source.calendar.movesPerTurn,
    expectations: newExpectationMemo(),
  };
}

/** Whether rule `r` answers moves by `mover` (a rule without `to.by` answers anyone's). */
function answersMover(r: ResponseRule, mover: string): boolean {
  const by = r.to.by;
  return by === undefined || (typeof by === 'string' ? by === mover : by.includes(mover));
}

function bounds(c: { atLeast?: number; atMost?: number }): { atLeast?: number; atMost?: number } {
  return {
    ...(c.atLeast !== undefined ? { atLeast: c.atLeast } : {}),
    ...(c.atMost !== undefined ? { atMost: c.atMost } : {}),
  };
}

/** Count bounds; with neither bound a count condition means "at least once". */
function countBounds(c: { atLeast?: number; atMost?: number; withinTurns?: number }) {
  const atLeast = c.atLeast ?? (c.atMost === undefined ? 1 : undefined);
  return {
    ...bounds({ atLeast, atMost: c.atMost }),
    ...(c.withinTurns !== undefined ? { withinTurns: c.withinTurns } : {}),
  };
}

/**
 * The last turn of a game played with `config`: its chosen length's, or the calendar's.
 * (An unknown length is refused when the game is created, see `createGame`.)
 */
export function finalTurn(scenario: CompiledScenario, config: GameConfig): number {
  return config.length === undefined
    ? scenario.lastTurn
    : (scenario.lengths.get(config.length) ?? scenario.lastTurn);
}

/** Answer `answer` of rule `rule`, or undefined when the scenario has no such answer. */
export function answerOf(
  scenario: CompiledScenario,
  rule: string,
  answer: string,
): AnswerDef | undefined {
  const answers = scenario.ruleById.get(rule)?.answers ?? [];
  for (const a of answers) if (a.id === answer) return a;
  return undefined;
}

/**
 * The effect at `path` within `root` (see EffectPath), or undefined when the path does
 * not lead to one.
 */
export function effectAt(root: readonly EffectNode[], path: EffectPath): EffectNode | undefined {
  let list: readonly EffectNode[] = root;
  for (let k = 0; ;) {
    const node = list[path[k]!];
    k++;
    if (node === undefined || k >= path.length) return node;
    switch (node.kind) {
      case 'chance':
      case 'if':
        list = path[k] === 0 ? node.then : node.else;
        k++;
        break;
      case 'after':
        list = node.effects;
        break;
      default:
        return undefined;
    }
  }
}
