/**
 * The index of the last of ascending `starts` at or before `value` (0 when none is): the line an offset stands on,
 * the sentence a word stands in.
 */
export function lastAtOrBefore(starts: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}
