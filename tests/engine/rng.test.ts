/**
 * The seeded generator: the draws of mulberry32 over an unsigned state, exactly, while
 * the state itself stays a signed 32-bit integer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, nextFloat, seedState } from '../../src/engine/rng';

/** mulberry32 written the textbook way, on an unsigned state, as a reference. */
function referenceDraws(seed: number, n: number): number[] {
  let h = (Number.isFinite(seed) ? Math.trunc(seed) : 0) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  let a = (h ^ (h >>> 16)) >>> 0;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out.push(((t ^ (t >>> 14)) >>> 0) / 4294967296);
  }
  return out;
}

const isInt32 = (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31;

describe('the seeded generator', () => {
  it('draws what mulberry32 on an unsigned state draws, for any seed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double()), (seed) => {
        const rng = createRng(seed);
        const draws = Array.from({ length: 50 }, () => rng());
        expect(draws).toStrictEqual(referenceDraws(seed, 50));
      }),
    );
  });

  it('keeps its state a signed 32-bit integer', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 200 }), (seed, n) => {
        const holder = { rng: seedState(seed) };
        expect(isInt32(holder.rng)).toBe(true);
        for (let i = 0; i < n; i++) {
          const x = nextFloat(holder);
          expect(x >= 0 && x < 1).toBe(true);
          expect(isInt32(holder.rng)).toBe(true);
        }
      }),
    );
  });

  it('continues a state written in the unsigned form as the same bits', () => {
    const signed = { rng: seedState(7) };
    const unsigned = { rng: signed.rng >>> 0 };
    for (let i = 0; i < 20; i++) expect(nextFloat(unsigned)).toBe(nextFloat(signed));
    expect(unsigned.rng).toBe(signed.rng);
  });
});
