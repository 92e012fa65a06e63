/**
 * Why an option cannot be chosen, and why an action was refused, in words. The engine
 * gives typed codes with their numbers (options.ts, step.ts); the option cards and the
 * save screen word them here.
 */
import type { Scenario } from '../data/schema';
import { assertNever } from '../data/assertNever';
import type { OptionBlock, RejectReason } from '../engine/types';
import { describeCondition } from './conditions';
import { formatNumber } from './format';
import type { Translate } from './messages';

/** `s` gives names for the ids; without it (a save whose scenario is not loaded) ids stand. */
export function describeBlock(t: Translate, s: Scenario | undefined, block: OptionBlock): string {
  const n = (value: number) => formatNumber(value, t.language);
  switch (block.code) {
    case 'game-over':
    case 'wrong-phase':
    case 'already-done':
    case 'already-chosen':
      return t(`block.${block.code}`);
    case 'wrong-role':
      return t('block.wrong-role', {
        role: s?.roles.find((r) => r.id === block.role)?.name ?? block.role,
      });
    case 'no-moves-left':
      return t('block.no-moves-left', { count: block.limit });
    case 'max-uses':
      return t('block.max-uses', { count: block.limit });
    case 'requirement-unmet': {
      const option = s?.options.find((o) => o.id === block.option);
      if (option?.requiresText !== undefined) return option.requiresText;
      const condition = s && option?.requires ? describeCondition(t, s, option.requires) : '';
      return t('block.requirement-unmet', { condition });
    }
    case 'cannot-afford':
      return t('block.cannot-afford', {
        cost: n(block.cost),
        available: n(block.available),
        label:
          s?.roles.flatMap((r) => r.resources).find((r) => r.id === block.resource)?.label ??
          block.resource,
      });
    default:
      return assertNever(block);
  }
}

export function describeRejection(
  t: Translate,
  s: Scenario | undefined,
  reason: RejectReason,
): string {
  switch (reason.code) {
    case 'not-human':
    case 'unknown-role':
      return t(`reject.${reason.code}`, {
        role: s?.roles.find((r) => r.id === reason.role)?.name ?? reason.role,
      });
    case 'unknown-option':
      return t('reject.unknown-option', { option: reason.option });
    case 'unknown-move':
    case 'already-answered':
      return t(`reject.${reason.code}`, { move: reason.move + 1 });
    case 'unknown-answer':
    case 'answer-unavailable':
      return t(`reject.${reason.code}`, { answer: reason.answer });
    default:
      return describeBlock(t, s, reason);
  }
}
