/** Known-answer tests for conditions: evaluation and the words for them. */
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/data';
import { compileCondition, counts, holds, type GameState, type TurnRecord } from '../../src/engine';
import { describeCondition } from '../../src/words/conditions';
import { translator } from '../../src/words/messages';
import { loadFixture } from './fixture';
import { patch, teamsGame, withValues } from './helpers';

const two = loadFixture('two-roles');
const base = teamsGame(two); // turn 1, decide; cooperation 52 after the opening event

function record(turn: number, moves: [string, string][]): TurnRecord {
  return {
    turn,
    events: [],
    moves: moves.map(([role, option]) => ({ role, option })),
    exposed: [],
    responses: [],
    rolls: [],
    trace: [],
    meters: base.meters.slice(),
  };
}

/** Turn 3, with north's joint patrols in turn 1 and a strike in turn 2. */
const history = [record(1, [['north', 'joint-patrols']]), record(2, [['north', 'strike']])];
const later: GameState = patch(base, { turn: 3, history, uses: counts.over(two, history) });

type Row = { name: string; cond: Condition; state?: GameState; expected: boolean };

const rows: Row[] = [
  { name: 'meter atLeast holds', cond: { meter: 'cooperation', atLeast: 52 }, expected: true },
  { name: 'meter atLeast fails', cond: { meter: 'cooperation', atLeast: 53 }, expected: false },
  { name: 'meter atMost holds', cond: { meter: 'pressure', atMost: 20 }, expected: true },
  {
    name: 'meter between fails above',
    cond: { meter: 'sovereignty', atLeast: 10, atMost: 59 },
    expected: false,
  },
  { name: 'meter without bounds holds', cond: { meter: 'intel' }, expected: true },
  { name: 'flag defaults to is: true', cond: { flag: 'crisis' }, expected: false },
  { name: 'flag is: false', cond: { flag: 'crisis', is: false }, expected: true },
  {
    name: 'flag set in state',
    cond: { flag: 'crisis' },
    state: withValues(two, base, { flags: { crisis: true } }),
    expected: true,
  },
  {
    name: 'resource atLeast holds',
    cond: { resource: 'capital', role: 'north', atLeast: 3 },
    expected: true,
  },
  {
    name: 'resource atMost fails',
    cond: { resource: 'goodwill', role: 'south', atMost: 1 },
    expected: false,
  },
  {
    name: 'resource of a role without it is 0',
    cond: { resource: 'capital', role: 'south', atMost: 0 },
    expected: true,
  },
  { name: 'used: never used', cond: { used: 'joint-patrols' }, expected: false },
  { name: 'used: in history', cond: { used: 'joint-patrols' }, state: later, expected: true },
  {
    name: 'used: by its role',
    cond: { used: 'joint-patrols', by: 'north' },
    state: later,
    expected: true,
  },
  {
    name: 'used: by another role never',
    cond: { used: 'joint-patrols', by: 'south' },
    state: later,
    expected: false,
  },
  {
    name: 'used: atLeast 2 fails',
    cond: { used: 'joint-patrols', atLeast: 2 },
    state: later,
    expected: false,
  },
  {
    name: 'used: atMost 0 (not used)',
    cond: { used: 'strike', atMost: 0 },
    state: later,
    expected: false,
  },
  {
    name: 'used: outside the window',
    cond: { used: 'joint-patrols', withinTurns: 2 },
    state: later,
    expected: false,
  },
  {
    name: 'used: inside the window',
    cond: { used: 'strike', withinTurns: 2 },
    state: later,
    expected: true,
  },
  {
    name: 'used: counts this turn’s moves',
    cond: { used: 'surveillance', withinTurns: 1 },
    state: patch(later, { moves: [{ role: 'north', option: 'surveillance' }] }),
    expected: true,
  },
  { name: 'tagUsed: by anyone', cond: { tagUsed: 'kinetic' }, state: later, expected: true },
  {
    name: 'tagUsed: by the mover',
    cond: { tagUsed: 'kinetic', by: 'north' },
    state: later,
    expected: true,
  },
  {
    name: 'tagUsed: by the other side',
    cond: { tagUsed: 'kinetic', by: 'south' },
    state: later,
    expected: false,
  },
  {
    name: 'tagUsed: counted twice',
    cond: { tagUsed: 'security', atLeast: 1, atMost: 1 },
    state: later,
    expected: true,
  },
  {
    name: 'tagUsed: unknown tag never',
    cond: { tagUsed: 'no-such-tag' },
    state: later,
    expected: false,
  },
  {
    name: 'tagUsed: window of 1 misses turn 2',
    cond: { tagUsed: 'kinetic', withinTurns: 1 },
    state: later,
    expected: false,
  },
  { name: 'turnAtLeast holds', cond: { turnAtLeast: 3 }, state: later, expected: true },
  { name: 'turnAtLeast fails', cond: { turnAtLeast: 2 }, expected: false },
  { name: 'turnAtMost holds', cond: { turnAtMost: 1 }, expected: true },
  { name: 'turnAtMost fails', cond: { turnAtMost: 2 }, state: later, expected: false },
  {
    name: 'all: every part must hold',
    cond: { all: [{ turnAtMost: 1 }, { meter: 'cooperation', atLeast: 60 }] },
    expected: false,
  },
  {
    name: 'any: one part suffices',
    cond: { any: [{ turnAtLeast: 9 }, { flag: 'crisis', is: false }] },
    expected: true,
  },
  { name: 'not inverts', cond: { not: { flag: 'treaty-signed' } }, expected: true },
];

