/**
 * A weekly's cover date is not the day its pieces were written: a magazine dated Monday, April 17 that says "The Masters
 * proved last Monday what it can do" was written in the week after that Monday (said on a Monday itself, "last Monday"
 * would not be how one names a week ago; "a week ago today" would). A text whose "last <weekday>" names the weekday of its
 * own date so tells the days it was written in; its weekdays ("On Thursday, the first day of the Masters", "last
 * Saturday") count back from the day after that one, not from the cover date.
 */

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const DAY_MS = 86_400_000;

export interface DayWritten {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The day after the "last <weekday>" of a text dated that weekday (a week before its date), from which its weekdays count;
 * null when the text names no such weekday, so that they count from its date.
 */
export function weekdaysCountedFrom(text: string, dated: DayWritten): DayWritten | null {
  const date = Date.UTC(dated.year, dated.month - 1, dated.day);
  const weekday = WEEKDAYS[new Date(date).getUTCDay()] ?? '';
  if (!new RegExp(`\\b[Ll]ast\\s+${weekday}\\b(?!['’]s)`).test(text)) return null;
  const after = new Date(date - 6 * DAY_MS);
  return { year: after.getUTCFullYear(), month: after.getUTCMonth() + 1, day: after.getUTCDate() };
}
