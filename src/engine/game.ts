/**
 * Starting a game, listing what may be done, saving and replaying.
 */
import type { AnySaveFile } from '../data/save';
import { SAVE_VERSION } from '../data/saveVersion';
import type { Action, GameConfig, GameState, RejectReason, SaveFile } from './types';
import type { CompiledScenario } from './compile';
import { seedState } from './rng';
import { advance, emptyRecord, openTurn } from './turn';
import { counts } from './counts';
import { availableOptions } from './options';
import { answerOpen } from './responses';
import { step } from './step';
import { hashState } from './hash';

/**
 * A new game: meters, flags and resources at their starts, turn 1 opened (its briefing
 * events fired). Human roles are put in scenario order without duplicates; with none,
 * the computer plays every role and the returned game has ended. Throws a RangeError for
 * a human role the scenario does not have (a programming error; a save's roles are
 * checked by `replay`, which reports them instead).
 */
export function createGame(scenario: CompiledScenario, config: GameConfig): GameState {
  for (const role of config.humanRoles) {
    if (!scenario.roleIndex.has(role)) throw new RangeError(`Unknown role "${role}"`);
  }
  if (config.length !== undefined && !scenario.lengths.has(config.length)) {
    throw new RangeError(`Unknown game length "${config.length}"`);
  }
  const state: GameState = {
    scenarioId: scenario.source.meta.id,
    scenarioVersion: scenario.source.meta.version,
    config: {
      humanRoles: scenario.roles.map((r) => r.id).filter((r) => config.humanRoles.includes(r)),
      mode: config.mode,
      seed: config.seed,
      ...(config.length !== undefined ? { length: config.length } : {}),
    },
    rng: seedState(config.seed),
    turn: 0,
    phase: 'decide',
    meters: scenario.meters.map((m) => m.start),
    flags: scenario.source.flags.map((f) => f.start),
    resources: scenario.roles.map((r) => r.resources.map((res) => res.start)),
    moves: [],
    exposed: [],
    secrets: [],
    movesDone: [],
    responses: [],
    delayed: [],
    uses: counts.none(scenario),
    current: emptyRecord(0, []),
    history: [],
  };
  openTurn(scenario, state, 1, []);
  advance(scenario, state, []);
  return state;
}

/**
 * Every action `step` would accept now, in a stable order: in the decision phase, for
 * each human role still choosing (scenario order), its available options then `endMoves`;
 * in the response phase, each open answer of each unanswered response owed by a human.
 * Non-empty in every state that has not ended; empty once it has.
 */
export function legalActions(scenario: CompiledScenario, state: GameState): Action[] {
  const actions: Action[] = [];
  const humans = state.config.humanRoles;
  if (state.phase === 'decide') {
    for (const role of scenario.roles) {
      if (!humans.includes(role.id) || state.movesDone.includes(role.id)) continue;
      for (const option of availableOptions(scenario, state, role.id)) actions.push(option.action);
      actions.push(role.endMoves);
    }
  } else if (state.phase === 'respond') {
    for (const r of state.responses) {
      if (r.answer !== undefined || !humans.includes(r.responder)) continue;
      for (const answer of scenario.ruleById.get(r.rule)?.answers ?? []) {
        if (answerOpen(scenario, state, answer)) {
          actions.push({ type: 'respond', role: r.responder, move: r.move, answer: answer.id });
        }
      }
    }
  }
  return actions;
}

/** A save file: the game's identity and configuration, the actions taken, and the state's hash. */
export function toSave(state: GameState, log: readonly Action[]): SaveFile {
  return {
    saveVersion: SAVE_VERSION,
    scenarioId: state.scenarioId,
    scenarioVersion: state.scenarioVersion,
    config: { ...state.config, humanRoles: [...state.config.humanRoles] },
    log: log.map((a) => ({ ...a })),
    hash: hashState(state),
  };
}

/** Why a save cannot be replayed on this scenario; the UI words each case. */
export type ReplayProblem =
  | { code: 'other-scenario'; saved: string }
  | { code: 'scenario-version'; saved: string; current: string }
  | { code: 'unknown-role'; role: string }
  | { code: 'unknown-length'; length: string }
  | { code: 'refused'; atAction: number; reason: RejectReason }
  | { code: 'different-game'; saved: string; replayed: string };

/**
 * Rebuilds a game from a save (already parsed by `parseSave`) by replaying its log.
 * Never throws. When the save has a hash, the replayed state must have the same: a
 * mismatch means this build plays the log differently, and is reported with the state
 * it reached, so the caller can offer it while keeping the save.
 */
export function replay(
  scenario: CompiledScenario,
  save: AnySaveFile,
): { ok: true; state: GameState } | { ok: false; problem: ReplayProblem; state?: GameState } {
  const meta = scenario.source.meta;
  if (save.scenarioId !== meta.id) {
    return { ok: false, problem: { code: 'other-scenario', saved: save.scenarioId } };
  }
  if (save.scenarioVersion !== meta.version) {
    return {
      ok: false,
      problem: { code: 'scenario-version', saved: save.scenarioVersion, current: meta.version },
    };
  }
  const unknown = save.config.humanRoles.find((r) => !scenario.roleIndex.has(r));
  if (unknown !== undefined) return { ok: false, problem: { code: 'unknown-role', role: unknown } };
  const length = save.config.length;
  if (length !== undefined && !scenario.lengths.has(length)) {
    return { ok: false, problem: { code: 'unknown-length', length } };
  }
  let state = createGame(scenario, save.config);
  for (let i = 0; i < save.log.length; i++) {
    const result = step(scenario, state, save.log[i]!);
    if (!result.ok) {
      return { ok: false, problem: { code: 'refused', atAction: i, reason: result.reason } };
    }
    state = result.state;
  }
  if (save.saveVersion === SAVE_VERSION) {
    const replayed = hashState(state);
    if (replayed !== save.hash) {
      return { ok: false, problem: { code: 'different-game', saved: save.hash, replayed }, state };
    }
  }
  return { ok: true, state };
}
