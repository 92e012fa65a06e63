/**
 * Starting a game, listing what may be done, saving and replaying.
 */
import type { Scenario } from '../data/schema';
import type { Action, GameConfig, GameState, SaveFile } from './types';
import { indexScenario, roleAt, type ScenarioIndex } from './scenarioIndex';
import { seedState } from './rng';
import { advance, openTurn } from './turn';
import { availableOptions } from './options';
import { planOf, type AnswerPlan } from './plan';
import { shallowState, turnRecord } from './draft';
import { describeRejection, step } from './step';

/**
 * A new game of `scenario`: meters, flags and resources at their starts, turn 1 opened
 * (its briefing events fired). Human roles are normalised to scenario order without
 * duplicates; with none, the computer plays every role and the returned game has ended.
 * Throws a RangeError for a human role the scenario does not have (a programming error;
 * untrusted input goes through `replay`, which reports it instead).
 */
export function createGame(scenario: Scenario, config: GameConfig): GameState {
  const ix = indexScenario(scenario);
  for (const role of config.humanRoles) {
    if (!ix.roles.has(role)) throw new RangeError(`Unknown role "${role}"`);
  }
  const start = startValues(scenario, ix);
  const resources = start.resources.map((pool) => pool.slice());
  const state: GameState = shallowState({
    saveVersion: 1,
    scenarioId: scenario.meta.id,
    scenarioVersion: scenario.meta.version,
    config: normalConfig(ix, config),
    rng: seedState(config.seed),
    turn: 0,
    phase: 'decide',
    meters: start.meters.slice(),
    flags: start.flags.slice(),
    resources,
    moves: [],
    movesDone: [],
    responses: [],
    delayed: [],
    firedEvents: [],
    current: turnRecord(0, [], [], [], [], [], []),
    history: [],
  });
  openTurn(scenario, ix, state, 1, []);
  advance(scenario, ix, state, []);
  return state;
}

/** `config` with human roles in scenario order; `explain` kept only when false. */
function normalConfig(ix: ScenarioIndex, config: GameConfig): GameConfig {
  const humanRoles = ix.roleIds.filter((r) => config.humanRoles.includes(r));
  if (config.explain === false) {
    return { humanRoles, mode: config.mode, seed: config.seed, explain: false };
  }
  return { humanRoles, mode: config.mode, seed: config.seed };
}

type StartValues = {
  meters: number[];
  flags: boolean[];
  resources: number[][];
};

/** The starting meters, flags and resources of `scenario` (made once, copied per game). */
function startValues(scenario: Scenario, ix: ScenarioIndex): StartValues {
  let start = ix.memo.start as StartValues | undefined;
  if (!start) {
    const resources = scenario.roles.map((r) =>
      r.resources.map((res) => Math.min(res.start, res.max)),
    );
    start = {
      meters: scenario.meters.map((m) => m.start),
      flags: scenario.flags.map((f) => f.start),
      resources,
    };
    ix.memo.start = start;
  }
  return start;
}

/**
 * Every action `step` would accept now, in a stable order: in the decision phase, for
 * each human role still choosing (scenario order), its available options then `endMoves`;
 * in the response phase, each open answer of each unanswered response owed by a human.
 * Non-empty in every state that has not ended; empty once it has. Action objects are
 * shared between calls and frozen (an action is a value; copy to change it).
 */
export function legalActions(scenario: Scenario, state: GameState): Action[] {
  const ix = indexScenario(scenario);
  const plan = planOf(ix);
  const actions: Action[] = [];
  const humans = state.config.humanRoles;
  if (state.phase === 'decide') {
    for (const role of humans) {
      if (state.movesDone.includes(role)) continue;
      for (const op of availableOptions(ix, state, role)) actions.push(op.action);
      actions.push(plan.endMovesByRoleIndex[roleAt(ix, role)]!);
    }
  } else if (state.phase === 'respond') {
    for (const r of state.responses) {
      if (r.answer !== undefined || !humans.includes(r.responder)) continue;
      for (const a of plan.rules.get(r.rule)?.answers ?? []) {
        if (a.when === null || a.when(state)) actions.push(respondAction(a, r.responder, r.move));
      }
    }
  }
  return actions;
}

