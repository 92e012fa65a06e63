/**
 * The briefing before the first month: the situation, each played government's
 * objectives and constraints, its advisors and resources, what is measured, and how the
 * game runs. In a two-team game both governments are briefed on one screen (their
 * briefings are public knowledge; their choices are what stays private).
 */
import type { Role, Scenario } from '../../data/schema';
import type { AppStore } from '../../store/appStore';
import { scoreView } from '../../store/selectors';
import { gameTurns, meterViews, turnInfo } from '../../store/turnViews';
import { button, h } from '../dom';
import { language, t } from '../i18n';
import { formatNumber } from '../../words/format';
import { gameBar, part, playerName, screen } from '../parts/frame';
import { badge } from '../parts/receipts';

function weightItems(scenario: Scenario, role: Role): HTMLElement[] {
  const weights = [
    ...Object.entries(role.objectives.weights).map(
      ([id, w]): [string, number, number | undefined] => [id, w, undefined],
    ),
    ...Object.entries(role.objectives.targets).map(
      ([id, t]): [string, number, number | undefined] => [id, t.weight, t.near],
    ),
  ].filter(([, w]) => w !== 0);
  const largest = Math.max(...weights.map(([, w]) => Math.abs(w)), 1);
  return weights
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .map(([meterId, weight, target]) => {
      const meter = scenario.meters.find((m) => m.id === meterId);
      const strength =
        Math.abs(weight) >= largest * 0.75 ? t('briefing.strong') : t('briefing.some');
      return h(
        'li',
        {},
        target !== undefined
          ? t('briefing.weightNear', {
              meter: meter?.label ?? meterId,
              target: formatNumber(target, language()),
              strength,
            })
          : t(weight > 0 ? 'briefing.weightHigh' : 'briefing.weightLow', {
              meter: meter?.label ?? meterId,
              strength,
            }),
        meter?.hidden ? ' ' : null,
        meter?.hidden ? badge('hidden') : null,
      );
    });
}

function roleBriefing(scenario: Scenario, role: Role, headingLevel: 'h2' | 'h3'): HTMLElement[] {
  const sub = headingLevel === 'h2' ? 'h3' : 'h4';
  const lang = language();
  const advisors = scenario.advisors.filter((a) => a.role === role.id);
  const parts: (HTMLElement | null)[] = [
    h(headingLevel, { id: `brief-${role.id}` }, t('briefing.roleHeading', { name: role.name })),
    h(
      'p',
      {},
      t('briefing.youAdvise', { adviser: role.adviser, name: role.name }),
      role.leader ? ` ${t('briefing.leader', { leader: role.leader })}` : '',
    ),
    h('p', {}, role.briefing),
    h(sub, {}, t('briefing.objectives')),
    h('p', {}, role.objectives.text),
    h('p', {}, t('briefing.scoring')),
    h('ul', {}, ...weightItems(scenario, role)),
    role.constraints.length > 0 ? h(sub, {}, t('briefing.constraints')) : null,
    role.constraints.length > 0
      ? h('ul', {}, ...role.constraints.map((c) => h('li', {}, c)))
      : null,
    role.resources.length > 0 ? h(sub, {}, t('briefing.resources')) : null,
    role.resources.length > 0
      ? h(
          'ul',
          {},
          ...role.resources.map((r) =>
            h(
              'li',
              {},
              t('briefing.resource', {
                label: r.label,
                start: formatNumber(Math.min(r.start, r.max), lang),
                max: formatNumber(r.max, lang),
                perTurn: formatNumber(r.perTurn, lang),
              }),
            ),
          ),
        )
      : null,
    advisors.length > 0 ? h(sub, {}, t('briefing.advisors')) : null,
    advisors.length > 0
      ? h(
          'ul',
          { class: 'advisors' },
          ...advisors.map((a) =>
            h(
              'li',
              {},
              h('strong', {}, a.name),
              `, ${a.title}. `,
              a.view,
              a.composite ? ' ' : null,
              a.composite ? badge('composite') : null,
            ),
          ),
        )
      : null,
  ];
  return parts.filter((n): n is HTMLElement => n !== null);
}

