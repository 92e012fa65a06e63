/** Same seed and log, same game: hashes, saves and replays. */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/data';
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
  type SaveFile,
} from '../../src/engine';
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

describe('replay refuses bad saves without throwing', () => {
  const good = (() => {
    const { state, log } = play(two, { humanRoles: ['north'], mode: 'solo', seed: 3 }, 8, 6);
    return toSave(state, log);
  })();
  const rows: { name: string; save: unknown; error: RegExp; atAction?: number }[] = [
    { name: 'not an object', save: 'nonsense', error: /not an object/ },
    { name: 'newer save version', save: { ...good, saveVersion: 2 }, error: /save version 2/ },
    { name: 'other scenario', save: { ...good, scenarioId: 'other' }, error: /scenario "other"/ },
    {
      name: 'other scenario version',
      save: { ...good, scenarioVersion: '9.9.9' },
      error: /version 9\.9\.9/,
    },
    {
      name: 'unknown role',
      save: { ...good, config: { ...good.config, humanRoles: ['east'] } },
      error: /"east"/,
    },
    { name: 'bad seed', save: { ...good, config: { ...good.config, seed: 'x' } }, error: /seed/ },
    { name: 'no log', save: { ...good, log: null }, error: /log/ },
    {
      name: 'malformed action',
      save: { ...good, log: [{ type: 'fly' }] },
      error: /malformed/,
      atAction: 0,
    },
    {
      name: 'refused action',
      save: {
        ...good,
        log: [...good.log.slice(0, 2), { type: 'chooseOption', role: 'north', option: 'nope' }],
      },
      error: /refused: there is no option "nope"/,
      atAction: 2,
    },
  ];
  it.each(rows)('$name', ({ save, error, atAction }) => {
    const r = replay(two, save as SaveFile);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(error);
      expect(r.atAction).toBe(atAction);
    }
  });
});

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
