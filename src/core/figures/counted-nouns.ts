import type { UnitRead } from './unit-reads.ts';
import { isPluralNoun, measureBefore, type NounPhrase, participleBefore, readNounPhrase } from './measures.ts';
import { findNumbers, NUMBER_SOURCE, valueOfNumber } from './numbers.ts';

/**
 * "of the 150", "of its", "of his" ("two of his sons"), "of the mayor's", "of our nation's" (the possessive tried first),
 * and "of eight" ("Seven of eight companies"): what stands between a part and its group.
 */
const PART_OF_GROUP = new RegExp(String.raw`^\s+of\s+(?:(?:(?:(?:the|its|their|our|his|her|my|your)\s+)?\p{L}+['’]s|the|its|their|our|his|her|my|your|these|those)\s+(?:(?:${NUMBER_SOURCE})\s+)?|(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+hundred)\s+)`, 'iu');
/** "the Scots", "the Democrats", "the Yankees": a capitalised plural, not a name in the possessive ("the Bank's"). */
const NAMED_GROUP = /^\p{Lu}\p{Ll}+(?<!['’]s)(?<![su]s)s(?![\p{L}'’])/u;

/** The plural noun the last count before a number counted: "four corn pickers … 10 more" → "pickers". */
export function lastCountedNoun(before: string): string | undefined {
  return findNumbers(before).map((earlier) => readNounPhrase(before.slice(earlier.end))?.head).filter((head) => head != null).at(-1);
}

/** "Fifty-three of the 150 representatives", "12 of the new schools": a count of a part of a group of things. */
export function readPartOfGroup(after: string): UnitRead | null {
  const of = PART_OF_GROUP.exec(after);
  if (of === null) return null;
  const rest = skipListedModifiers(after.slice(of[0].length));
  // "all but fifty of the Scots": a people or a team named in the plural is a group too.
  const named = NAMED_GROUP.exec(rest);
  if (named !== null) return { unit: 'count', measure: `${of[0].trim()} ${named[0]}`, length: 0 };
  const phrase = readNounPhrase(rest);
  if (phrase?.head == null) return null;
  // The raw figure is the part alone: a number of the group ("150") is a figure of its own.
  return { unit: 'count', measure: `${of[0].trim()} ${phrase.words.join(' ')}`, length: 0, head: phrase.head };
}

/**
 * "covered, wooden bridges": modifiers set off by commas before the noun, which are no list of things (not plurals);
 * the last one after a serial comma's "and" or "or" too ("seventeen ivory, metal, wood, and stone sculptures").
 */
const LISTED_MODIFIER = /^(\p{Ll}+(?:-\p{Ll}+)*),\s+(?:(?:and|or)\s+)?(?=\p{Ll})/u;

/** "3 smooth, dark-green calculi", "2 yellow, firm, friable raised areas": a count whose noun follows modifiers a comma sets off. */
export function readListedModifierCount(after: string, before: string, value: number): UnitRead | null {
  const start = after.trimStart();
  const rest = skipListedModifiers(start);
  if (rest === start) return null;
  const phrase = readNounPhrase(rest);
  if (phrase?.head == null) return null;
  const count = readCount(phrase, rest, before, value);
  return { ...count, length: after.length - rest.length + count.length };
}

/** What follows the modifiers a comma sets off before a noun: "nine of the covered, wooden bridges" counts bridges. */
export function skipListedModifiers(text: string): string {
  const rest = skipModifierChain(text);
  if (rest !== text) return rest;
  // "18 national medical, dental, and veterinary societies": a first member of two words, when "and" or "or" closes
  // a chain of more (a list of kinds, not "1,700 a week, and applications", a clause going on after a comma).
  const lead = LEADING_MODIFIER.exec(text);
  if (lead?.[1] === undefined || isPluralNoun(lead[1])) return text;
  const chained = text.slice(lead[0].length);
  const afterChain = skipModifierChain(chained);
  return CLOSING_CONJUNCTION.test(chained.slice(0, chained.length - afterChain.length)) ? afterChain : text;
}

