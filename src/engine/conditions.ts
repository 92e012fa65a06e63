/**
 * Conditions: evaluating them against the state, and saying them in plain English with
 * the scenario's own labels (the UI shows why an option is unavailable with these words).
 */
import type { Condition, Scenario } from '../data/schema';
import type { GameState } from './types';
import { indexScenario, roleName, type ScenarioIndex } from './scenarioIndex';
import { countOptionUsesOf, countTagUsesOf } from './usage';
import { assertNever, fmt } from './ruleText';

/**
 * True when `cond` holds in `state`. Unknown ids (which the loader rejects) read as 0 or
 * false rather than throwing. `used`/`tagUsed` count finished turns and the moves chosen
 * so far this turn; with no bounds they mean "at least once".
 */
export function evaluateCondition(scenario: Scenario, state: GameState, cond: Condition): boolean {
  return evaluate(indexScenario(scenario), state, cond);
}

/** `evaluateCondition` with the index already at hand (the engine's hot path). */
export function evaluate(ix: ScenarioIndex, state: GameState, c: Condition): boolean {
  return compiledTest(ix, c)(state);
}

/** The compiled test of `c` (compiled on first use, cached per scenario). */
export function compiledTest(ix: ScenarioIndex, c: Condition): Test {
  let test = ix.tests.get(c);
  if (!test) {
    test = compile(ix, c);
    ix.tests.set(c, test);
  }
  return test;
}

type Test = (state: GameState) => boolean;

/** Turns a condition into a closure once, so the hot path does no key sniffing. */
function compile(ix: ScenarioIndex, c: Condition): Test {
  if ('all' in c) {
    const subs = c.all.map((sub) => compile(ix, sub));
    return (st) => {
      for (const t of subs) if (!t(st)) return false;
      return true;
    };
  }
  if ('any' in c) {
    const subs = c.any.map((sub) => compile(ix, sub));
    return (st) => {
      for (const t of subs) if (t(st)) return true;
      return false;
    };
  }
  if ('not' in c) {
    const sub = compile(ix, c.not);
    return (st) => !sub(st);
  }
  if ('meter' in c) {
    const { meter, atLeast, atMost } = c;
    const i = ix.meterIndex.get(meter);
    if (i === undefined) return () => within(0, atLeast, atMost);
    return (st) => within(st.meters[i]!, atLeast, atMost);
  }
  if ('flag' in c) {
    const is = c.is ?? true;
    const i = ix.flagIndex.get(c.flag);
    if (i === undefined) return () => is === false;
    return (st) => st.flags[i] === is;
  }
  if ('resource' in c) {
    const { resource, role, atLeast, atMost } = c;
    const r = ix.roleIndex.get(role);
    const k = r === undefined ? undefined : ix.resourceIndex[r]!.get(resource);
    if (r === undefined || k === undefined) return () => within(0, atLeast, atMost);
    return (st) => within(st.resources[r]![k]!, atLeast, atMost);
  }
  if ('used' in c) {
    const { used, by, withinTurns, atMost } = c;
    const atLeast = c.atLeast ?? (atMost === undefined ? 1 : undefined);
    // The lookups `countOptionUses` would make are made here, once.
    if (by !== undefined && ix.options.get(used)?.role !== by) {
      return () => within(0, atLeast, atMost);
    }
    const num = ix.optionNum.get(used);
    return (st) =>
      within(countOptionUsesOf(ix, st, used, num, sinceTurn(st, withinTurns)), atLeast, atMost);
  }
  if ('tagUsed' in c) {
    const { tagUsed, by, withinTurns, atMost } = c;
    const atLeast = c.atLeast ?? (atMost === undefined ? 1 : undefined);
    const num = ix.tagNum.get(tagUsed);
    const slot = by === undefined ? 0 : (ix.roleSlot.get(by) ?? -1);
    // A tag no option carries, or a role the scenario lacks, was never used.
    if (num === undefined || slot < 0) return () => within(0, atLeast, atMost);
    return (st) =>
      within(countTagUsesOf(ix, st, num, by, slot, sinceTurn(st, withinTurns)), atLeast, atMost);
  }
  if ('turnAtLeast' in c) {
    const n = c.turnAtLeast;
    return (st) => st.turn >= n;
  }
  if ('turnAtMost' in c) {
    const n = c.turnAtMost;
    return (st) => st.turn <= n;
  }
  return assertNever(c);
}

function within(v: number, atLeast: number | undefined, atMost: number | undefined): boolean {
  return (atLeast === undefined || v >= atLeast) && (atMost === undefined || v <= atMost);
}

