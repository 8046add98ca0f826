import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';
import { countsOf, namesPersons } from './count-asked.ts';
import { UNIT_PLURAL_SOURCE, UNIT_SOURCE } from '../figures/units.ts';
import { isStopWord, stemWord } from './words.ts';
import { baseOfIrregular } from './irregular.ts';

/**
 * "How much base pay does a scout get", "how much commission does a realtor charge": a "how much" with no measure
 * read asks an amount of a thing or a price, and a number that counts other things ("nine qualified scouts", "the six
 * volumes") tells how many of those there are, not how much of the thing. A sentence answers only where one of its
 * numbers is something else: a sum or a measure, a number with nothing counted after it, a count in a unit ("five
 * acres", "ten pounds") or of the thing asked or a kind of it ("how much food" by "twelve loaves"). Where the question
 * names no thing after "much" ("how much did the townsmen offer"), only a count of persons is taken for another's.
 */

/**
 * Whether a sentence's numbers all count other things than the amount asked (above); null where the question asks
 * no amount by "how much" (or `senses` is 0), so nothing is read. A count is of a kind of the thing in one of the
 * `senses` commonest senses of each ("loaf" is a food by bread, its first).
 */
export function countsOnlyOthersOf(query: ParsedQuery, lexicon: Lexicon, senses: number): ((sentence: string) => boolean) | null {
  if (senses === 0 || query.measures.length > 0) return null;
  const at = query.words.findIndex((word, index) => word === 'how' && query.words[index + 1] === 'much');
  if (at < 0) return null;
  // The thing asked: the last word before a stop word ("base pay" → pay); none where one follows "much" ("much of", "much did").
  const after = query.words.slice(at + 2);
  const end = after.findIndex((word) => isStopWord(word));
  const thing = end === 0 ? null : (after[(end < 0 ? after.length : end) - 1] ?? null);
  const ofThing = (plural: string) => thing !== null && (stemWord(plural) === stemWord(thing) || lexicon.isKindOf(baseOfIrregular(plural), thing, senses, senses));
  const other = (plural: string) => !UNIT.test(plural) && !ofThing(plural) && (thing !== null || namesPersons(plural, lexicon));
  return (sentence) => {
    const counts = countsOf(sentence);
    return counts !== null && counts.length > 0 && counts.every(({ plural, measured }) => measured === null && plural !== null && other(plural));
  };
}

/** A unit of measure, singular or plural ("acres", "pound"): a count in one is an amount. */
const UNIT = new RegExp(String.raw`^(?:${UNIT_PLURAL_SOURCE}|${UNIT_SOURCE})$`, 'i');
