/** How many of the ascending `values` are at most `n` (a binary search). */
export function countAtMost(values: readonly number[], n: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((values[mid] as number) <= n) low = mid + 1;
    else high = mid;
  }
  return low;
}
