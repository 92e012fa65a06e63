/**
 * The app around the games: which screen is up, the settings, the scenarios on offer
 * (with their problems), the active game and its autosave, and what a two-team game
 * keeps private. A zustand vanilla store built by a factory; the UI reads it through
 * selectors and changes it only through the actions here.
 *
 * Scenarios are listed from their list entries alone; each is loaded in full when first
 * needed (chosen, resumed, or shown in the glossary), and an author's file is checked in
 * the background (`scenarioCheck.ts`). While a screen waits for a scenario, `loading`
 * says so; a load that fails leaves `loadFailure`, never a blank page.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { fileText } from '../data/fileText';
import type { Scenario } from '../data';
import type { Action, Mode } from '../engine/types';
import { createGameStore, saveOf, type GameStore } from './gameStore';
import {
  archiveSave,
  loadSettings,
  removeKey,
  saveSettings,
  STORAGE_KEYS,
  writeKey,
  writeSave,
  type KeyValueStorage,
  type Progress,
  type SaveProblem,
} from './persistence';
import type { CompiledFile } from './scenarioFile';
import { CheckReplaced, createScenarioChecker, type ScenarioChecker } from './scenarioCheck';
import { isPlayable, previewKey, type BundledScenario, type ScenarioEntry } from './scenarios';
import { keptFile, openAtStart, previewOf, shippedLoaders } from './startup';
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

/** Aux screens that show a scenario's content, loading one when none is at hand. */
const SCENARIO_SCREENS: readonly ScreenName[] = ['glossary', 'evidence'];

/** A team's choices not yet confirmed: kept so a visit to the glossary does not lose them. */
export type Draft = { role: string; turn: number; picks: string[] };

export type AppState = {
  screen: ScreenName;
  /** Where each open auxiliary screen returns to. */
  returnTo: ScreenName[];
  settings: Settings;
  scenarios: ScenarioEntry[];
  /** Scenarios loaded in full so far, by entry key. */
  loaded: Readonly<Record<string, Scenario>>;
  /** The key of the scenario the current screen waits for, while it loads. */
  loading?: string;
  /** A scenario the current screen needs that could not be loaded, and why. */
  loadFailure?: { key: string; message: string };
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
  /** Chooses a scenario for the setup screen and starts loading it. */
  chooseScenario(key: string): void;
  /** Starts a game of the chosen scenario once it is loaded; false if it cannot start. */
  startGame(options: {
    humanRoles: string[];
    mode: Mode;
    seed: number;
    length?: string;
    teamNames?: Record<string, string>;
    timer?: number;
  }): Promise<boolean>;
  /** Tries again to load the scenario that failed to load. */
  retryLoad(): void;
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
  /**
   * Keeps an author's scenario file in storage and checks it in the background: its text,
   * or its bytes when they may not be UTF-8 (the loader decodes UTF-16 by its byte-order
   * mark, and names what it cannot read). Resolves to its entry once checked, or undefined
   * when another file or a removal replaced it.
   */
  loadPreview(text: string | Uint8Array, fileName: string): Promise<ScenarioEntry | undefined>;
  /** Checks the author's kept file, if it has not been checked since the page opened. */
  checkKeptFile(): void;
  removePreview(): void;
};

export type AppStoreState = AppState & AppActions;
export type AppStore = StoreApi<AppStoreState>;

export type AppStoreOptions = {
  storage: KeyValueStorage | null;
  /** The scenarios shipped with the game, as the build compiled them. */
  bundled: readonly BundledScenario[];
  /** Checks an author's file; by default on the page itself (the browser passes a worker). */
  checkFile?: ScenarioChecker;
  prefersReducedMotion?: boolean;
  /** For archive stamps. */
  now?: () => number;
};

const FRESH_PROGRESS: Progress = { briefingSeen: false, reportsSeen: 0 };

/**
 * The app store. It lists the bundled scenarios (and the author's kept file, checked when
 * first needed), reads the settings, and opens the autosave, loading its scenario: a
 * save that cannot be opened puts the app on the `saveProblem` screen instead of losing
 * it or failing. Resolves once the save is open; rejects only if a shipped scenario the
 * save needs cannot be fetched (the page then says the game could not start).
 */
