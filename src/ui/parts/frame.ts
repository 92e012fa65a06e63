/**
 * The frame of every game screen: the game bar (where the game is, and the menu of
 * auxiliary screens), then one h1 — focusable, so focus can move to it at each phase —
 * then the screen's content.
 */
import type { AppStore } from '../../store/appStore';
import { soloRole } from '../../store/selectors';
import { roleName, turnInfo } from '../../store/turnViews';
import { button, h } from '../dom';
import { t } from '../i18n';
import { badge } from './receipts';

type Child = Node | null | false | undefined;

/** The bar above a game screen: scenario, who plays, month; the menu; a storage warning. */
export function gameBar(store: AppStore): HTMLElement | null {
  const app = store.getState();
  const game = app.game?.getState();
  if (!game) return null;
  const { scenario, state } = game;
  const solo = soloRole(state);
  const who = solo !== undefined ? roleName(scenario, solo) : t('bar.teams');
  const turn = turnInfo(scenario, Math.max(1, state.turn));
  const go = (screen: 'howToPlay' | 'glossary' | 'evidence' | 'settings') => () =>
    store.getState().go(screen);
  return h(
    'header',
    { class: 'game-bar no-print' },
    h(
      'p',
      { class: 'game-bar-status' },
      h('span', {}, scenario.meta.title),
      ' · ',
      h('span', {}, who),
      ' · ',
      h(
        'span',
        {},
        state.phase === 'ended'
          ? t('bar.ended')
          : t('bar.turn', { n: turn.number, total: turn.total, label: turn.label }),
      ),
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
    app.storageOk ? null : h('p', { class: 'warning', role: 'alert' }, t('bar.notSaving')),
  );
}

/**
 * Replaces `root`'s content with a screen: optional game bar, the h1, then content. The
 * heading is returned so the caller can focus it.
 */
export function screen(
  root: HTMLElement,
  options: { id: string; heading: string; bar?: HTMLElement | null; lead?: Child },
  ...content: Child[]
): HTMLElement {
  const headingId = `${options.id}-heading`;
  const heading = h('h1', { id: headingId, tabindex: -1 }, options.heading);
  root.replaceChildren(
    ...(options.bar ? [options.bar] : []),
    h(
      'section',
      { class: `panel screen screen-${options.id}`, 'aria-labelledby': headingId },
      heading,
      options.lead ?? null,
      ...content.filter((c): c is Node => !!c),
    ),
  );
  return heading;
}

/** A section with an h2, for the parts of a screen. */
export function part(id: string, heading: string, ...content: Child[]): HTMLElement {
  return h(
    'section',
    { class: `part part-${id}`, 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading` }, heading),
    ...content.filter((c): c is Node => !!c),
  );
}

/** The line that opens a month's screens when the month is past the record. */
export function hypotheticalMonthLead(hypothetical: boolean | undefined): HTMLElement | null {
  return hypothetical
    ? h('p', {}, badge('hypothetical'), ' ', t('decide.hypotheticalMonth'))
    : null;
}
