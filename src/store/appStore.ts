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
import type { Scenario } from '../data';
import type { Action } from '../engine/types';
import { createGameStore, saveOf, type GameStore, type NewGameOptions } from './gameStore';
import {
  archiveSave,
  freeSlot,
  listSlots,
  loadSettings,
  readKey,
  removeKey,
  saveSettings,
  slotKey,
  slotOfKey,
  slotRecordOf,
  STORAGE_KEYS,
  writeKey,
  writeSlot,
  type KeyValueStorage,
  type Progress,
  type SaveProblem,
  type SlotInfo,
  type SlotSummary,
  type StoredSave,
} from './persistence';
import type { CompiledFile } from './scenarioFile';
import { CheckReplaced, createScenarioChecker, type ScenarioChecker } from './scenarioCheck';
import { isPlayable, previewKey, type BundledScenario, type ScenarioEntry } from './scenarios';
import {
  keptFile,
  openAtStart,
  openSave,
  previewOf,
  saveNeedsKeptFile,
  shippedLoaders,
} from './startup';
import { roleName, turnInfo } from './turnViews';
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
  | 'sources'
  | 'saveProblem';

/** Screens opened over another one; Back returns to where they were opened from. */
export const AUX_SCREENS: readonly ScreenName[] = [
  'howToPlay',
  'settings',
  'glossary',
  'evidence',
  'sources',
];

/** Aux screens that show a scenario's content, loading one when none is at hand. */
const SCENARIO_SCREENS: readonly ScreenName[] = ['glossary', 'evidence', 'sources'];

/**
 * What the page must tell the player about their saved games, beside any screen:
 * - `same-game`: another tab has this tab's game open too (nothing is lost if both play);
 * - `other-tab`: another tab has saved the game this tab plays (this one will not
 *   overwrite it);
 * - `forked`: so this tab's game went on in slot `to`, leaving the other tab's in `from`;
 * - `no-room`: this tab's game could not be kept anywhere (every slot taken, or storage
 *   full): it plays on, and can be downloaded;
 * - `file-not-kept`: an author's file too big for storage (choose it again after a reload);
 * - `not-archived`: a save that could not be opened could not be set aside either: it
 *   stays in its slot, and can be downloaded.
 */
export type SavesNotice =
  | { kind: 'same-game'; slot: number }
  | { kind: 'other-tab'; slot: number }
  | { kind: 'forked'; from: number; to: number }
  | { kind: 'no-room' }
  | { kind: 'file-not-kept'; fileName: string }
  | { kind: 'not-archived'; slot: number };

/** A team's choices not yet confirmed: kept so a visit to the glossary does not lose them. */
export type Draft = { role: string; turn: number; picks: string[] };

export type AppState = {
  screen: ScreenName;
  /** Where each open auxiliary screen returns to. */
  returnTo: ScreenName[];
  settings: Settings;
  scenarios: ScenarioEntry[];
  /** The scenarios built into the game, with their translations (the list never changes). */
  bundled: readonly BundledScenario[];
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
  /** The save slot of this tab's game; undefined when no slot could be had for it. */
  slot?: number;
  /** The slot whose save is on the `saveProblem` screen. */
  problemSlot?: number;
  savesNotice?: SavesNotice;
  /** Bumped whenever the saved games change (here or in another tab), so lists refresh. */
  slotsRevision: number;
};

export type AppActions = {
  go(screen: ScreenName): void;
  /** Closes an auxiliary screen, returning where it was opened from. */
  back(): void;
  /** Chooses a scenario for the setup screen and starts loading it. */
  chooseScenario(key: string): void;
  /** Starts a game of the chosen scenario once it is loaded; false if it cannot start. */
  startGame(options: Omit<NewGameOptions, 'scenario'>): Promise<boolean>;
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
  /** Opens the game saved in slot `n` and resumes it (or shows why it cannot). */
  openSlot(n: number): Promise<boolean>;
  /** Deletes the game saved in slot `n` (the UI asks first). */
  deleteSlot(n: number): void;
  /** The saved games, in slot order. */
  savedGames(): SlotInfo[];
  /** The stored text of slot `n`, for a download. */
  slotText(n: number): string | null;
  /** This tab's game as a save's text, for a download when it cannot be kept. */
  gameText(): string | undefined;
  /** After another tab saved this game: keep playing this one, in a slot of its own. */
  keepPlayingHere(): void;
  dismissNotice(): void;
  /** Leaves the `saveProblem` screen for the title, keeping the save where it is. */
  leaveProblem(): void;
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
  /** The browser's languages, most wanted first: a first visit speaks the first the game has. */
  browserLanguages?: readonly string[];
  /** For archive stamps and the time a save was written. */
  now?: () => number;
  /**
   * Calls the listener with each change another tab makes to storage (the browser's
   * `storage` event: key, and new value or null when removed).
   */
  onStorageChange?: (listener: (key: string | null, value: string | null) => void) => void;
  /** A channel to the game's other tabs (a BroadcastChannel in the browser). */
  tabs?: TabChannel;
};

