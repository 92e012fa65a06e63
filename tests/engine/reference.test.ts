/**
 * The engine's quicker paths checked against plain reference implementations, as
 * properties over states reached by random play on the fixtures and the shipped
 * scenario:
 * - every action `step` accepts is in `legalActions`, and every legal action is accepted;
 * - `optionStatus` (the reasons the option cards show) agrees with `step`;
 * - the counterpart's values, with its kept expectations warm, equal a plain
 *   implementation of its heuristic written from the scenario file (reference/);
 * - every count equals a fold over the turn history.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileCondition,
  counts,
  createGame,
  holds,
  legalActions,
  optionStatus,
  step,
  type Action,
  type CompiledScenario,
  type GameState,
} from '../../src/engine';
import { optionValue } from '../../src/engine/counterpart';
import { createRng } from '../../src/engine/rng';
import { loadFile, loadFixture } from './fixture';
import { referenceOptionValue } from './reference/counterpart';
import { compileScenario } from '../../src/engine';

const shipped = fileURLToPath(
  new URL('../../scenarios/cartel-strikes-2025/scenario.yaml', import.meta.url),
);
const scenarios: Record<string, CompiledScenario> = {
  'two-roles': loadFixture('two-roles'),
  'three-roles': loadFixture('three-roles'),
  large: loadFixture('large'),
  'cartel-strikes-2025': compileScenario(loadFile(shipped)),
};

/** The states of one random game (seeded), people playing `humans`. */
function statesOf(
  s: CompiledScenario,
  humans: string[],
  seed: number,
  chooser: number,
): GameState[] {
  const rng = createRng(chooser);
  let state = createGame(s, {
    humanRoles: humans,
    mode: humans.length > 1 ? 'teams' : 'solo',
    seed,
  });
  const states = [state];
  while (state.phase !== 'ended') {
    const actions = legalActions(s, state);
    const r = step(s, state, actions[Math.floor(rng() * actions.length)]!);
    if (!r.ok) throw new Error('a legal action was refused');
    state = r.state;
    states.push(state);
  }
  return states;
}

/** Every action one could try in `state`: each role's every option and end, each answer to each move. */
function candidates(s: CompiledScenario, state: GameState): Action[] {
  const out: Action[] = [];
  for (const role of s.roles) {
    for (const option of s.options)
      out.push({ type: 'chooseOption', role: role.id, option: option.id });
    out.push({ type: 'endMoves', role: role.id });
    for (let move = 0; move <= state.moves.length; move++) {
      for (const answer of s.answers)
        out.push({ type: 'respond', role: role.id, move, answer: answer.id });
    }
  }
  return out;
}

const key = (a: Action) => JSON.stringify(a);
/** Large scenarios are checked on fewer games (each game checks every state). */
const runs = (name: string, small: number) =>
  name === 'two-roles' || name === 'three-roles' ? small : 2;
const SLOW = 60_000;

