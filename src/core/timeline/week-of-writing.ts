/**
 * A weekly's cover date is not the day its pieces were written: a magazine dated Monday, April 17 that says "The Masters
 * proved last Monday what it can do" was written in the week after that Monday, the tournament's last day. A text whose
 * "last <weekday>" names the weekday of its own date so tells the days it was written in; its weekdays ("On Thursday,
 * the first day of the Masters", "last Saturday") count back from the day after that one, not from the cover date. A daily counts the days about its date by
 * "yesterday", "last night" and "tonight", and its "last Friday" in a Friday paper is a week ago with its other weekdays
 * counted from its date: a text that says one of those is read as written on its date.
 */
const DAILY_DAY_WORD = /\b(?:yesterday|last night|tonight)\b/i;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const DAY_MS = 86_400_000;

export interface DayWritten {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The day after the "last <weekday>" of a text dated that weekday (a week before its date), from which its weekdays count;
 * null when the text names no such weekday ("the last Monday of each month" is none), so that they count from its date.
 */
export function weekdaysCountedFrom(text: string, dated: DayWritten): DayWritten | null {
  const date = Date.UTC(dated.year, dated.month - 1, dated.day);
  const weekday = WEEKDAYS[new Date(date).getUTCDay()] ?? '';
  if (DAILY_DAY_WORD.test(text) || !new RegExp(`(?<!\\b(?:[Tt]he|[Ee]very)\\s)\\b[Ll]ast\\s+${weekday}\\b(?!['’]s|\\s+of\\b)`).test(text)) return null;
  const after = new Date(date - 6 * DAY_MS);
  return { year: after.getUTCFullYear(), month: after.getUTCMonth() + 1, day: after.getUTCDate() };
}
