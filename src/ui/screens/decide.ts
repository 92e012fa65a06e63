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
import { gameBar, part, playerName, screen, hypotheticalMonthLead } from '../parts/frame';
import { meterDetails, resourceLine } from '../parts/meters';
import { timerPart } from '../parts/timer';
import {
  badge,
  shortBadge,
  disputeBlock,
  evidenceCard,
  eventBrief,
  receiptList,
  tagList,
} from '../parts/receipts';

/** Everything behind an option's disclosure: its description's facts, advisors, disputes, sources. */
function optionMore(scenario: Scenario, option: OptionView, reasons: HTMLElement): HTMLElement {
  const count = option.arguments.length;
  return h(
    'details',
    { class: 'more advisors-says' },
    h('summary', { 'aria-label': t('more.about', { title: option.label }) }, t('more.option')),
    reasons,
    h('p', { class: 'option-summary', id: `option-${option.id}-summary` }, option.summary),
    option.hypothetical ? h('p', {}, badge('hypothetical')) : null,
    h(
      'ul',
      { class: 'option-facts' },
      option.requirement
        ? h('li', {}, t('decide.requires', { text: requirementText(scenario, option.requirement) }))
        : null,
      option.maxUses !== undefined
        ? h(
            'li',
            {},
            option.maxUses === 1 ? t('decide.maxOnce') : t('decide.maxUses', { n: option.maxUses }),
          )
        : null,
      option.status ? h('li', {}, t('decide.status', { text: option.status })) : null,
    ),
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

/**
 * An option's cost in words. With one resource (named, with the usual cost of one, in the
 * line above the options) the amount says it, and the usual cost goes without saying.
 */
function costText(option: OptionView, single: boolean): string | null {
  const lang = language();
  if (option.cost.length === 0) return t('decide.free');
  if (single && option.cost.length === 1) {
    const amount = option.cost[0]!.amount;
    return amount === 1 ? null : t('decide.costOne', { amount: formatNumber(amount, lang) });
  }
  return t('decide.cost', {
    list: option.cost.map((c) => `${formatNumber(c.amount, lang)} ${c.label}`).join(', '),
  });
}

type OptionRefs = {
  input: HTMLInputElement;
  card: HTMLElement;
  reasons: HTMLElement;
  /** "Not available now" in sight; the reasons are in the card's disclosure. */
  flag: HTMLElement;
};

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
  single: boolean,
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
  const flag = h('p', { class: 'unavailable-flag' });
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
      (() => {
        const cost = costText(option, single);
        return cost === null ? null : h('span', { class: 'cost' }, cost);
      })(),
      option.hypothetical ? shortBadge('hypothetical') : null,
      tagList(option.tags),
    ),
    flag,
    optionMore(scenario, option, reasons),
  );
  return [card, { input, card, reasons, flag }];
}

function updateOptions(scenario: Scenario, view: DecideView, refs: Map<string, OptionRefs>): void {
  for (const option of view.options) {
    const ref = refs.get(option.id);
    if (!ref) continue;
    ref.input.checked = option.selected;
    ref.input.disabled = !option.available;
    ref.card.classList.toggle('is-selected', option.selected);
    ref.card.classList.toggle('is-unavailable', !option.available);
    ref.flag.replaceChildren(
      ...(option.available
        ? []
        : [h('span', { 'aria-hidden': 'true' }, '⊘ '), t('decide.unavailableShort')]),
    );
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

/** Events shown as cards before the player opens anything; the month's others are one click away. */
const EVENTS_IN_SIGHT = 2;

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
    const [card, ref] = optionCard(scenario, option, onToggle, view.resources.length === 1);
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
      resourceLine(view.resources),
      view.resources.length === 1 ? h('p', { class: 'note' }, t('decide.usualCost')) : null,
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
  // The timer of a team's turn: when it runs out, the moves ticked so far stand (or none).
  const timer =
    teams && game.timer > 0
      ? timerPart(game.timer, () => {
          store.getState().confirmMoves(role, picks);
        })
      : null;

  const events = view.events.map((event) =>
    eventBrief(
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
      heading: t('decide.heading', { month: view.turn.label, name: playerName(store, role) }),
      bar: gameBar(store, role),
      lead: h(
        'div',
        {},
        h('p', { class: 'next-step' }, t('next.decide', { count: view.movesPerTurn })),
        timer,
        hypotheticalMonthLead(view.turn.hypothetical),
      ),
    },
    part(
      'events',
      t('decide.events'),
      events.length === 0
        ? h('p', {}, t('decide.noEvents'))
        : h('p', { class: 'note' }, t('decide.applied')),
      h('div', { class: 'event-grid' }, ...events.slice(0, EVENTS_IN_SIGHT)),
      events.length > EVENTS_IN_SIGHT
        ? h(
            'details',
            { class: 'more more-events' },
            h('summary', {}, t('decide.moreEvents', { count: events.length - EVENTS_IN_SIGHT })),
            h('div', { class: 'event-grid' }, ...events.slice(EVENTS_IN_SIGHT)),
          )
        : null,
      view.openingChanges.length > 0
        ? h(
            'p',
            { class: 'note' },
            view.openingChanges.map((c) => changeLine(scenario, c)).join(' · '),
          )
        : null,
    ),
    part('options', t('decide.options'), form),
    meterDetails(view.meters, view.hiddenMeters, 'decide-meters', view.region),
  );
}
