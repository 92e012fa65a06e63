/**
 * Scenario tests for effects: a tiny setup, a few moves, then the meters and the trace
 * are checked — the trace's data (steps, paths, numbers) and the words players read for
 * it (src/words).
 */
import { describe, expect, it } from 'vitest';
import { nextFloat } from '../../src/engine/rng';
import { metersById, type GameState, type TraceEntry } from '../../src/engine';
import { translator } from '../../src/words/messages';
import { causeCites, entryWhy } from '../../src/engine/causes';
import { changeMath, changeReasons } from '../../src/words/trace';
import { loadFixture } from './fixture';
import {
  act,
  changes,
  lastRecord,
  patch,
  playTurn,
  teamsGame,
  valuesOf,
  withValues,
} from './helpers';

const two = loadFixture('two-roles');
const M = '\u2212';

/** A generator state whose next draw lies in [lo, hi): fixes the outcome of the next roll. */
function rngFor(lo: number, hi: number): number {
  for (let r = 1; ; r++) {
    const x = nextFloat({ rng: r });
    if (x >= lo && x < hi) return r;
  }
}

function withMeters(state: GameState, meters: Record<string, number>): GameState {
  return withValues(two, state, { meters });
}

/** The meters of a state or a turn record by id. */
const meters = (of: { meters: number[] }) => metersById(two, of.meters);

const t = translator('en');
/** Why a change came out as it did, as the report says it. */
const reasons = (entry: TraceEntry) => changeReasons(t, two.source, entry);
/** The model's arithmetic for a change, as the report shows it. */
const math = (entry: TraceEntry) => changeMath(t, entry);

describe('meter effects', () => {
  it('applies a plain delta with its why and receipts, after the cost is paid at choice', () => {
    let s = teamsGame(two);
    expect(meters(s).cooperation).toBe(52); // the opening event
    s = act(two, s, { type: 'chooseOption', role: 'north', option: 'joint-patrols' });
    expect(valuesOf(two, s).resources.north!.capital).toBe(2);
    const cost = s.current.trace.at(-1)!;
    expect(cost).toMatchObject({
      target: { kind: 'resource', id: 'capital', role: 'north' },
      delta: -1,
      rule: { kind: 'cost', amount: 1 },
    });
    expect(reasons(cost)).toEqual(['The cost of the move Joint patrols.']);
    s = playTurn(two, s, {});
    const r = lastRecord(s);
    const [coop] = changes(r, 'cooperation', 'joint-patrols');
    expect(coop).toMatchObject({
      before: 52,
      after: 58,
      delta: 6,
      rule: { kind: 'effect', path: [0], base: 6 },
      steps: [],
    });
    expect(entryWhy(two.source, coop!)).toBe('Working side by side builds trust.');
    expect(reasons(coop!)).toEqual(['Why: Working side by side builds trust.']);
    expect(math(coop!)).toBeNull();
    expect(causeCites(two.source, coop!.cause)).toEqual([
      { source: 'src-a', quote: 'patrols work', speaker: 'An Officer' },
    ]);
    expect(changes(r, 'intel', 'joint-patrols')[0]).toMatchObject({
      before: 10,
      after: 20,
      rule: { kind: 'effect', path: [1], base: 10 },
    });
    expect(meters(r).cooperation).toBe(61); // +3 from the south's acceptance
  });

  it('diminishes with each earlier use by the same role', () => {
    let s = teamsGame(two);
    const entries: TraceEntry[] = [];
    for (let turn = 0; turn < 3; turn++) {
      s = playTurn(two, s, { north: ['joint-patrols'] });
      entries.push(changes(lastRecord(s), 'cooperation', 'joint-patrols')[0]!);
    }
    expect(entries.map((e) => e.steps)).toEqual([
      [],
      [
        { kind: 'diminishing', use: 2, factor: 0.5 },
        { kind: 'rounded', exact: 3, delta: 3 },
      ],
      [
        { kind: 'diminishing', use: 3, factor: 0.25 },
        { kind: 'rounded', exact: 1.5, delta: 2 },
      ],
    ]);
    expect(entries.map(math)).toEqual([null, '+6 × 0.5 = +3', '+6 × 0.25 = +1.5 rounded to +2']);
    expect(reasons(entries[2]!)[0]).toBe('Used 2 times before, so it worked less well.');
    expect(reasons(entries[1]!)[0]).toBe('Used once before, so it worked less well.');
  });

  it.each([
    { cooperation: 52, math: '+2 × 1.033 = +2.1 rounded to +2', delta: 2 },
    { cooperation: 80, math: '+2 × 1.5 = +3', delta: 3 },
    { cooperation: 95, math: '+2 × 1.5 = +3', delta: 3 },
    { cooperation: 10, math: '+2 × 0.5 = +1', delta: 1 },
  ])(
    'scales linearly between from and to, clamped (cooperation $cooperation)',
    ({ cooperation, math: expected, delta }) => {
      const s = playTurn(two, withMeters(teamsGame(two), { cooperation }), {
        south: ['deploy-guard'],
      });
      const entry = changes(lastRecord(s), 'sovereignty', 'deploy-guard')[0]!;
      expect(entry).toMatchObject({ delta });
      expect(entry.steps[0]).toMatchObject({
        kind: 'scaled',
        meter: 'cooperation',
        value: cooperation,
      });
      expect(math(entry)).toBe(expected);
      expect(reasons(entry)[0]).toBe(
        `Stronger or weaker with Cooperation, which stood at ${cooperation}.`,
      );
    },
  );

  it('clamps to the meter range and records the change actually made', () => {
    const s = playTurn(two, withMeters(teamsGame(two), { cooperation: 97 }), {
      north: ['sign-treaty'],
    });
    const [own] = changes(lastRecord(s), 'cooperation', 'sign-treaty');
    const [answer] = changes(lastRecord(s), 'cooperation', 'accept');
    expect(own).toMatchObject({
      before: 97,
      after: 100,
      delta: 3,
      steps: [{ kind: 'capped', bound: 'max', at: 100 }],
    });
    expect(math(own!)).toBe('+10 capped at 100');
    expect(reasons(own!)).toContain('Cooperation cannot go above 100.');
    expect(answer).toMatchObject({ before: 100, after: 100, delta: 0 });
    expect(math(answer!)).toBe('+3 capped at 100');
    expect(meters(s).cooperation).toBe(100);
  });
});

