/**
 * The DOM layer's driver: renders the screen the app store is on, re-rendering only when
 * the screen or its phase changes (so focus and half-made choices survive unrelated
 * updates), moves focus to the new screen's heading, announces results through the
 * live region, applies the settings, and hands the stage its view.
 *
 * The title and the save-problem screens are part of the first screen's code; the others
 * (`laterScreens.ts`) load apart, while the title is idle or when first needed. A screen waiting for its code or its scenario shows
 * that it is loading, and one whose load failed says so and offers to try again.
 */
import { outcomeAt } from '../engine';
import {
  activeScenario,
  AUX_SCREENS,
  type AppState,
  type AppStore,
  type ScreenName,
} from '../store/appStore';
import {
  selectPlayScreen,
  selectScreenId,
  selectStageView,
  type StageView,
} from '../store/selectors';
import { audienceOf, reportView } from '../store/turnViews';
import { button, h } from './dom';
import { language, loadLanguage, screenLanguage, setLanguage, t } from './i18n';
import { formatNumber } from '../words/format';
import { defaultPrintMode, preparePrint } from './print';
import { scenarioIn, showScenarioIn } from './i18n/scenarioLanguage';
import { savesNotice } from './parts/savedGames';
import { renderSaveProblem } from './screens/saveProblem';
import { renderTitle } from './screens/title';
import type { ScreenDeps } from './screens/types';
import type * as LaterScreensModule from './laterScreens';

type LaterScreens = typeof LaterScreensModule;
let laterScreens: LaterScreens | undefined;
let laterLoading: Promise<LaterScreens> | undefined;

/** Loads the later screens' code (once; again after a failure). */
export function loadLaterScreens(): Promise<LaterScreens> {
  laterLoading ??= import('./laterScreens').then(
    (module) => (laterScreens = module),
    (error: unknown) => {
      laterLoading = undefined;
      throw error;
    },
  );
  return laterLoading;
}

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
  const parts: (string | number | boolean)[] = [id, screenLanguage(app)];
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
  if (id === 'title') parts.push(app.game !== undefined, app.archivedAs ?? '', app.slotsRevision);
  if (id === 'setup') parts.push(app.chosenKey ?? '');
  if (id === 'saveProblem') parts.push(app.saveProblem?.code ?? '');
  parts.push(app.loading ?? '', app.loadFailure?.key ?? '', app.savesNotice?.kind ?? '');
  return parts.join('|');
}

/** Applies the settings; returns the language the screen wants when it is not loaded yet. */
function applySettings(app: AppState): string | undefined {
  const html = document.documentElement;
  html.style.setProperty('--font-scale', String(app.settings.textScale));
  html.classList.toggle('reduced-motion', app.settings.reducedMotion);
  const wanted = screenLanguage(app);
  return setLanguage(wanted) ? undefined : wanted;
}

