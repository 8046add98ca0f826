import { namesPersons, nounCountedOf } from './count-asked.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';
import { stemWord } from './words.ts';

/**
 * A "how many" of persons or things (its noun read by `nounCountedOf`, as `countedAsked` reads it), read for a count in
 * words before what it counts: whether a sentence says a number in words ("one", "two", "twenty-five") right before the
 * noun asked, or before a word that describes and then that noun ("Perhaps one person, with adequate staff assistance,
 * could fill both jobs" for "how many people are needed to fill the aide's job"; "not one patented invention in ten is
 * worth making" for "how many patented inventions are worth making"; "These two aspects of death cannot be separated"
 * for "how many aspects of death are there"). Persons are counted by any word for a person, as a number's plural counts
 * them ("one man" for "how many sailors"). The figures leave "one" in words, a pronoun's as often as a count ("one of
 * the most beautiful", "Cook felled one"), and a small count in words of a thing of no kind they read ("two aspects");
 * before the noun the question counts, either is the count. Null for any other question, and for a measure asked
 * ("how many miles").
 */
export function oneCountedAsked(query: ParsedQuery, lexicon: Lexicon, maxWords: number): ((sentence: string) => boolean) | null {
  const noun = nounCountedOf(query, maxWords);
  if (noun === undefined) return null;
  const stem = stemWord(noun);
  const isAsked = namesPersons(noun, lexicon) ? (word: string) => namesPersons(word, lexicon) : (word: string) => stemWord(word) === stem;
  return (sentence) => {
    // The cheap test first: most sentences a "how many" reads hold no number in words.
    if (!HAS_NUMBER_WORD.test(sentence)) return false;
    for (const [, first, second] of sentence.matchAll(NUMBER_WORD_BEFORE)) {
      const word = first?.toLowerCase() ?? '';
      if (isAsked(word)) return true;
      if (second !== undefined && lexicon.describes(word) && isAsked(second.toLowerCase())) return true;
    }
    return false;
  };
}

/** A number in words under a hundred ("one", "twelve", "twenty-five"). */
const NUMBER_WORD = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
const HAS_NUMBER_WORD = new RegExp(String.raw`\b${NUMBER_WORD}\b`, 'i');

/** A number in words and the one or two words after it, in the same clause. */
const NUMBER_WORD_BEFORE = new RegExp(String.raw`\b${NUMBER_WORD}\s+(\p{L}+)(?:\s+(\p{L}+))?`, 'giu');
