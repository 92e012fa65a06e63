/** Same seed and log, same game: hashes, saves and replays. */
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
  type ReplayProblem,
  type SaveFile,
} from '../../src/engine';
import { parseSave, type SaveFormatProblem } from '../../src/data/save';
import { canonicalJson, fnv1a64 } from '../../src/engine/hash';
import { createRng } from '../../src/engine/rng';
import { loadFixture } from './fixture';
import { must } from './helpers';

const two = loadFixture('two-roles');
const three = loadFixture('three-roles');

/** Plays `steps` random legal actions (a seeded chooser), returning the state and the log. */
function play(scenario: Scenario, config: GameConfig, chooser: number, steps = Infinity) {
  const rng = createRng(chooser);
  let state = createGame(scenario, config);
  const log: Action[] = [];
  while (state.phase !== 'ended' && log.length < steps) {
    const actions = legalActions(scenario, state);
    const action = actions[Math.floor(rng() * actions.length)]!;
    state = must(step(scenario, state, action));
    log.push(action);
  }
  return { state, log };
}

const configs: { name: string; scenario: Scenario; config: GameConfig }[] = [
  {
    name: 'two roles, solo',
    scenario: two,
    config: { humanRoles: ['south'], mode: 'solo', seed: 11 },
  },
  {
    name: 'two roles, teams',
    scenario: two,
    config: { humanRoles: ['north', 'south'], mode: 'teams', seed: 12 },
  },
  {
    name: 'three roles, solo',
    scenario: three,
    config: { humanRoles: ['midstream'], mode: 'solo', seed: 13 },
  },
  {
    name: 'three roles, teams',
    scenario: three,
    config: { humanRoles: ['upstream', 'midstream', 'downstream'], mode: 'teams', seed: 14 },
  },
];

describe('determinism', () => {
  it.each(configs)('same seed and log give the same hash ($name)', ({ scenario, config }) => {
    const a = play(scenario, config, 5);
    const b = play(scenario, config, 5);
    expect(hashState(a.state)).toBe(hashState(b.state));
    expect(a.state).toEqual(b.state);
  });

  it.each(configs)('replaying the save rebuilds the same state ($name)', ({ scenario, config }) => {
    const { state, log } = play(scenario, config, 6);
    const save = JSON.parse(JSON.stringify(toSave(state, log))) as SaveFile;
    const r = replay(scenario, save);
    expect(r.ok).toBe(true);
    if (r.ok) expect(hashState(r.state)).toBe(hashState(state));
  });

  it('replays a game saved in the middle of a turn', () => {
    const { state, log } = play(two, { humanRoles: ['north'], mode: 'solo', seed: 3 }, 7, 9);
    expect(state.phase).not.toBe('ended');
    const r = replay(two, toSave(state, log));
    expect(r.ok && hashState(r.state)).toBe(hashState(state));
  });
});