/** A short spoken summary of a month's result: the visible meters that moved. */
function reportAnnouncement(app: AppState, index: number): string {
  const game = app.game?.getState();
  const record = game?.state.history[index];
  if (!game || !record) return '';
  const view = reportView(
    game.scenario,
    record,
    false,
    game.state.history[index - 1]?.meters,
    audienceOf(game.state),
  );
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

/** A screen waiting for its code or its scenario: says so, in the live region too. */
function renderLoading(root: HTMLElement, what: string): HTMLElement {
  const heading = h('h1', { id: 'loading-heading', tabindex: -1 }, t('loading.heading'));
  root.replaceChildren(
    h(
      'section',
      { class: 'panel screen', 'aria-labelledby': 'loading-heading', 'aria-busy': 'true' },
      heading,
      h('p', { role: 'status' }, what),
    ),
  );
  return heading;
}

/** A load that failed (no connection, say): what happened, try again, or go back. */
function renderLoadFailure(
  root: HTMLElement,
  store: AppStore,
  message: string,
  retry: () => void,
): HTMLElement {
  const heading = h('h1', { id: 'failure-heading', tabindex: -1 }, t('loading.failedHeading'));
  root.replaceChildren(
    h(
      'section',
      { class: 'panel screen', 'aria-labelledby': 'failure-heading' },
      heading,
      h('p', { role: 'alert' }, t('loading.failed', { message })),
      h(
        'div',
        { class: 'actions' },
        button(t('loading.retry'), retry, { class: 'primary' }),
        button(t('common.backTitle'), () => store.getState().go('title')),
      ),
    ),
  );
  return heading;
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

  let announcing: ReturnType<typeof setTimeout> | undefined;
  /** Empties the live region, so an old result is not found there on a later screen. */
  const clearAnnouncement = () => {
    clearTimeout(announcing);
    announcer.textContent = '';
  };
  const announce = (text: string) => {
    if (!text) return;
    // Clearing first makes a repeated message be read again.
    clearAnnouncement();
    announcing = setTimeout(() => {
      announcer.textContent = text;
    }, 50);
  };

  const deps = (app: AppState): ScreenDeps => {
    const active = activeScenario(app);
    const scenario = active && scenarioIn(active, screenLanguage(app), app.bundled).scenario;
    return {
      ...(scenario ? { scenario } : {}),
      settings: app.settings,
      updateSettings: (patch) => store.getState().updateSettings(patch),
      back: () => store.getState().back(),
      openSources: () => store.getState().go('sources'),
    };
  };

  let laterFailure: string | undefined;
  /** The later screens' code, or undefined while it loads (the screen shows that). */
  const later = (): LaterScreens | undefined => {
    if (laterScreens) return laterScreens;
    if (laterFailure === undefined) {
      // Shown when it arrives, unless the player has moved on to another screen meanwhile.
      const waiting = lastKey;
      loadLaterScreens().then(
        () => {
          if (lastKey === waiting) rerender();
        },
        (error: unknown) => {
          laterFailure = error instanceof Error ? error.message : String(error);
          if (lastKey === waiting) rerender();
        },
      );
    }
    return undefined;
  };

  const renderLater = (render: (screens: LaterScreens) => HTMLElement | null) => {
    const screens = later();
    if (screens) return render(screens);
    if (laterFailure === undefined) return renderLoading(root, t('loading.part'));
    return renderLoadFailure(root, store, laterFailure, () => {
      laterFailure = undefined;
      rerender();
    });
  };

  const renderScreen = (app: AppState): HTMLElement | null => {
    if (app.loadFailure) {
      return renderLoadFailure(root, store, app.loadFailure.message, () =>
        store.getState().retryLoad(),
      );
    }
    if (app.loading !== undefined) return renderLoading(root, t('loading.scenario'));
    switch (app.screen) {
      case 'title':
        return renderTitle(root, store);
      case 'scenarios':
        return renderLater((s) => s.renderScenarios(root, store));
      case 'setup':
        return renderLater((s) => s.renderSetup(root, store));
      case 'briefing':
        return app.game
          ? renderLater((s) => s.renderBriefing(root, store))
          : renderTitle(root, store);
      case 'saveProblem':
        return renderSaveProblem(root, store);
      case 'howToPlay':
        return renderLater((s) => {
          s.renderHowToPlay(root, deps(app));
          return null;
        });
      case 'settings':
        return renderLater((s) => {
          s.renderSettings(root, deps(app));
          return null;
        });
      case 'glossary':
        return renderLater((s) => {
          s.renderGlossary(root, deps(app));
          return null;
        });
      case 'evidence':
        return renderLater((s) => {
          s.renderEvidence(root, deps(app));
          return null;
        });
      case 'sources':
        return renderLater((s) => {
          s.renderSources(root, deps(app));
          return null;
        });
      case 'play': {
        if (!app.game) return renderTitle(root, store);
        const play = selectPlayScreen(app);
        return renderLater((s) => {
          switch (play.screen) {
            case 'pass':
              return s.renderPass(root, store, play.role!);
            case 'decide':
              return s.renderDecide(root, store, play.role!);
            case 'respond':
              return s.renderRespond(root, store, play.role!);
            case 'report':
              return s.renderReport(root, store, play.report!);
            case 'debrief':
              return s.renderDebrief(root, store);
          }
        });
      }
    }
  };

  /** Languages being loaded or that failed to load (not tried again until a reload). */
  const languagesAsked = new Set<string>();
  const update = (first: boolean, force = false) => {
    const app = store.getState();
    const missing = applySettings(app);
    if (missing !== undefined && !languagesAsked.has(missing)) {
      // Until its words arrive the screen speaks English; then it is drawn again.
      languagesAsked.add(missing);
      loadLanguage(missing).then(
        () => rerender(),
        (error: unknown) => console.warn('The language could not load:', error),
      );
    }
    // The scenario speaks the screen's language too: until its translation has arrived, a
    // game's screen says it is loading rather than show the scenario in another language.
    const active = activeScenario(app);
    const translating = app.game
      ? showScenarioIn(app.game, screenLanguage(app), app.bundled)
      : active && scenarioIn(active, screenLanguage(app), app.bundled).pending;
    translating?.then(() => rerender());
    onView?.(selectStageView(store.getState()));
    if (translating && app.screen !== 'title') {
      lastKey = 'translating';
      renderLoading(root, t('loading.scenario'));
      return;
    }
    const key = screenKey(app);
    if (key === lastKey && !force) return;
    lastKey = key;
    let heading: HTMLElement | null;
    try {
      heading = renderScreen(app) ?? root.querySelector<HTMLElement>('h1');
      const notice = savesNotice(store);
      if (notice) root.prepend(notice);
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
    // A result is announced for its own screen only: not carried into the next one or game.
    if (playKey !== lastPlay) clearAnnouncement();
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
    warmDebrief(app);
    // Any screen but the title keeps an entry in the browser's history for Back to use.
    if (app.screen !== 'title') armHistory();
  };

  // The debrief reads each score against the bots' ranges, which take a moment to play
  // out: they are worked out while the page is idle during the last month, not when
  // the debrief opens.
  let warmed: AppState['game'];
  function warmDebrief(app: AppState): void {
    const store = app.game;
    const game = store?.getState();
    if (!store || !game || store === warmed || game.state.phase === 'ended') return;
    const { compiled, state } = game;
    const length = state.config.length;
    const last =
      (length !== undefined ? compiled.lengths.get(length) : undefined) ?? compiled.lastTurn;
    if (state.turn < last) return;
    warmed = store;
    const idle = window.requestIdleCallback ?? ((work: () => void) => setTimeout(work, 200));
    // The debrief's views load with the later screens, not with the first screen.
    void import('../store/debriefView').then(({ botRange }) => {
      for (const role of compiled.source.roles) idle(() => botRange(compiled, role.id, length));
    });
  }

  // The browser's Back and Forward, kept within the game. The page's own history entry
  // ("base") is followed, off the title screen, by one more ("guard"). Back pops the
  // guard, and the game takes it as its own Back: it closes an auxiliary screen, steps
  // from setup to the scenarios to the title, and in a game stays where it is (Back
  // never leaves a game). The guard is then put back, except on the title, whose Back
  // leaves the page. Forward can only ever return to the guard, and changes nothing.
  let armed = (history.state as { bilateral?: string } | null)?.bilateral === 'guard';
  if (!armed) history.replaceState({ bilateral: 'base' }, '');
  function armHistory(): void {
    if (armed) return;
    history.pushState({ bilateral: 'guard' }, '');
    armed = true;
  }
  const BACK_TO: Partial<Record<ScreenName, ScreenName>> = {
    scenarios: 'title',
    setup: 'scenarios',
  };
  const onPopState = (event: PopStateEvent) => {
    if ((event.state as { bilateral?: string } | null)?.bilateral === 'guard') {
      armed = true;
      return;
    }
    armed = false;
    const app = store.getState();
    if (AUX_SCREENS.includes(app.screen)) app.back();
    else if (BACK_TO[app.screen]) app.go(BACK_TO[app.screen]!);
    // In a game (and anywhere else off the title) the screen stays, and so does the page.
    if (store.getState().screen !== 'title') armHistory();
  };
  window.addEventListener('popstate', onPopState);

  // Printing from the browser's menu opens the collapsed parts it prints (the debrief's
  // summary, or everything elsewhere); a print button has set the page up itself.
  let restorePrint: (() => void) | undefined;
  const beforePrint = () => {
    if (document.documentElement.dataset.print !== undefined) return;
    restorePrint = preparePrint(root, defaultPrintMode(root));
  };
  const afterPrint = () => {
    restorePrint?.();
    restorePrint = undefined;
  };
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', afterPrint);
  /** Renders the current screen again: its code has arrived, or a load is tried again. */
  const rerender = () => update(false, true);
  update(true);
  const unsubscribe = store.subscribe(() => update(false));
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('beforeprint', beforePrint);
    window.removeEventListener('afterprint', afterPrint);
  };
}
