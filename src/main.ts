import './ui/styles.css';
import { createAppStore, type AppStore, type TabChannel } from './store/appStore';
import type { KeyValueStorage } from './store/persistence';
import { createScenarioChecker } from './store/scenarioCheck';
import type { StageView } from './store/selectors';
import type { Stage } from './stage';
import { loadLaterScreens, mountApp } from './ui/app';
import { bundledScenarios } from './ui/bundledScenarios';
import { language, loadLanguage, t } from './ui/i18n';
import { formatNumber } from './words/format';

/** localStorage when the browser allows it (it may throw in locked-down settings). */
function browserStorage(): KeyValueStorage | null {
  try {
    const storage = window.localStorage;
    const probe = 'bilateral.probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** The channel to the game's other tabs, where the browser has one (storage events still tell). */
function tabChannel(): TabChannel | undefined {
  let channel: BroadcastChannel;
  try {
    channel = new BroadcastChannel('bilateral.tabs');
  } catch {
    return undefined;
  }
  return {
    post: (message) => channel.postMessage(message),
    listen: (listener) => channel.addEventListener('message', (event) => listener(event.data)),
  };
}

/** The worker that checks an author's file; its code is fetched on the first check. */
async function startCheckWorker(): Promise<Worker> {
  const { default: CheckWorker } = await import('virtual:bilateral/check-worker');
  return new CheckWorker({ name: 'scenario-check' });
}

/** Runs `task` once the page is idle (or after `timeout` ms at the latest). */
function whenIdle(task: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout });
  else setTimeout(task, 200);
}

/**
 * The stage, started on first need: a game's view (meters, the plane) starts it at once;
 * otherwise `start` is called when the first screen is idle. Until it exists, the latest
 * view waits for it. A stage that cannot load leaves the game playable: every word is DOM.
 *
 * The stage follows the panel by a frame: a new view is drawn once the browser has
 * painted the screen that caused it, so a new screen never waits for the stage.
 */
function lazyStage(parent: HTMLElement, store: AppStore) {
  let stage: Stage | undefined;
  let latest: StageView | undefined;
  let starting = false;
  let drawing = false;
  const draw = () => {
    drawing = false;
    if (stage && latest) stage.setView(latest, store.getState().settings.textScale);
  };
  const start = () => {
    if (starting) return;
    starting = true;
    import('./stage')
      .then(({ mountStage }) => {
        stage = mountStage(parent);
        draw();
      })
      .catch((error: unknown) => console.warn('The stage could not load:', error));
  };
  return {
    start,
    show(view: StageView) {
      latest = view;
      if (!stage) {
        if (view.meters.length > 0) start();
      } else if (!drawing) {
        drawing = true;
        requestAnimationFrame(() => setTimeout(draw, 0));
      }
    },
  };
}

/**
 * Boots the game: the app store (scenarios, settings, autosave), then the DOM layer; the
 * stage behind it (Phaser) and the screens of a game load once the first screen is idle.
 */
async function boot(): Promise<void> {
  const app = document.getElementById('app');
  const stageParent = document.getElementById('stage');
  const announcer = document.getElementById('announcer');
  if (!app || !stageParent || !announcer)
    throw new Error('index.html is missing #app, #stage or #announcer');
  // Seen only while a saved game's scenario loads; the title replaces it.
  const opening = document.createElement('p');
  opening.setAttribute('role', 'status');
  opening.textContent = t('loading.opening');
  app.replaceChildren(opening);
  const store = await createAppStore({
    storage: browserStorage(),
    bundled: bundledScenarios,
    checkFile: createScenarioChecker(startCheckWorker),
    onStorageChange: (listener) =>
      window.addEventListener('storage', (event) => listener(event.key, event.newValue)),
    tabs: tabChannel(),
    prefersReducedMotion: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
    browserLanguages: navigator.languages ?? [navigator.language],
  });
  // The first screen opens in the player's language: its words first, when not English.
  await loadLanguage(store.getState().settings.language).catch((error: unknown) =>
    console.warn('The language could not load:', error),
  );
  const stage = lazyStage(stageParent, store);
  mountApp({ root: app, announcer, store, onView: (view) => stage.show(view) });
  // The first screen is usable from here on.
  performance.mark('bilateral:interactive');
  // Once the title is idle, what the next screens need: their code, the stage (Phaser),
  // and the number formatter, whose first use costs the browser tens of milliseconds.
  whenIdle(() => {
    stage.start();
    loadLaterScreens().catch(() => undefined);
    formatNumber(0, language());
  }, 1000);
}

boot().catch((error: unknown) => {
  const app = document.getElementById('app') ?? document.body;
  const message = error instanceof Error ? error.message : String(error);
  app.replaceChildren();
  const heading = document.createElement('h1');
  heading.textContent = t('error.heading');
  const detail = document.createElement('p');
  detail.textContent = t('error.boot', { message });
  app.append(heading, detail);
});
