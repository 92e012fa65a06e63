/**
 * The report of a month: both sides' moves with the answers and statements, every
 * change with its cause, rule, reason and receipts (from the engine's trace), the chance
 * rolls, and where things stand now.
 */
import type { Scenario } from '../../data/schema';
import type { AppStore } from '../../store/appStore';
import {
  reportView,
  audienceOf,
  turnInfo,
  type ChangeGroup,
  type ReportView,
} from '../../store/turnViews';
import { button, h } from '../dom';
import { language, t } from '../i18n';
import { formatDelta, formatNumber } from '../../words/format';
import { causeLine, changeItem, moveCard, rollList } from '../parts/changes';
import { gameBar, screen, hypotheticalMonthLead } from '../parts/frame';
import { badge, receiptList } from '../parts/receipts';

/** The month's events, briefly: they were read in full on the decision screen. */
function eventList(view: ReportView): HTMLElement {
  return h(
    'ul',
    { class: 'event-list' },
    ...view.events.map((e) =>
      h(
        'li',
        {},
        h('strong', {}, e.title),
        e.dated ? ` (${t('label.dated', { date: e.dated })})` : '',
        e.undated ? ' ' : null,
        e.undated ? badge('undated') : null,
        e.hypothetical ? ' ' : null,
        e.hypothetical ? badge('hypothetical') : null,
        ` — ${e.text}`,
      ),
    ),
  );
}

/** Each visible meter over the month: "Cooperation: 50 → 44 (−6)". */
function netList(view: ReportView): HTMLElement {
  const lang = language();
  return h(
    'ul',
    { class: 'net' },
    ...view.net.map((n) =>
      h(
        'li',
        { class: n.delta === 0 ? 'net-same' : 'net-moved' },
        t('change.meter', {
          label: n.label,
          before: formatNumber(n.before, lang),
          after: formatNumber(n.after, lang),
          delta: formatDelta(n.delta, lang),
        }),
      ),
    ),
  );
}

/** Changes grouped by cause: the cause once, its changes, then its sources once. */
function groupBlock(
  scenario: Scenario,
  group: ChangeGroup,
  headingLevel: 'h3' | 'h5',
): HTMLElement {
  return h(
    'div',
    { class: 'change-group' },
    h(headingLevel, {}, t('change.because', { cause: causeLine(scenario, group.cause) })),
    h('ul', { class: 'changes' }, ...group.changes.map((c) => changeItem(scenario, c))),
    group.receipts.length > 0
      ? h(
          'details',
          { class: 'group-sources' },
          h('summary', {}, t('report.sources', { count: group.receipts.length })),
          receiptList(group.receipts),
        )
      : null,
  );
}

/** The body of a report, shared with the debrief's timeline. */
export function reportBody(
  scenario: Scenario,
  view: ReportView,
  prefix: string,
  headingLevel: 'h2' | 'h4',
): HTMLElement[] {
  const sub = headingLevel === 'h2' ? 'h3' : 'h5';
  const section = (id: string, heading: string, ...content: (Node | null)[]) =>
    h(
      'section',
      { class: `part part-${id}`, 'aria-labelledby': `${prefix}-${id}` },
      h(headingLevel, { id: `${prefix}-${id}` }, heading),
      ...content,
    );
  return [
    section('net', t('report.net'), netList(view)),
    section(
      'moves',
      t('report.moves'),
      view.moves.length === 0 ? h('p', {}, t('report.noMoves')) : null,
      ...view.moves.map((m) => moveCard(m, sub)),
    ),
    section(
      'changes',
      t('report.changes'),
      view.groups.length === 0 ? h('p', {}, t('report.noChanges')) : null,
      ...view.groups.map((g) => groupBlock(scenario, g, sub)),
      view.hiddenChanges > 0
        ? h(
            'p',
            { class: 'note' },
            view.hiddenChanges === 1
              ? t('report.hiddenOne')
              : t('report.hiddenMany', { count: view.hiddenChanges }),
          )
        : null,
    ),
    view.rolls.length > 0
      ? section('rolls', t('report.rolls'), rollList(scenario, view.rolls))
      : null,
    view.events.length > 0 ? section('events', t('report.events'), eventList(view)) : null,
  ].filter((n): n is HTMLElement => n !== null);
}

export function renderReport(root: HTMLElement, store: AppStore, index: number): HTMLElement {
  const { scenario, state } = store.getState().game!.getState();
  const record = state.history[index]!;
  const view = reportView(
    scenario,
    record,
    false,
    state.history[index - 1]?.meters,
    audienceOf(state),
  );
  const next = view.last
    ? t('report.toDebrief')
    : t('report.next', { month: turnInfo(scenario, record.turn + 1).label });
  return screen(
    root,
    {
      id: 'report',
      heading: t('report.heading', { month: view.turn.label }),
      bar: gameBar(store),
      lead: hypotheticalMonthLead(view.turn.hypothetical),
    },
    ...reportBody(scenario, view, 'report', 'h2'),
    view.hiddenMeters > 0
      ? h(
          'p',
          { class: 'note' },
          view.hiddenMeters === 1
            ? t('meters.hiddenOne')
            : t('meters.hiddenMany', { count: view.hiddenMeters }),
        )
      : null,
    h(
      'div',
      { class: 'actions' },
      button(next, () => store.getState().ackReport(), { class: 'primary' }),
    ),
  );
}
