import { readCount, YEARS_IN } from './counted-nouns.ts';
import { measureOf, type UnitContext, type UnitRead } from './unit-reads.ts';
import { measureBefore, readNounPhrase } from './measures.ts';
import { NUMBER_SOURCE, type NumberToken, scaleValue, valueOfNumber } from './numbers.ts';
import { readCurrencyAfter } from './currencies.ts';

const OF_ONE_UNIT = /^\s+of\s+an?\s+(\p{Ll}+)\b/iu;
const OF_ONE_PERCENT = /^\s+of\s+(?:1|one)(?:\s?%|\s+per\s?cent|\s+percent)/i;

/**
 * "three out of five skilled workers", "one out of every three Americans": after a number in words, "out of" and a
 * larger whole number (not the first of a range, "three or four") give a proportion, the share 60%, of the noun after.
 */
const OUT_OF = new RegExp(String.raw`^\s+out\s+of\s+(?:every\s+)?(?:${NUMBER_SOURCE})(?![\p{L}\p{N}]|\s+(?:or|to)\s)`, 'iu');

/** A proportion said in words ("nine out of ten times"), read as the percentage it is; null when there is none. */
export function readShareOutOf(after: string, value: number): UnitRead | null {
  const match = OUT_OF.exec(after);
  const whole = match === null ? Number.NaN : valueOfNumber(match.groups);
  if (match === null || !Number.isInteger(whole) || whole <= value) return null;
  const phrase = readNounPhrase(after.slice(match[0].length));
  return { unit: 'percent', value: (value / whole) * 100, measure: phrase?.words.join(' ') ?? 'share', length: match[0].length + (phrase?.end ?? 0) };
}

/**
 * "(four per cent, or 800,000)": a share restated with "or" as a bare number is the count of that share, as "(ten per
 * cent, or 5 million)" is read by its scale; only where the restating ends there (a bracket, a stop, a comma).
 */
const SHARE_OR_BEFORE = /(?:%|\bper\s*cent|\bpercent)\s*,?\s+or\s+(?:(?:about|some|nearly|almost|roughly)\s+)?$/i;
const RESTATING_ENDS = /^\s*[),;.]/;
export function readRestatedShare(before: string, after: string, token: NumberToken): UnitRead | null {
  if (token.yearLike || !SHARE_OR_BEFORE.test(before.slice(-30)) || !RESTATING_ENDS.test(after)) return null;
  return { unit: 'count', measure: 'count', length: 0 };
}

/**
 * ".8 of 1 per cent", "one-half of one per cent": a part of one percent is that many percent. "five tenths of a second",
 * "a quarter of a century": a part of one unit is that much of it (0.5 second, 25 years). Null when the number is
 * neither.
 */
export function readPartOfOne(after: string, at: UnitContext): UnitRead | null {
  const { value, token, before, qualifierIsVerb } = at;
  const ofOnePercent = OF_ONE_PERCENT.exec(after);
  if (ofOnePercent !== null) return { unit: 'percent', value, measure: measureOf(before, after.slice(ofOnePercent[0].length), qualifierIsVerb, true) ?? 'share', length: ofOnePercent[0].length };
  const ofOne = token.fraction ? OF_ONE_UNIT.exec(after) : null;
  const unitWord = ofOne?.[1]?.toLowerCase();
  if (ofOne !== null && unitWord !== undefined) {
    // "a quarter of a million Germans": a part of a scale counts the noun after it.
    if (/^(?:dozen|hundred|thousand|million|billion|trillion)$/.test(unitWord)) {
      const rest = after.slice(ofOne[0].length);
      const money = readCurrencyAfter(rest);
      if (money !== undefined) return { unit: money.unit, value: value * scaleValue(unitWord), measure: measureOf(before, '', qualifierIsVerb, false) ?? 'amount', length: ofOne[0].length + money.length };
      const phrase = readNounPhrase(rest);
      const counted = phrase?.head == null ? null : readCount(phrase, rest, before, value);
      return { unit: 'count', value: value * scaleValue(unitWord), measure: counted?.measure ?? 'count', length: ofOne[0].length + (counted?.length ?? 0) };
    }
    const years = YEARS_IN[unitWord] ?? (unitWord === 'year' ? 1 : undefined);
    return years === undefined
      ? { unit: 'count', measure: unitWord, length: ofOne[0].length }
      : { unit: 'years', value: value * years, measure: measureBefore(before, false) ?? 'years', length: ofOne[0].length };
  }
  return null;
}
