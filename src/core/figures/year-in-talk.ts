/**
 * A sentence that says its time is "the year" the text is on: "This is Baseball 1961. … It is the year when (1) Jim
 * Gentile … (2) Willie Mays … became the ninth big leaguer to stroke four home runs in a game". "It is the year when",
 * "That was the year that" point back, as "that year" does, to the last year named, and so date the sentence's
 * figures with no year of their own.
 */
import type { YearFrame } from './years.ts';

/** "It is the year when", "This was the year that", "That is the year in which"; not "the year 1960" nor "the year's". */
const THE_YEAR_IN_TALK = /\b(?:it|this|that)\s+(?:is|was)\s+the\s+year\b(?!['’]s|\s+(?:of\s+)?\d)/i;

/** The year a sentence calling its time "the year" is in: the last one named before it; undefined for other sentences. */
export function yearInTalk(sentence: string, frame: Pick<YearFrame, 'previous'>): number | undefined {
  return THE_YEAR_IN_TALK.test(sentence) ? frame.previous : undefined;
}
