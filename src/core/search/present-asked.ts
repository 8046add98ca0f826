import { factTopicOf, statesFactNearTopic } from './fact-near-topic.ts';
import type { ParsedQuery } from './query.ts';
import { isYear } from './rank.ts';

/**
 * "How many provinces does china have today", "who is the emperor of japan today": a question that fixes its time at
 * the present asks of the present, as one naming a year asks of that year (`canAnswer`). The words the present must be
 * said of (the question's but its frame, its years and the word asking the present), or null for a question asking no
 * present. "now" alone is not read as asking it: "what now" asks a next step.
 */
export function presentTopicOf(query: ParsedQuery): ReadonlySet<string> | null {
  if (!query.typedWords.some((word) => PRESENT_ASKED.has(word))) return null;
  return factTopicOf(query.terms.filter((term) => term.frame !== true && !isYear(term.stem) && !PRESENT_ASKED.has(term.typed)));
}

/**
 * Whether a passage speaks of its own present in a sentence naming what is asked, or the next going on about it
 * (`statesFactNearTopic`): "Fort Douglas (present-day Winnipeg)", "what is now part of the Barre-Montpelier Airport",
 * "It still stands". One on the Han dynasty's Nine Provinces tells another time's count, and one whose "now" is of
 * parents, not of the emperor asked, tells no emperor of today. The documents' present is their writing's.
 */
export function speaksOfPresent(passage: { readonly text: string }, topic: ReadonlySet<string>, fragmentMaxWords: number): boolean {
  return statesFactNearTopic(passage, topic, (sentence) => PRESENT_SAID.test(sentence), fragmentMaxWords);
}

/** The words that fix a question at the present. */
const PRESENT_ASKED: ReadonlySet<string> = new Set(['today', 'nowadays', 'currently', 'presently']);

/** The words a text places its statement at its own present with. */
const PRESENT_SAID = /\b(?:today|now|nowadays|currently|presently|present|still|these days)\b/iu;