function sinceTurn(state: GameState, withinTurns: number | undefined): number {
  return withinTurns === undefined ? 1 : state.turn - withinTurns + 1;
}

/**
 * `cond` in plain English, with meter, flag, option, role and resource labels from the
 * scenario: "Cooperation is at least 60 and United States has chosen “Surveillance
 * flights”". Deterministic and cached per condition object.
 */
export function describeCondition(scenario: Scenario, cond: Condition): string {
  const ix = indexScenario(scenario);
  const hit = ix.texts.get(cond);
  if (hit !== undefined) return hit;
  const text = describe(scenario, ix, cond, false);
  ix.texts.set(cond, text);
  return text;
}

function describe(s: Scenario, ix: ScenarioIndex, c: Condition, nested: boolean): string {
  if ('all' in c) {
    if (c.all.length === 1) return describe(s, ix, c.all[0]!, nested);
    const text = c.all.map((sub) => describe(s, ix, sub, true)).join(' and ');
    return nested ? `(${text})` : text;
  }
  if ('any' in c) {
    if (c.any.length === 1) return describe(s, ix, c.any[0]!, nested);
    const text = c.any.map((sub) => describe(s, ix, sub, true)).join(' or ');
    return nested ? `(${text})` : text;
  }
  if ('not' in c) return `not (${describe(s, ix, c.not, false)})`;
  if ('meter' in c) {
    const label = ix.meters.get(c.meter)?.label ?? c.meter;
    return `${label} ${bounds(c.atLeast, c.atMost)}`;
  }
  if ('flag' in c) {
    const label = ix.flags.get(c.flag)?.label ?? c.flag;
    return `${label}: ${(c.is ?? true) ? 'yes' : 'no'}`;
  }
  if ('resource' in c) {
    const label = ix.resourceLabels.get(c.resource) ?? c.resource;
    return `${roleName(ix, c.role)} has ${amount(c.atLeast, c.atMost)} ${label}`;
  }
  if ('used' in c) {
    const label = ix.options.get(c.used)?.label ?? c.used;
    return usedPhrase(ix, c, `chosen the move ${label}`);
  }
  if ('tagUsed' in c) return usedPhrase(ix, c, `made a move tagged ${c.tagUsed}`);
  if ('turnAtLeast' in c) return `turn ${c.turnAtLeast}${turnLabel(s, c.turnAtLeast)} or later`;
  if ('turnAtMost' in c) return `turn ${c.turnAtMost}${turnLabel(s, c.turnAtMost)} or earlier`;
  return assertNever(c);
}

function bounds(atLeast: number | undefined, atMost: number | undefined): string {
  if (atLeast !== undefined && atMost !== undefined) {
    return atLeast === atMost
      ? `is ${fmt(atLeast)}`
      : `is between ${fmt(atLeast)} and ${fmt(atMost)}`;
  }
  if (atLeast !== undefined) return `is at least ${fmt(atLeast)}`;
  if (atMost !== undefined) return `is at most ${fmt(atMost)}`;
  return 'has any value';
}

function amount(atLeast: number | undefined, atMost: number | undefined): string {
  if (atLeast !== undefined && atMost !== undefined) {
    return `between ${fmt(atLeast)} and ${fmt(atMost)}`;
  }
  if (atLeast !== undefined) return `at least ${fmt(atLeast)}`;
  if (atMost !== undefined) return `at most ${fmt(atMost)}`;
  return 'any amount of';
}

function usedPhrase(
  ix: ScenarioIndex,
  c: { by?: string; atLeast?: number; atMost?: number; withinTurns?: number },
  what: string,
): string {
  const who = c.by === undefined ? 'either side' : roleName(ix, c.by);
  const window =
    c.withinTurns === undefined
      ? ''
      : c.withinTurns === 1
        ? ' this turn'
        : ` in the last ${c.withinTurns} turns`;
  if (c.atMost === 0 && (c.atLeast ?? 0) === 0) return `${who} has not ${what}${window}`;
  const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
  let count = '';
  if (c.atLeast !== undefined && c.atMost !== undefined) {
    count = ` between ${c.atLeast} and ${c.atMost} times`;
  } else if (c.atLeast !== undefined && c.atLeast > 1) {
    count = ` at least ${times(c.atLeast)}`;
  } else if (c.atMost !== undefined) {
    count = ` at most ${times(c.atMost)}`;
  }
  return `${who} has ${what}${count}${window}`;
}

function turnLabel(s: Scenario, turn: number): string {
  const t = s.calendar.turns[turn - 1];
  return t === undefined ? '' : ` (${t.label})`;
}
