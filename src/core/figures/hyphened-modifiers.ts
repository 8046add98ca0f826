import type { ReadUnit, UnitContext, UnitRead } from './unit-reads.ts';
import { pluralOf, readNounPhrase } from './measures.ts';
import { isHyphenedWordCount } from './hyphened-words.ts';
import { MEASURE_HYPHEN } from './non-figures.ts';
import { NUMBER_SOURCE, type NumberToken } from './numbers.ts';
import { readAbbreviatedUnit } from './abbreviated-units.ts';

/** "40 mg. daily", "510 gm.", "3.8 mEq. per liter", "a 6-hr. period": a unit written short, whole number or not. */
export function readAbbreviation(after: string): UnitRead | null {
  const abbreviated = readAbbreviatedUnit(after);
  return abbreviated === null ? null : { unit: 'count', measure: abbreviated.unit, length: abbreviated.length };
}

/**
 * A unit in the singular after a number above one, then a singular noun: "a three day hearing", "the same five year
 * period" are terms whose hyphens were left out, read as "a three-day hearing".
 */
const SPACED_TERM = /^(\s+)(?:year|month|week|day|hour|minute|mile|foot|inch|yard|acre)\s+(?=\p{Ll})/u;

export function readSpacedTerm(after: string, at: UnitContext, readUnit: ReadUnit): UnitRead | null {
  const term = SPACED_TERM.exec(after);
  const space = term?.[1];
  // "two day trips", "two foot soldiers": before a plural the number counts the plural, a trip of a day each.
  const modified = term === null ? null : readNounPhrase(after.slice(term[0].length));
  if (term === null || space === undefined || at.value <= 1 || modified == null || modified.head !== null) return null;
  const hyphened = readUnit(`-${after.slice(space.length)}`, at);
  return hyphened === null ? null : { ...hyphened, length: hyphened.length - 1 + space.length };
}

/** "a 158-pounder": a person or a thing of that weight. */
const POUNDER = /^-pounders?\b/i;
/** "the 2-hour-and-27-minute contest": hours and minutes joined into one modifier. */
const HOURS_AND_MINUTES = /^-hours?-and-(\d{1,2})-minutes?\b/i;

/** What a number hyphened to a word measures or counts: "158-pounder", "700-mile", "a 260-member caucus". */
export function readHyphened(after: string, value: number, token: NumberToken, minWords: number): UnitRead | null {
  return readCompoundMeasure(after, value) ?? readMeasureModifier(after) ?? readAbbreviation(after) ?? readCountModifier(after, token, minWords);
}

/** A hyphen left hanging before "and" or "or" and a number hyphened to a word: "30- and 50-megaton". */
const SUSPENDED_HYPHEN = new RegExp(String.raw`^-\s+(?:and|or)\s+(?:${NUMBER_SOURCE})(?=-\p{L})`, 'iu');

/**
 * "a few 30- and 50-megaton bombs", "most 4- and 5-passenger models", "15- and 25-liter storage dewars": a suspended
 * hyphen gives the first number the second's word, so it measures or counts what the second does. The raw figure is
 * the first number alone: the word is the second's, read with it.
 */
export function readSuspendedHyphen(after: string, value: number, token: NumberToken, minWords: number): UnitRead | null {
  const suspended = SUSPENDED_HYPHEN.exec(after);
  if (suspended === null) return null;
  const shared = readHyphened(after.slice(suspended[0].length), value, token, minWords);
  return shared === null ? null : { ...shared, length: 0 };
}

/** A measure a hyphen compounds with its number: "158-pounder" (pounds), "2-hour-and-27-minute" (147 minutes). */
function readCompoundMeasure(after: string, value: number): UnitRead | null {
  const pounder = POUNDER.exec(after);
  if (pounder !== null) return { unit: 'count', measure: 'pounds (weight)', length: pounder[0].length };
  const duration = HOURS_AND_MINUTES.exec(after);
  if (duration === null) return null;
  return { unit: 'minutes', value: value * 60 + Number(duration[1]), measure: readNounPhrase(after.slice(duration[0].length))?.words.join(' ') ?? 'minutes', length: duration[0].length };
}

/** "his 700-mile return journey": miles, of what follows when a noun does ("miles of return journey"). */
export function readMeasureModifier(after: string): UnitRead | null {
  const modifier = MEASURE_HYPHEN.exec(after);
  const unit = modifier?.groups?.['unit']?.toLowerCase();
  if (modifier === null || unit === undefined) return null;
  const power = modifier.groups?.['power']?.toLowerCase();
  const units = power === undefined ? pluralOf(unit) : `${power} ${pluralOf(unit)}`;
  return { unit: 'count', measure: measureOfModifier(units, after.slice(modifier[0].length)), length: modifier[0].length };
}

/** What a hyphened modifier measures or counts, of the noun it modifies when one follows: "miles of return journey". */
function measureOfModifier(plural: string, modified: string): string {
  const what = readNounPhrase(modified);
  return what === null ? plural : `${plural} of ${what.words.slice(0, 2).join(' ')}`;
}

/**
 * "the 260-member Democratic caucus", "A 14-power conference", "Mississippi's 14-term William Meyers Colmer", "a
 * 162-game schedule": a number in digits hyphened to a singular noun that modifies what follows counts that noun (260
 * members). In words only as `hyphened-words.ts` allows ("a fourteen-nation conference"; not "a two-party system", nor
 * a list's first member "two and three-game series", which reaches here past `isCountingWord`). Not the noun
 * itself followed by a clause ("a 3-hitter when …"), nor a letter that labels a class ("4-d classification").
 */
const COUNTED_MODIFIER = /^-(?<noun>\p{Ll}{3,})(?=\s+(?!(?:of|in|on|at|to|for|with|by|from|over|and|or|but|when|that|which|who|is|was|are|were)\b)\p{L})/u;
/**
 * Hyphened words that count nothing: the half of "2 and one-half hours", an adjective ("a 4-sided figure",
 * "a 3-dimensional view"), a size on a scale the noun names ("a 12-gauge shotgun", "16-mesh screening", "a 22-caliber
 * rifle").
 */
const NOT_COUNTED = /^(?:half|gauge|mesh|caliber|calibre)$|(?:ed|al)$/;

function readCountModifier(after: string, token: NumberToken, minWords: number): UnitRead | null {
  const modifier = COUNTED_MODIFIER.exec(after);
  const noun = modifier?.groups?.['noun'];
  if (modifier === null || noun === undefined || NOT_COUNTED.test(noun)) return null;
  if (token.words !== undefined && !isHyphenedWordCount(noun, token.value, minWords)) return null;
  const plural = pluralOf(noun);
  return { unit: 'count', measure: measureOfModifier(plural, after.slice(modifier[0].length)), length: modifier[0].length, head: plural };
}
