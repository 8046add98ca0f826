import { measureOf, type UnitContext, type UnitRead } from './unit-reads.ts';

const RATIO = /^\s?:\s?(\d+(?:\.\d+)?)(?![\d:]|\s?(?:a\.?m\b|p\.?m\b))/i;
/** "a ratio … of 1 to 23", "odds of 3 to 1": a ratio written with "to", read as one only where the sentence names a ratio. */
export const RATIO_TO = /^\s+to\s+(\d+(?:\.\d+)?)(?![\d.,]?\d|\s?%|\s+(?:per\s?cent|percent)\b)/i;
export const NAMES_RATIO = /\b(?:ratios?|proportions?|odds)\b/i;
/**
 * "Psalm 27: 1", "1 St. John 5: 1", "Ephesians 2: 1": a number right after a capitalised word numbers a part of what
 * that word names, and the colon divides that part again (chapter and verse); it is no ratio unless the sentence names one.
 */
const NAMED_PART_BEFORE = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+\s+$/u;
/**
 * The verse of such a chapter and verse, the number after "Psalm 27:", and the minutes of a clock time, "25" in "At
 * 7:25 two hotel doormen came" (its hour is read as a time): the second half of a number the colon divides.
 */
export const AFTER_DIVIDING_COLON = /(?:(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+\s+\d+:\s?|(?<![\d.,:])\d{1,2}:)$/u;

/** "1 USD to 7.14 RMB", "£1 = $1.27": the one unit an exchange rate is quoted against. */
export const RATE_BASE_AFTER = /^\s*(?:to|=|:|equals?|buys?|bought|for)\s*(?:approx\.?\s*|about\s+|around\s+)?(?:[$€£¥₹₩₽]|\d)/i;

/**
 * "3:2", "1 USD to 7.14 RMB", "a ratio … of 1 to 23": a ratio written after the number. Undefined when none is written;
 * null when what is written is none ("Psalm 27: 1"), and the number then no figure.
 */
export function readRatio(after: string, at: UnitContext): UnitRead | null | undefined {
  const { value, sentence, before, qualifierIsVerb } = at;
  const ratio = RATIO.exec(after) ?? (NAMES_RATIO.test(sentence) ? RATIO_TO.exec(after) : null);
  if (ratio === null) return undefined;
  const divisor = Number(ratio[1]);
  const isRatio = divisor > 0 && (NAMES_RATIO.test(sentence) || ((ratio[1] === '1' || !Number.isInteger(value)) && !NAMED_PART_BEFORE.test(before)));
  if (!isRatio) return null;
  // "one car to 23 employees" (1:23) is 23 of the second for each one of the first, as an exchange rate "1 USD to 7.14
  // RMB" is 7.14; any other ratio is the first against one of the second ("3:2" is 1.5).
  const against = value === 1 && divisor > 1 ? divisor : value / divisor;
  return { unit: 'ratio', value: against, measure: measureOf(before, after, qualifierIsVerb, false) ?? 'ratio', length: ratio[0].length };
}
