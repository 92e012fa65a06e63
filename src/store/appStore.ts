/**
 * The app around the games: which screen is up, the settings, the scenarios on offer
 * (with their problems), the active game and its autosave, and what a two-team game
 * keeps private. A zustand vanilla store built by a factory; the UI reads it through
 * selectors and changes it only through the actions here.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../data/schema';
import type { Action, Mode } from '../engine/types';
import { createGameStore, createGameStoreFromSave, saveOf, type GameStore } from './gameStore';
import {
  archiveSave,
  loadSettings,
  parseStoredSave,
  readKey,
  removeKey,
  saveFileOf,
  saveSettings,
  STORAGE_KEYS,
  writeKey,
  writeSave,
  type KeyValueStorage,
  type Progress,
  type SaveProblem,
} from './persistence';
import {
  findEntryForSave,
  loadBundled,
  loadEntry,
  type ScenarioEntry,
  type ScenarioText,
} from './scenarios';
import type { Settings } from './settings';

export type ScreenName =
  | 'title'
  | 'scenarios'
  | 'setup'
  | 'briefing'
  | 'play'
  | 'howToPlay'
  | 'settings'
  | 'glossary'
  | 'evidence'
  | 'saveProblem';

/** Screens opened over another one; Back returns to where they were opened from. */
export const AUX_SCREENS: readonly ScreenName[] = ['howToPlay', 'settings', 'glossary', 'evidence'];

/** A team's choices not yet confirmed: kept so a visit to the glossary does not lose them. */
export type Draft = { role: string; turn: number; picks: string[] };

export type AppState = {
  screen: ScreenName;
  /** Where each open auxiliary screen returns to. */
  returnTo: ScreenName[];
  settings: Settings;
  scenarios: ScenarioEntry[];
  /** Key of the scenario entry chosen on the scenario screen. */
  chosenKey?: string;
  /** The game in play or ready to resume. */
  game?: GameStore;
  /** Bumped on every change of the game store, so app subscribers hear of it. */
  gameRevision: number;
  progress: Progress;
  /** In a two-team game: the role whose team has taken the device. */
  unlockedRole?: string;
  draft?: Draft;
  /** Why the stored save could not be opened (screen `saveProblem`). */
  saveProblem?: SaveProblem;
  /** Where the unopenable save was archived, once the player chose to start fresh. */
  archivedAs?: string;
  /** False once a write to storage failed: the game warns that it is not being saved. */
  storageOk: boolean;
};

export type AppActions = {
  go(screen: ScreenName): void;
  /** Closes an auxiliary screen, returning where it was opened from. */
  back(): void;
  chooseScenario(key: string): void;
  startGame(options: { humanRoles: string[]; mode: Mode; seed: number }): boolean;
  resume(): void;
  /** Archives an unopenable save and returns to the title screen. */
  startFresh(): void;
  ackBriefing(): void;
  ackReport(): void;
  unlock(role: string): void;
  setDraft(draft: Draft | undefined): void;
  /** Chooses the options (in order) and ends `role`'s moves, as one change. */
  confirmMoves(role: string, options: readonly string[]): boolean;
  /** Gives `role`'s answers (move index → answer id), as one change. */
  confirmAnswers(role: string, answers: readonly { move: number; answer: string }[]): boolean;
  updateSettings(patch: Partial<Settings>): void;
  /** Loads an author's scenario file for preview and keeps it in storage. */
  loadPreview(text: string, fileName: string): ScenarioEntry;
  removePreview(): void;
};

export type AppStoreState = AppState & AppActions;
export type AppStore = StoreApi<AppStoreState>;

export type AppStoreOptions = {
  storage: KeyValueStorage | null;
  bundled: readonly ScenarioText[];
  prefersReducedMotion?: boolean;
  /** For archive stamps. */
  now?: () => number;
};

const FRESH_PROGRESS: Progress = { briefingSeen: false, reportsSeen: 0 };

