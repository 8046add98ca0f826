import type { CountSaidOtherwise } from './counted-in-words.ts';
import type { ParsedQuery } from './query.ts';

/**
 * English's words that are a count of times by themselves, by the count each says: "once", "twice", "thrice". A
 * closed class, as the number words are; the figures read none of them as a count.
 */
const TIMES_WORDS: readonly string[] = ['once', 'twice', 'thrice'];

/**
 * "How many times did she slip": a count of times is told by a word that is one ("she slipped once or twice", "rang
 * twice"), as "three times" tells it in digits or words, and it says the question's "times" in that word, as "six men"
 * says its "soldiers" (`countSaidOtherwiseOf`). Not a multiple ("twice as long", "twice the size", "twice that"),
 * which compares; and "once" only where "only" or "just" before it makes it a count: alone it is as often "formerly"
 * or "as soon as" ("once a sailor", "once he had gone"). `maxTimes`: the largest count read so (3 reads all three; 0
 * none). Null for any other question.
 */
export function timesInWordAsked(query: ParsedQuery, maxTimes: number): CountSaidOtherwise | null {
  if (maxTimes <= 0 || !/\bhow many times\b/.test(query.typedWords.join(' '))) return null;
  // "Once" counts after "only" or "just"; "twice" and "thrice" wherever they compare nothing ("once or twice" by its "twice").
  const words = TIMES_WORDS.slice(0, maxTimes).map((word) => (word === 'once' ? String.raw`(?:only|just)\s+once\b` : String.raw`${word}\b(?!\s+(?:as|the|that)\b)`));
  const counts = new RegExp(String.raw`\b(?:${words.join('|')})`, 'i');
  return { noun: 'times', counts: (sentence) => counts.test(sentence) };
}

/** A count's reading in words that also reads a count of times said in one word, where the question asks one. */
export const orTimesInWord = (times: CountSaidOtherwise | null, reading: ((sentence: string) => boolean) | null): ((sentence: string) => boolean) | null =>
  times === null ? reading : reading === null ? times.counts : (sentence) => reading(sentence) || times.counts(sentence);
