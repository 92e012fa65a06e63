import './ui/styles.css';
import { createStage } from './scenes/createStage';
import { createAppStore } from './store/appStore';
import type { KeyValueStorage } from './store/persistence';
import { mountApp } from './ui/app';
import { bundledScenarios } from './ui/bundledScenarios';
import { t } from './ui/i18n';
import { mountStageLabels } from './ui/stageLabels';

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

/**
 * Boots the game: the app store (scenarios, settings, autosave), the DOM layer, and the
 * Phaser stage behind it with its DOM labels, which receive a fresh view on every change.
 */
function boot(): void {
  const app = document.getElementById('app');
  const stage = document.getElementById('stage');
  const announcer = document.getElementById('announcer');
  if (!app || !stage || !announcer)
    throw new Error('index.html is missing #app, #stage or #announcer');
  const store = createAppStore({
    storage: browserStorage(),
    bundled: bundledScenarios,
    prefersReducedMotion: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
  });
  // The DOM first, so the first screen is usable before the stage has started. The
  // stage's names are DOM too, over the canvas; they show once the canvas exists.
  let scene: ReturnType<typeof createStage> | undefined;
  let pending: Parameters<ReturnType<typeof createStage>['setView']>[0] | undefined;
  const labels = mountStageLabels(stage);
  mountApp({
    root: app,
    announcer,
    store,
    onView: (view) => {
      labels.update(view, store.getState().settings.textScale);
      if (scene) scene.setView(view);
      else pending = view;
    },
  });
  // The first screen is usable from here on.
  performance.mark('bilateral:interactive');
  // The stage starts in a later task, so the browser can paint the first screen before
  // Phaser boots (the page is usable without it).
  setTimeout(() => {
    try {
      scene = createStage(stage);
      if (pending) scene.setView(pending);
    } catch (error) {
      // Without canvas the game is still fully playable: every word is DOM.
      console.warn('The stage could not start:', error);
    }
  }, 0);
}

try {
  boot();
} catch (error) {
  const app = document.getElementById('app') ?? document.body;
  const message = error instanceof Error ? error.message : String(error);
  app.replaceChildren();
  const heading = document.createElement('h1');
  heading.textContent = t('error.heading');
  const detail = document.createElement('p');
  detail.textContent = t('error.boot', { message });
  app.append(heading, detail);
}