function previewEntry(storage: KeyValueStorage | null): ScenarioEntry | undefined {
  const text = readKey(storage, STORAGE_KEYS.devScenario);
  if (text === null) return undefined;
  const fileName = readKey(storage, STORAGE_KEYS.devScenarioName) ?? 'my-scenario.yaml';
  return loadEntry({ fileName, text }, 'preview');
}

type BootSave =
  | { kind: 'none' }
  | { kind: 'ok'; game: GameStore; progress: Progress }
  | { kind: 'problem'; problem: SaveProblem };

/** Opens the autosave, if any, against the loaded scenarios: parse, version, replay. */
function openSave(storage: KeyValueStorage | null, entries: readonly ScenarioEntry[]): BootSave {
  const raw = readKey(storage, STORAGE_KEYS.save);
  if (raw === null) return { kind: 'none' };
  const parsed = parseStoredSave(raw);
  if (!parsed.ok) return { kind: 'problem', problem: parsed.problem };
  const stored = parsed.save;
  const entry = findEntryForSave(entries, stored.scenarioId, stored.progress.scenarioKey);
  if (!entry) {
    return {
      kind: 'problem',
      problem: { code: 'missing-scenario', scenarioId: stored.scenarioId },
    };
  }
  const rebuilt = createGameStoreFromSave(entry.result.scenario, saveFileOf(stored));
  if (!rebuilt.ok) {
    return {
      kind: 'problem',
      problem: { code: 'replay', scenarioId: stored.scenarioId, problem: rebuilt.problem },
    };
  }
  return {
    kind: 'ok',
    game: rebuilt.store,
    progress: { ...stored.progress, scenarioKey: entry.key },
  };
}

/**
 * The app store. On creation it loads the bundled scenarios (and an author's preview,
 * if stored), the settings, and the autosave: a save that cannot be opened puts the
 * app on the `saveProblem` screen instead of losing it or failing.
 */
