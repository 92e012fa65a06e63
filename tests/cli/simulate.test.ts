/** The simulation tool: same arguments, same report; the report's fields and totals. */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/cli/simulate';
import { makeBot, playGame } from '../../src/engine/bots';
import { createGame } from '../../src/engine';
import { loadFixture } from '../engine/fixture';

const two = loadFixture('two-roles');
const three = loadFixture('three-roles');

describe('simulate', () => {
  it.each(['random', 'greedy', 'lookahead'] as const)(
    'is deterministic (%s)',
    (strategy) => {
      const a = simulate(two, 'north', 12, 5, strategy);
      const b = simulate(two, 'north', 12, 5, strategy);
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      // The lookahead bot plays many rollouts: generous on a busy machine.
    },
    60_000,
  );

  it('reports outcomes, scores, meters and every option', () => {
    const r = simulate(three, 'midstream', 30, 1, 'random');
    expect(r.games).toBe(30);
    expect(Object.values(r.outcomes).reduce((a, b) => a + b, 0)).toBe(30);
    expect(Object.keys(r.outcomes)).toEqual(three.source.outcomes.map((o) => o.id));
    expect(Object.keys(r.meters)).toEqual(three.meters.map((m) => m.id));
    expect(Object.keys(r.options)).toEqual(three.options.map((o) => o.id));
    expect(r.meanScore).toBeGreaterThanOrEqual(0);
    expect(r.meanScore).toBeLessThanOrEqual(100);
    for (const o of Object.values(r.options)) {
      expect(o.picked).toBeLessThanOrEqual(30);
      expect(o.aboveMedian).toBeLessThanOrEqual(o.picked);
    }
  });

  it('lets the bot play only its own role, and every bot finishes its games', () => {
    for (const strategy of ['random', 'greedy', 'lookahead'] as const) {
      const start = createGame(two, { humanRoles: ['south'], mode: 'solo', seed: 3 });
      const { state, log } = playGame(two, start, makeBot(strategy, 3));
      expect(state.phase).toBe('ended');
      expect(log.every((a) => a.role === 'south')).toBe(true);
    }
  });

  it('makes the greedy bot score at least as well as random on average', () => {
    const random = simulate(two, 'north', 60, 1, 'random');
    const greedy = simulate(two, 'north', 60, 1, 'greedy');
    expect(greedy.meanScore).toBeGreaterThan(random.meanScore);
  });
});
