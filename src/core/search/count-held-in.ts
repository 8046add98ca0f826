import type { NumberToken } from '../figures/numbers.ts';
import { stemWord } from './words.ts';

/**
 * Whether a number with no noun after it counts the persons the question's holder holds, told by where they are: "with
 * twelve in the tallyho" for "how many riders did the tallyho hold", "there were six aboard the launch". The writer
 * leaves the noun to what the holder holds; the count is of it where the place named right after the number ("in",
 * "on", "aboard", "inside", then a determiner and at most one word before it) is a word of the question (`holder`,
 * the stems of its words but the noun counted). Not "one", as often a pronoun ("the one in the corner") as a count.
 */
export function countsHeldIn(sentence: string, number: NumberToken, holder: ReadonlySet<string>): boolean {
  if (number.value < 2 || holder.size === 0) return false;
  const place = HELD_IN.exec(sentence.slice(number.end))?.[1];
  return place !== undefined && holder.has(stemWord(place.toLowerCase()));
}

/** "in the tallyho", "aboard the old launch": a place right after a number, its determiner and at most one word before it. */
const HELD_IN = /^\s+(?:in|on|aboard|inside)\s+(?:the|a|an|his|her|its|their|our|my|your)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)/iu;