/** A word before the first listed modifier, as "national" in "national medical, dental, and veterinary". */
const LEADING_MODIFIER = /^(\p{Ll}+)\s+(?=\p{Ll}+,)/u;
/** A chain of two members at least, the last after a serial comma's "and" or "or" ("medical, dental, and "; not "week, and "). */
const CLOSING_CONJUNCTION = /^\p{Ll}+,\s+\p{Ll}+.*,\s+(?:and|or)\s+$/u;

function skipModifierChain(text: string): string {
  let rest = text;
  for (let modifier = LISTED_MODIFIER.exec(rest), count = 0; modifier?.[1] !== undefined && count < 3 && !isPluralNoun(modifier[1]); modifier = LISTED_MODIFIER.exec(rest), count += 1) {
    rest = rest.slice(modifier[0].length);
  }
  return rest;
}

/** The years in a decade or a century. */
export const YEARS_IN: Readonly<Record<string, number>> = { decade: 10, decades: 10, century: 100, centuries: 100 };

/** "5 feet 3 inches", "4 feet and 8 inches": one length, in feet (5.25), not two figures. */
const INCHES_AFTER_FEET = /^,?\s+(?:and\s+)?(\d{1,2})\s+inch(?:es)?\b/i;
/** "one year and nine months", "2 years 6 months": one period, in months (21), not two figures ("two years, and six months later" is two). */
const MONTHS_AFTER_YEARS = new RegExp(String.raw`^\s+(?:and\s+)?(?<months>${NUMBER_SOURCE})\s+months?\b(?!\s+(?:later|earlier|ago|before|after)\b)`, 'iu');

/** "26 mountainous counties", "20 consecutive years", "more than 80 years old". */
export function readCount(phrase: NounPhrase, after: string, before: string, value: number): UnitRead {
  // Without a plural, the count is one of its last word: "1 year", "1 village".
  const head = (phrase.head ?? phrase.words.at(-1) ?? '').toLowerCase();
  if (head === 'years' || head === 'year') {
    const months = MONTHS_AFTER_YEARS.exec(after.slice(phrase.end));
    const monthsValue = months === null ? Number.NaN : valueOfNumber(months.groups);
    if (months !== null && monthsValue < 12) return { unit: 'months', value: value * 12 + monthsValue, measure: 'months', length: phrase.end + months[0].length, joined: true };
    const old = /^\s+old\b/i.exec(after.slice(phrase.end));
    if (old === null) return { unit: 'years', measure: phrase.words.join(' '), length: phrase.end, head };
    return { unit: 'years', measure: measureBefore(before, false) ?? 'age', length: phrase.end + old[0].length };
  }
  // "two decades" and "two centuries" are the 20 and 200 years a reader would list.
  const yearsIn = YEARS_IN[head];
  if (yearsIn !== undefined) return { unit: 'years', value: value * yearsIn, measure: measureBefore(before, false) ?? 'years', length: phrase.end, head };
  if (head === 'months' || head === 'month') return { unit: 'months', measure: measureBefore(before, false) ?? 'months', length: phrase.end, head };
  if (head === 'minutes' || head === 'minute' || head === 'mins') return { unit: 'minutes', measure: measureBefore(before, false) ?? 'minutes', length: phrase.end };
  const inches = head === 'feet' ? INCHES_AFTER_FEET.exec(after.slice(phrase.end)) : null;
  if (inches !== null && Number(inches[1]) < 12) return { unit: 'count', value: value + Number(inches[1]) / 12, measure: 'feet', length: phrase.end + inches[0].length, head, joined: true };
  const participle = participleBefore(before);
  const measure = phrase.words.join(' ');
  return { unit: 'count', measure: participle === null ? measure : `${measure} ${participle}`, length: phrase.end, head };
}
