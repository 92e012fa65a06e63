/**
 * How numbers appear in the explanations the engine writes ("+6 × 0.5 (diminishing:
 * 2nd use) = +3"). Kept in one place so the report, the transcript and the tests agree.
 */

const MINUS = '\u2212';

// Formatting numbers is a measurable share of resolving a turn, and the same few values
// recur (deltas, factors, bounds), so results are memoised. Bounded, and deterministic.
const fmtCache = new Map<number, string>();

/** A number without trailing zeros, at most three decimals: 1.4, 0.125, 70. */
export function fmt(n: number): string {
  const hit = fmtCache.get(n);
  if (hit !== undefined) return hit;
  const r = Math.round(n * 1000) / 1000;
  const raw = String(Object.is(r, -0) ? 0 : r);
  const s = raw.startsWith('-') ? MINUS + raw.slice(1) : raw;
  if (fmtCache.size >= 4096) fmtCache.clear();
  fmtCache.set(n, s);
  return s;
}

/** A signed change: "+6", "−8", "0". */
export function signed(n: number): string {
  if (n > 0) return `+${fmt(n)}`;
  return fmt(n);
}

// " = +3" for whole numbers of small size, made once each (rule texts repeat them a lot).
const RESULT_TEXTS = 1000;
const resultTexts = new Array<string | undefined>(2 * RESULT_TEXTS + 1);

/** The result of a calculation in a rule text: " = +3", " = −2", " = 0". */
export function resultText(n: number): string {
  if (Number.isInteger(n) && n >= -RESULT_TEXTS && n <= RESULT_TEXTS) {
    const hit = resultTexts[n + RESULT_TEXTS];
    if (hit !== undefined) return hit;
    const text = ` = ${signed(n)}`;
    resultTexts[n + RESULT_TEXTS] = text;
    return text;
  }
  return ` = ${signed(n)}`;
}

/** A probability as a percentage: "40%", "12.5%". */
export function percent(p: number): string {
  return `${fmt(p * 100)}%`;
}

/** "1st", "2nd", "3rd", "4th", "11th", "21st". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/**
 * Rounds half away from zero, so that a scaled gain and the matching loss have the same
 * size (Math.round would turn 2.5 into 3 but −2.5 into −2).
 */
export function roundHalfAway(n: number): number {
  const r = Math.round(Math.abs(n));
  return n < 0 ? -r : r;
}

/** Marks a branch that the type system proves unreachable. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
