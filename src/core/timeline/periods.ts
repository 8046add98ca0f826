import type { TimelineEntry } from '../types.ts';

/** What these helpers read of an entry: its ISO date and the precision that says how long a time it names. */
type Dated = Pick<TimelineEntry, 'date' | 'precision'>;

/** Years a decade spans: its first ("1970") and the nine after it. */
const DECADE_YEARS = 10;

/**
 * The first and the last date an entry covers, each ISO at the entry's own precision or a year: a decade "1970" covers
 * "1970" to "1979", any other date only itself. A range filter or a claim compares against these.
 */
export function datesCovered(entry: Dated): { readonly first: string; readonly last: string } {
  if (entry.precision !== 'decade') return { first: entry.date, last: entry.date };
  return { first: entry.date, last: String(Number(entry.date) + DECADE_YEARS - 1).padStart(4, '0') };
}

/** The date as a reader is shown it: the ISO date, or the decade as one says it ("1970s"). */
export function shownDate(entry: Dated): string {
  return entry.precision === 'decade' ? `${entry.date}s` : entry.date;
}

/**
 * The same date at the coarser precision of the two: "2021" and "2021-06-10" agree, "2021-05" and "2021-06" do not;
 * a decade agrees with any year or date inside it ("1970s" and "1975-03"), and with no other decade.
 */
export function datesAgree(a: Dated, b: Dated): boolean {
  if (a.precision === 'decade' || b.precision === 'decade') {
    const [decade, other] = a.precision === 'decade' ? [a, b] : [b, a];
    if (other.precision === 'decade') return decade.date === other.date;
    const { first, last } = datesCovered(decade);
    const year = other.date.slice(0, 4);
    return year >= first && year <= last;
  }
  return a.date.startsWith(b.date) || b.date.startsWith(a.date);
}