describe('resource and flag effects', () => {
  it('pays the actor by default and a named role otherwise, capped at the maximum', () => {
    const start = withMeters(teamsGame(two), { cooperation: 60 });
    const resources = { north: { capital: 5 }, south: { goodwill: 2 } };
    const s = playTurn(two, withValues(two, start, { resources }), { north: ['sign-treaty'] });
    const r = lastRecord(s);
    expect(changes(r, 'capital', 'sign-treaty')[0]).toMatchObject({
      before: 5,
      after: 5,
      delta: 0,
      steps: [{ kind: 'capped', bound: 'max', at: 5 }],
    });
    expect(changes(r, 'goodwill', 'sign-treaty')[0]).toMatchObject({
      target: { kind: 'resource', id: 'goodwill', role: 'south' },
      before: 2,
      after: 3,
    });
    expect(changes(r, 'treaty-signed')[0]).toMatchObject({
      before: false,
      after: true,
      delta: 0,
      rule: { kind: 'effect', base: 0 },
    });
    expect(valuesOf(two, s).flags['treaty-signed']).toBe(true);
  });

  it('regenerates resources each turn after the first, up to the maximum', () => {
    let s = teamsGame(two);
    s = playTurn(two, s, { north: ['joint-patrols'] });
    const renewal = changes(s.current as never, 'capital', 'north')[0]!;
    expect(renewal).toMatchObject({
      cause: { kind: 'renewal', role: 'north' },
      before: 2,
      after: 3,
      rule: { kind: 'renewal', perTurn: 1 },
    });
    expect(reasons(renewal)).toEqual(['Northland regains 1 each month.']);
    s = playTurn(two, withValues(two, s, { resources: { south: { goodwill: 4 } } }), {});
    expect(changes(s.current as never, 'goodwill')).toEqual([]); // already at its maximum
  });
});

