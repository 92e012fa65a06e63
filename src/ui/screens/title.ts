/**
 * The title screen sets the scene: the game's name, the question at stake (from the
 * scenario of the saved game, the one chosen, or the only one on offer; none otherwise),
 * then the ways in — resume a saved game, play alone, play as a class, study the
 * evidence — as cards that say what each is, and a short menu of the rest.
 */
import { listingShown } from '../i18n/scenarioLanguage';
import type { AppStore } from '../../store/appStore';
import { isPlayable, type ScenarioListing } from '../../store/scenarios';
import { soloRole } from '../../store/selectors';
import { roleName, turnInfo } from '../../store/turnViews';
import { button, h } from '../dom';
import { savedGamesSection, startNewGame } from '../parts/savedGames';
import { languageTag, t } from '../i18n';
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

/** What the title screen says of a scenario: its title, question and shortest game. */
type Scene = { title: string; question?: string; minutes?: number };

/**
 * The scenario the title screen speaks of: the saved game's, else the one chosen on the
 * scenario screen, else the only playable one; none when there are several to choose from.
 */
export function titleScene(store: AppStore): Scene | undefined {
  const app = store.getState();
  const playable = app.scenarios.filter(isPlayable);
  const listing = (entry: (typeof playable)[number] | undefined): ScenarioListing | undefined =>
    entry && listingShown(entry.result.listing, languageTag(), app.bundled);
  const saved = app.game?.getState().scenario;
  const chosen = listing(playable.find((e) => e.key === app.chosenKey));
  const only = playable.length === 1 ? listing(playable[0]) : undefined;
  const savedListing = saved
    ? listing(playable.find((e) => e.result.listing.id === saved.meta.id))
    : undefined;
  const scene = savedListing ?? chosen ?? only;
  if (saved && !savedListing) {
    return {
      title: saved.meta.title,
      ...(saved.meta.question ? { question: saved.meta.question } : {}),
    };
  }
  if (!scene) return undefined;
  const minutes = scene.lengths[0]?.minutes;
  return {
    title: scene.title,
    ...(scene.question !== undefined ? { question: scene.question } : {}),
    ...(minutes !== undefined ? { minutes } : {}),
  };
}

/** A way in: a heading, a line on what it is, and the button that takes it. */
function wayIn(id: string, heading: string, text: string, action: HTMLButtonElement): HTMLElement {
  action.setAttribute('aria-describedby', `way-${id}-text`);
  return h(
    'li',
    { class: `way-in way-${id}` },
    h('h2', {}, heading),
    h('p', { id: `way-${id}-text` }, text),
    action,
  );
}

export function renderTitle(root: HTMLElement, store: AppStore): HTMLElement {
  const app = store.getState();
  const detail = resumeDetail(store);
  const scene = titleScene(store);
  const go = (screen: Parameters<typeof app.go>[0]) => () => store.getState().go(screen);
  const heading = h('h1', { id: 'title-heading', tabindex: -1 }, t('title.heading'));
  const length =
    scene?.minutes !== undefined ? ` ${t('title.minutes', { minutes: scene.minutes })}` : '';
  root.replaceChildren(
    h(
      'section',
      { class: 'panel title-screen', 'aria-labelledby': 'title-heading' },
      h('p', { class: 'title-kicker' }, t('title.kicker')),
      heading,
      scene ? h('p', { class: 'title-scenario' }, scene.title) : null,
      scene?.question ? h('p', { class: 'title-question' }, scene.question) : null,
      app.archivedAs
        ? h('p', { class: 'note', role: 'status' }, t('title.archived', { key: app.archivedAs }))
        : null,
      detail
        ? h(
            'div',
            { class: 'title-resume' },
            button(t('title.resume'), () => store.getState().resume(), {
              'aria-describedby': 'resume-detail',
              class: 'primary',
            }),
            h('p', { id: 'resume-detail', class: 'menu-note' }, detail),
          )
        : null,
      h(
        'ul',
        { class: 'ways-in', 'aria-label': t('title.waysIn') },
        wayIn(
          'alone',
          t('title.alone'),
          `${t('title.aloneText')}${length}`,
          button(
            t('title.newGame'),
            () => startNewGame(store, root),
            detail ? {} : { class: 'primary' },
          ),
        ),
        wayIn(
          'class',
          t('title.class'),
          t('title.classText'),
          button(t('title.classGame'), () => startNewGame(store, root)),
        ),
        wayIn(
          'evidence',
          t('title.study'),
          t('title.studyText'),
          button(t('title.evidence'), go('evidence')),
        ),
      ),
      h(
        'nav',
        { 'aria-label': t('title.menu'), class: 'title-menu' },
        h(
          'ul',
          { class: 'menu' },
          h('li', {}, button(t('title.howToPlay'), go('howToPlay'))),
          h('li', {}, button(t('title.glossary'), go('glossary'))),
          h('li', {}, button(t('title.sources'), go('sources'))),
          h('li', {}, button(t('title.settings'), go('settings'))),
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
