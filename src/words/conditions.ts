/**
 * A condition in words, with the scenario's own labels: "Cooperation is at least 60 and
 * United States has chosen the move Surveillance flights". The option cards show a
 * requirement this way when its author wrote no `requiresText`, and the report says so
 * why an `if` effect went one way.
 */
import type { Condition, Scenario } from '../data/schema';
import { conditionOf } from '../data/kinds';
import { assertNever } from '../data/assertNever';
import { formatNumber } from './format';
import { joinList, type Translate } from './messages';

export function describeCondition(t: Translate, scenario: Scenario, cond: Condition): string {
  return describe(t, scenario, cond, false);
}

function describe(t: Translate, s: Scenario, cond: Condition, nested: boolean): string {
  const n = (value: number) => formatNumber(value, t.language);
  const k = conditionOf(cond);
  switch (k.kind) {
    case 'all':
    case 'any': {
      const parts = k.kind === 'all' ? k.c.all : k.c.any;
      if (parts.length === 1) return describe(t, s, parts[0]!, nested);
      const text = joinList(
        t,
        parts.map((c) => describe(t, s, c, true)),
        k.kind === 'all' ? 'and' : 'or',
      );
      return nested ? t('cond.group', { text }) : text;
    }
    case 'not':
      return t('cond.not', { text: describe(t, s, k.c.not, false) });
    case 'meter': {
      const label = s.meters.find((m) => m.id === k.c.meter)?.label ?? k.c.meter;
      const { atLeast, atMost } = k.c;
      if (atLeast !== undefined && atMost !== undefined) {
        return atLeast === atMost
          ? t('cond.meterIs', { label, n: n(atLeast) })
          : t('cond.meterBetween', { label, min: n(atLeast), max: n(atMost) });
      }
      if (atLeast !== undefined) return t('cond.meterAtLeast', { label, n: n(atLeast) });
      if (atMost !== undefined) return t('cond.meterAtMost', { label, n: n(atMost) });
      return t('cond.meterAny', { label });
    }
    case 'flag': {
      const label = s.flags.find((f) => f.id === k.c.flag)?.label ?? k.c.flag;
      return t((k.c.is ?? true) ? 'cond.flagYes' : 'cond.flagNo', { label });
    }
    case 'resource': {
      const role = roleName(s, k.c.role);
      const label =
        s.roles.flatMap((r) => r.resources).find((r) => r.id === k.c.resource)?.label ??
        k.c.resource;
      const { atLeast, atMost } = k.c;
      if (atLeast !== undefined && atMost !== undefined) {
        return t('cond.resourceBetween', { role, label, min: n(atLeast), max: n(atMost) });
      }
      if (atMost !== undefined) return t('cond.resourceAtMost', { role, label, n: n(atMost) });
      return t('cond.resourceAtLeast', { role, label, n: n(atLeast ?? 0) });
    }
    case 'used':
    case 'tagUsed': {
      const c = k.c;
      const who = c.by === undefined ? t('cond.anyone') : roleName(s, c.by);
      const window =
        c.withinTurns === undefined
          ? ''
          : c.withinTurns === 1
            ? t('cond.windowThis')
            : t('cond.windowLast', { count: c.withinTurns });
      const what: Record<string, string> =
        k.kind === 'used'
          ? { option: s.options.find((o) => o.id === k.c.used)?.label ?? k.c.used }
          : { tag: k.c.tagUsed.replace(/-/g, ' ') };
      if (c.atMost === 0 && (c.atLeast ?? 0) === 0) {
        return t(k.kind === 'used' ? 'cond.notUsed' : 'cond.tagNotUsed', { who, window, ...what });
      }
      let times = '';
      if (c.atLeast !== undefined && c.atMost !== undefined) {
        times = t('cond.timesBetween', { min: n(c.atLeast), max: n(c.atMost) });
      } else if (c.atLeast !== undefined) {
        times = t('cond.timesAtLeast', { count: c.atLeast });
      } else if (c.atMost !== undefined) {
        times = t('cond.timesAtMost', { count: c.atMost });
      }
      return t(k.kind === 'used' ? 'cond.used' : 'cond.tagUsed', { who, times, window, ...what });
    }
    case 'turnAtLeast':
      return t('cond.turnAtLeast', { label: turnLabel(s, k.c.turnAtLeast) });
    case 'turnAtMost':
      return t('cond.turnAtMost', { label: turnLabel(s, k.c.turnAtMost) });
    default:
      return assertNever(k);
  }
}

function roleName(s: Scenario, id: string): string {
  return s.roles.find((r) => r.id === id)?.name ?? id;
}

function turnLabel(s: Scenario, turn: number): string {
  return s.calendar.turns[turn - 1]?.label ?? String(turn);
}
