/**
 * Property tests: random legal play, with random bad actions mixed in, on both fixtures in
 * solo, teams and all-computer modes. Checked at every step: nothing throws, meters and
 * resources stay in range, a game that has not ended offers a legal action (and one that
 * has offers none), a refused action returns the same state unchanged, no step mutates
 * its input (every state is deep-frozen before the next step); at the end, the
 * game ended within its turns and replaying the log reproduces the hash.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompiledScenario as Scenario } from '../../src/engine';
import {
  createGame,
  hashState,
  legalActions,
  replay,
  step,
  toSave,
  type Action,
  type GameConfig,
  type GameState,
  meterValue,
  resourceAmount,
} from '../../src/engine';
import { loadFixture } from './fixture';

const scenarios = { two: loadFixture('two-roles'), three: loadFixture('three-roles') };

function configsOf(
  s: Scenario,
): { name: string; humanRoles: string[]; mode: GameConfig['mode'] }[] {
  const roles = s.roles.map((r) => r.id);
  return [
    ...roles.map((r) => ({ name: `solo ${r}`, humanRoles: [r], mode: 'solo' as const })),
    { name: 'teams', humanRoles: roles, mode: 'teams' },
    { name: 'all computer', humanRoles: [], mode: 'solo' },
  ];
}

/** Freezes a state deeply, so that a step mutating its input throws. */
function freeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as object)) freeze(x);
  }
  return v;
}

function checkInvariants(s: Scenario, state: GameState): void {
  freeze(state);
  for (const m of s.meters) {
    const v = meterValue(s, state.meters, m.id);
    expect(v).toBeGreaterThanOrEqual(m.min);
    expect(v).toBeLessThanOrEqual(m.max);
  }
  for (const r of s.roles) {
    for (const res of r.resources) {
      const v = resourceAmount(s, state, r.id, res.id);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(res.max);
    }
  }
  expect(state.turn).toBeLessThanOrEqual(s.lastTurn);
  const legal = legalActions(s, state);
  if (state.phase === 'ended') expect(legal).toEqual([]);
  else expect(legal.length).toBeGreaterThan(0);
}

/** Any action at all, mostly nonsense: ids from the scenario plus ones it lacks. */
function anyAction(s: Scenario): fc.Arbitrary<Action> {
  const role = fc.constantFrom(...s.roles.map((r) => r.id), 'nobody');
  const option = fc.constantFrom(...s.options.map((o) => o.id), 'nothing');
  const answer = fc.constantFrom(...s.answers.map((a) => a.id), 'silence');
  return fc.oneof(
    fc.record({ type: fc.constant('chooseOption' as const), role, option }),
    fc.record({ type: fc.constant('endMoves' as const), role }),
    fc.record({
      type: fc.constant('respond' as const),
      role,
      move: fc.integer({ min: -1, max: 6 }),
      answer,
    }),
  );
}

for (const [key, scenario] of Object.entries(scenarios)) {
  describe(`random play on the ${key}-roles fixture`, () => {
    for (const c of configsOf(scenario)) {
      it(`${c.name}: never throws, stays in bounds, always has a move, ends, replays`, () => {
        fc.assert(
          fc.property(
            fc.integer({ min: 0, max: 2 ** 31 - 1 }),
            fc.array(fc.nat(), { minLength: 1, maxLength: 64 }),
            fc.array(anyAction(scenario), { maxLength: 16 }),
            (seed, picks, junk) => {
              const config: GameConfig = { humanRoles: c.humanRoles, mode: c.mode, seed };
              let state = createGame(scenario, config);
              const log: Action[] = [];
              checkInvariants(scenario, state);
              let k = 0;
              // An upper bound on the steps of any game: every role picks every move and
              // ends, and every move is answered by every other role.
              const roles = scenario.roles.length;
              const perTurn = roles * (scenario.movesPerTurn + 1) * roles;
              const limit = scenario.lastTurn * perTurn;
              while (state.phase !== 'ended') {
                expect(k).toBeLessThan(limit);
                const bad = junk[k % Math.max(1, junk.length)];
                if (bad !== undefined && k % 3 === 0) {
                  const before = hashState(state);
                  const r = step(scenario, state, bad);
                  if (!r.ok) {
                    expect(r.state).toBe(state);
                    expect(hashState(state)).toBe(before);
                  } else {
                    state = r.state;
                    log.push(bad);
                    checkInvariants(scenario, state);
                    k++;
                    continue;
                  }
                }
                const legal = legalActions(scenario, state);
                const action = legal[picks[k % picks.length]! % legal.length]!;
                const r = step(scenario, state, action);
                expect(r.ok).toBe(true);
                state = r.state;
                log.push(action);
                checkInvariants(scenario, state);
                k++;
              }
              expect(state.history).toHaveLength(scenario.lastTurn);
              const again = replay(scenario, toSave(state, log));
              expect(again.ok).toBe(true);
              if (again.ok) expect(hashState(again.state)).toBe(hashState(state));
            },
          ),
          { numRuns: 60 },
        );
      });
    }
  });
}