describe('chance effects', () => {
  function strikeTurn(draw: [number, number]): GameState {
    let s = withMeters(teamsGame(two), { intel: 50 });
    s = act(
      two,
      s,
      { type: 'chooseOption', role: 'north', option: 'strike' },
      { type: 'endMoves', role: 'north' },
      { type: 'endMoves', role: 'south' },
    );
    expect(s.phase).toBe('respond');
    // The strike's roll is the first draw of the resolution.
    s = patch(s, { rng: rngFor(draw[0], draw[1]) });
    return act(two, s, { type: 'respond', role: 'south', move: 0, answer: 'condemn' });
  }

  it('applies `then` when the scaled roll succeeds and records the roll', () => {
    const r = lastRecord(strikeTurn([0, 0.05]));
    expect(r.rolls[0]).toEqual({
      cause: { kind: 'option', role: 'north', option: 'strike' },
      path: [0],
      chance: 0.4,
      success: true,
    });
    const hit = changes(r, 'pressure', 'strike')[0]!;
    expect(hit).toMatchObject({ delta: 20 });
    expect(hit.steps[0]).toEqual({ kind: 'chance', path: [0], probability: 0.4, success: true });
    expect(reasons(hit)).toEqual([
      'There was a 40% chance that the strike hits its target, and it happened.',
      'Stronger or weaker with Intelligence, which stood at 50.',
    ]);
    expect(math(hit)).toBe('+20 × 1 = +20');
  });

  it('applies `else` when it fails', () => {
    const r = lastRecord(strikeTurn([0.95, 1]));
    expect(r.rolls[0]!.success).toBe(false);
    expect(changes(r, 'pressure', 'strike')).toEqual([]);
    const [otherwise, always] = changes(r, 'sovereignty', 'strike');
    expect(otherwise).toMatchObject({ delta: -5, rule: { base: -5 } });
    expect(reasons(otherwise!)).toEqual([
      'There was a 40% chance that the strike hits its target, and it did not happen.',
    ]);
    expect(always).toMatchObject({ delta: -15, steps: [] });
  });

  it('cites the answer’s statement with its quote', () => {
    const r = lastRecord(strikeTurn([0, 0.05]));
    expect(causeCites(two.source, changes(r, 'cooperation', 'condemn')[0]!.cause)).toEqual([
      { source: 'src-a', quote: 'never on our soil', speaker: 'The South President' },
    ]);
  });
});

describe('conditional and delayed effects', () => {
  it('takes `then` when the condition holds and says so', () => {
    let s = withMeters(teamsGame(two), { intel: 50 });
    s = playTurn(two, s, { north: ['strike'] });
    s = playTurn(two, s, { north: ['sanctions'] });
    const entry = changes(lastRecord(s), 'cooperation', 'sanctions')[0]!;
    expect(entry).toMatchObject({ delta: -10, steps: [{ kind: 'condition', held: true }] });
    expect(reasons(entry)).toEqual([
      'Because this was so: Northland has made a move tagged kinetic in the last 2 months.',
    ]);
  });

  it('takes `else` when it does not', () => {
    let s = playTurn(two, teamsGame(two), {});
    s = playTurn(two, s, { north: ['sanctions'] });
    const entry = changes(lastRecord(s), 'cooperation', 'sanctions')[0]!;
    expect(entry).toMatchObject({ delta: -4, steps: [{ kind: 'condition', held: false }] });
    expect(reasons(entry)).toEqual([
      'Because this was not so: Northland has made a move tagged kinetic in the last 2 months.',
    ]);
  });

  it('schedules `after` effects by path and applies them when due', () => {
    let s = playTurn(two, teamsGame(two), { north: ['surveillance'] });
    expect(s.delayed).toEqual([
      {
        dueTurn: 2,
        cause: { kind: 'option', role: 'north', option: 'surveillance' },
        effectPath: [2],
      },
    ]);
    expect(changes(lastRecord(s), 'cooperation', 'surveillance')).toEqual([]);
    s = playTurn(two, s, {});
    const late = changes(lastRecord(s), 'cooperation', 'surveillance')[0]!;
    expect(late).toMatchObject({ turn: 2, delta: -3, delayedFrom: 1, rule: { path: [2, 0] } });
    expect(reasons(late)[0]).toBe('A delayed effect of Month One: the flights are exposed.');
  });

  it('evaluates conditions inside a delayed effect when it comes due', () => {
    let s = withMeters(teamsGame(two), { intel: 50 });
    s = playTurn(two, s, { north: ['strike'] });
    expect(s.delayed[0]).toMatchObject({ dueTurn: 3, effectPath: [2] });
    s = playTurn(two, s, {});
    s = playTurn(two, withMeters(s, { cooperation: 30 }), {});
    const r = lastRecord(s);
    expect(reasons(changes(r, 'pressure', 'strike')[0]!)).toEqual([
      'A delayed effect of Month One: the networks fragment.',
    ]);
    const crisis = changes(r, 'crisis', 'strike')[0]!;
    expect(crisis).toMatchObject({ after: true, delayedFrom: 1 });
    expect(reasons(crisis)).toEqual([
      'A delayed effect of Month One: the networks fragment.',
      'Because this was so: Cooperation is at most 40.',
      'Why: Violence after a unilateral strike.',
    ]);
  });

  it('never applies a delayed effect due after the last turn', () => {
    let s = teamsGame(two);
    for (let t = 0; t < 3; t++) s = playTurn(two, s, {});
    s = playTurn(two, withMeters(s, { intel: 50 }), { north: ['strike', 'surveillance'] });
    expect(s.phase).toBe('ended');
    expect(s.delayed.map((d) => d.dueTurn)).toEqual([6, 5]);
  });
});

