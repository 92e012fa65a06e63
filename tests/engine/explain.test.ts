/**
 * Games without explanations (GameConfig.explain false, for bulk simulation) must be the
 * same games: random play on every fixture and on the shipped scenario, in solo, teams
 * and all-computer modes, stepping an explained and an unexplained game side by side.
 * At every step the legal actions are the same and the states are equal once the trace
 * is set aside: meters, flags, resources, generator state, moves, answers, rolls,
 * events, delayed effects, history and outcome. The unexplained game writes no trace.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/data';
import {
  createGame,
  gameResult,
  hashState,
  legalActions,
  replay,
  step,
  toSave,
  type Action,
  type GameConfig,
  type GameState,
} from '../../src/engine';
import { loadFile, loadFixture } from './fixture';
import { must } from './helpers';

const shipped = fileURLToPath(
  new URL('../../scenarios/cartel-strikes-2025/scenario.yaml', import.meta.url),
);

const scenarios: Record<string, Scenario> = {
  'two-roles': loadFixture('two-roles'),
  'three-roles': loadFixture('three-roles'),
  large: loadFixture('large'),
  'cartel-strikes-2025': loadFile(shipped),
};

function configsOf(s: Scenario): { name: string; humanRoles: string[]; mode: 'solo' | 'teams' }[] {
  const roles = s.roles.map((r) => r.id);
  return [
    ...roles.map((r) => ({ name: `solo ${r}`, humanRoles: [r], mode: 'solo' as const })),
    { name: 'teams', humanRoles: roles, mode: 'teams' as const },
    { name: 'all computer', humanRoles: [], mode: 'solo' as const },
  ];
}

/** The state with every trace emptied and the explanation setting removed. */
function withoutExplanations(state: GameState): unknown {
  const config: GameConfig = { ...state.config };
  delete config.explain;
  return {
    ...state,
    config,
    current: { ...state.current, trace: [] },
    history: state.history.map((record) => ({ ...record, trace: [] })),
  };
}

function traceLength(state: GameState): number {
  return state.history.reduce((n, r) => n + r.trace.length, state.current.trace.length);
}

for (const [name, scenario] of Object.entries(scenarios)) {
  describe(`playing ${name} without explanations`, () => {
    for (const c of configsOf(scenario)) {
      it(`${c.name}: the same game, with no trace`, () => {
        fc.assert(
          fc.property(
            fc.integer({ min: 0, max: 2 ** 31 - 1 }),
            fc.array(fc.nat(), { minLength: 1, maxLength: 64 }),
            (seed, picks) => {
              const config: GameConfig = { humanRoles: c.humanRoles, mode: c.mode, seed };
              let told = createGame(scenario, config);
              let quiet = createGame(scenario, { ...config, explain: false });
              expect(quiet.config.explain).toBe(false);
              expect('explain' in told.config).toBe(false);
              const log: Action[] = [];
              for (let k = 0; ; k++) {
                expect(withoutExplanations(quiet)).toEqual(withoutExplanations(told));
                expect(hashState(withoutExplanations(quiet))).toBe(
                  hashState(withoutExplanations(told)),
                );
                expect(traceLength(quiet)).toBe(0);
                if (told.phase === 'ended') break;
                const legal = legalActions(scenario, told);
                expect(legalActions(scenario, quiet)).toEqual(legal);
                const action = legal[picks[k % picks.length]! % legal.length]!;
                told = must(step(scenario, told, action));
                quiet = must(step(scenario, quiet, action));
                log.push(action);
              }
              expect(quiet.phase).toBe('ended');
              expect(gameResult(scenario, quiet)).toEqual(gameResult(scenario, told));
              expect(traceLength(told)).toBeGreaterThan(0);
              // A save of an unexplained game replays to the very same state.
              const again = replay(scenario, toSave(quiet, log));
              expect(again.ok).toBe(true);
              if (again.ok) expect(hashState(again.state)).toBe(hashState(quiet));
            },
          ),
          { numRuns: 25 },
        );
        // Each run compares whole states at every step: generous under a busy machine.
      }, 30_000);
    }
  });
}

describe('the explanation setting', () => {
  const scenario = scenarios['two-roles']!;
  it('keeps an explained game’s config as it was', () => {
    const state = createGame(scenario, { humanRoles: ['south'], mode: 'solo', seed: 3 });
    expect(state.config).toEqual({ humanRoles: ['south'], mode: 'solo', seed: 3 });
    const explicit = createGame(scenario, {
      humanRoles: ['south'],
      mode: 'solo',
      seed: 3,
      explain: true,
    });
    expect(hashState(explicit)).toBe(hashState(state));
  });

  it('refuses a save whose explanation setting is malformed', () => {
    const state = createGame(scenario, { humanRoles: ['south'], mode: 'solo', seed: 3 });
    const save = toSave(state, []);
    const bad = { ...save, config: { ...save.config, explain: 'no' as unknown as boolean } };
    const result = replay(scenario, bad);
    expect(result.ok).toBe(false);
  });
});
