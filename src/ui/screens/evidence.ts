/**
 * The evidence library (debate prep): every evidence card of the scenario, filterable by
 * side, option and speaker, printable as a brief; then the scenario's disputed points.
 * A quote is shown as a quotation (<blockquote>); a paraphrase as plain text, never in
 * quotation marks.
 */
import type { EvidenceCard, Option, Scenario } from '../../data/schema';
import { evidenceView, receiptsOf } from '../../store/receipts';
import { button, h } from '../dom';
import { t } from '../i18n';
import { badge, evidenceCard, receiptList } from '../parts/receipts';
import { auxScreen, statusLine } from './auxParts';
import type { ScreenDeps } from './types';

type Filters = { side: string; option: string; speaker: string };
const ALL = '';

/** The roles a card speaks to: the roles owning the options it bears on. */
export function cardSides(scenario: Scenario, card: EvidenceCard): string[] {
  const roles = card.bearsOn
    .map((b) => scenario.options.find((o) => o.id === b.option)?.role)
    .filter((r): r is string => r !== undefined);
  return [...new Set(roles)];
}

/** Whether `card` passes every filter; an empty filter value lets every card through. */
export function cardMatches(scenario: Scenario, card: EvidenceCard, filters: Filters): boolean {
  if (filters.speaker !== ALL && card.speaker !== filters.speaker) return false;
  if (filters.option !== ALL && !card.bearsOn.some((b) => b.option === filters.option)) {
    return false;
  }
  if (filters.side !== ALL && !cardSides(scenario, card).includes(filters.side)) return false;
  return true;
}

function roleName(scenario: Scenario, id: string): string {
  return scenario.roles.find((r) => r.id === id)?.name ?? id;
}

function labelledSelect(
  id: string,
  label: string,
  options: (HTMLOptionElement | HTMLOptGroupElement)[],
): { field: HTMLElement; select: HTMLSelectElement } {
  const select = h(
    'select',
    { id },
    h('option', { value: ALL }, t('evidence.filter.all')),
    ...options,
  );
  return {
    field: h('div', { class: 'aux-field' }, h('label', { for: id }, label), select),
    select,
  };
}

/** A card as the rest of the game shows it, followed by the options it bears on. */
function cardEntry(scenario: Scenario, card: EvidenceCard, options: Map<string, Option>) {
  const labelId = `bears-${card.id}`;
  const bears =
    card.bearsOn.length === 0
      ? h('p', { class: 'evidence-bears-label' }, t('evidence.general'))
      : h(
          'div',
          {},
          h('p', { class: 'evidence-bears-label', id: labelId }, t('evidence.bearsOn')),
          h(
            'ul',
            { class: 'evidence-bears', 'aria-labelledby': labelId },
            ...card.bearsOn.map((b) => {
              const option = options.get(b.option);
              return h(
                'li',
                { class: `evidence-stance evidence-stance-${b.stance}` },
                t('evidence.stance', {
                  stance: t(b.stance === 'for' ? 'evidence.for' : 'evidence.against'),
                  option: option?.label ?? b.option,
                  role: option ? roleName(scenario, option.role) : '?',
                }),
              );
            }),
          ),
        );
  const article = evidenceCard(evidenceView(scenario, card), 'h3');
  article.classList.add('evidence-entry');
  article.append(bears);
  return article;
}

/** What a dispute's `about` ids name: an option, an event or an evidence card. */
function aboutLabel(scenario: Scenario, id: string): string {
  return (
    scenario.options.find((o) => o.id === id)?.label ??
    scenario.events.find((e) => e.id === id)?.title ??
    scenario.evidence.find((e) => e.id === id)?.speaker ??
    id
  );
}

