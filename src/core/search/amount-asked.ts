import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';
import { countsOf, namesPersons } from './count-asked.ts';
import { UNIT_PLURAL_SOURCE, UNIT_SOURCE } from '../figures/units.ts';
import { DETERMINERS, isStopWord, stemWord } from './words.ts';
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
  // The thing asked: the last word before a stop word ("base pay" → pay); none where one follows "much" ("much of", "much did"),
  // save a "how much is X", which asks X's price or amount (`subjectPricedOf`).
  const after = query.words.slice(at + 2);
  const end = after.findIndex((word) => isStopWord(word));
  const thing = end === 0 ? subjectPricedOf(after, lexicon) : (after[(end < 0 ? after.length : end) - 1] ?? null);
  const ofThing = (plural: string) => thing !== null && (stemWord(plural) === stemWord(thing) || lexicon.isKindOf(baseOfIrregular(plural), thing, senses, senses));
  const other = (plural: string) => !UNIT.test(plural) && !ofThing(plural) && (thing !== null || namesPersons(plural, lexicon));
  return (sentence) => {
    const counts = countsOf(sentence);
    return counts !== null && counts.length > 0 && counts.every(({ plural, measured }) => measured === null && plural !== null && other(plural));
  };
}

/**
 * What a "how much is X" asks the price or amount of: X's head, the last word of the first run of words after the
 * determiners ("how much is a night at the hotel dumont" → night, "how much was the check the bank received" → check),
 * where that word is a noun used mostly as one (not "spent" of "how much is spent on …", nor "paid"). A count of other
 * things ("twenty-three overnighters") tells how many of those there are, not what a night costs. Null for any other
 * "how much".
 */
function subjectPricedOf(after: readonly string[], lexicon: Lexicon): string | null {
  if (!BE.has(after[0] ?? '')) return null;
  const subject = after.slice(1);
  const start = subject.findIndex((word) => !DETERMINERS.has(word));
  if (start < 0) return null;
  const run = subject.slice(start);
  const end = run.findIndex((word) => isStopWord(word));
  const head = run[(end < 0 ? run.length : end) - 1];
  return head === undefined || isStopWord(head) || lexicon.actsAsVerb(head) || !lexicon.isWord(head) ? null : head;
}

/** The forms of "be" a "how much is X" asks by. */
const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);

/** A unit of measure, singular or plural ("acres", "pound"): a count in one is an amount. */
const UNIT = new RegExp(String.raw`^(?:${UNIT_PLURAL_SOURCE}|${UNIT_SOURCE})$`, 'i');
