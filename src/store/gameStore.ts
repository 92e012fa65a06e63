/**
 * One game as a zustand vanilla store over the engine. The store holds the engine's
 * state, the action log (which is the save file), and the last step's events or
 * rejection; everything else is derived by selectors. Not a singleton: the app makes
 * one per game.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../data/schema';
import { createGame, replay, step, toSave } from '../engine';
import type { Action, GameEvent, GameState, Mode, RejectReason, SaveFile } from '../engine/types';

export type GameStoreState = {
  scenario: Scenario;
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

function build(scenario: Scenario, state: GameState, log: Action[]): GameStore {
  return createStore<GameStoreState>()((set, get) => ({
    scenario,
    state,
    log,
    lastEvents: [],
    dispatch: (action) => get().dispatchAll([action]),
    dispatchAll(actions) {
      const current = get();
      let next = current.state;
      const events: GameEvent[] = [];
      for (const action of actions) {
        const result = step(current.scenario, next, action);
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
  return build(scenario, createGame(scenario, { humanRoles, mode, seed }), []);
}

/**
 * A game rebuilt from a save by replaying its log. Fails (never throws) when the engine
 * cannot replay it: wrong scenario, or an action the rules now refuse.
 */
export function createGameStoreFromSave(
  scenario: Scenario,
  save: SaveFile,
): { ok: true; store: GameStore } | { ok: false; error: string; atAction?: number } {
  let result: ReturnType<typeof replay>;
  try {
    result = replay(scenario, save);
  } catch (error) {
    // replay is meant to return its failures; a throw still must not blank the page.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  if (!result.ok) {
    return {
      ok: false,
      error: result.error,
      ...(result.atAction !== undefined ? { atAction: result.atAction } : {}),
    };
  }
  return { ok: true, store: build(scenario, result.state, [...save.log]) };
}

/** The save file of a game: its config and action log, versioned. */
export function saveOf(game: GameStoreState): SaveFile {
  return toSave(game.state, game.log);
}