function disputesSection(scenario: Scenario): HTMLElement {
  return h(
    'section',
    { class: 'aux-section disputes', 'aria-labelledby': 'disputes-heading' },
    h('h2', { id: 'disputes-heading' }, t('evidence.disputes.heading')),
    h('p', {}, t('evidence.disputes.intro')),
    scenario.disputes.length === 0
      ? h('p', {}, t('evidence.disputes.empty'))
      : h(
          'div',
          {},
          ...scenario.disputes.map((d) =>
            h(
              'article',
              { class: 'dispute', 'aria-labelledby': `dispute-${d.id}` },
              h('h3', { id: `dispute-${d.id}` }, badge('disputed'), ' ', d.title),
              h('p', {}, d.text),
              d.about.length > 0
                ? h(
                    'p',
                    {},
                    h('strong', {}, t('evidence.disputes.about')),
                    ' ',
                    d.about.map((id) => aboutLabel(scenario, id)).join('; '),
                  )
                : null,
              receiptList(receiptsOf(scenario, d.cites)),
            ),
          ),
        ),
  );
}

export function renderEvidence(root: HTMLElement, deps: ScreenDeps): void {
  const scenario = deps.scenario;
  const frame = { id: 'evidence-library', heading: t('evidence.heading'), back: deps.back };
  if (!scenario) {
    auxScreen(root, frame, h('p', {}, t('aux.noScenario')));
    return;
  }
  const options = new Map(scenario.options.map((o) => [o.id, o]));
  const speakers = [...new Set(scenario.evidence.map((c) => c.speaker))].sort((a, b) =>
    a.localeCompare(b, scenario.meta.language),
  );
  const side = labelledSelect(
    'filter-side',
    t('evidence.filter.side'),
    scenario.roles.map((r) => h('option', { value: r.id }, r.name)),
  );
  const option = labelledSelect(
    'filter-option',
    t('evidence.filter.option'),
    scenario.roles.map((r) =>
      h(
        'optgroup',
        { label: r.name },
        ...scenario.options
          .filter((o) => o.role === r.id)
          .map((o) => h('option', { value: o.id }, o.label)),
      ),
    ),
  );
  const speaker = labelledSelect(
    'filter-speaker',
    t('evidence.filter.speaker'),
    speakers.map((s) => h('option', { value: s }, s)),
  );

  const cards = scenario.evidence.map((card) => ({
    card,
    element: cardEntry(scenario, card, options),
  }));
  const status = statusLine('evidence-status');
  // On paper the controls are gone, so the brief says which selection it holds.
  const selection = h('p', { class: 'aux-print-only' });
  const none = h('p', { class: 'aux-empty', hidden: true }, t('evidence.none'));
  const apply = () => {
    const filters = {
      side: side.select.value,
      option: option.select.value,
      speaker: speaker.select.value,
    };
    let shown = 0;
    for (const { card, element } of cards) {
      const match = cardMatches(scenario, card, filters);
      element.hidden = !match;
      if (match) shown += 1;
    }
    status.textContent = t('evidence.count', { shown, total: cards.length });
    const chosen = (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '';
    selection.textContent = t('evidence.selection', {
      side: chosen(side.select),
      option: chosen(option.select),
      speaker: chosen(speaker.select),
    });
    none.hidden = shown > 0 || cards.length === 0;
  };
  for (const { select } of [side, option, speaker]) select.addEventListener('change', apply);
  const reset = () => {
    for (const { select } of [side, option, speaker]) select.value = ALL;
    apply();
  };

  const form = h(
    'form',
    { class: 'evidence-filters no-print', 'aria-label': t('evidence.filters') },
    side.field,
    option.field,
    speaker.field,
    h(
      'div',
      { class: 'evidence-actions' },
      button(t('evidence.filter.reset'), reset),
      button(t('evidence.print'), () => window.print()),
      deps.openSources ? button(t('evidence.allSources'), deps.openSources) : null,
    ),
  );
  // The filters apply as they change; there is nothing to submit.
  form.addEventListener('submit', (event) => event.preventDefault());

  auxScreen(
    root,
    frame,
    h('p', { class: 'aux-lead' }, t('evidence.intro')),
    form,
    h(
      'section',
      { class: 'aux-section', 'aria-labelledby': 'evidence-cards-heading' },
      h('h2', { id: 'evidence-cards-heading' }, t('evidence.cards.heading')),
      selection,
      status,
      none,
      cards.length === 0
        ? h('p', {}, t('evidence.empty'))
        : h('div', { class: 'evidence-list' }, ...cards.map((c) => c.element)),
    ),
    disputesSection(scenario),
  );
  apply();
}
