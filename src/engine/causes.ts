/**
 * What a cause points at in the scenario as written: the effects it sets going, the
 * effect a trace entry or a roll names by its path, the author's `why` for it, and the
 * receipts behind it. Views and words read these; the rules use the compiled scenario.
 */
import type { Answer, Citation, Effect, Scenario } from '../data/schema';
import { effectOf } from '../data/kinds';
import { assertNever } from '../data/assertNever';
import type { Cause, EffectPath, TraceEntry } from './types';

/** The effects a cause sets going, as written in the scenario (none for a renewal). */
export function causeEffects(s: Scenario, cause: Cause): readonly Effect[] {
  switch (cause.kind) {
    case 'option':
      return s.options.find((o) => o.id === cause.option)?.effects ?? [];
    case 'answer':
      return (
        s.responses.find((r) => r.id === cause.rule)?.answers.find((a) => a.id === cause.answer)
          ?.effects ?? []
      );
    case 'event':
      return s.events.find((e) => e.id === cause.event)?.effects ?? [];
    case 'renewal':
    case 'drift':
      return [];
    default:
      return assertNever(cause);
  }
}

/** The receipts of an answer: its citations plus its statement's quote, when sourced. */
export function answerCites(answer: Answer): Citation[] {
  const st = answer.statement;
  if (st.source === undefined) return answer.cites;
  if (answer.cites.some((c) => c.source === st.source && c.quote === st.quote)) return answer.cites;
  const cite: Citation = { source: st.source };
  if (st.quote !== undefined) cite.quote = st.quote;
  if (st.speaker !== undefined) cite.speaker = st.speaker;
  return [...answer.cites, cite];
}

/** The receipts behind a cause: its option's, answer's or event's citations (none for a renewal). */
export function causeCites(s: Scenario, cause: Cause): readonly Citation[] {
  switch (cause.kind) {
    case 'option':
      return s.options.find((o) => o.id === cause.option)?.cites ?? [];
    case 'answer': {
      const rule = s.responses.find((r) => r.id === cause.rule);
      const answer = rule?.answers.find((a) => a.id === cause.answer);
      return answer ? answerCites(answer) : [];
    }
    case 'event':
      return s.events.find((e) => e.id === cause.event)?.cites ?? [];
    case 'renewal':
    case 'drift':
      return [];
    default:
      return assertNever(cause);
  }
}

/** The effect at `path` among `root` (see EffectPath), as written in the scenario. */
export function effectAtPath(root: readonly Effect[], path: EffectPath): Effect | undefined {
  let list: readonly Effect[] | undefined = root;
  for (let k = 0; list !== undefined && k < path.length;) {
    const effect: Effect | undefined = list[path[k]!];
    k++;
    if (effect === undefined || k === path.length) return effect;
    const tagged = effectOf(effect);
    if (tagged.kind === 'chance' || tagged.kind === 'if') {
      list = path[k] === 0 ? tagged.e.then : tagged.e.else;
      k++;
    } else if (tagged.kind === 'after') {
      list = tagged.e.effects;
    } else {
      return undefined;
    }
  }
  return undefined;
}

/** The effect behind a trace entry, when an effect made it. */
export function entryEffect(s: Scenario, entry: TraceEntry): Effect | undefined {
  return entry.rule.kind === 'effect'
    ? effectAtPath(causeEffects(s, entry.cause), entry.rule.path)
    : undefined;
}

/** The author's `why` for a change, when one was written. */
export function entryWhy(s: Scenario, entry: TraceEntry): string | undefined {
  const effect = entryEffect(s, entry);
  return effect && 'why' in effect ? effect.why : undefined;
}