/** The action giving answer `a` to move `move` as `role` (shared when it is `a`'s own role). */
function respondAction(a: AnswerPlan, role: string, move: number): Action {
  if (role !== a.role || !Number.isInteger(move) || move < 0) {
    return { type: 'respond', role, move, answer: a.id };
  }
  let action = a.actions[move];
  if (action === undefined) {
    action = Object.freeze({ type: 'respond', role, move, answer: a.id } as const);
    a.actions[move] = action;
  }
  return action;
}

/** A save file: the game's identity and configuration plus the log of actions taken. */
export function toSave(state: GameState, log: Action[]): SaveFile {
  return {
    saveVersion: 1,
    scenarioId: state.scenarioId,
    scenarioVersion: state.scenarioVersion,
    config: { ...state.config, humanRoles: [...state.config.humanRoles] },
    log: log.map((a) => ({ ...a })),
  };
}

/**
 * Rebuilds a game from a save by replaying its log. Never throws: a save for another
 * scenario or version, a malformed entry or a rejected action gives `{ ok: false, error }`
 * (with `atAction`, the 0-based log index, when an action is at fault).
 */
export function replay(
  scenario: Scenario,
  save: SaveFile,
): { ok: true; state: GameState } | { ok: false; error: string; atAction?: number } {
  try {
    const problem = saveProblem(scenario, save);
    if (problem) return { ok: false, error: problem };
    let state = createGame(scenario, save.config);
    for (let i = 0; i < save.log.length; i++) {
      const action: unknown = save.log[i];
      if (!isAction(action)) {
        return { ok: false, error: `action ${i + 1} of the save is malformed`, atAction: i };
      }
      const result = step(scenario, state, action);
      if (!result.ok) {
        return {
          ok: false,
          error: `action ${i + 1} of the save (${action.type}) was refused: ${describeRejection(result.reason)}`,
          atAction: i,
        };
      }
      state = result.state;
    }
    return { ok: true, state };
  } catch (e) {
    return { ok: false, error: `the save could not be replayed: ${String(e)}` };
  }
}

function saveProblem(scenario: Scenario, save: unknown): string | null {
  if (typeof save !== 'object' || save === null) return 'the save is not an object';
  const s = save as Record<string, unknown>;
  if (s.saveVersion !== 1)
    return `save version ${String(s.saveVersion)} is not supported (expected 1)`;
  if (s.scenarioId !== scenario.meta.id) {
    return `the save is for scenario "${String(s.scenarioId)}", not "${scenario.meta.id}"`;
  }
  if (s.scenarioVersion !== scenario.meta.version) {
    return `the save was made with version ${String(s.scenarioVersion)} of the scenario; this is version ${scenario.meta.version}`;
  }
  const config = s.config as Record<string, unknown> | null | undefined;
  if (typeof config !== 'object' || config === null) return 'the save has no game configuration';
  const roles = config.humanRoles;
  if (!Array.isArray(roles) || !roles.every((r) => typeof r === 'string')) {
    return 'the save’s human roles are malformed';
  }
  const known = new Set(scenario.roles.map((r) => r.id));
  const unknown = roles.find((r: string) => !known.has(r));
  if (unknown !== undefined)
    return `the save names a role the scenario does not have: "${unknown}"`;
  if (config.mode !== 'solo' && config.mode !== 'teams') return 'the save’s mode is malformed';
  if (typeof config.seed !== 'number' || !Number.isFinite(config.seed))
    return 'the save’s seed is malformed';
  if (config.explain !== undefined && typeof config.explain !== 'boolean') {
    return 'the save’s explanation setting is malformed';
  }
  if (!Array.isArray(s.log)) return 'the save has no action log';
  return null;
}

function isAction(a: unknown): a is Action {
  if (typeof a !== 'object' || a === null) return false;
  const x = a as Record<string, unknown>;
  if (typeof x.role !== 'string') return false;
  switch (x.type) {
    case 'chooseOption':
      return typeof x.option === 'string';
    case 'endMoves':
      return true;
    case 'respond':
      return Number.isInteger(x.move) && typeof x.answer === 'string';
    default:
      return false;
  }
}
