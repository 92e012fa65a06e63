/**
 * The decision: the month's events with their receipts, where things stand, and the
 * options — each with its tags, requirement, cost, why it is unavailable, and the
 * advisors' arguments with their evidence. No numeric effects are shown. Ticked options
 * are a draft until confirmed; availability after each tick is the engine's answer.
 */
import type { AppStore } from '../../store/appStore';
import type { Scenario } from '../../data/schema';
import {
  decideView,
  type DecideView,
  type OptionView,
  type Requirement,
} from '../../store/turnViews';
import { describeBlock } from '../../words/blocks';
import { describeCondition } from '../../words/conditions';
import { h } from '../dom';
import { language, t, translate } from '../i18n';
import { changeLine } from '../parts/changes';
import { formatNumber } from '../../words/format';
import { gameBar, part, screen, hypotheticalMonthLead } from '../parts/frame';
import { meterPanel, resourceLine } from '../parts/meters';
import {
  badge,
  disputeBlock,
  evidenceCard,
  eventCard,
  receiptList,
  tagList,
} from '../parts/receipts';

function advisorsBlock(option: OptionView): HTMLElement {
  const count = option.arguments.length;
  return h(
    'details',
    { class: 'advisors-says' },
    h('summary', {}, t('decide.advisors', { count })),
    count === 0 ? h('p', {}, t('decide.noAdvice')) : null,
    ...option.arguments.map((argument) =>
      h(
        'div',
        { class: `argument argument-${argument.stance}` },
        h(
          'h4',
          {},
          h(
            'span',
            { class: 'stance' },
            argument.stance === 'for' ? `+ ${t('decide.for')}` : `− ${t('decide.against')}`,
          ),
          ' — ',
          t('decide.argumentBy', { name: argument.advisor.name, title: argument.advisor.title }),
          argument.advisor.composite ? ' ' : null,
          argument.advisor.composite ? badge('composite') : null,
        ),
        h('p', {}, argument.text),
        ...argument.evidence.map((card) => evidenceCard(card, 'h5')),
      ),
    ),
    ...option.disputes.map(disputeBlock),
    option.receipts.length > 0 ? h('h4', {}, t('decide.sources')) : null,
    receiptList(option.receipts),
  );
}

function costText(option: OptionView): string {
  const lang = language();
  if (option.cost.length === 0) return t('decide.free');
  return t('decide.cost', {
    list: option.cost.map((c) => `${formatNumber(c.amount, lang)} ${c.label}`).join(', '),
  });
}

type OptionRefs = { input: HTMLInputElement; card: HTMLElement; reasons: HTMLElement };

/** What an option requires, in words. */
function requirementText(scenario: Scenario, requirement: Requirement): string {
  return 'text' in requirement
    ? requirement.text
    : describeCondition(translate(), scenario, requirement.condition);
}

function optionCard(
  scenario: Scenario,
  option: OptionView,
  onToggle: (id: string, on: boolean) => void,
): [HTMLElement, OptionRefs] {
  const id = `option-${option.id}`;
  const input = h('input', {
    type: 'checkbox',
    id,
    name: 'option',
    value: option.id,
    'aria-describedby': `${id}-summary ${id}-reasons`,
  });
  input.addEventListener('change', () => onToggle(option.id, input.checked));
  const reasons = h('div', { class: 'reasons', id: `${id}-reasons` });
  const card = h(
    'li',
    { class: 'card option-card' },
    h(
      'div',
      { class: 'option-head' },
      input,
      h('label', { for: id, class: 'option-label' }, option.label),
    ),
    h(
      'div',
      { class: 'card-labels' },
      option.hypothetical ? badge('hypothetical') : null,
      tagList(option.tags),
    ),
    h('p', { id: `${id}-summary` }, option.summary),
    h(
      'ul',
      { class: 'option-facts' },
      option.requirement
        ? h('li', {}, t('decide.requires', { text: requirementText(scenario, option.requirement) }))
        : null,
      h('li', {}, costText(option)),
      option.maxUses !== undefined
        ? h(
            'li',
            {},
            option.maxUses === 1 ? t('decide.maxOnce') : t('decide.maxUses', { n: option.maxUses }),
          )
        : null,
      option.status ? h('li', {}, t('decide.status', { text: option.status })) : null,
    ),
    reasons,
    advisorsBlock(option),
  );
  return [card, { input, card, reasons }];
}