/** How the stage's plane reads, for everyone: the canvas itself is hidden from screen readers. */
function planeSentence(scenario: Scenario): HTMLElement | null {
  const label = (id: string) => scenario.meters.find((m) => m.id === id)?.label;
  const x = label(scenario.plane.x);
  const y = label(scenario.plane.y);
  if (x === undefined || y === undefined) return null;
  return h(
    'p',
    { class: 'plane-note' },
    t('briefing.plane', { x, y, regions: scenario.outcomes.map((o) => o.label).join(', ') }),
  );
}

/** A government's goals in three lines: its objectives that count most, from the engine's weights. */
function topGoals(store: AppStore, role: Role): HTMLElement {
  const { compiled, state } = store.getState().game!.getState();
  const goals = scoreView(compiled, state, role.id).goals.slice(0, 3);
  return h(
    'ul',
    { class: 'top-goals' },
    ...goals.map((goal) =>
      h(
        'li',
        {},
        goal.direction === 'near'
          ? t('briefing.weightNear', {
              meter: goal.label,
              target: formatNumber(goal.target ?? 0, language()),
              strength: goal.strong ? t('briefing.strong') : t('briefing.some'),
            })
          : t(goal.direction === 'high' ? 'briefing.weightHigh' : 'briefing.weightLow', {
              meter: goal.label,
              strength: goal.strong ? t('briefing.strong') : t('briefing.some'),
            }),
      ),
    ),
  );
}

export function renderBriefing(root: HTMLElement, store: AppStore): HTMLElement {
  const game = store.getState().game!.getState();
  const { scenario, state } = game;
  const humans = scenario.roles.filter((r) => state.config.humanRoles.includes(r.id));
  const computer = scenario.roles.filter((r) => !state.config.humanRoles.includes(r.id));
  const teams = state.config.mode === 'teams';
  const total = gameTurns(scenario, state.config);
  const first = turnInfo(scenario, 1, total);
  const last = turnInfo(scenario, total, total);
  // Every meter at its start (none is given a value).
  const visible = meterViews(scenario, {}, true);
  const begin = button(
    t('briefing.begin', { month: first.label }),
    () => store.getState().ackBriefing(),
    { class: 'primary' },
  );
  return screen(
    root,
    {
      id: 'briefing',
      heading: teams
        ? t('briefing.headingTeams')
        : t('briefing.heading', { name: humans[0]?.name ?? '' }),
      bar: gameBar(store),
      lead: h(
        'p',
        { class: 'next-step' },
        t('next.briefing', { count: total, month: first.label }),
      ),
    },
    ...humans.map((role) =>
      h(
        'section',
        { class: 'part brief-short', 'aria-labelledby': `goals-${role.id}` },
        h(
          'h2',
          { id: `goals-${role.id}` },
          teams ? t('briefing.goalsOf', { name: playerName(store, role.id) }) : t('briefing.goals'),
        ),
        h('p', {}, t('briefing.youAdvise', { adviser: role.adviser, name: role.name })),
        topGoals(store, role),
      ),
    ),
    part('situation', t('briefing.situation'), h('p', {}, scenario.meta.summary)),
    h('div', { class: 'actions' }, begin),
    h(
      'details',
      { class: 'more full-briefing' },
      h('summary', {}, t('briefing.full')),
      ...humans.map((role) =>
        h(
          'section',
          { class: 'part', 'aria-labelledby': `brief-${role.id}` },
          ...roleBriefing(scenario, role, 'h2'),
        ),
      ),
      part(
        'rules',
        t('briefing.rules'),
        h(
          'p',
          {},
          t('briefing.rulesText', {
            turns: first.total,
            first: first.label,
            last: last.label,
            moves: scenario.calendar.movesPerTurn,
          }),
        ),
        computer.length > 0
          ? h('p', {}, t('briefing.counterpart', { names: computer.map((r) => r.name).join(', ') }))
          : h('p', {}, t('briefing.teamsRule')),
        h('p', {}, t('briefing.noNumbers')),
      ),
      part(
        'measures',
        t('briefing.meters'),
        h(
          'dl',
          { class: 'meter-defs' },
          ...visible.flatMap((m) => [
            h(
              'dt',
              {},
              m.label,
              m.primary ? ` (${t('meters.axis')})` : '',
              m.hidden ? ' ' : '',
              m.hidden ? badge('hidden') : null,
            ),
            h('dd', {}, m.description),
          ]),
        ),
        planeSentence(scenario),
      ),
    ),
  );
}
