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
  gameTurns,
  monthLines,
  turnInfo,
  type ChangeGroup,
  type MonthLine,
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

/** "United States chose the move Talks: cooperation +13, sovereignty −4." */
function monthLine(scenario: Scenario, line: MonthLine): string {
  const lang = language();
  const shown = line.changes.slice(0, 3).map((c) =>
    t('report.lineChange', {
      label: c.target.label,
      delta: formatDelta(c.delta, lang),
    }),
  );
  const cause = causeLine(scenario, line.cause);
  return t('report.line', {
    cause: cause.charAt(0).toUpperCase() + cause.slice(1),
    changes: shown.join(', '),
    more: line.changes.length > 3 ? t('report.lineMore', { count: line.changes.length - 3 }) : '',
  });
}

/** Each move of the month in one line, with the answers given to it. */
function moveLines(view: ReportView): HTMLElement {
  return h(
    'ul',
    { class: 'move-lines' },
    ...view.moves.map((m) =>
      h(
        'li',
        {},
        h('strong', {}, t('report.move', { role: m.roleName, option: m.option.label })),
        m.madeIn ? ` (${t('report.cameToLight', { month: m.madeIn })})` : '',
        ...m.responses.flatMap((r) =>
          r.answer
            ? [' — ', t('report.answerShort', { role: r.responderName, answer: r.answer.label })]
            : [],
        ),
      ),
    ),
  );
}

export function renderReport(root: HTMLElement, store: AppStore, index: number): HTMLElement {
  const { scenario, state } = store.getState().game!.getState();
  const record = state.history[index]!;
  const total = gameTurns(scenario, state.config);
  const view = reportView(
    scenario,
    record,
    false,
    state.history[index - 1]?.meters,
    audienceOf(state),
    total,
  );
  const nextMonth = view.last ? undefined : turnInfo(scenario, record.turn + 1, total).label;
  const next =
    nextMonth === undefined ? t('report.toDebrief') : t('report.next', { month: nextMonth });
  const lines = monthLines(scenario, view);
  const teams = state.config.mode === 'teams';
  return screen(
    root,
    {
      id: 'report',
      heading: t('report.heading', { month: view.turn.label }),
      bar: gameBar(store, undefined, record),
      lead: h(
        'div',
        {},
        h(
          'p',
          { class: 'next-step' },
          nextMonth === undefined
            ? t('next.reportLast')
            : t(teams ? 'next.reportTeams' : 'next.report', { month: nextMonth }),
        ),
        hypotheticalMonthLead(view.turn.hypothetical),
      ),
    },
    h(
      'section',
      { class: 'part part-lines', 'aria-labelledby': 'lines-heading' },
      h('h2', { id: 'lines-heading' }, t('report.lines')),
      lines.length === 0
        ? h('p', {}, t('report.noChanges'))
        : h(
            'ol',
            { class: 'month-lines' },
            ...lines.map((l) => h('li', {}, monthLine(scenario, l))),
          ),
      h('p', { class: 'note' }, t('report.baseline', { month: view.turn.label })),
    ),
    h(
      'section',
      { class: 'part part-move-lines', 'aria-labelledby': 'move-lines-heading' },
      h('h2', { id: 'move-lines-heading' }, t('report.moves')),
      view.moves.length === 0 ? h('p', {}, t('report.noMoves')) : moveLines(view),
    ),
    h(
      'div',
      { class: 'actions' },
      button(next, () => store.getState().ackReport(), { class: 'primary' }),
    ),
    h(
      'details',
      { class: 'more all-changes' },
      h('summary', {}, t('report.all')),
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
    ),
  );
}