function updateOptions(scenario: Scenario, view: DecideView, refs: Map<string, OptionRefs>): void {
  for (const option of view.options) {
    const ref = refs.get(option.id);
    if (!ref) continue;
    ref.input.checked = option.selected;
    ref.input.disabled = !option.available;
    ref.card.classList.toggle('is-selected', option.selected);
    ref.card.classList.toggle('is-unavailable', !option.available);
    ref.reasons.replaceChildren(
      ...(option.available
        ? []
        : [
            h(
              'p',
              { class: 'reasons-head' },
              h('span', { 'aria-hidden': 'true' }, '⊘ '),
              t('decide.unavailable'),
            ),
            h(
              'ul',
              {},
              ...option.blocks.map((b) => h('li', {}, describeBlock(translate(), scenario, b))),
            ),
          ]),
    );
  }
}

export function renderDecide(root: HTMLElement, store: AppStore, role: string): HTMLElement {
  const app = store.getState();
  const game = app.game!.getState();
  const { scenario, compiled, state } = game;
  const draft = app.draft;
  let picks = draft && draft.role === role && draft.turn === state.turn ? [...draft.picks] : [];
  let view = decideView(compiled, state, role, picks);
  picks = view.picks;
  const refs = new Map<string, OptionRefs>();
  const left = h('p', { class: 'moves-left', id: 'moves-left', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'primary' });
  const error = h('p', { class: 'error', role: 'alert' });
  const teams = state.config.mode === 'teams';

  const refresh = () => {
    view = decideView(compiled, state, role, picks);
    picks = view.picks;
    updateOptions(scenario, view, refs);
    const remaining = view.movesPerTurn - picks.length;
    left.textContent = t('decide.left', { left: remaining, count: view.movesPerTurn });
    submit.textContent =
      picks.length === 0
        ? t(teams ? 'decide.confirmNoneTeams' : 'decide.confirmNone')
        : t(teams ? 'decide.confirmTeams' : 'decide.confirm', { count: picks.length });
  };
  const onToggle = (id: string, on: boolean) => {
    picks = on ? [...picks, id] : picks.filter((p) => p !== id);
    store.getState().setDraft({ role, turn: state.turn, picks });
    refresh();
  };

  const cards = view.options.map((option) => {
    const [card, ref] = optionCard(scenario, option, onToggle);
    refs.set(option.id, ref);
    return card;
  });
  const form = h(
    'form',
    { class: 'decide-form', novalidate: true },
    h(
      'fieldset',
      {},
      h(
        'legend',
        {},
        view.movesPerTurn === 1
          ? t('decide.legendOne')
          : t('decide.legend', { count: view.movesPerTurn }),
      ),
      h('p', { class: 'note' }, t('decide.noNumbers')),
      resourceLine(view.resources),
      h('ul', { class: 'options' }, ...cards),
    ),
    left,
    error,
    h('div', { class: 'actions' }, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!store.getState().confirmMoves(role, picks)) {
      error.textContent = t('error.refused');
    }
  });
  refresh();

  const events = view.events.map((event) =>
    eventCard(
      event,
      event.changes.length > 0
        ? h(
            'div',
            { class: 'event-changes' },
            h('p', { class: 'receipts-label' }, t('decide.eventChanges')),
            h(
              'ul',
              {},
              ...event.changes.map((c) =>
                h('li', {}, changeLine(scenario, c), c.why ? ` — ${c.why}` : ''),
              ),
            ),
          )
        : null,
    ),
  );
  return screen(
    root,
    {
      id: 'decide',
      heading: t('decide.heading', { month: view.turn.label, name: view.roleName }),
      bar: gameBar(store),
      lead: hypotheticalMonthLead(view.turn.hypothetical),
    },
    part(
      'events',
      t('decide.events'),
      events.length === 0 ? h('p', {}, t('decide.noEvents')) : null,
      ...events,
      view.openingChanges.length > 0
        ? h(
            'p',
            { class: 'note' },
            view.openingChanges.map((c) => changeLine(scenario, c)).join(' · '),
          )
        : null,
    ),
    meterPanel(view.meters, view.hiddenMeters, t('meters.heading'), 'decide-meters', view.region),
    part('options', t('decide.options', { name: view.roleName }), form),
  );
}
