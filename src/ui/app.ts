/**
 * The DOM layer's driver: renders the screen the app store is on, re-rendering only when
 * the screen or its phase changes (so focus and half-made choices survive unrelated
 * updates), moves focus to the new screen's heading, announces results through the
 * live region, applies the settings, and hands the stage its view.
 */
import { outcomeAt } from '../engine';
import { activeScenario, type AppState, type AppStore } from '../store/appStore';
import {
  selectPlayScreen,
  selectScreenId,
  selectStageView,
  type StageView,
} from '../store/selectors';
import { reportView } from '../store/turnViews';
import { button, h } from './dom';
import { language, setLanguage, t } from './i18n';
import { formatNumber } from '../words/format';
import { renderBriefing } from './screens/briefing';
import { renderDebrief } from './screens/debrief';
import { renderDecide } from './screens/decide';
import { renderEvidence } from './screens/evidence';
import { renderGlossary } from './screens/glossary';
import { renderHowToPlay } from './screens/howToPlay';
import { renderPass } from './screens/pass';
import { renderReport } from './screens/report';
import { renderRespond } from './screens/respond';
import { renderSaveProblem } from './screens/saveProblem';
import { renderScenarios } from './screens/scenarios';
import { renderSettings } from './screens/settings';
import { renderSetup } from './screens/setup';
import { renderTitle } from './screens/title';
import type { ScreenDeps } from './screens/types';

export type MountOptions = {
  root: HTMLElement;
  announcer: HTMLElement;
  store: AppStore;
  /** Receives the stage's view after every change. */
  onView?: (view: StageView) => void;
};

/** What decides whether the screen must be rebuilt: screen, phase, whose turn, language. */
export function screenKey(app: AppState): string {
  const id = selectScreenId(app);
  const parts: (string | number | boolean)[] = [id, app.settings.language];
  const game = app.game?.getState();
  if (game && (app.screen === 'play' || app.screen === 'briefing')) {
    const play = app.screen === 'play' ? selectPlayScreen(app) : undefined;
    parts.push(
      game.state.turn,
      game.state.phase,
      game.log.length,
      app.progress.reportsSeen,
      play?.role ?? '',
      play?.report ?? '',
      app.storageOk,
    );
  }
  if (id === 'title') parts.push(app.game !== undefined, app.archivedAs ?? '');
  if (id === 'setup') parts.push(app.chosenKey ?? '');
  if (id === 'saveProblem') parts.push(app.saveProblem?.code ?? '');
  return parts.join('|');
}

function applySettings(app: AppState): void {
  const html = document.documentElement;
  html.style.setProperty('--font-scale', String(app.settings.textScale));
  html.classList.toggle('reduced-motion', app.settings.reducedMotion);
  setLanguage(app.settings.language);
}

/** A short spoken summary of a month's result: the visible meters that moved. */
function reportAnnouncement(app: AppState, index: number): string {
  const game = app.game?.getState();
  const record = game?.state.history[index];
  if (!game || !record) return '';
  const view = reportView(game.scenario, record, false, game.state.history[index - 1]?.meters);
  const moved = view.net
    .filter((n) => n.delta !== 0)
    .map((n) =>
      t('announce.meter', {
        label: n.label,
        before: formatNumber(n.before, language()),
        after: formatNumber(n.after, language()),
      }),
    );
  return t('announce.report', {
    month: view.turn.label,
    changes: moved.length > 0 ? moved.join('; ') : t('announce.noChange'),
  });
}

function renderFailure(root: HTMLElement, store: AppStore, error: unknown): HTMLElement {
  const heading = h('h1', { id: 'failure-heading', tabindex: -1 }, t('error.heading'));
  root.replaceChildren(
    h(
      'section',
      { class: 'panel screen', 'aria-labelledby': 'failure-heading' },
      heading,
      h(
        'p',
        {},
        t('error.screen', { message: error instanceof Error ? error.message : String(error) }),
      ),
      h(
        'div',
        { class: 'actions' },
        button(t('common.backTitle'), () => store.getState().go('title')),
      ),
    ),
  );
  return heading;
}

