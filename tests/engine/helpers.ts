/** Small helpers for engine tests: playing actions and turns, reading the trace. */
import type { CompiledScenario as Scenario } from '../../src/engine';
import {
  answerChoices,
  createGame,
  flagValue,
  metersById,
  resourceAmount,
  step,
  type Action,
  type GameState,
  type StepResult,
  type TraceEntry,
  type TurnRecord,
} from '../../src/engine';

/** The new state of an accepted step; throws with the reason otherwise. */
export function must(result: StepResult): GameState {
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.reason)}`);
  return result.state;
}

/** Applies `actions` in order, each of which must be accepted. */
export function act(scenario: Scenario, state: GameState, ...actions: Action[]): GameState {
  return actions.reduce((s, a) => must(step(scenario, s, a)), state);
}

/** A game in which people play every role (nothing automatic but events and resolution). */
export function teamsGame(scenario: Scenario, seed = 1): GameState {
  return createGame(scenario, { humanRoles: scenario.roles.map((r) => r.id), mode: 'teams', seed });
}

/**
 * Plays one turn of a teams game: each role chooses `moves[role]` (in role order) and
 * ends; then every response owed is answered with `answers[ruleId]` when given, else the
 * first open answer. Returns the state after resolution.
 */
export function playTurn(
  scenario: Scenario,
  state: GameState,
  moves: Record<string, string[]>,
  answers: Record<string, string> = {},
): GameState {
  let s = state;
  for (const role of s.config.humanRoles) {
    for (const option of moves[role] ?? [])
      s = act(scenario, s, { type: 'chooseOption', role, option });
    s = act(scenario, s, { type: 'endMoves', role });
  }
  while (s.phase === 'respond') {
    const pending = s.responses.find((r) => r.answer === undefined)!;
    const open = answerChoices(scenario, s, pending.move, pending.responder).filter(
      (c) => c.available,
    );
    const answer = answers[pending.rule] ?? open[0]!.answer.id;
    s = act(scenario, s, { type: 'respond', role: pending.responder, move: pending.move, answer });
  }
  return s;
}

/** The last finished turn. */
export function lastRecord(state: GameState): TurnRecord {
  const r = state.history[state.history.length - 1];
  if (!r) throw new Error('no finished turn');
  return r;
}

/** Trace entries of a record whose target is `id` and whose cause mentions `by`. */
export function changes(record: TurnRecord, id: string, by?: string): TraceEntry[] {
  return record.trace.filter((t) => {
    if (t.target.id !== id) return false;
    if (by === undefined) return true;
    const c = t.cause;
    return (
      (c.kind === 'option' && c.option === by) ||
      (c.kind === 'answer' && c.answer === by) ||
      (c.kind === 'event' && c.event === by) ||
      (c.kind === 'renewal' && c.role === by)
    );
  });
}

/** `state` with some fields replaced (tests only: the engine accepts any consistent state). */
export function patch(state: GameState, changes: Partial<GameState>): GameState {
  return { ...state, ...changes };
}

/** Meters, flags and resources (role → resource → amount) by id. */
export type ValuesById = {
  meters: Record<string, number>;
  flags: Record<string, boolean>;
  resources: Record<string, Record<string, number>>;
};

/** The meters, flags and resources of `state` by id, for assertions. */
export function valuesOf(scenario: Scenario, state: GameState): ValuesById {
  return {
    meters: metersById(scenario, state.meters),
    flags: Object.fromEntries(scenario.flagIds.map((id) => [id, flagValue(scenario, state, id)])),
    resources: Object.fromEntries(
      scenario.roles.map((r) => [
        r.id,
        Object.fromEntries(
          r.resources.map((res) => [res.id, resourceAmount(scenario, state, r.id, res.id)]),
        ),
      ]),
    ),
  };
}

/**
 * A copy of `state` with the given values set, by id (tests only); the rest as they were.
 * Throws on an id the scenario lacks, so that a typo cannot pass for a set value.
 */
export function withValues(
  scenario: Scenario,
  state: GameState,
  values: { [K in keyof ValuesById]?: Partial<ValuesById[K]> },
): GameState {
  /** `list` (in the order of `ids`) with the entries of `byId` set. */
  const set = <T>(list: readonly T[], ids: string[], byId: Partial<Record<string, T>> = {}) => {
    const out = list.slice();
    for (const [id, v] of Object.entries(byId)) {
      const i = ids.indexOf(id);
      if (i < 0) throw new Error(`no such id in ${scenario.source.meta.id}: ${id}`);
      out[i] = v!;
    }
    return out;
  };
  const roleIds = scenario.roles.map((r) => r.id);
  const pools = set<Record<string, number>>([], roleIds, values.resources);
  return {
    ...state,
    meters: set(
      state.meters,
      scenario.meters.map((m) => m.id),
      values.meters,
    ),
    flags: set(state.flags, scenario.flagIds, values.flags),
    resources: state.resources.map((pool, r) =>
      set(
        pool,
        scenario.roles[r]!.resources.map((x) => x.id),
        pools[r],
      ),
    ),
  };
}
