/**
 * "Did you mean …?" suggestions for misspelt field names and ids.
 *
 * The work is bounded: words longer than MAX_WORD are never compared, a candidate whose
 * length alone rules it out costs no comparison, and while a file is checked the
 * candidates looked at are counted against a budget (see withSuggestionBudget). Past
 * it, problems are still reported, without a suggestion; a file with thousands of
 * unknown names therefore costs no more than one with a few hundred.
 */

/** Longest word compared: ids and field names are short, and a long word is no typo. */
const MAX_WORD = 64;

let budget = Infinity;

/**
 * Runs `check` with at most `candidates` candidates looked at by `closest` in all,
 * so that suggestion work cannot grow with the square of a file's size.
 */
export function withSuggestionBudget<T>(candidates: number, check: () => T): T {
  const saved = budget;
  budget = candidates;
  try {
    return check();
  } finally {
    budget = saved;
  }
}

/**
 * Edit distance between two strings (insertions, deletions, substitutions and
 * swaps of neighbouring characters each cost 1), compared without regard to case.
 * Stops early, returning `bound + 1`, once the distance must exceed `bound`.
 */
export function editDistance(a: string, b: string, bound = Infinity): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let before = new Array<number>(t.length + 1).fill(0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  let row = new Array<number>(t.length + 1).fill(0);
  // A swap reaches back two rows, so stop only when two rows in a row are over the bound.
  let previousSmallest = 0;
  for (let i = 1; i <= s.length; i++) {
    row[0] = i;
    let smallest = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, (before[j - 2] as number) + 1);
      }
      row[j] = best;
      smallest = Math.min(smallest, best);
    }
    if (smallest > bound && previousSmallest > bound) return bound + 1;
    previousSmallest = smallest;
    [before, previous, row] = [previous, row, before];
  }
  return previous[t.length] as number;
}

/**
 * The candidate closest to `input`, if it is close enough to be a likely typo:
 * at most a third of the candidate's length away (at least 1), and never the whole
 * word. Ties go to the earlier candidate, so suggestions are stable.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length > MAX_WORD) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (budget <= 0) break;
    budget--;
    if (candidate === input || candidate.length > MAX_WORD) continue;
    const limit = Math.max(1, Math.floor(candidate.length / 3));
    // The distance is at least the difference in length.
    if (Math.abs(candidate.length - input.length) > limit) continue;
    const bound = Math.min(limit, bestDistance - 1, Math.max(input.length, 1) - 1);
    const d = editDistance(input, candidate, bound);
    if (d <= bound) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** ` (did you mean 'meter'?)`, or an empty string when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closest(input, candidates);
  return match === undefined ? '' : ` (did you mean '${match}'?)`;
}
