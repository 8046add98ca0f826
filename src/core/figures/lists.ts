import { lastCurrencyIn } from './currencies.ts';
import { NUMBER_SOURCE } from './numbers.ts';
import type { FigureUnit } from '../types.ts';

/**
 * Numbers in a list share what the list's last member says: "17, 6 and 9 enterprises", "3.2
 * billion RMB (approx. 450 million USD), 2.9 billion (…) and 5.9 billion RMB", "4, 1 and 1
 * respectively". And a number with a scale word is a quantity in itself ("about 15 million"), in the
 * currency its sentence has been counting in.
 */

/** The next member of a list after a number: ", 6", " and 9", ", and 1", past an aside in brackets. */
const LIST_MEMBER = new RegExp(
  String.raw`^(?:\s*\([^()]{0,60}\))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:[$€£¥]\s?)?(?:${NUMBER_SOURCE})`,
  'iu',
);
/** Lists are short; a longer run is a table or a sequence, not one list. */
const MAX_LIST_MEMBERS = 8;
/** "…, and 1 respectively": each number of the list belongs to a subject named before it. */
const RESPECTIVELY = /^,?\s+respectively\b/i;
/** The offset in `after` just past the last member of a list that starts there, or null when none does. */
export function skipListMembers(after: string): number | null {
  let offset = 0;
  for (let members = 0; members < MAX_LIST_MEMBERS; members += 1) {
    const member = LIST_MEMBER.exec(after.slice(offset));
    if (member === null) return members === 0 ? null : offset;
    offset += member[0].length;
  }
  return offset;
}

/** True when "respectively" follows: the number is one of a list matched to subjects before it. */
export function isRespectively(after: string): boolean {
  return RESPECTIVELY.test(after);
}

/**
 * The currency the sentence has been counting in before a number, outside brackets (which hold
 * conversions): the one named last. Undefined when it names none.
 */
export function impliedCurrency(before: string): FigureUnit | undefined {
  return lastCurrencyIn(before.replace(/\([^()]*\)/g, ' '));
}
