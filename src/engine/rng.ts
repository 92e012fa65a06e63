/**
 * The seeded random generator. Its whole state is one 32-bit integer kept in
 * `GameState.rng`, so a saved game and its replay draw exactly the same numbers.
 *
 * The state is kept as a signed integer (`| 0`), the same 32 bits as the unsigned form:
 * a signed 32-bit integer is always a small integer to the JavaScript engine, whereas
 * half of the unsigned ones would be stored as boxed doubles, and a field that holds
 * both kinds makes the engine's optimised code for the game state fall back and start
 * over.
 *
 * The algorithm is mulberry32: a Weyl sequence (add a fixed odd constant) passed through
 * an integer mixing function. It is small, fast and has good enough statistics for game
 * dice; it is not for cryptography.
 */

/** Anything that carries the generator state, such as a draft game state. */
export type RngHolder = { rng: number };

/** The odd increment of the Weyl sequence. */
const STEP = 0x6d2b79f5;

/**
 * Turns a user seed (any number) into the starting generator state. Nearby seeds are
 * mixed apart so that seeds 1, 2, 3… start unrelated streams.
 */
export function seedState(seed: number): number {
  let h = (Number.isFinite(seed) ? Math.trunc(seed) : 0) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * Draws a float in [0, 1) and advances `holder.rng`. The holder must be a value the
 * caller owns (a draft), never a state another caller can still see.
 */
export function nextFloat(holder: RngHolder): number {
  const a = (holder.rng + STEP) | 0;
  holder.rng = a;
  let t = Math.imul(a ^ (a >>> 15), 1 | a);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A standalone generator for callers outside the game state (bots, tests). */
export function createRng(seed: number): () => number {
  const holder: RngHolder = { rng: seedState(seed) };
  return () => nextFloat(holder);
}
