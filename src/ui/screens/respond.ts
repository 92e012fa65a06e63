/**
 * The answers: the other side's moves this month, and for each one this government must
 * answer, the answers the scenario allows (with the statement each would make, its
 * quote and source, and "model's assumption" where no source reports it). This side's
 * own moves are shown with the computer's answers; a human team's stay private until
 * the report.
 */
import type { AppStore } from '../../store/appStore';
import { respondView, type AnswerView, type RespondView } from '../../store/turnViews';
import { h } from '../dom';
import { t } from '../i18n';
import { moveCard } from '../parts/changes';
import { idLabel } from '../i18n/scenarioText';
import { gameBar, part, playerName, screen, hypotheticalMonthLead } from '../parts/frame';
import { meterDetails } from '../parts/meters';
import { timerPart } from '../parts/timer';
import { badge, receiptList, statementBlock } from '../parts/receipts';

function answerChoice(move: number, choice: AnswerView & { available: boolean }): HTMLElement {
  const id = `answer-${move}-${choice.id}`;
  const input = h('input', {
    type: 'radio',
    name: `answer-${move}`,
    id,
    value: choice.id,
    disabled: !choice.available,
    'aria-describedby': `${id}-statement answer-${move}-error`,
  });
  const { statement } = choice;
  const hasMore =
    statement.quote !== undefined || statement.receipt !== undefined || choice.receipts.length > 0;
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
      h('p', { class: 'choice-hint' }, statement.text),
      choice.assumption ? h('p', {}, badge('assumption')) : null,
      choice.available
        ? null
        : h(
            'p',
            { class: 'reasons-head' },
            h('span', { 'aria-hidden': 'true' }, '⊘ '),
            t('respond.unavailable'),
          ),
    ),
    hasMore
      ? h(
          'details',
          { class: 'more' },
          h('summary', {}, t('more.record')),
          statementBlock(statement, false),
          receiptList(choice.receipts),
        )
      : null,
  );
}

/** A move of another government: who chose what, when it came to light; its description behind a disclosure. */
function theirMoveHead(move: RespondView['theirMoves'][number], role: string): HTMLElement {
  return h(
    'div',
    { class: 'move-head' },
    h(
      'h3',
      {},
      t('report.move', { role: move.roleName, option: move.option.label }),
      move.madeIn ? ` (${t('report.cameToLight', { month: move.madeIn })})` : '',
    ),
    h(
      'details',
      { class: 'more' },
      h('summary', {}, t('more.move')),
      moveCard(
        { ...move, responses: move.responses.filter((r) => r.responder !== role) },
        'h4',
        undefined,
        !move.choices,
      ),
    ),
  );
}

export function renderRespond(root: HTMLElement, store: AppStore, role: string): HTMLElement {
  const { compiled, state } = store.getState().game!.getState();
  const view = respondView(compiled, state, role);
  const error = h('p', { class: 'error', role: 'alert' });
  const owed = view.theirMoves.filter((m) => m.choices !== undefined);
  const errors = new Map<number, HTMLElement>();
  const theirs = view.theirMoves.map((move) => {
    const moveError = h('p', {
      class: 'field-error',
      id: `answer-${move.index}-error`,
      role: 'alert',
    });
    errors.set(move.index, moveError);
    return h(
      'div',
      { class: 'card their-move' },
      theirMoveHead(move, role),
      move.choices
        ? h(
            'fieldset',
            { class: 'answers', id: `answers-${move.index}` },
            h('legend', {}, t('respond.yourAnswer', { option: move.option.label })),
            moveError,
            h('ul', { class: 'choices' }, ...move.choices.map((c) => answerChoice(move.index, c))),
          )
        : h('p', { class: 'note' }, t('respond.noAnswerOwed')),
    );
  });
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
    for (const e of errors.values()) e.textContent = '';
    error.textContent = '';
    for (const move of owed) {
      const picked = form.querySelector<HTMLInputElement>(
        `input[name="answer-${move.index}"]:checked`,
      );
      if (!picked) {
        // The message sits by the answers it is about, and focus goes to them.
        const message = errors.get(move.index);
        if (message) message.textContent = t('respond.pickAll', { option: move.option.label });
        const first = form.querySelector<HTMLInputElement>(
          `input[name="answer-${move.index}"]:not(:disabled)`,
        );
        first?.focus();
        first?.closest('fieldset')?.scrollIntoView({ block: 'center' });
        return;
      }
      answers.push({ move: move.index, answer: picked.value });
    }
    if (!store.getState().confirmAnswers(role, answers)) error.textContent = t('error.refused');
  });
  const humans = state.config.humanRoles;
  const game = store.getState().game!.getState();
  // The timer of a team's turn: when it runs out, the answers chosen stand; any missing
  // are asked for beside their moves (the game needs one to each).
  const timer =
    state.config.mode === 'teams' && game.timer > 0
      ? timerPart(game.timer, () => form.requestSubmit())
      : null;
  const others = [...new Set(view.theirMoves.map((m) => m.roleName))];
  return screen(
    root,
    {
      id: 'respond',
      heading: t('respond.heading', { month: view.turn.label, name: playerName(store, role) }),
      bar: gameBar(store, role),
      lead: h(
        'div',
        {},
        h('p', { class: 'next-step' }, t('next.respond')),
        timer,
        hypotheticalMonthLead(view.turn.hypothetical),
      ),
    },
    part(
      'theirs',
      others.length > 0
        ? t('respond.movesOf', { names: others.join(', ') })
        : t('respond.theirMoves'),
      view.theirMoves.length === 0 ? h('p', {}, t('respond.none')) : null,
      form,
    ),
    h(
      'details',
      { class: 'more own-moves' },
      h('summary', {}, t('respond.ownMovesCount', { count: view.ownMoves.length })),
      ...view.ownMoves.map((move) =>
        moveCard(move, 'h3', (response) =>
          humans.includes(response.responder)
            ? t('respond.answerLater', { name: response.responderName })
            : t('respond.noAnswerYet', { name: response.responderName }),
        ),
      ),
    ),
    meterDetails(view.meters, view.hiddenMeters, 'respond-meters', view.region),
  );
}
