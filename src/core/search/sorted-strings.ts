/**
 * A sorted list of distinct strings kept as one joined string and the offsets where each starts: the
 * term dictionary of the postings and the list of the knowledge base's words. A `Map` of 200,000 strings
 * costs tens of MB and, restored from a snapshot, seconds of inserts; this costs the text plus 4 bytes a
 * string, and a snapshot restores it as it was saved (one string, one `Int32Array`). A string's place is
 * found by binary search (18 comparisons among 200,000), compared in place, without slicing.
 *
 * Order is by UTF-16 code unit, as JavaScript's `<` on strings and `Array.prototype.sort` order them.
 */
export interface SortedStrings {
  /** The strings joined, in order. */
  readonly joined: string;
  /** Where each string starts in `joined`, and one more entry where the last ends. */
  readonly starts: Int32Array;
}

/** Sorted strings from any strings (duplicates dropped). */
export function sortedStringsOf(strings: Iterable<string>): SortedStrings {
  const sorted = [...new Set(strings)].sort();
  return { joined: sorted.join(''), starts: runStarts(sorted.map((text) => text.length)) };
}

/**
 * Where each of consecutive runs of these lengths starts in one flat array, and one more entry where the
 * last ends: the offsets of the joined strings here, and of each passage's term ids (`passage-terms.ts`).
 */
export function runStarts(lengths: readonly number[]): Int32Array {
  const starts = new Int32Array(lengths.length + 1);
  lengths.forEach((length, at) => (starts[at + 1] = (starts[at] ?? 0) + length));
  return starts;
}

export function stringCount(strings: SortedStrings): number {
  return strings.starts.length - 1;
}

/** The string at `at`; a negative `at` counts from the end, as `Array.prototype.at` does. */
export function stringAt(strings: SortedStrings, at: number): string | undefined {
  const count = stringCount(strings);
  const index = at < 0 ? count + at : at;
  if (index < 0 || index >= count) return undefined;
  return strings.joined.slice(strings.starts[index], strings.starts[index + 1]);
}

/** The position of `text`, or -1 when it is not among the strings. */
export function indexOfString(strings: SortedStrings, text: string): number {
  const at = lowerBound(strings, text);
  return at < stringCount(strings) && compareAt(strings, at, text) === 0 ? at : -1;
}

/** The first position whose string is not below `text` (the count when every string is). */
export function lowerBound(strings: SortedStrings, text: string): number {
  let low = 0;
  let high = stringCount(strings);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareAt(strings, middle, text) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The string at `at` compared with `text`: negative when it sorts first, 0 when equal. */
function compareAt(strings: SortedStrings, at: number, text: string): number {
  const { joined, starts } = strings;
  const start = starts[at] ?? 0;
  const length = (starts[at + 1] ?? 0) - start;
  const shorter = Math.min(length, text.length);
  for (let i = 0; i < shorter; i += 1) {
    const difference = joined.charCodeAt(start + i) - text.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return length - text.length;
}