/** What tabs tell each other: "I play the game in slot n", and "so do I". */
export type TabMessage = { kind: 'playing' | 'here'; slot: number };

export type TabChannel = {
  post(message: TabMessage): void;
  listen(listener: (message: unknown) => void): void;
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
  /** The revision of this tab's slot that it last read or wrote. */
  let revision = opened.revision;
  let keptChecked = opened.keptChecked;
  let unsubscribeGame: (() => void) | undefined;
  /** Bumped by every change of the author's file, so a check of an older one is dropped. */
  let previewRevision = 0;
  const inFlight = new Map<string, Promise<Scenario>>();

  return createStore<AppStoreState>()((set, get) => {
    const bumpSlots = () => set((s) => ({ slotsRevision: s.slotsRevision + 1 }));

    /** Lets go of this tab's game (its save was deleted). */
    const forget = () => {
      unsubscribeGame?.();
      unsubscribeGame = undefined;
      set({ game: undefined, slot: undefined, progress: FRESH_PROGRESS, savesNotice: undefined });
    };

    /**
     * Keeps this tab's game in a free slot of its own, because its slot holds another
     * tab's newer game (or none was had). Without a free slot nothing is written.
     */
    const fork = (save: StoredSave, summary: SlotSummary, from: number | undefined) => {
      const to = freeSlot(storage);
      const written =
        to === undefined ? undefined : writeSlot(storage, to, 0, save, summary, now());
      if (to === undefined || !written?.ok) {
        set({ storageOk: false, savesNotice: { kind: 'no-room' } });
        return;
      }
      revision = written.revision;
      const stale = get().savesNotice?.kind === 'no-room';
      set({
        slot: to,
        storageOk: true,
        ...(from !== undefined
          ? { savesNotice: { kind: 'forked', from, to } }
          : stale
            ? { savesNotice: undefined }
            : {}),
      });
      bumpSlots();
    };

    /**
     * Writes the autosave to this tab's slot, only over the revision it last read there:
     * when another tab has saved since, this game goes on in a slot of its own. Remembers
     * a failure so the UI can warn; the game in play is never lost to one.
     */
    const persist = () => {
      const { game, progress, slot } = get();
      if (!game) return;
      const save = { ...saveOf(game.getState()), progress };
      const summary = summaryOf(game);
      if (slot === undefined) return fork(save, summary, undefined);
      const written = writeSlot(storage, slot, revision, save, summary, now());
      if (written.ok) {
        revision = written.revision;
        if (!get().storageOk) set({ storageOk: true });
        if (get().savesNotice?.kind === 'no-room') set({ savesNotice: undefined });
        if (written.revision === 1) bumpSlots();
      } else if (written.reason === 'newer') {
        fork(save, summary, slot);
      } else if (get().storageOk) {
        // Storage is full: the game goes on here, and can be downloaded.
        set({ storageOk: false, savesNotice: { kind: 'no-room' } });
      }
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

    /** Opens the game in slot `n`; `show` resumes it (else it is only made ready). */
    const openSlotGame = async (n: number, show: boolean): Promise<boolean> => {
      const raw = readKey(storage, slotKey(n));
      if (raw === null) {
        bumpSlots();
        return false;
      }
      const { parseStoredSave } = await import('./storedSave');
      const parsed = parseStoredSave(raw);
      const kept = keptFile(storage);
      if (kept && !keptChecked && saveNeedsKeptFile(parsed, get().scenarios, kept)) {
        keptChecked = true;
        await checkPreview(kept.text, kept.fileName);
      }
      let opened: Awaited<ReturnType<typeof openSave>>;
      try {
        opened = await openSave(parsed, get().scenarios, ensureLoaded);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        const problem = { code: 'crashed', detail } as const;
        opened = { kind: 'problem', problem: { code: 'replay', scenarioId: '', problem } };
      }
      if (opened.kind === 'none') return false;
      // Made ready in the background: a game the player has entered meanwhile stays.
      if (!show && inGame(get())) return false;
      if (opened.kind === 'problem') {
        if (show) {
          set({ screen: 'saveProblem', returnTo: [], saveProblem: opened.problem, problemSlot: n });
        }
        return false;
      }
      revision = slotRecordOf(raw).revision;
      attach(opened.game);
      set({
        game: opened.game,
        progress: opened.progress,
        slot: n,
        storageOk: true,
        unlockedRole: undefined,
        draft: undefined,
        savesNotice: undefined,
        saveProblem: undefined,
        problemSlot: undefined,
        ...(show
          ? { screen: opened.progress.briefingSeen ? 'play' : 'briefing', returnTo: [] }
          : {}),
      });
      if (show) announce();
      return true;
    };

    // Another tab's writes: a newer save of this tab's game is said at once (and never
    // overwritten); outside a game this tab takes the newer save as its own.
    options.onStorageChange?.((key, value) => {
      const slot = slotOfKey(key);
      if (slot === undefined) return;
      bumpSlots();
      if (slot !== get().slot) return;
      if (value === null) {
        // Deleted in another tab: a game in play here is written again on its next move;
        // one only waiting to be resumed is let go.
        if (!inGame(get())) forget();
        return;
      }
      if (slotRecordOf(value).revision === revision) return;
      if (!inGame(get())) void openSlotGame(slot, false);
      else set({ savesNotice: { kind: 'other-tab', slot } });
    });

    /** Tells the other tabs which saved game this one plays, when it enters one. */
    const announce = () => {
      const slot = get().slot;
      if (slot !== undefined) options.tabs?.post({ kind: 'playing', slot });
    };

    options.tabs?.listen((message) => {
      const { kind, slot } = (message ?? {}) as Partial<TabMessage>;
      const playing = kind === 'playing' || kind === 'here';
      if (!playing || slot === undefined || slot !== get().slot || !inGame(get())) return;
      if (kind === 'playing') options.tabs?.post({ kind: 'here', slot });
      if (!get().savesNotice) set({ savesNotice: { kind: 'same-game', slot } });
    });

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
      settings: loadSettings(
        storage,
        options.prefersReducedMotion ?? false,
        options.browserLanguages,
      ),
      scenarios,
      bundled: options.bundled,
      loaded,
      ...(boot.kind === 'ok' ? { game: boot.game } : {}),
      progress: boot.kind === 'ok' ? boot.progress : FRESH_PROGRESS,
      gameRevision: 0,
      ...(boot.kind === 'problem' ? { saveProblem: boot.problem, problemSlot: opened.slot } : {}),
      storageOk: true,
      slot: boot.kind === 'ok' ? opened.slot : undefined,
      slotsRevision: 0,

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
        // A new game takes a free slot: it never overwrites a saved one.
        revision = 0;
        set({
          game,
          slot: freeSlot(storage),
          savesNotice: undefined,
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
        announce();
      },

      startFresh() {
        const slot = get().problemSlot ?? 1;
        const archivedAs = archiveSave(storage, now(), slot);
        // If storage refused the archive, the save is left in its slot rather than lost
        // (new games take other slots), and the player is offered it as a download.
        const kept = !archivedAs && readKey(storage, slotKey(slot)) !== null;
        set({
          saveProblem: undefined,
          problemSlot: undefined,
          screen: 'title',
          returnTo: [],
          ...(archivedAs ? { archivedAs } : {}),
          ...(kept ? { savesNotice: { kind: 'not-archived', slot } } : {}),
        });
        bumpSlots();
      },

      leaveProblem() {
        set({ saveProblem: undefined, problemSlot: undefined, screen: 'title', returnTo: [] });
      },

      openSlot(n) {
        return openSlotGame(n, true);
      },

      deleteSlot(n) {
        removeKey(storage, slotKey(n));
        if (get().slot === n) forget();
        bumpSlots();
      },

      savedGames() {
        return listSlots(storage);
      },

      slotText(n) {
        return readKey(storage, slotKey(n));
      },

      gameText() {
        const { game, progress } = get();
        return game ? JSON.stringify({ ...saveOf(game.getState()), progress }) : undefined;
      },

      keepPlayingHere() {
        const { game, progress, slot } = get();
        set({ savesNotice: undefined });
        if (game) fork({ ...saveOf(game.getState()), progress }, summaryOf(game), slot);
      },

      dismissNotice() {
        set({ savesNotice: undefined });
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
        // Bytes come only when they could not be read as text: nothing to keep.
        const keptText = typeof text === 'string' ? text : undefined;
        // A file too big for storage is said to be so: after a reload it must be chosen again.
        const stored =
          keptText !== undefined && writeKey(storage, STORAGE_KEYS.devScenario, keptText);
        if (stored) writeKey(storage, STORAGE_KEYS.devScenarioName, fileName);
        else {
          removeKey(storage, STORAGE_KEYS.devScenario);
          removeKey(storage, STORAGE_KEYS.devScenarioName);
          if (keptText !== undefined) set({ savesNotice: { kind: 'file-not-kept', fileName } });
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

/** What a saved game's list entry shows, written with each save. */
function summaryOf(game: GameStore): SlotSummary {
  const { scenario, state } = game.getState();
  const config = state.config as typeof state.config & { teamNames?: unknown };
  const teams = config.teamNames;
  const named =
    teams && typeof teams === 'object'
      ? Object.values(teams).filter((v): v is string => typeof v === 'string' && v !== '')
      : [];
  const length = scenario.calendar.lengths.find((l) => l.id === config.length)?.label;
  return {
    title: scenario.meta.title,
    who: named.length > 0 ? named : config.humanRoles.map((role) => roleName(scenario, role)),
    ...(length !== undefined ? { length } : {}),
    ...(state.phase === 'ended'
      ? {}
      : { month: turnInfo(scenario, Math.max(1, state.turn)).label }),
  };
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
