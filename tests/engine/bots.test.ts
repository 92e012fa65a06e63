/** The bots' benchmark of a government's score, which the debrief reads a player's against. */
import { describe, expect, it } from 'vitest';
import { scoreRange } from '../../src/engine/bots';
import { loadFixture } from './fixture';

const two = loadFixture('two-roles');

describe('scoreRange', () => {
  it('is the same for the same arguments, and ordered low ≤ mean ≤ high', () => {
    const a = scoreRange(two, 'north', 'short', 20);
    expect(scoreRange(two, 'north', 'short', 20)).toEqual(a);
    for (const s of [a.random, a.best]) {
      expect(s.low).toBeLessThanOrEqual(s.mean);
      expect(s.mean).toBeLessThanOrEqual(s.high);
    }
  });

  it('finds greedy play better than random play, for each government', () => {
    for (const role of ['north', 'south']) {
      const r = scoreRange(two, role, 'full', 30);
      expect(r.best.mean).toBeGreaterThan(r.random.mean);
    }
  });

  it('plays games of the length asked', () => {
    expect(scoreRange(two, 'north', 'short', 10)).not.toEqual(scoreRange(two, 'north', 'full', 10));
  });
});
