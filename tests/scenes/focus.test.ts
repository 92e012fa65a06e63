import { describe, expect, it } from 'vitest';
import { focusIndex } from '../../src/scenes/focus';
import { mapData } from '../../src/scenes/mapData';

const countries = [
  { id: 'alpha', name: 'United States' },
  { id: 'beta', name: 'México' },
  { id: 'gamma', name: 'Atlantis' },
];

describe('focusIndex', () => {
  it.each([
    ['alpha', 0],
    ['beta', 1],
    ['gamma', undefined],
    ['nobody', undefined],
    [undefined, undefined],
  ] as const)('role %s highlights map country %s', (focusRole, expected) => {
    const view = focusRole === undefined ? { countries } : { countries, focusRole };
    expect(focusIndex(view, mapData.countries)).toBe(expected);
  });

  it('ignores a leading "the", case and accents', () => {
    const view = { countries: [{ id: 'x', name: 'the united states' }], focusRole: 'x' };
    expect(focusIndex(view, [{ name: 'Mexico' }, { name: 'United States' }])).toBe(1);
  });
});