describe('holds', () => {
  it.each(rows)('$name', ({ cond, state, expected }) => {
    expect(holds(two, state ?? base, compileCondition(two, cond))).toBe(expected);
  });
});

const texts: { name: string; cond: Condition; text: string }[] = [
  {
    name: 'meter at least',
    cond: { meter: 'cooperation', atLeast: 60 },
    text: 'Cooperation is at least 60',
  },
  {
    name: 'meter at most',
    cond: { meter: 'intel', atMost: 30 },
    text: 'Intelligence is at most 30',
  },
  {
    name: 'meter between',
    cond: { meter: 'pressure', atLeast: 10, atMost: 20 },
    text: 'Pressure is between 10 and 20',
  },
  {
    name: 'negative bound',
    cond: { meter: 'pressure', atLeast: -5 },
    text: 'Pressure is at least \u22125',
  },
  { name: 'flag set', cond: { flag: 'treaty-signed' }, text: 'Border treaty signed: yes' },
  { name: 'flag clear', cond: { flag: 'crisis', is: false }, text: 'Diplomatic crisis: no' },
  {
    name: 'resource',
    cond: { resource: 'capital', role: 'north', atLeast: 2 },
    text: 'Northland has at least 2 Political capital',
  },
  {
    name: 'used by anyone',
    cond: { used: 'strike' },
    text: 'either side has chosen the move Strike',
  },
  {
    name: 'used by a role, twice, window',
    cond: { used: 'joint-patrols', by: 'north', atLeast: 2, withinTurns: 3 },
    text: 'Northland has chosen the move Joint patrols at least 2 times in the last 3 months',
  },
  {
    name: 'not used this turn',
    cond: { used: 'strike', by: 'north', atMost: 0, withinTurns: 1 },
    text: 'Northland has not chosen the move Strike this month',
  },
  {
    name: 'tag used',
    cond: { tagUsed: 'kinetic', by: 'north', withinTurns: 2 },
    text: 'Northland has made a move tagged kinetic in the last 2 months',
  },
  { name: 'turn at least', cond: { turnAtLeast: 2 }, text: 'it is Month Two or later' },
  { name: 'turn at most', cond: { turnAtMost: 3 }, text: 'it is Month Three or earlier' },
  {
    name: 'all with nested any',
    cond: {
      all: [{ flag: 'crisis' }, { any: [{ turnAtLeast: 2 }, { meter: 'intel', atLeast: 20 }] }],
    },
    text: 'Diplomatic crisis: yes and (it is Month Two or later or Intelligence is at least 20)',
  },
  {
    name: 'not',
    cond: { not: { flag: 'treaty-signed' } },
    text: 'not (Border treaty signed: yes)',
  },
  {
    name: 'single-item all',
    cond: { all: [{ turnAtMost: 1 }] },
    text: 'it is Month One or earlier',
  },
];

describe('describeCondition', () => {
  const t = translator('en');
  it.each(texts)('$name', ({ cond, text }) => {
    expect(describeCondition(t, two.source, cond)).toBe(text);
  });
});