describe('saves go through one schema', () => {
  const good = (() => {
    const { state, log } = play(two, { humanRoles: ['north'], mode: 'solo', seed: 3 }, 8, 6);
    return toSave(state, log);
  })();
  const rows: { name: string; text: string; problem: SaveFormatProblem }[] = [
    {
      name: 'not JSON',
      text: 'nonsense',
      problem: { code: 'not-json', detail: expect.any(String) },
    },
    { name: 'not an object', text: '"nonsense"', problem: { code: 'field', path: '(root)' } },
    {
      name: 'newer format',
      text: j({ ...good, saveVersion: 3 }),
      problem: { code: 'version', found: '3' },
    },
    {
      name: 'version written as text',
      text: j({ ...good, saveVersion: '2' }),
      problem: { code: 'version', found: '"2"' },
    },
    {
      name: 'bad seed',
      text: j({ ...good, config: { ...good.config, seed: 'x' } }),
      problem: { code: 'field', path: 'config.seed' },
    },
    { name: 'no log', text: j({ ...good, log: null }), problem: { code: 'field', path: 'log' } },
    {
      name: 'malformed action',
      text: j({ ...good, log: [{ type: 'fly' }] }),
      problem: { code: 'field', path: 'log[0].type' },
    },
    {
      name: 'negative move',
      text: j({ ...good, log: [{ type: 'respond', role: 'north', move: -1, answer: 'a' }] }),
      problem: { code: 'field', path: 'log[0].move' },
    },
    {
      name: 'bad hash',
      text: j({ ...good, hash: 'nope' }),
      problem: { code: 'field', path: 'hash' },
    },
    {
      name: 'unknown field',
      text: j({ ...good, extra: 1 }),
      problem: { code: 'field', path: '(root)' },
    },
  ];
  it.each(rows)('$name', ({ text, problem }) => {
    const r = parseSave(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toEqual(problem);
  });

  it('reads a save and its progress back as written', () => {
    const r = parseSave(j({ ...good, progress: { briefingSeen: true, reportsSeen: 2 } }));
    expect(r.ok && r.value).toEqual({
      save: good,
      progress: { briefingSeen: true, reportsSeen: 2 },
    });
  });

  it('reads a format-1 save (without a hash)', () => {
    const r = parseSave(j({ ...good, hash: undefined, saveVersion: 1 }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(replay(two, r.value.save).ok).toBe(true);
  });
});

describe('replay refuses saves it cannot rebuild, without throwing', () => {
  const { state, log } = play(two, { humanRoles: ['north'], mode: 'solo', seed: 3 }, 8, 6);
  const good = toSave(state, log);
  const rows: { name: string; save: SaveFile; problem: ReplayProblem }[] = [
    {
      name: 'other scenario',
      save: { ...good, scenarioId: 'other' },
      problem: { code: 'other-scenario', saved: 'other' },
    },
    {
      name: 'other scenario version',
      save: { ...good, scenarioVersion: '9.9.9' },
      problem: { code: 'scenario-version', saved: '9.9.9', current: two.source.meta.version },
    },
    {
      name: 'unknown role',
      save: { ...good, config: { ...good.config, humanRoles: ['east'] } },
      problem: { code: 'unknown-role', role: 'east' },
    },
    {
      name: 'refused action',
      save: {
        ...good,
        log: [...good.log.slice(0, 2), { type: 'chooseOption', role: 'north', option: 'nope' }],
      },
      problem: {
        code: 'refused',
        atAction: 2,
        reason: { code: 'unknown-option', option: 'nope' },
      },
    },
  ];
  it.each(rows)('$name', ({ save, problem }) => {
    const r = replay(two, save);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toEqual(problem);
  });

  it('reports a log that now leads to another game, with the state it reached', () => {
    const other = { ...good, hash: '0123456789abcdef' };
    const r = replay(two, other);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toEqual({ code: 'different-game', saved: other.hash, replayed: good.hash });
      expect(r.state && hashState(r.state)).toBe(good.hash);
    }
  });
});

/** A save as its text. */
function j(value: unknown): string {
  return JSON.stringify(value);
}

describe('hashState', () => {
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('FNV-1a 64 of %j is %s', (text, hash) => {
    expect(fnv1a64(text)).toBe(hash);
  });

  it('ignores key order and undefined fields', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: undefined, c: 'x' }] })).toBe(
      '{"a":[1,{"c":"x"}],"b":1}',
    );
    expect(hashState({ a: 1, b: 2 })).toBe(hashState({ b: 2, a: 1 }));
  });

  it('hashes non-ASCII text as UTF-8', () => {
    expect(fnv1a64('é')).toBe(fnv1a64('\u00e9'));
    expect(fnv1a64('é')).not.toBe(fnv1a64('e'));
  });

  it('changes when the state changes', () => {
    const s: GameState = createGame(two, { humanRoles: ['north'], mode: 'solo', seed: 1 });
    const t = must(step(two, s, { type: 'chooseOption', role: 'north', option: 'surveillance' }));
    expect(hashState(t)).not.toBe(hashState(s));
  });
});
