/**
 * The title screen: the game's name, its main menu, and — when a game is saved — a
 * button to resume it, saying which game it is.
 */
import type { AppStore } from '../../store/appStore';
import { soloRole } from '../../store/selectors';
import { roleName, turnInfo } from '../../store/turnViews';
import { button, h } from '../dom';
import { savedGamesSection, startNewGame } from '../parts/savedGames';
import { t } from '../i18n';
import { languageChoice } from '../parts/languageChoice';

function resumeDetail(store: AppStore): string | undefined {
  const game = store.getState().game?.getState();
  if (!game) return undefined;
  const { scenario, state } = game;
  const solo = soloRole(state);
  return t('title.resumeDetail', {
    scenario: scenario.meta.title,
    who: solo !== undefined ? roleName(scenario, solo) : t('bar.teams'),
    month:
      state.phase === 'ended' ? t('bar.ended') : turnInfo(scenario, Math.max(1, state.turn)).label,
  });
}

export function renderTitle(root: HTMLElement, store: AppStore): HTMLElement {
  const app = store.getState();
  const detail = resumeDetail(store);
  const item = (label: string, onClick: () => void, attributes = {}) =>
    h('li', {}, button(label, onClick, attributes));
  const heading = h('h1', { id: 'title-heading', tabindex: -1 }, t('title.heading'));
  root.replaceChildren(
    h(
      'section',
      { class: 'panel title-screen', 'aria-labelledby': 'title-heading' },
      heading,
      h('p', {}, t('app.tagline')),
      app.archivedAs
        ? h('p', { class: 'note', role: 'status' }, t('title.archived', { key: app.archivedAs }))
        : null,
      h(
        'nav',
        { 'aria-label': t('title.menu') },
        h(
          'ul',
          { class: 'menu' },
          detail
            ? item(t('title.resume'), () => store.getState().resume(), {
                'aria-describedby': 'resume-detail',
                class: 'primary',
              })
            : null,
          detail ? h('li', { id: 'resume-detail', class: 'menu-note' }, detail) : null,
          item(
            t('title.newGame'),
            () => startNewGame(store, root),
            detail ? {} : { class: 'primary' },
          ),
          item(t('title.howToPlay'), () => store.getState().go('howToPlay')),
          item(t('title.evidence'), () => store.getState().go('evidence')),
          item(t('title.glossary'), () => store.getState().go('glossary')),
          item(t('title.settings'), () => store.getState().go('settings')),
        ),
      ),
      savedGamesSection(store),
      languageChoice({
        id: 'title-language',
        label: t('language.label'),
        current: app.settings.language,
        choose: (tag) => store.getState().updateSettings({ language: tag }),
      }),
    ),
  );
  return heading;
}
