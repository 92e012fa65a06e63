import { describe, expect, it } from 'vitest';
import { firstUncoveredPoint } from '../../src/data/checkPlane';
import { quoteOccursIn } from '../../src/data/checkQuotes';
import { deepFreeze } from '../../src/data/freeze';
import { formatPath, formatProblem } from '../../src/data/problems';
import { closest, editDistance } from '../../src/data/suggest';

describe('formatPath', () => {
  it.each([
    [[], '(root)'],
    [['options', 4, 'requires', 0, 'meter'], 'options[4].requires[0].meter'],
    [
      ['roles', 0, 'objectives', 'weights', 'political-capital'],
      'roles[0].objectives.weights.political-capital',
    ],
    [['$schema'], '$schema'],
    [['meta', 'a b'], 'meta["a b"]'],
    [[0, 'x'], '[0].x'],
  ] as const)('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('formatProblem', () => {
  it('writes file:line:col path: message', () => {
    expect(
      formatProblem({
        file: 's.yaml',
        line: 3,
        column: 7,
        path: 'meta.title',
        message: 'must not be empty',
      }),
    ).toBe('s.yaml:3:7 meta.title: must not be empty');
  });
});

describe('editDistance and closest', () => {
  it.each([
    ['meter', 'meter', 0],
    ['metr', 'meter', 1],
    ['atleast', 'atLeast', 0],
    ['kinetc', 'kinetic', 1],
    ['teh', 'the', 1],
    ['abc', '', 3],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it.each([
    ['metr', ['all', 'meter', 'flag'], 'meter'],
    ['cooperaton', ['cooperation', 'sovereignty'], 'cooperation'],
    ['xyz', ['meter', 'flag'], undefined],
    ['flg', ['flag', 'fleg'], 'flag'],
    ['a', ['b'], undefined],
  ] as const)('closest(%s)', (input, candidates, expected) => {
    expect(closest(input, candidates)).toBe(expected);
  });
});

describe('firstUncoveredPoint', () => {
  const axis = { min: 0, max: 100 };
  const region = (x0: number, x1: number, y0: number, y1: number) => ({
    id: 'r',
    label: 'R',
    text: 'T',
    cites: [],
    x: { min: x0, max: x1 },
    y: { min: y0, max: y1 },
  });

  it.each([
    ['one full region', [region(0, 100, 0, 100)], undefined],
    ['a gap in y', [region(0, 100, 51, 100), region(0, 100, 0, 49)], { x: 0, y: 50 }],
    ['a gap in x', [region(0, 30, 0, 100), region(32, 100, 0, 100)], { x: 31, y: 0 }],
    [
      'quadrants',
      [
        region(0, 49, 0, 49),
        region(50, 100, 0, 49),
        region(0, 49, 50, 100),
        region(50, 100, 50, 100),
      ],
      undefined,
    ],
    ['missing corner', [region(0, 49, 0, 100), region(50, 100, 0, 99)], { x: 50, y: 100 }],
    ['fractional bounds', [region(0, 49.5, 0, 100), region(50.5, 100, 0, 100)], { x: 50, y: 0 }],
    ['no regions', [], { x: 0, y: 0 }],
  ])('%s', (_name, regions, expected) => {
    expect(firstUncoveredPoint(axis, axis, regions)).toEqual(expected);
  });

  it('agrees with a brute-force scan of the grid', () => {
    const regions = [
      region(10, 60, 0, 40),
      region(0, 9, 0, 100),
      region(61, 100, 0, 100),
      region(10, 60, 42, 100),
    ];
    let brute: { x: number; y: number } | undefined;
    outer: for (let x = 0; x <= 100; x++) {
      for (let y = 0; y <= 100; y++) {
        if (!regions.some((r) => x >= r.x.min && x <= r.x.max && y >= r.y.min && y <= r.y.max)) {
          brute = { x, y };
          break outer;
        }
      }
    }
    expect(firstUncoveredPoint(axis, axis, regions)).toEqual(brute);
    expect(brute).toEqual({ x: 10, y: 41 });
  });
});

describe('quoteOccursIn', () => {
  const source =
    'She said: “We coordinate—we do not subordinate.”\nAnd:  “in Mexico, no. Absolutely not,” she added.';
  it.each([
    ['in Mexico, no. Absolutely not', true],
    ['We coordinate—we do not subordinate', true],
    ['We coordinate ... subordinate', true],
    ['We coordinate … subordinate', true],
    ['subordinate … We coordinate', false],
    ['in Mexico, NO', false],
    ['She said: "We coordinate', true],
    ['', false],
  ])('%j → %s', (quote, expected) => {
    expect(quoteOccursIn(quote, source)).toBe(expected);
  });
});

describe('deepFreeze', () => {
  it('freezes nested objects and arrays, and survives shared references', () => {
    const shared = { n: 1 };
    const value = deepFreeze({ a: [shared, { b: shared }], c: { d: [1, 2] } });
    expect(Object.isFrozen(value.a)).toBe(true);
    expect(Object.isFrozen(value.a[1])).toBe(true);
    expect(Object.isFrozen(shared)).toBe(true);
    expect(Object.isFrozen(value.c.d)).toBe(true);
  });
});
