/** Quoted words right after a number, no other quote mark inside: "four “places”", "35 “health” stores". */
const QUOTED_AFTER = /^\s+["“][^"“”\n]{1,40}["”]/;
const CLOSING_QUOTE = /^["”]/;

/**
 * The text after a number with the marks of quoted words right after it read as spaces, so that the noun a writer
 * quotes is counted as any other ("Mr. Nagrin has described four “places”", "added two “diversions”", "Los
 * Angeles' 35 “health” stores"); the same length, so offsets into it hold for the text itself.
 */
export function unquotedAfter(after: string): string {
  const quoted = QUOTED_AFTER.exec(after);
  return quoted === null ? after : quoted[0].replace(/["“”]/g, ' ') + after.slice(quoted[0].length);
}

/** A figure's length past the closing mark of quoted words it ends on: "four “places”", not "four “places". */
export function pastClosingQuote(after: string, length: number): number {
  return after !== unquotedAfter(after) && CLOSING_QUOTE.test(after.slice(length)) ? length + 1 : length;
}
