import type { UnitRead } from './unit-reads.ts';
import { isPluralNoun } from './measures.ts';
import type { FigureQualifier } from '../types.ts';

/** Words that bound or round a number: "more than", "about", "at least". */
export const BOUND_WORDS = String.raw`more than|over|above|in excess of|upwards of|higher than|greater than|less than|fewer than|under|below|lower than|about|around|approximately|roughly|nearly|almost|some|close to|at least|no less than|not less than|at most|up to|no more than|not more than`;
const QUALIFIER = new RegExp(String.raw`(?<!\p{L})(${BOUND_WORDS}|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|pass(?:es|ed)|topped)\s+$`, 'iu');
/** How far before a number its bounding or rounding word is looked for. */
const QUALIFIER_REACH = 30;

/** The word that bounds or rounds a number ("nearly", "close to", "more than"), read on the text up to the number; null if none. */
export function qualifierBefore(textBefore: string): RegExpExecArray | null {
  return QUALIFIER.exec(textBefore.slice(-QUALIFIER_REACH));
}
export const QUALIFIERS: ReadonlyMap<string, FigureQualifier> = new Map([
  ...['more than', 'over', 'above', 'in excess of', 'upwards of', 'higher than', 'greater than'].map((w) => [w, 'more-than'] as const),
  ...['less than', 'fewer than', 'under', 'below', 'lower than'].map((w) => [w, 'less-than'] as const),
  ...['about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'close to'].map((w) => [w, 'about'] as const),
  ...['at least', 'no less than', 'not less than'].map((w) => [w, 'at-least'] as const),
  ...['at most', 'up to', 'no more than', 'not more than'].map((w) => [w, 'at-most'] as const),
]);

/**
 * "populations of 300,000 and more,", "a factor of 10 or more.": "and more" or "or more" that ends a clause right after
 * the number makes it a floor, as "150 or more pupils" does before its noun (`findNumbers`).
 */
export const FLOOR_AT_CLAUSE_END = /^\s+(?:and|or)\s+more(?=\s*(?:[,;:.)]|$))/i;

/** Words that bound a quantity and never a year: "more than 2000 copies" (where "about 1850", "over 1960 levels" and "some 1955 references" may date). */
const COUNT_BOUND = new Set(['more than', 'fewer than', 'less than', 'nearly', 'almost', 'approximately', 'roughly', 'at least', 'upwards of', 'in excess of']);

/** A year-like number a bound of quantity puts before a plural noun counts it: "More than 2000 copies have been sent". */
export function isBoundedCount(qualifierWords: string | undefined, unitRead: UnitRead): boolean {
  return qualifierWords !== undefined && COUNT_BOUND.has(qualifierWords) && unitRead.unit === 'count' && unitRead.head !== undefined && isPluralNoun(unitRead.head);
}

/**
 * "for one month", "approximately one month": how long something lasts, a term (where "one day" alone is a time, "one
 * of" a pronoun); a bound of quantity before "one" says it is one, as "for" does.
 */
const FOR_BEFORE = /\bfor\s+$/i;
const PERIOD_OF_ONE = /^(?:year|month|week|day|night|hour|minute)$/;

export function isTermOfOne(before: string, qualifierWords: string | undefined, unitRead: UnitRead): boolean {
  return (FOR_BEFORE.test(before) || (qualifierWords !== undefined && COUNT_BOUND.has(qualifierWords))) && PERIOD_OF_ONE.test(unitRead.head ?? '');
}
