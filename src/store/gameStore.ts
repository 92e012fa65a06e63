/**
 * One game as a zustand vanilla store over the engine. The store holds the engine's
 * state, the action log (which is the save file), and the last step's events or
 * rejection; everything else is derived by selectors. Not a singleton: the app makes
 * one per game.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../data/schema';
import type { AnySaveFile } from '../data/save';
import { TEAM_NAME_MAX } from '../data/saveVersion';
import {
  compileScenario,
  createGame,
  replay,
  step,
  toSave,
  type CompiledScenario,
} from '../engine';
import type { ReplayProblem } from '../engine';
import type { Action, GameEvent, GameState, Mode, RejectReason, SaveFile } from '../engine/types';

export type GameStoreState = {
  /** The scenario as written (labels and text for the views). */
  scenario: Scenario;
  /** The same scenario compiled, which the engine reads. */
  compiled: CompiledScenario;
  state: GameState;
  /** Every accepted action since the start, in order. */
  log: Action[];
  /** Events of the last accepted dispatch. */
  lastEvents: GameEvent[];
  /** Why the last dispatch was refused; cleared by the next accepted one. */
  lastRejection?: RejectReason;
  /**
   * In a two-team game, each team's name by role id, as chosen at setup (the government's
   * name when left blank); empty in a solo game.
   */
  teamNames: Record<string, string>;
  /** Seconds each team has for its turn in a two-team game; 0 for no timer (not saved). */
  timer: number;
  /**
   * Steps the engine with one action. Returns false (and records the reason) when the
   * engine refuses it; the state is then unchanged.
   */
  dispatch(action: Action): boolean;
  /**
   * Steps through several actions as one change: either every action is accepted and
   * subscribers hear of it once, or none is applied (the first refusal is recorded).
   */
  dispatchAll(actions: readonly Action[]): boolean;
};

export type GameStore = StoreApi<GameStoreState>;

export type NewGameOptions = {
  scenario: Scenario;
  humanRoles: string[];
  mode: Mode;
  seed: number;
  /** One of the scenario's game lengths; without it, the whole calendar. */
  length?: string;
  /** Team names by role id (two-team games); blank or missing names fall back to the government's. */
  teamNames?: Record<string, string>;
  /** Seconds per team's turn (two-team games); none or 0 for no timer. */
  timer?: number;
};

/**
 * The team names of a game: in a two-team game, each human role's chosen name (trimmed,
 * cut to the longest a save keeps), when it chose one; none in a solo game.
 */
export function teamNamesOf(
  scenario: Scenario,
  state: GameState,
  chosen: Record<string, string> = {},
): Record<string, string> {
  if (state.config.mode !== 'teams') return {};
  const names: Record<string, string> = {};
  for (const role of scenario.roles) {
    if (!state.config.humanRoles.includes(role.id)) continue;
    const name = (chosen[role.id] ?? '').trim().slice(0, TEAM_NAME_MAX);
    // Without a name of its own a team goes by its government's, in the screen's language.
    if (name !== '' && name !== role.name) names[role.id] = name;
  }
  return names;
}

function build(
  compiled: CompiledScenario,
  state: GameState,
  log: Action[],
  teamNames: Record<string, string> = {},
  timer = 0,
): GameStore {
  return createStore<GameStoreState>()((set, get) => ({
    scenario: compiled.source,
    compiled,
    state,
    log,
    lastEvents: [],
    teamNames: teamNamesOf(compiled.source, state, teamNames),
    timer: state.config.mode === 'teams' ? Math.max(0, timer) : 0,
    dispatch: (action) => get().dispatchAll([action]),
    dispatchAll(actions) {
      const current = get();
      let next = current.state;
      const events: GameEvent[] = [];
      for (const action of actions) {
        const result = step(current.compiled, next, action);
        if (!result.ok) {
          set({ lastRejection: result.reason });
          return false;
        }
        next = result.state;
        events.push(...result.events);
      }
      set({
        state: next,
        log: [...current.log, ...actions],
        lastEvents: events,
        lastRejection: undefined,
      });
      return true;
    },
  }));
}

/** A new game of `scenario` with the given human roles, mode and seed. */
export function createGameStore({
  scenario,
  humanRoles,
  mode,
  seed,
  length,
  teamNames,
  timer,
}: NewGameOptions): GameStore {
  const compiled = compileScenario(scenario);
  const config = { humanRoles, mode, seed, ...(length !== undefined ? { length } : {}) };
  return build(compiled, createGame(compiled, config), [], teamNames, timer);
}

/**
 * A game rebuilt from a save by replaying its log. Fails (never throws) when the engine
 * cannot replay it: another scenario or version, an action the rules now refuse, or a
 * log that now leads to another game than the one saved (then `state` is where it led).
 */
export function createGameStoreFromSave(
  scenario: Scenario,
  save: AnySaveFile,
):
  | { ok: true; store: GameStore }
  | { ok: false; problem: ReplayProblem | { code: 'crashed'; detail: string }; store?: GameStore } {
  try {
    const compiled = compileScenario(scenario);
    const result = replay(compiled, save);
    const names = 'teamNames' in save ? save.teamNames : undefined;
    if (result.ok) return { ok: true, store: build(compiled, result.state, [...save.log], names) };
    const store = result.state && build(compiled, result.state, [...save.log], names);
    return { ok: false, problem: result.problem, ...(store ? { store } : {}) };
  } catch (error) {
    // replay is meant to return its failures; a throw still must not blank the page.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { code: 'crashed', detail } };
  }
}

/** The save file of a game: its config and action log, versioned, and the team names. */
export function saveOf(game: GameStoreState): SaveFile {
  const save = toSave(game.state, game.log);
  return Object.keys(game.teamNames).length > 0 ? { ...save, teamNames: game.teamNames } : save;
}
