import { namesPersons, nounCountedOf } from './count-asked.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';
import { stemWord } from './words.ts';

/**
 * A "how many" of persons or things (its noun read by `nounCountedOf`, as `countedAsked` reads it), read for "one" in
 * words before what it counts: whether a sentence says "one" right before the noun asked in the singular, or before a
 * word that describes and then that noun ("Perhaps one person, with adequate staff assistance, could fill both jobs"
 * for "how many people are needed to fill the aide's job"; "not one patented invention in ten is worth making" for "how
 * many patented inventions are worth making"). Persons are counted by any word for a person, as a number's plural
 * counts them ("one man" for "how many sailors"). The figures leave "one" in words, a pronoun's as often as a count
 * ("one of the most beautiful", "Cook felled one"); before the noun the question counts, it is the count. Null for any
 * other question, and for a measure asked ("how many miles").
 */
export function oneCountedAsked(query: ParsedQuery, lexicon: Lexicon, maxWords: number): ((sentence: string) => boolean) | null {
  const noun = nounCountedOf(query, maxWords);
  if (noun === undefined) return null;
  const stem = stemWord(noun);
  const isAsked = namesPersons(noun, lexicon) ? (word: string) => namesPersons(word, lexicon) : (word: string) => stemWord(word) === stem;
  return (sentence) => {
    // The cheap test first: most sentences a "how many" reads hold no "one".
    if (!HAS_ONE.test(sentence)) return false;
    for (const [, first, second] of sentence.matchAll(ONE_BEFORE)) {
      const word = first?.toLowerCase() ?? '';
      if (isAsked(word)) return true;
      if (second !== undefined && lexicon.describes(word) && isAsked(second.toLowerCase())) return true;
    }
    return false;
  };
}

const HAS_ONE = /\bone\b/i;

/** "one" and the one or two words after it, in the same clause. */
const ONE_BEFORE = /\bone\s+(\p{L}+)(?:\s+(\p{L}+))?/giu;