for (const [name, s] of Object.entries(scenarios)) {
  const roles = s.roles.map((r) => r.id);
  const humanSets = [...roles.map((r) => [r]), roles];

  describe(`${name}: quick paths agree with plain ones`, () => {
    it(
      'step accepts exactly the legal actions',
      () => {
        fc.assert(
          fc.property(
            fc.nat(2 ** 30),
            fc.nat(1000),
            fc.nat(humanSets.length - 1),
            (seed, chooser, h) => {
              for (const state of statesOf(s, humanSets[h]!, seed, chooser)) {
                const legal = new Set(legalActions(s, state).map(key));
                for (const action of candidates(s, state)) {
                  expect(step(s, state, action).ok, key(action)).toBe(legal.has(key(action)));
                }
              }
            },
          ),
          { numRuns: runs(name, 10) },
        );
      },
      SLOW,
    );

    it(
      'optionStatus gives the reason step refuses with, and none for what it accepts',
      () => {
        fc.assert(
          fc.property(fc.nat(2 ** 30), fc.nat(1000), (seed, chooser) => {
            for (const state of statesOf(s, roles, seed, chooser)) {
              for (const role of roles) {
                for (const { option, blocks } of optionStatus(s, state, role)) {
                  const r = step(s, state, { type: 'chooseOption', role, option: option.id });
                  if (r.ok) expect(blocks).toEqual([]);
                  else expect(blocks[0]).toEqual(r.reason);
                }
              }
            }
          }),
          { numRuns: runs(name, 10) },
        );
      },
      SLOW,
    );

    it(
      'the counterpart values options as the plain reference does, caches warm',
      () => {
        fc.assert(
          fc.property(fc.nat(2 ** 30), fc.nat(1000), (seed, chooser) => {
            for (const state of statesOf(s, [roles[0]!], seed, chooser)) {
              for (const role of s.roles) {
                for (const option of role.options) {
                  const fast = optionValue(s, state, role.id, option);
                  // Twice: the second reads what the first kept.
                  expect(optionValue(s, state, role.id, option)).toBe(fast);
                  expect(fast).toBeCloseTo(
                    referenceOptionValue(s.source, state, role.id, option.id),
                    9,
                  );
                }
              }
            }
          }),
          { numRuns: runs(name, 6) },
        );
      },
      SLOW,
    );

    it(
      'every count equals a fold over the history',
      () => {
        fc.assert(
          fc.property(
            fc.nat(2 ** 30),
            fc.nat(1000),
            fc.nat(humanSets.length - 1),
            (seed, chooser, h) => {
              for (const state of statesOf(s, humanSets[h]!, seed, chooser)) {
                expect(state.uses).toEqual(counts.over(s, state.history));
                const open = state.phase !== 'ended';
                for (let since = 1; since <= state.turn + 1; since++) {
                  for (const option of s.options) {
                    const fold =
                      foldMoves(state, since).filter((m) => m.option === option.id).length +
                      (open ? state.moves.filter((m) => m.option === option.id).length : 0);
                    expect(counts.ofOption(state, option, since)).toBe(fold);
                  }
                  for (const tag of s.tags) {
                    for (const by of [null, ...s.roles.map((r) => r.index)]) {
                      const tagged = (m: { role: string; option: string }) =>
                        s.optionById.get(m.option)!.source.tags.includes(tag) &&
                        (by === null || m.role === s.roles[by]!.id);
                      const fold =
                        foldMoves(state, since).filter(tagged).length +
                        (open ? state.moves.filter(tagged).length : 0);
                      expect(counts.ofTag(s, state, s.tagIndex.get(tag)!, by, since)).toBe(fold);
                    }
                  }
                }
                for (let before = 1; before <= state.turn + 1; before++) {
                  const records = state.history.filter((r) => r.turn < before);
                  for (const answer of s.answers) {
                    const fold = records
                      .flatMap((r) => r.responses)
                      .filter((x) => x.rule === answer.rule && x.answer === answer.id).length;
                    expect(counts.ofAnswerBefore(state, answer, before)).toBe(fold);
                  }
                  for (const event of s.events) {
                    const fold = records
                      .flatMap((r) => r.events)
                      .filter((e) => e === event.id).length;
                    expect(counts.ofEventBefore(state, event, before)).toBe(fold);
                  }
                }
              }
            },
          ),
          { numRuns: runs(name, 8) },
        );
      },
      SLOW,
    );
  });
}

describe('kept expectations and game lengths', () => {
  it('values every option at every turn of every length as the reference does', () => {
    const s = scenarios['two-roles']!;
    // The longest game first, so that what it keeps is there when the shorter ones ask.
    for (const length of ['full', 'short']) {
      const start = createGame(s, { humanRoles: ['north'], mode: 'solo', seed: 1, length });
      for (let turn = 1; turn <= s.lastTurn; turn++) {
        const state = { ...start, turn };
        for (const role of s.roles) {
          for (const option of role.options) {
            expect(optionValue(s, state, role.id, option)).toBeCloseTo(
              referenceOptionValue(s.source, state, role.id, option.id),
              9,
            );
          }
        }
      }
    }
  });
});

/** The moves of the finished turns from `since` on. */
function foldMoves(state: GameState, since: number) {
  return state.history.filter((r) => r.turn >= since).flatMap((r) => r.moves);
}

describe('a tag listed twice on an option', () => {
  const source = loadFixture('two-roles').source;
  const doubled = structuredClone(source);
  const patrols = doubled.options.find((o) => o.id === 'joint-patrols')!;
  patrols.tags = [...patrols.tags, patrols.tags[0]!];
  const s = compileScenario(doubled);
  const twice = compileCondition(s, { tagUsed: patrols.tags[0]!, atLeast: 2 });

  it('counts once, the same while its turn is open and once it is over', () => {
    let state = createGame(s, { humanRoles: ['north', 'south'], mode: 'teams', seed: 1 });
    const choose = step(s, state, { type: 'chooseOption', role: 'north', option: 'joint-patrols' });
    if (!choose.ok) throw new Error('refused');
    state = choose.state;
    expect(holds(s, state, twice)).toBe(false);
    for (const action of [
      { type: 'endMoves', role: 'north' },
      { type: 'endMoves', role: 'south' },
    ] as const) {
      const r = step(s, state, action);
      if (!r.ok) throw new Error('refused');
      state = r.state;
    }
    while (state.phase === 'respond') {
      const r = step(s, state, legalActions(s, state)[0]!);
      if (!r.ok) throw new Error('refused');
      state = r.state;
    }
    expect(state.history).toHaveLength(1);
    expect(holds(s, { ...state, turn: 1, phase: 'ended' }, twice)).toBe(false);
  });
});
