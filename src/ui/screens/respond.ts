/**
 * The answers: the other side's moves this month, and for each one this government must
 * answer, the answers the scenario allows (with the statement each would make, its
 * quote and source, and "model's assumption" where no source reports it). This side's
 * own moves are shown with the computer's answers; a human team's stay private until
 * the report.
 */
import type { AppStore } from '../../store/appStore';
import { respondView, type AnswerView } from '../../store/turnViews';
import { h } from '../dom';
import { t } from '../i18n';
import { moveCard } from '../parts/changes';
import { idLabel } from '../i18n/scenarioText';
import { gameBar, part, screen, hypotheticalMonthLead } from '../parts/frame';
import { meterPanel } from '../parts/meters';
import { receiptList, statementBlock } from '../parts/receipts';

function answerChoice(move: number, choice: AnswerView & { available: boolean }): HTMLElement {
  const id = `answer-${move}-${choice.id}`;
  const input = h('input', {
    type: 'radio',
    name: `answer-${move}`,
    id,
    value: choice.id,
    disabled: !choice.available,
    'aria-describedby': `${id}-statement`,
  });
  return h(
    'li',
    { class: `answer-choice${choice.available ? '' : ' is-unavailable'}` },
    h(
      'div',
      { class: 'option-head' },
      input,
      h(
        'label',
        { for: id },
        h('span', { class: 'choice-label' }, choice.label),
        ` (${idLabel('answerKind', choice.kind)})`,
      ),
    ),
    h(
      'div',
      { id: `${id}-statement` },
      statementBlock(choice.statement, choice.assumption),
      choice.available
        ? null
        : h(
            'p',
            { class: 'reasons-head' },
            h('span', { 'aria-hidden': 'true' }, '⊘ '),
            t('respond.unavailable'),
          ),
    ),
    receiptList(choice.receipts),
  );
}

export function renderRespond(root: HTMLElement, store: AppStore, role: string): HTMLElement {
  const { compiled, state } = store.getState().game!.getState();
  const view = respondView(compiled, state, role);
  const error = h('p', { class: 'error', role: 'alert' });
  const owed = view.theirMoves.filter((m) => m.choices !== undefined);
  const theirs = view.theirMoves.map((move) =>
    h(
      'div',
      { class: 'their-move' },
      moveCard(
        { ...move, responses: move.responses.filter((r) => r.responder !== role) },
        'h3',
        undefined,
        !move.choices,
      ),
      move.choices
        ? h(
            'fieldset',
            { class: 'answers', id: `answers-${move.index}` },
            h('legend', {}, t('respond.yourAnswer', { option: move.option.label })),
            h('ul', { class: 'choices' }, ...move.choices.map((c) => answerChoice(move.index, c))),
          )
        : h('p', { class: 'note' }, t('respond.noAnswerOwed')),
    ),
  );
  const form = h(
    'form',
    { class: 'respond-form', novalidate: true },
    ...theirs,
    error,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, t('respond.confirm')),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const answers: { move: number; answer: string }[] = [];
    for (const move of owed) {
      const picked = form.querySelector<HTMLInputElement>(
        `input[name="answer-${move.index}"]:checked`,
      );
      if (!picked) {
        error.textContent = t('respond.pickAll', { option: move.option.label });
        form
          .querySelector<HTMLInputElement>(`input[name="answer-${move.index}"]:not(:disabled)`)
          ?.focus();
        return;
      }
      answers.push({ move: move.index, answer: picked.value });
    }
    if (!store.getState().confirmAnswers(role, answers)) error.textContent = t('error.refused');
  });
  const humans = state.config.humanRoles;
  return screen(
    root,
    {
      id: 'respond',
      heading: t('respond.heading', { month: view.turn.label, name: view.roleName }),
      bar: gameBar(store),
      lead: hypotheticalMonthLead(view.turn.hypothetical),
    },
    part(
      'theirs',
      t('respond.theirMoves'),
      view.theirMoves.length === 0 ? h('p', {}, t('respond.none')) : null,
      form,
    ),
    part(
      'own',
      t('respond.ownMoves'),
      view.ownMoves.length === 0 ? h('p', {}, t('respond.noOwnMoves')) : null,
      ...view.ownMoves.map((move) =>
        moveCard(move, 'h3', (response) =>
          humans.includes(response.responder)
            ? t('respond.answerLater', { name: response.responderName })
            : t('respond.noAnswerYet', { name: response.responderName }),
        ),
      ),
    ),
    meterPanel(view.meters, view.hiddenMeters, t('meters.heading'), 'respond-meters', view.region),
  );
}
