import type { UnitRead } from './unit-reads.ts';
import { isPluralNoun } from './measures.ts';
import { findNumbers, NUMBER_SOURCE, type NumberToken } from './numbers.ts';

/** The members of a breakdown before the one being read: "643 in-state and ", "164 from media, ", "eight for Cerv, ". */
const EARLIER_MEMBERS = new RegExp(String.raw`^\s*(?:(?:${NUMBER_SOURCE})\s+[^\d,;:]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+))*$`, 'iu');
/** "1 in 5 adults": the number opens a proportion, no part of a count. */
const PROPORTION_AFTER = /^\s+(?:in|out\s+of)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)/i;
/**
 * What splits a count into its parts: a colon or a semicolon announces them; a dash or "consisting of" may open an aside
 * as well ("thirty-two camps, each one accommodating fifty thousand men -- sixteen were under canvas"), so after one of
 * them the parts must add up to the count.
 */
const BREAKDOWN_SPLIT = /(?:(?<announced>[:;])|\s--\s|—|\bconsisting\s+of\b)\s*/gu;
/** The word right after a number, the noun it counts when plural: "1184 copies", "fifteen children". */
const COUNTED_NOUN_AFTER = /^\s+(\p{Ll}+)\b/u;
/** What follows a part: a word in lower case or a stop ("643 in-state", "eight for Cerv"), not an item's "1 A flat …". */
const PART_END_AFTER = /^(?:\s+\p{Ll}|\s*(?:[,.;:)]|$))/u;

/**
 * "1184 copies … were distributed: 643 in-state and 541 out-of-state", "a total of 239 inquiries; 164 from media and 75
 * from direct mail", "they have fifteen children -- eight for Cerv, four for Mantle, and three for Maris", "4,900 firms
 * consisting of 3,450 from the AIA list and 1,450 from the TR list": bare numbers after a split (`BREAKDOWN_SPLIT`) of a
 * larger count of the clause before it count its noun.
 */
export function readBreakdown(before: string, after: string, token: NumberToken): UnitRead | null {
  // A part of a count is whole: "2.6 and 2.7" after "51 terms … ;" are ratios.
  if (token.yearLike || !Number.isInteger(token.value) || PROPORTION_AFTER.test(after) || !PART_END_AFTER.test(after)) return null;
  const split = [...before.matchAll(BREAKDOWN_SPLIT)].at(-1);
  const parts = split === undefined ? '' : before.slice(split.index + split[0].length);
  if (split === undefined || !EARLIER_MEMBERS.test(parts)) return null;
  const head = before.slice(0, split.index);
  const total = findNumbers(head)
    .filter((number) => !number.yearLike)
    .map((number) => ({ number, noun: COUNTED_NOUN_AFTER.exec(head.slice(number.end))?.[1] }))
    .filter(({ noun }) => noun !== undefined)
    .at(-1);
  if (total?.noun === undefined || !isPluralNoun(total.noun) || total.number.value <= token.value) return null;
  if (split.groups?.['announced'] === undefined && !addsUpTo(`${parts}${token.value} ${after}`, total.number.value)) return null;
  return { unit: 'count', measure: total.noun, length: 0 };
}

/** Whether the numbers of a breakdown's parts (years left out) add up to its count. */
function addsUpTo(parts: string, count: number): boolean {
  return findNumbers(parts).filter((number) => !number.yearLike).reduce((sum, number) => sum + number.value, 0) === count;
}
