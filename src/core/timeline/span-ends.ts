/**
 * "From October 1960 to February 1961, the U.N. forces took little action", "from 1 July 1958 to 30 June 1960, 24
 * numbers were published", "between October 1960 and February 1961": a span between two dates is one statement, dated
 * at its start, as a span of years ("from 1952 to 1955") and one of yearless days ("from Sept. 25 to Oct. 15") already
 * are. Its end is no event of its own.
 */

/** A date that opens a span: its phrase begins with "from" or "between". */
const SPAN_START = /^(?:from|between)\s/i;
/** What joins a span's two ends, written between them or at the head of the end's own phrase ("until Dec. 1, 1958"). */
const SPAN_JOIN = /^\s*(?:to|until|till|through|and|--|[-–—])\s*$/i;
const JOIN_OPENING = /^(?:to|until|till|through)\s/i;

/** A date read in a sentence: its phrase and where it stands. */
interface Placed {
  readonly entry: { readonly raw: string; readonly text: string };
  readonly start: number;
  readonly end: number;
}

/** The sentence's dates less each that ends a span another opens right before it. */
export function dropSpanEnds<T extends Placed>(entries: readonly T[]): T[] {
  const ordered = [...entries].sort((a, b) => a.start - b.start);
  const ends = new Set(ordered.filter((end, index) => index > 0 && isSpanEnd(ordered[index - 1]!, end)));
  return entries.filter((entry) => !ends.has(entry));
}

function isSpanEnd(start: Placed, end: Placed): boolean {
  if (!SPAN_START.test(start.entry.raw) || end.start < start.end) return false;
  const between = end.entry.text.slice(start.end, end.start);
  return SPAN_JOIN.test(between) || (between.trim() === '' && JOIN_OPENING.test(end.entry.raw));
}
