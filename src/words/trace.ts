/**
 * The engine's trace in words: what changed, who or what caused it, and why it came out
 * as it did, in plain sentences first and the arithmetic apart. The report screen, the
 * debrief and the command-line transcript all word changes here, so the golden
 * transcripts pin the very words players read.
 */
import type { Scenario } from '../data/schema';
import { assertNever } from '../data/assertNever';
import { causeEffects, effectAtPath, entryWhy } from '../engine/causes';
import type { Cause, EffectPath, Roll, Step, TraceEntry } from '../engine/types';
import { describeCondition } from './conditions';
import { formatDelta, formatFactor, formatNumber, formatPercent } from './format';
import type { Translate } from './messages';

function roleName(s: Scenario, id: string): string {
  return s.roles.find((r) => r.id === id)?.name ?? id;
}

function optionLabel(s: Scenario, id: string): string {
  return s.options.find((o) => o.id === id)?.label ?? id;
}

/** The words of a cause: a clause ("United States chose the move Surveillance flights"). */
export function causeText(t: Translate, s: Scenario, cause: Cause): string {
  return causeWords(t, s, cause, 'cause');
}

/** A cause named, for lists and headings: "United States’s move Surveillance flights". */
export function causeName(t: Translate, s: Scenario, cause: Cause): string {
  return causeWords(t, s, cause, 'causeName');
}

function causeWords(t: Translate, s: Scenario, cause: Cause, form: 'cause' | 'causeName'): string {
  switch (cause.kind) {
    case 'option':
      return t(`${form}.option`, {
        role: roleName(s, cause.role),
        option: optionLabel(s, cause.option),
      });
    case 'answer':
      return t(`${form}.answer`, {
        role: roleName(s, cause.role),
        option: optionLabel(s, cause.toOption),
        answer:
          s.responses.find((r) => r.id === cause.rule)?.answers.find((a) => a.id === cause.answer)
            ?.label ?? cause.answer,
      });
    case 'event':
      return t(`${form}.event`, {
        event: s.events.find((e) => e.id === cause.event)?.title ?? cause.event,
      });
    case 'renewal':
      return t(`${form}.renewal`, { role: roleName(s, cause.role) });
    case 'drift':
      return t(`${form}.drift`, {
        meter: s.meters.find((m) => m.id === cause.meter)?.label ?? cause.meter,
      });
    default:
      return assertNever(cause);
  }
}

/** The name of what changed: a meter's, flag's or resource's label. */
export function targetLabel(s: Scenario, target: TraceEntry['target']): string {
  switch (target.kind) {
    case 'meter':
      return s.meters.find((m) => m.id === target.id)?.label ?? target.id;
    case 'flag':
      return s.flags.find((f) => f.id === target.id)?.label ?? target.id;
    case 'resource':
      return (
        s.roles.find((r) => r.id === target.role)?.resources.find((r) => r.id === target.id)
          ?.label ?? target.id
      );
    default:
      return assertNever(target);
  }
}

/** "Cooperation: 50 → 45 (−5)", "Now so: Strikes authorised". */
export function changeHeadline(t: Translate, s: Scenario, entry: TraceEntry): string {
  const label = targetLabel(s, entry.target);
  if (entry.target.kind === 'flag') {
    const key =
      entry.before === entry.after
        ? entry.after
          ? 'change.flagStillOn'
          : 'change.flagStillOff'
        : entry.after
          ? 'change.flagOn'
          : 'change.flagOff';
    return t(key, { label });
  }
  const params = {
    label,
    before: formatNumber(Number(entry.before), t.language),
    after: formatNumber(Number(entry.after), t.language),
    delta: formatDelta(entry.delta, t.language),
  };
  return entry.target.kind === 'resource'
    ? t('change.resource', { ...params, role: roleName(s, entry.target.role) })
    : t('change.meter', params);
}

/** The label of the effect at `path` (a chance's or a delay's), or '' without one. */
export function effectLabel(s: Scenario, cause: Cause, path: EffectPath): string {
  const effect = effectAtPath(causeEffects(s, cause), path);
  return effect && 'label' in effect ? effect.label : '';
}

