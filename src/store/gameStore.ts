/**
 * One game as a zustand vanilla store over the engine. The store holds the engine's
 * state, the action log (which is the save file), and the last step's events or
 * rejection; everything else is derived by selectors. Not a singleton: the app makes
 * one per game.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../data/schema';
import type { AnySaveFile } from '../data/save';
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
};

function build(compiled: CompiledScenario, state: GameState, log: Action[]): GameStore {
  return createStore<GameStoreState>()((set, get) => ({
    scenario: compiled.source,
    compiled,
    state,
    log,
    lastEvents: [],
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
export function createGameStore({ scenario, humanRoles, mode, seed }: NewGameOptions): GameStore {
  const compiled = compileScenario(scenario);
  return build(compiled, createGame(compiled, { humanRoles, mode, seed }), []);
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
    if (result.ok) return { ok: true, store: build(compiled, result.state, [...save.log]) };
    const store = result.state && build(compiled, result.state, [...save.log]);
    return { ok: false, problem: result.problem, ...(store ? { store } : {}) };
  } catch (error) {
    // replay is meant to return its failures; a throw still must not blank the page.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { code: 'crashed', detail } };
  }
}

/** The save file of a game: its config and action log, versioned. */
export function saveOf(game: GameStoreState): SaveFile {
  return toSave(game.state, game.log);
}
