/**
 * A turn's report as DOM: the moves with their answers, every change with its cause and
 * its reasons in plain words (the model's arithmetic one click away), and the chance
 * rolls. Shared by the report screen and the debrief's timeline. The words come from
 * src/words, which the command-line transcript uses too.
 */
import type { Scenario } from '../../data/schema';
import type { Roll } from '../../engine/types';
import type { ChangeView, MoveView, ResponseView } from '../../store/turnViews';
import {
  causeName,
  causeText,
  changeHeadline,
  changeMath,
  changeReasons,
  rollLabel,
} from '../../words/trace';
import { h } from '../dom';
import { language, t, translate } from '../i18n';
import { formatPercent } from '../../words/format';
import { idLabel } from '../i18n/scenarioText';
import { badge, receiptList, statementBlock, tagList } from './receipts';

/** The clause for a cause: "United States chose the move Surveillance flights". */
export function causeLine(scenario: Scenario, cause: ChangeView['cause']): string {
  return causeText(translate(), scenario, cause);
}

/** The one-line headline of a change: "Cooperation: 50 → 45 (−5)". */
export function changeLine(scenario: Scenario, change: ChangeView): string {
  return changeHeadline(translate(), scenario, change.entry);
}

/**
 * One change within its cause's group: what moved, why in plain words, and the model's
 * arithmetic behind a disclosure.
 */
export function changeItem(scenario: Scenario, change: ChangeView): HTMLElement {
  const tr = translate();
  const reasons = changeReasons(tr, scenario, change.entry);
  const math = changeMath(tr, change.entry);
  return h(
    'li',
    { class: `change change-${change.target.kind}` },
    h('p', { class: 'change-head' }, changeLine(scenario, change)),
    ...reasons.map((reason) => h('p', { class: 'change-reason' }, reason)),
    math === null
      ? null
      : h(
          'details',
          { class: 'change-math' },
          h('summary', {}, t('change.mathOpen')),
          h('p', {}, math),
        ),
  );
}

export function rollList(scenario: Scenario, rolls: readonly Roll[]): HTMLElement {
  const lang = language();
  const tr = translate();
  return h(
    'ul',
    { class: 'rolls' },
    ...rolls.map((roll) =>
      h(
        'li',
        {},
        t('report.roll', {
          label: rollLabel(tr, scenario, roll),
          chance: formatPercent(roll.chance, lang),
          result: roll.success ? t('report.rollYes') : t('report.rollNo'),
        }),
        ' ',
        h('span', { class: 'note' }, `(${causeName(tr, scenario, roll.cause)})`),
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
                kind: idLabel('answerKind', response.answer.kind),
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
