/**
 * The frame of every game screen: the game bar (where the game is, and the menu of
 * auxiliary screens), then one h1 — focusable, so focus can move to it at each phase —
 * then the screen's content.
 */
import type { AppStore } from '../../store/appStore';
import { scoreView, soloRole, type GoalView, type ScoreView } from '../../store/selectors';
import { gameTurns, roleName, turnInfo } from '../../store/turnViews';
import { formatNumber } from '../../words/format';
import { button, h } from '../dom';
import { language, t } from '../i18n';
import { badge } from './receipts';

export { part, screen } from './screen';

/**
 * The name a team or government goes by on screen: in a two-team game, the team's name
 * as chosen at setup (with the government's in brackets when they differ); otherwise
 * the government's.
 */
export function playerName(store: AppStore, role: string): string {
  const game = store.getState().game?.getState();
  if (!game) return role;
  const government = roleName(game.scenario, role);
  const team = game.teamNames[role];
  return team === undefined || team === government
    ? government
    : t('bar.teamOf', { team, name: government });
}

/** A role's objectives as short chips, each with how it goes since the start. */
function goalChips(goals: readonly GoalView[]): HTMLElement {
  const lang = language();
  const id = `goals-${goals.map((g) => g.meter).join('-')}`;
  return h(
    'div',
    { class: 'goals-line' },
    h('span', { id, class: 'goals-label' }, t('bar.goals')),
    h(
      'ul',
      { class: 'goals', 'aria-labelledby': id },
      ...goals.map((goal) =>
        h(
          'li',
          { class: `goal${goal.strong ? ' goal-strong' : ''}` },
          goal.direction === 'near'
            ? t('bar.goalNear', {
                label: goal.label,
                target: formatNumber(goal.target ?? 0, lang),
              })
            : t(goal.direction === 'high' ? 'bar.goalHigh' : 'bar.goalLow', {
                label: goal.label,
              }),
          goal.trend === 'better' || goal.trend === 'worse'
            ? h(
                'span',
                {
                  class: `trend trend-${goal.trend}`,
                  role: 'img',
                  'aria-label': t(goal.trend === 'better' ? 'bar.better' : 'bar.worse'),
                },
                goal.trend === 'better' ? ' ▲' : ' ▼',
              )
            : null,
        ),
      ),
    ),
  );
}

/** "Score 52 · at the start 50", for one role. */
function scoreLine(score: ScoreView, name?: string): HTMLElement {
  const lang = language();
  const params = {
    now: formatNumber(Math.round(score.now), lang),
    start: formatNumber(Math.round(score.start), lang),
  };
  return h(
    'p',
    { class: 'score-line' },
    name === undefined ? t('bar.score', params) : t('bar.scoreOf', { ...params, name }),
  );
}

/**
 * The bar above a game screen: the month (N of M, M the chosen length), who plays, the
 * menu of auxiliary screens; then, for `role` (the player's government, or the team that
 * holds the device), its objectives in one line each and its score against the start.
 * On a screen shared by teams (no `role`), each team's score. With `record` (a report),
 * the month and scores at that month's end. A storage warning.
 */
export function gameBar(
  store: AppStore,
  role?: string,
  record?: { turn: number; meters: readonly number[] },
): HTMLElement | null {
  const app = store.getState();
  const game = app.game?.getState();
  if (!game) return null;
  const { scenario, state, compiled } = game;
  const solo = soloRole(state);
  const focus = role ?? solo;
  const who = focus !== undefined ? playerName(store, focus) : t('bar.teams');
  // A report speaks of its month's end: the bar gives that month and those scores.
  const meters = record ? [...record.meters] : state.meters;
  const turn = turnInfo(
    scenario,
    Math.max(1, record?.turn ?? state.turn),
    gameTurns(scenario, state.config),
  );
  const go = (screen: 'howToPlay' | 'glossary' | 'evidence' | 'settings') => () =>
    store.getState().go(screen);
  const scores =
    state.phase === 'ended'
      ? null
      : focus !== undefined
        ? (() => {
            const view = scoreView(compiled, state, focus, meters);
            return h('div', { class: 'goals-bar' }, scoreLine(view), goalChips(view.goals));
          })()
        : h(
            'div',
            { class: 'goals-bar' },
            ...state.config.humanRoles.map((r) =>
              scoreLine(scoreView(compiled, state, r, meters), playerName(store, r)),
            ),
          );
  return h(
    'header',
    { class: 'game-bar no-print' },
    h(
      'p',
      { class: 'game-bar-status' },
      h(
        'strong',
        { class: 'game-bar-month' },
        state.phase === 'ended'
          ? t('bar.ended')
          : t('bar.turn', { n: turn.number, total: turn.total, label: turn.label }),
      ),
      ' · ',
      h('span', {}, who),
    ),
    h(
      'nav',
      { 'aria-label': t('bar.menu') },
      h(
        'ul',
        { class: 'game-bar-menu' },
        h('li', {}, button(t('bar.howToPlay'), go('howToPlay'))),
        h('li', {}, button(t('bar.glossary'), go('glossary'))),
        h('li', {}, button(t('bar.evidence'), go('evidence'))),
        h('li', {}, button(t('bar.settings'), go('settings'))),
        h(
          'li',
          {},
          button(t('bar.quit'), () => store.getState().go('title')),
        ),
      ),
    ),
    scores,
    app.storageOk ? null : h('p', { class: 'warning', role: 'alert' }, t('bar.notSaving')),
  );
}

/** The line that opens a month's screens when the month is past the record. */
export function hypotheticalMonthLead(hypothetical: boolean | undefined): HTMLElement | null {
  return hypothetical
    ? h('p', {}, badge('hypothetical'), ' ', t('decide.hypotheticalMonth'))
    : null;
}