export async function createAppStore(options: AppStoreOptions): Promise<AppStore> {
  const { storage } = options;
  const now = options.now ?? (() => Date.now());
  const checkFile = options.checkFile ?? createScenarioChecker();
  const loaders = shippedLoaders(options.bundled);
  const opened = await openAtStart(storage, options.bundled, loaders, checkFile);
  const { scenarios, loaded, save: boot } = opened;
  let keptChecked = opened.keptChecked;
  let unsubscribeGame: (() => void) | undefined;
  /** Bumped by every change of the author's file, so a check of an older one is dropped. */
  let previewRevision = 0;
  const inFlight = new Map<string, Promise<Scenario>>();

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

    /** The scenario of entry `key` in full, fetched once however often it is asked for. */
    const ensureLoaded = (key: string): Promise<Scenario> => {
      const have = get().loaded[key];
      if (have) return Promise.resolve(have);
      const load = loaders.get(key);
      if (!load) return Promise.reject(new Error(`the scenario ${key} cannot be loaded`));
      let pending = inFlight.get(key);
      if (!pending) {
        pending = load()
          .then((scenario) => {
            set((s) => ({ loaded: { ...s.loaded, [key]: scenario } }));
            return scenario;
          })
          .finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending;
    };

    /**
     * Loads `key` for the current screen, which shows that it waits; on failure the
     * screen says why. Undefined when it failed or the player has moved on meanwhile.
     */
    const loadForScreen = async (key: string): Promise<Scenario | undefined> => {
      const have = get().loaded[key];
      if (have) return have;
      set({ loading: key, loadFailure: undefined });
      try {
        const scenario = await ensureLoaded(key);
        if (get().loading !== key) return undefined;
        set({ loading: undefined });
        return scenario;
      } catch (error) {
        if (get().loading === key) {
          const message = error instanceof Error ? error.message : String(error);
          set({ loading: undefined, loadFailure: { key, message } });
        }
        return undefined;
      }
    };

    /** Records a checked author's file, unless a newer change replaced it meanwhile. */
    const applyPreview = (revision: number, fileName: string, file: CompiledFile) => {
      if (revision !== previewRevision) return undefined;
      const { entry, scenario } = previewOf(fileName, file);
      set((s) => {
        const others = { ...s.loaded };
        delete others[entry.key];
        return {
          scenarios: [...s.scenarios.filter((e) => e.origin !== 'preview'), entry],
          loaded: scenario ? { ...others, [entry.key]: scenario } : others,
        };
      });
      return entry;
    };

    const checkPreview = async (text: string | Uint8Array, fileName: string) => {
      const revision = previewRevision;
      try {
        return applyPreview(revision, fileName, await checkFile(text, fileName));
      } catch (error) {
        if (error instanceof CheckReplaced) return undefined;
        throw error;
      }
    };

    return {
      screen: boot.kind === 'problem' ? 'saveProblem' : 'title',
      returnTo: [],
      settings: loadSettings(storage, options.prefersReducedMotion ?? false),
      scenarios,
      loaded,
      ...(boot.kind === 'ok' ? { game: boot.game } : {}),
      progress: boot.kind === 'ok' ? boot.progress : FRESH_PROGRESS,
      gameRevision: 0,
      ...(boot.kind === 'problem' ? { saveProblem: boot.problem } : {}),
      storageOk: true,

      go(screen) {
        const { screen: from, returnTo } = get();
        if (screen === from) return;
        // Opening one aux screen from another replaces it, so Back leads out in one step.
        const stack = !AUX_SCREENS.includes(screen)
          ? []
          : AUX_SCREENS.includes(from)
            ? returnTo
            : [...returnTo, from];
        const next: Partial<AppState> = {
          screen,
          returnTo: stack,
          loading: undefined,
          loadFailure: undefined,
        };
        // A screen that shows a scenario's content from outside a game loads one first.
        const wanted =
          SCENARIO_SCREENS.includes(screen) && !activeScenario({ ...get(), ...next })
            ? get().scenarios.find(isPlayable)?.key
            : undefined;
        set(wanted !== undefined ? { ...next, loading: wanted } : next);
        if (wanted !== undefined) void loadForScreen(wanted);
      },

      back() {
        const { returnTo } = get();
        const previous = returnTo[returnTo.length - 1] ?? 'title';
        set({
          screen: previous,
          returnTo: returnTo.slice(0, -1),
          loading: undefined,
          loadFailure: undefined,
        });
      },

      chooseScenario(key) {
        if (!isPlayable(get().scenarios.find((e) => e.key === key))) return;
        set({ chosenKey: key, screen: 'setup', returnTo: [], loadFailure: undefined });
        // Fetched while the player chooses a side, so the briefing opens without waiting;
        // a failure here is reported if the game is started.
        ensureLoaded(key).catch(() => undefined);
      },

      async startGame({ humanRoles, mode, seed, length, teamNames, timer }) {
        const key = get().chosenKey;
        if (key === undefined || !isPlayable(get().scenarios.find((e) => e.key === key))) {
          return false;
        }
        const scenario = await loadForScreen(key);
        if (!scenario || get().chosenKey !== key || get().screen !== 'setup') return false;
        const game = createGameStore({
          scenario,
          humanRoles,
          mode,
          seed,
          ...(length !== undefined ? { length } : {}),
          ...(teamNames !== undefined ? { teamNames } : {}),
          ...(timer !== undefined ? { timer } : {}),
        });
        attach(game);
        set({
          game,
          progress: { ...FRESH_PROGRESS, scenarioKey: key },
          unlockedRole: undefined,
          draft: undefined,
          screen: 'briefing',
          returnTo: [],
        });
        persist();
        return true;
      },

      retryLoad() {
        const failed = get().loadFailure;
        if (failed) void loadForScreen(failed.key);
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
        // A shared report was on screen: the next team takes the device again.
        if (game.getState().state.config.mode === 'teams') set({ unlockedRole: undefined });
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
        // The team keeps the device: it passes when the team has nothing left to do.
        if (ok) set({ draft: undefined });
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
        return game.getState().dispatchAll(actions);
      },

      updateSettings(patch) {
        const settings = { ...get().settings, ...patch };
        set({ settings });
        saveSettings(storage, settings);
      },

      loadPreview(text, fileName) {
        previewRevision += 1;
        keptChecked = true;
        // Kept before it is checked: an author's file is never lost to a slow check.
        const kept = typeof text === 'string' ? text : fileText(text);
        const keptText = typeof kept === 'string' ? kept : kept.ok ? kept.text : undefined;
        if (keptText !== undefined) {
          writeKey(storage, STORAGE_KEYS.devScenario, keptText);
          writeKey(storage, STORAGE_KEYS.devScenarioName, fileName);
        }
        const checking: ScenarioEntry = { key: previewKey(fileName), fileName, origin: 'preview' };
        set((s) => ({
          scenarios: [...s.scenarios.filter((e) => e.origin !== 'preview'), checking],
        }));
        return checkPreview(text, fileName);
      },

      checkKeptFile() {
        if (keptChecked) return;
        keptChecked = true;
        const file = keptFile(storage);
        if (file) void checkPreview(file.text, file.fileName);
      },

      removePreview() {
        previewRevision += 1;
        keptChecked = true;
        removeKey(storage, STORAGE_KEYS.devScenario);
        removeKey(storage, STORAGE_KEYS.devScenarioName);
        set((s) => ({
          scenarios: s.scenarios.filter((e) => e.origin !== 'preview'),
          loaded: Object.fromEntries(
            Object.entries(s.loaded).filter(([key]) => !key.startsWith(previewKey(''))),
          ),
        }));
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
  const chosen = state.chosenKey !== undefined ? state.loaded[state.chosenKey] : undefined;
  if (chosen) return chosen;
  if (state.game) return state.game.getState().scenario;
  const first = state.scenarios.find(isPlayable);
  return first ? state.loaded[first.key] : undefined;
}
