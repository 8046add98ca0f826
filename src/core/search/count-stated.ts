import { isDateOrTime, isNameOrProportion } from '../figures/non-figures.ts';
import { lastSentenceOf, PREVIOUS_SENTENCE_REACH } from '../figures/reading.ts';

/**
 * A number in digits that is no year ("38 villages", "1.5 million", "85%"): what a "how many" can be answered with. A
 * year is told by what follows it (`yearNotBefore`): for any number asked, a year before a stop ("since 1937.", "in
 * 1950, the") is read as a number, as it tells "how long" or "how old" from its start (`COUNT`); for a count of persons
 * or things, which no year is, it is not (`COUNTED`).
 */
const numberNoYear = (yearNotBefore: string) => new RegExp(String.raw`(?<![\d.,:])(?!(?:1\d{3}|20\d{2})(?!${yearNotBefore}))\d[\d,]*(?:\.\d+)?`, 'g');
const COUNT = numberNoYear(String.raw`[\d.,%]`);
const COUNTED = numberNoYear(String.raw`\d|[.,]\d|%`);

/**
 * Whether a text holds a number in digits that counts ("48 aboard", "1.5 million", "85%"), whether or not the figures
 * took it for one: what a "how many" can be answered by. Not one that names, as the figures read it after a label or a
 * capitalised word inside its sentence (`isNameOrProportion`): the "4" of "a bus stop sign for T 4" says nothing of how
 * long the Bosphorus is, nor "Article 34" how many members an association has; nor one that counts nothing
 * (`countsNothing`, a list's number). `counted`: a count of persons or things is asked, which no year at a stop gives.
 * A number's sentence is looked for a sentence's length back, as the figures look: a name's word stands just before its
 * number, and a passage with many numbers is not read again from its start for each.
 */
export function statesCount(text: string, counted = false): boolean {
  for (const match of text.matchAll(counted ? COUNTED : COUNT)) {
    const end = match.index + match[0].length;
    if (countsNothing(text, match.index, end) || isListNumber(text, match.index, end) || (counted && isYearOfEra(text, match.index, end))) continue;
    if (!isNameOrProportion(lastSentenceOf(text.slice(Math.max(0, match.index - PREVIOUS_SENTENCE_REACH), match.index)), undefined)) return true;
  }
  return false;
}

/**
 * Whether the digits from `start` to `end` count nothing, as a reader sees at once: a day of a month or a time of day
 * ("On June 6, 1958", "at 6:30 A.M.", `isDateOrTime`), an ordinal ("the 7th Cavalry", "the 20th century"), or a model's
 * number hyphened to its letters ("B-52", "KC-135"). An ordinal before a time counts it ("in his 13th year as a
 * legislator" tells how long; "the third time" how many times).
 */
export function countsNothing(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  return ORDINAL_AFTER.test(text.slice(end, end + 16)) || isDateOrTime(text, { start, end, value: Number(text.slice(start, end).replaceAll(',', '')) }, before) || MODEL_BEFORE.test(before);
}

/**
 * A list's number in brackets ("(2) What evidence is there"): it counts nothing. Not read in a count's sentence by
 * `countedAsked`, which reads the plural after it: the figures leave a capitalised count after a list's number ("(1)
 * Four additional deputies"), and the list's number then stands for it.
 */
const isListNumber = (text: string, start: number, end: number): boolean => /(?:^|\s)\(\s*$/.test(text.slice(Math.max(0, start - 4), start)) && /^\s*\)/.test(text.slice(end, end + 4));

/** A year of an era ("in 213 B.C.", "A.D. 220") or an early one (`isEarlyYear`): no count of persons or things, though a duration may be told from it. */
const isYearOfEra = (text: string, start: number, end: number): boolean =>
  ERA_AFTER.test(text.slice(end, end + 8)) || ERA_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || isEarlyYear(text, start, end);

/**
 * A year before 1000 written bare after "in" and closing its clause ("culminated in a final proscription in 605."):
 * nothing follows it to be counted, so it dates. Not a proportion ("one chance in 100"). The number read may hold the
 * comma after it ("in 476, and").
 */
const isEarlyYear = (text: string, start: number, end: number): boolean =>
  (/^\d{3},$/.test(text.slice(start, end)) || (/^\d{3}$/.test(text.slice(start, end)) && CLAUSE_END.test(text.slice(end, end + 3)))) && IN_BEFORE.test(text.slice(Math.max(0, start - 24), start));
const IN_BEFORE = /(?<!\b(?:one|1)\s+(?:\p{L}+\s+)?)\bin\s$/u;
const CLAUSE_END = /^\s*(?:[.;,)]|$)/;
const ERA_AFTER = /^\s*(?:B\.\s?C\.|A\.\s?D\.|B\.?C\.?E\b|BC\b|AD\b)/;
const ERA_BEFORE = /\b(?:A\.\s?D\.|AD)\s*$/;

const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b(?!\s+(?:years?|seasons?|terms?|times?|days?|weeks?|months?|anniversary|birthday)\b)/i;
const MODEL_BEFORE = /\p{Lu}-$/u;