describe('events', () => {
  it('fires scripted events at their turn, with receipts', () => {
    const s = teamsGame(two);
    expect(s.current.events).toEqual(['opening']);
    expect(s.current.trace[0]).toMatchObject({
      cause: { kind: 'event', event: 'opening' },
      rule: { kind: 'effect', base: 2 },
    });
    expect(causeCites(two.source, s.current.trace[0]!.cause)).toEqual([{ source: 'src-a' }]);
    expect(meters(s.current).cooperation).toBe(52);
  });

  it('skips a scripted event whose condition fails', () => {
    const s = playTurn(two, withMeters(teamsGame(two), { cooperation: 40 }), {});
    expect(s.current.events).not.toContain('summit');
    const t = playTurn(two, teamsGame(two), {});
    expect(t.current.events).toContain('summit');
  });

  it('fires a conditional event when its condition first holds, once', () => {
    let s = playTurn(two, withMeters(teamsGame(two), { cooperation: 30 }), {});
    expect(s.current.events).toContain('crisis-erupts');
    expect(valuesOf(two, s).flags.crisis).toBe(true);
    s = playTurn(two, s, {});
    expect(s.current.events).not.toContain('crisis-erupts');
    expect(s.history.filter((r) => r.events.includes('crisis-erupts'))).toHaveLength(1);
  });

  it('rolls chance events each turn while eligible; repeatable ones may fire again', () => {
    let fired = 0;
    let leaks = 0;
    for (let seed = 1; seed <= 40; seed++) {
      let s = withMeters(teamsGame(two, seed), { pressure: 60 });
      s = playTurn(two, s, { north: ['surveillance'] });
      while (s.phase !== 'ended') s = playTurn(two, s, {});
      const unrest = s.history.filter((r) => r.events.includes('unrest')).length;
      fired = Math.max(fired, unrest);
      leaks = Math.max(leaks, s.history.filter((r) => r.events.includes('leak')).length);
      for (const r of s.history) {
        for (const roll of r.rolls.filter((x) => x.cause.kind === 'event')) {
          expect(r.events.includes((roll.cause as { event: string }).event)).toBe(roll.success);
        }
      }
    }
    expect(leaks).toBe(1);
    expect(fired).toBeGreaterThan(1);
  });

  it('diminishes a repeated event’s effect with each earlier firing', () => {
    for (let seed = 1; seed <= 200; seed++) {
      let s = withMeters(teamsGame(two, seed), { pressure: 90 });
      while (s.phase !== 'ended') s = playTurn(two, s, {});
      const entries = s.history.flatMap((r) => changes(r, 'pressure', 'unrest'));
      if (entries.length >= 2) {
        expect(entries.slice(0, 2).map(math)).toEqual([
          null,
          `${M}3 × 0.5 = ${M}1.5 rounded to ${M}2`,
        ]);
        return;
      }
    }
    throw new Error('no seed fired unrest twice');
  });
});
