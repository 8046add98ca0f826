/**
 * The present of a timetable: "The General Assembly, which adjourns today", "the exhibition closes tonight", "the
 * session opens today". A verb of opening or closing a sitting, a season or a run, in the present right before "today"
 * or "tonight", says what the day of writing is appointed for; a present of state before it ("it stands today as a
 * monument", "what an undergraduate receives today") speaks of an era, and is not read.
 */

/** Verbs whose present tells an appointed start or end: a session, a show, a term, a season. */
const SCHEDULED_ACTS = ['adjourn', 'convene', 'reconvene', 'recess', 'open', 'reopen', 'close', 'begin', 'start', 'end', 'resume', 'expire'] as const;

/**
 * One of those verbs in the present (base form or third person) as the last word before the day word; not an "open" or
 * "closed" state ("the house remains open today as a museum").
 */
const SCHEDULED_PRESENT_BEFORE = new RegExp(String.raw`(?<!\b(?:is|are|remains?|stays?|still)\s+)\b(?:${SCHEDULED_ACTS.join('|')})(?:e?s)?\s+$`, 'i');

/** Whether the "today" or "tonight" at `start` follows a present verb of an appointed act ("which adjourns today"). */
export function isScheduledPresentBefore(sentence: string, start: number): boolean {
  return SCHEDULED_PRESENT_BEFORE.test(sentence.slice(Math.max(0, start - 24), start));
}