export function createAppStore(options: AppStoreOptions): AppStore {
  const { storage } = options;
  const now = options.now ?? (() => Date.now());
  const preview = previewEntry(storage);
  const scenarios = [...loadBundled(options.bundled), ...(preview ? [preview] : [])];
  const boot = openSave(storage, scenarios);
  let unsubscribeGame: (() => void) | undefined;

  return createStore<AppStoreState>()((set, get) => {
    /** Writes the autosave; remembers a failure so the UI can warn. */
    const persist = () => {
      const { game, progress } = get();
      if (!game) return;
      const ok = writeSave(storage, { ...saveOf(game.getState()), progress });
      if (ok !== get().storageOk) set({ storageOk: ok });
    };

    const attach = (game: GameStore | undefined) => {
      unsubscribeGame?.();
      unsubscribeGame = game?.subscribe(() => {
        set((s) => ({ gameRevision: s.gameRevision + 1 }));
        persist();
      });
    };

    if (boot.kind === 'ok') attach(boot.game);

    const setProgress = (patch: Partial<Progress>) => {
      set((s) => ({ progress: { ...s.progress, ...patch } }));
      persist();
    };

    return {
      screen: boot.kind === 'problem' ? 'saveProblem' : 'title',
      returnTo: [],
      settings: loadSettings(storage, options.prefersReducedMotion ?? false),
      scenarios,
      ...(boot.kind === 'ok' ? { game: boot.game } : {}),
      progress: boot.kind === 'ok' ? boot.progress : FRESH_PROGRESS,
      gameRevision: 0,
      ...(boot.kind === 'problem' ? { saveProblem: boot.problem } : {}),
      storageOk: true,

      go(screen) {
        const { screen: from, returnTo } = get();
        if (screen === from) return;
        if (AUX_SCREENS.includes(screen)) {
          // Opening one aux screen from another replaces it, so Back leads out in one step.
          const stack = AUX_SCREENS.includes(from) ? returnTo : [...returnTo, from];
          set({ screen, returnTo: stack });
        } else {
          set({ screen, returnTo: [] });
        }
      },

      back() {
        const { returnTo } = get();
        const previous = returnTo[returnTo.length - 1] ?? 'title';
        set({ screen: previous, returnTo: returnTo.slice(0, -1) });
      },

      chooseScenario(key) {
        const entry = get().scenarios.find((e) => e.key === key);
        if (!entry?.result.ok) return;
        set({ chosenKey: key, screen: 'setup', returnTo: [] });
      },

      startGame({ humanRoles, mode, seed }) {
        const entry = get().scenarios.find((e) => e.key === get().chosenKey);
        if (!entry?.result.ok) return false;
        const game = createGameStore({ scenario: entry.result.scenario, humanRoles, mode, seed });
        attach(game);
        set({
          game,
          progress: { ...FRESH_PROGRESS, scenarioKey: entry.key },
          unlockedRole: undefined,
          draft: undefined,
          screen: 'briefing',
          returnTo: [],
        });
        persist();
        return true;
      },

      resume() {
        const { game, progress } = get();
        if (!game) return;
        set({
          screen: progress.briefingSeen ? 'play' : 'briefing',
          returnTo: [],
          unlockedRole: undefined,
        });
      },

      startFresh() {
        const archivedAs = archiveSave(storage, now());
        // If storage refused the archive, the save is left where it was rather than lost.
        set({
          saveProblem: undefined,
          screen: 'title',
          returnTo: [],
          ...(archivedAs ? { archivedAs } : {}),
        });
      },

      ackBriefing() {
        setProgress({ briefingSeen: true });
        set({ screen: 'play', returnTo: [] });
      },

      ackReport() {
        const { game, progress } = get();
        if (!game) return;
        const total = game.getState().state.history.length;
        setProgress({ reportsSeen: Math.min(total, progress.reportsSeen + 1) });
      },

      unlock(role) {
        set({ unlockedRole: role });
      },

      setDraft(draft) {
        set({ draft });
      },

      confirmMoves(role, picks) {
        const game = get().game;
        if (!game) return false;
        const actions: Action[] = [
          ...picks.map((option): Action => ({ type: 'chooseOption', role, option })),
          { type: 'endMoves', role },
        ];
        const ok = game.getState().dispatchAll(actions);
        if (ok) set({ draft: undefined, unlockedRole: undefined });
        return ok;
      },

      confirmAnswers(role, answers) {
        const game = get().game;
        if (!game) return false;
        const actions = answers.map(({ move, answer }): Action => ({
          type: 'respond',
          role,
          move,
          answer,
        }));
        const ok = game.getState().dispatchAll(actions);
        if (ok) set({ unlockedRole: undefined });
        return ok;
      },

      updateSettings(patch) {
        const settings = { ...get().settings, ...patch };
        set({ settings });
        saveSettings(storage, settings);
      },

      loadPreview(text, fileName) {
        const entry = loadEntry({ fileName, text }, 'preview');
        writeKey(storage, STORAGE_KEYS.devScenario, text);
        writeKey(storage, STORAGE_KEYS.devScenarioName, fileName);
        set((s) => ({ scenarios: [...s.scenarios.filter((e) => e.origin !== 'preview'), entry] }));
        return entry;
      },

      removePreview() {
        removeKey(storage, STORAGE_KEYS.devScenario);
        removeKey(storage, STORAGE_KEYS.devScenarioName);
        set((s) => ({ scenarios: s.scenarios.filter((e) => e.origin !== 'preview') }));
      },
    };
  });
}

/** Whether the current screen belongs to the game in play (directly or via an aux screen). */
export function inGame(state: Pick<AppState, 'screen' | 'returnTo'>): boolean {
  return [state.screen, ...state.returnTo].some((s) => s === 'briefing' || s === 'play');
}

/**
 * The scenario the screens should show: the game's when in a game, else the one chosen on
 * the scenario screen, else the game ready to resume, else the first playable file (so
 * the glossary and evidence library work from the title screen).
 */
export function activeScenario(state: AppState): Scenario | undefined {
  if (state.game && inGame(state)) return state.game.getState().scenario;
  const chosen = state.scenarios.find((e) => e.key === state.chosenKey);
  if (chosen?.result.ok) return chosen.result.scenario;
  if (state.game) return state.game.getState().scenario;
  for (const entry of state.scenarios) if (entry.result.ok) return entry.result.scenario;
  return undefined;
}
