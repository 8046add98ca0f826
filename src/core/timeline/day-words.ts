/**
 * A day of the month written as an ordinal word, as careful or older prose writes it: "she died on August sixth",
 * "V Day, September first, when the show opens", "on the third of August". The dates' patterns take it where they take
 * a day in digits ("August 6", "the 3rd of August"); this module holds the words and their values.
 */
import { ORDINAL_UNIT_WORDS } from '../figures/numbers.ts';

const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'] as const;

/** Every ordinal word a month's day may be, with its day: "first" 1 … "twentieth" 20, "twenty-first" 21 … "thirty-first" 31. */
const DAY_OF_WORD: ReadonlyMap<string, number> = new Map<string, number>([
  ...ORDINAL_UNIT_WORDS.map((word, index) => [word, index + 1] as const),
  ...TEENS.map((word, index) => [word, index + 10] as const),
  ['twentieth', 20],
  ...ORDINAL_UNIT_WORDS.map((word, index) => [`twenty-${word}`, index + 21] as const),
  ['thirtieth', 30],
  ['thirty-first', 31],
]);

/**
 * The ordinal words as a regex group `dayWord`, longest first so "twenty-first" is not read as "twenty-"; no letter or
 * hyphen may follow ("first-quarter", "secondary").
 */
export const DAY_WORD_SOURCE = String.raw`(?<dayWord>${[...DAY_OF_WORD.keys()].sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z-])`;

/** The day an ordinal word names ("sixth" 6, "Twenty-First" 21), or null for a word that names none. */
export function dayOfWord(word: string): number | null {
  return DAY_OF_WORD.get(word.toLowerCase()) ?? null;
}
