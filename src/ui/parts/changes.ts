/**
 * A turn's report as DOM: the moves with their answers, every change with its cause,
 * rule, reason and receipts, and the chance rolls. Shared by the report screen and the
 * debrief's timeline.
 */
import type {
  CauseView,
  ChangeView,
  MoveView,
  ResponseView,
  RollView,
} from '../../store/turnViews';
import { h } from '../dom';
import { language, t } from '../i18n';
import { formatDelta, formatNumber, formatPercent, humanizeId } from './format';
import { badge, receiptList, statementBlock, tagList } from './receipts';

export function causeText(cause: CauseView): string {
  switch (cause.kind) {
    case 'option':
      return t('cause.option', { role: cause.roleName, option: cause.optionLabel });
    case 'answer':
      return t('cause.answer', {
        role: cause.roleName,
        option: cause.toOptionLabel,
        answer: cause.answerLabel,
      });
    case 'event':
      return t('cause.event', { event: cause.eventTitle });
    case 'regen':
      return t('cause.regen', { role: cause.roleName });
  }
}

/** The one-line headline of a change: "Cooperation: 50 → 45 (−5)". */
export function changeHeadline(change: ChangeView): string {
  const lang = language();
  if (change.target.kind === 'flag') {
    return t(change.after === true ? 'change.flagOn' : 'change.flagOff', {
      label: change.target.label,
    });
  }
  const params = {
    label: change.target.label,
    before: formatNumber(Number(change.before), lang),
    after: formatNumber(Number(change.after), lang),
    delta: formatDelta(change.delta, lang),
    role: change.target.roleName ?? '',
  };
  return change.target.kind === 'resource'
    ? t('change.resource', params)
    : t('change.meter', params);
}

/** One change within its cause's group: what moved, why, and by which rule. */
export function changeItem(change: ChangeView): HTMLElement {
  return h(
    'li',
    { class: `change change-${change.target.kind}` },
    h('p', { class: 'change-head' }, changeHeadline(change)),
    change.why ? h('p', {}, t('change.why', { why: change.why })) : null,
    h('p', { class: 'change-rule' }, t('change.rule', { rule: change.rule })),
  );
}

export function rollList(rolls: readonly RollView[]): HTMLElement {
  const lang = language();
  return h(
    'ul',
    { class: 'rolls' },
    ...rolls.map((roll) =>
      h(
        'li',
        {},
        t('report.roll', {
          label: roll.label,
          chance: formatPercent(roll.chance, lang),
          result: roll.success ? t('report.rollYes') : t('report.rollNo'),
        }),
        ' ',
        h('span', { class: 'note' }, `(${causeText(roll.cause)})`),
      ),
    ),
  );
}

/**
 * A move and the answers to it. `pendingText` words an answer not shown (yet): a human
 * team's answer before the report.
 */
export function moveCard(
  move: MoveView,
  headingLevel: 'h3' | 'h4' | 'h5',
  pendingText?: (response: ResponseView) => string,
  showNoAnswer = true,
): HTMLElement {
  return h(
    'article',
    { class: 'card move-card' },
    h(headingLevel, {}, t('report.move', { role: move.roleName, option: move.option.label })),
    move.option.hypothetical ? h('p', {}, badge('hypothetical')) : null,
    h('p', {}, move.option.summary),
    tagList(move.option.tags),
    ...move.responses.map((response) =>
      response.answer
        ? h(
            'div',
            { class: 'answer' },
            h(
              'p',
              { class: 'answer-head' },
              t('report.answer', {
                role: response.responderName,
                answer: response.answer.label,
                kind: humanizeId(response.answer.kind),
              }),
            ),
            statementBlock(response.answer.statement, response.answer.assumption),
            receiptList(response.answer.receipts),
          )
        : pendingText
          ? h('p', { class: 'note' }, pendingText(response))
          : null,
    ),
    move.responses.length === 0 && showNoAnswer
      ? h('p', { class: 'note' }, t('report.noAnswer'))
      : null,
  );
}