/** One step in a plain sentence. */
function stepText(t: Translate, s: Scenario, entry: TraceEntry, step: Step): string {
  const lang = t.language;
  switch (step.kind) {
    case 'chance':
      return t(step.success ? 'step.chanceYes' : 'step.chanceNo', {
        label: effectLabel(s, entry.cause, step.path),
        chance: formatPercent(step.probability, lang),
      });
    case 'condition': {
      const effect = effectAtPath(causeEffects(s, entry.cause), step.path);
      const condition = effect && 'if' in effect ? describeCondition(t, s, effect.if) : '';
      return t(step.held ? 'step.conditionHeld' : 'step.conditionNot', { condition });
    }
    case 'diminishing':
      return t('step.diminishing', { count: step.use - 1 });
    case 'scaled':
      return t('step.scaled', {
        meter: s.meters.find((m) => m.id === step.meter)?.label ?? step.meter,
        value: formatNumber(step.value, lang),
      });
    case 'rounded':
      return '';
    case 'capped':
      return t(step.bound === 'max' ? 'step.cappedMax' : 'step.cappedMin', {
        label: targetLabel(s, entry.target),
        at: formatNumber(step.at, lang),
      });
    default:
      return assertNever(step);
  }
}

/**
 * Why a change came out as it did, in plain sentences, in the order they applied: a
 * delay, the chances and conditions that led to it, what changed its size, and the
 * author's reason. Cost and renewal say so.
 */
export function changeReasons(t: Translate, s: Scenario, entry: TraceEntry): string[] {
  const reasons: string[] = [];
  const rule = entry.rule;
  if (rule.kind === 'cost') {
    const option = entry.cause.kind === 'option' ? optionLabel(s, entry.cause.option) : '';
    reasons.push(t('rule.cost', { option }));
  } else if (rule.kind === 'renewal') {
    const role = entry.target.kind === 'resource' ? roleName(s, entry.target.role) : '';
    reasons.push(t('rule.renewal', { role, perTurn: formatNumber(rule.perTurn, t.language) }));
  } else if (rule.kind === 'drift') {
    reasons.push(
      t('rule.drift', {
        label: targetLabel(s, entry.target),
        toward: formatNumber(rule.toward, t.language),
        by: formatNumber(rule.by, t.language),
      }),
    );
  } else if (entry.delayedFrom !== undefined) {
    // The delay is the outermost `after` on the effect's path.
    const after = delayPath(s, entry.cause, rule.path);
    reasons.push(
      t('change.delayed', {
        month: s.calendar.turns[entry.delayedFrom - 1]?.label ?? String(entry.delayedFrom),
        label: after ? effectLabel(s, entry.cause, after) : '',
      }),
    );
  }
  for (const step of entry.steps) {
    const text = stepText(t, s, entry, step);
    if (text !== '') reasons.push(text);
  }
  const why = entryWhy(s, entry);
  if (why !== undefined) reasons.push(t('change.why', { why }));
  return reasons;
}

/** The path of the first `after` effect on the way to `path`. */
function delayPath(s: Scenario, cause: Cause, path: EffectPath): EffectPath | undefined {
  for (let end = 1; end <= path.length; end++) {
    const effect = effectAtPath(causeEffects(s, cause), path.slice(0, end));
    if (effect && 'after' in effect) return path.slice(0, end);
  }
  return undefined;
}

/**
 * The arithmetic of a change when there is any beyond its plain number: "+6 × 0.5 = +3",
 * "+10, capped at 100". Null when the change is just its rule's number.
 */
export function changeMath(t: Translate, entry: TraceEntry): string | null {
  const lang = t.language;
  const rule = entry.rule;
  if (rule.kind === 'drift') return null;
  const base =
    rule.kind === 'effect' ? rule.base : rule.kind === 'cost' ? -rule.amount : rule.perTurn;
  const parts: string[] = [formatDelta(base, lang)];
  for (const step of entry.steps) {
    switch (step.kind) {
      case 'diminishing':
      case 'scaled':
        parts.push(t('math.times', { factor: formatFactor(step.factor, lang) }));
        break;
      case 'rounded':
        if (step.exact !== step.delta) {
          parts.push(t('math.equals', { value: formatDelta(step.exact, lang) }));
          parts.push(t('math.rounded', { value: formatDelta(step.delta, lang) }));
        } else {
          parts.push(t('math.equals', { value: formatDelta(step.delta, lang) }));
        }
        break;
      case 'capped':
        parts.push(t('math.capped', { at: formatNumber(step.at, lang) }));
        break;
      case 'chance':
      case 'condition':
        break;
      default:
        assertNever(step);
    }
  }
  return parts.length === 1 || entry.target.kind === 'flag' ? null : parts.join(' ');
}

/**
 * What a roll was about: its chance effect's label, the title of the event it would
 * fire, or the secret move whose discovery it was.
 */
export function rollLabel(t: Translate, s: Scenario, roll: Roll): string {
  const cause = roll.cause;
  if (roll.path !== undefined) return effectLabel(s, cause, roll.path);
  switch (cause.kind) {
    case 'event':
      return s.events.find((e) => e.id === cause.event)?.title ?? cause.event;
    case 'option':
      return t('roll.discovery', {
        role: roleName(s, cause.role),
        option: optionLabel(s, cause.option),
      });
    default:
      return '';
  }
}
