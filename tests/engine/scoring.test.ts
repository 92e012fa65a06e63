/** Known answers for role scores and outcome regions. */
import { describe, expect, it } from 'vitest';
import { createGame, gameResult, outcomeAt, scoreRole } from '../../src/engine';
import { loadFixture } from './fixture';

const two = loadFixture('two-roles');
const three = loadFixture('three-roles');

describe('scoreRole', () => {
  // Northland: pressure 2, cooperation 1, sovereignty −0.5 (a low value is rewarded).
  it.each([
    {
      name: 'start',
      meters: { cooperation: 50, sovereignty: 60, pressure: 20 },
      score: (1.1 / 3.5) * 100,
    },
    { name: 'best', meters: { cooperation: 100, sovereignty: 0, pressure: 100 }, score: 100 },
    { name: 'worst', meters: { cooperation: 0, sovereignty: 100, pressure: 0 }, score: 0 },
    {
      name: 'all high',
      meters: { cooperation: 100, sovereignty: 100, pressure: 100 },
      score: (3 / 3.5) * 100,
    },
    {
      name: 'missing meters count at their start',
      meters: {} as Record<string, number>,
      score: (1.1 / 3.5) * 100,
    },
  ])('north, $name', ({ meters, score }) => {
    expect(scoreRole(two, meters, 'north')).toBeCloseTo(score, 9);
  });

  it('normalises by each meter’s own range (−50 to 50)', () => {
    // Lowland: water 3, trust 1, autonomy −1; water 0 is the middle of its range.
    expect(
      scoreRole(three, { trust: 40, autonomy: 70, water: 0, harvest: 50 }, 'downstream'),
    ).toBeCloseTo(44, 9);
    expect(
      scoreRole(three, { trust: 40, autonomy: 70, water: 50, harvest: 50 }, 'downstream'),
    ).toBeCloseTo(74, 9);
  });
});

describe('outcomeAt', () => {
  it.each([
    { x: 70, y: 70, id: 'partnership' },
    { x: 50, y: 50, id: 'partnership' }, // inclusive bounds; the first region in the file wins
    { x: 50, y: 40, id: 'subordination' },
    { x: 30, y: 70, id: 'standoff' },
    { x: 30, y: 30, id: 'rupture' },
  ])('two roles ($x, $y) → $id', ({ x, y, id }) => {
    expect(outcomeAt(two.source, { cooperation: x, sovereignty: y }).id).toBe(id);
  });

  it.each([
    { x: 60, y: 10, id: 'river-compact' },
    { x: 54.9998, y: 70, id: 'river-compact' }, // in a gap between regions: the nearest
    { x: 54.9992, y: 70, id: 'every-state-for-itself' },
    { x: 20, y: 20, id: 'river-war' },
  ])('three roles ($x, $y) → $id', ({ x, y, id }) => {
    expect(outcomeAt(three.source, { trust: x, autonomy: y }).id).toBe(id);
  });
});

describe('gameResult', () => {
  it('gives the outcome, every role’s score in order and a copy of the meters', () => {
    const s = createGame(three, { humanRoles: [], mode: 'solo', seed: 4 });
    const r = gameResult(three, s);
    expect(r.scores.map((x) => x.role)).toEqual(['upstream', 'midstream', 'downstream']);
    expect(r.outcome).toBe(outcomeAt(three.source, s.meters).id);
    // By id, in the scenario's order.
    expect(Object.entries(r.meters)).toEqual(three.meters.map((m, i) => [m.id, s.meters[i]]));
    for (const x of r.scores) expect(x.score).toBeCloseTo(scoreRole(three, s.meters, x.role), 9);
  });
});