/**
 * Mounts the UI on `root` and keeps it in step with `store`. Returns a function that
 * unsubscribes.
 */
export function mountApp({ root, announcer, store, onView }: MountOptions): () => void {
  let lastKey: string | undefined;
  let lastPlay: string | undefined;

  const announce = (text: string) => {
    if (!text) return;
    // Clearing first makes a repeated message be read again.
    announcer.textContent = '';
    setTimeout(() => {
      announcer.textContent = text;
    }, 50);
  };

  const deps = (app: AppState): ScreenDeps => {
    const scenario = activeScenario(app);
    return {
      ...(scenario ? { scenario } : {}),
      settings: app.settings,
      updateSettings: (patch) => store.getState().updateSettings(patch),
      back: () => store.getState().back(),
    };
  };

  const renderScreen = (app: AppState): HTMLElement | null => {
    switch (app.screen) {
      case 'title':
        return renderTitle(root, store);
      case 'scenarios':
        return renderScenarios(root, store);
      case 'setup':
        return renderSetup(root, store);
      case 'briefing':
        return app.game ? renderBriefing(root, store) : renderTitle(root, store);
      case 'saveProblem':
        return renderSaveProblem(root, store);
      case 'howToPlay':
        renderHowToPlay(root, deps(app));
        return null;
      case 'settings':
        renderSettings(root, deps(app));
        return null;
      case 'glossary':
        renderGlossary(root, deps(app));
        return null;
      case 'evidence':
        renderEvidence(root, deps(app));
        return null;
      case 'play': {
        if (!app.game) return renderTitle(root, store);
        const play = selectPlayScreen(app);
        switch (play.screen) {
          case 'pass':
            return renderPass(root, store, play.role!);
          case 'decide':
            return renderDecide(root, store, play.role!);
          case 'respond':
            return renderRespond(root, store, play.role!);
          case 'report':
            return renderReport(root, store, play.report!);
          case 'debrief':
            return renderDebrief(root, store);
        }
      }
    }
  };

  const update = (first: boolean) => {
    const app = store.getState();
    applySettings(app);
    onView?.(selectStageView(app));
    const key = screenKey(app);
    if (key === lastKey) return;
    lastKey = key;
    let heading: HTMLElement | null;
    try {
      heading = renderScreen(app) ?? root.querySelector<HTMLElement>('h1');
    } catch (error) {
      // A screen that fails to build must not leave a blank or stale page: say so, and
      // offer the way back. The game itself is saved and can be resumed.
      console.error(error);
      heading = renderFailure(root, store, error);
    }
    if (!first) {
      window.scrollTo(0, 0);
      heading?.focus();
    }
    // Announce results only when a game's screen changes into a report or the debrief.
    const play = app.screen === 'play' ? selectPlayScreen(app) : undefined;
    const playKey = play ? `${play.screen}:${play.report ?? ''}` : undefined;
    if (play && playKey !== lastPlay) {
      if (play.screen === 'report' && play.report !== undefined) {
        announce(reportAnnouncement(app, play.report));
      } else if (play.screen === 'debrief') {
        const game = app.game!.getState();
        announce(
          t('announce.ended', { outcome: outcomeAt(game.scenario, game.state.meters).label }),
        );
      }
    }
    lastPlay = playKey;
  };

  // Printing from the browser's menu gets every collapsed part too (the debrief's timeline).
  const openAll = () => {
    for (const details of root.querySelectorAll('details')) details.open = true;
  };
  window.addEventListener('beforeprint', openAll);
  update(true);
  const unsubscribe = store.subscribe(() => update(false));
  return () => {
    unsubscribe();
    window.removeEventListener('beforeprint', openAll);
  };
}
