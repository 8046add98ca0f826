import { ORDINAL_UNIT_WORDS } from '../figures/numbers.ts';
import { statesMeasure, type Measure } from './measure.ts';

/** What a number states when it measures rather than counts: a measure's unit, or a share of nothing named. */
export type Measured = Measure | 'share';

/** The measures a number's unit may tell, in the order read: a sum first ("forty pounds" asked a count is no count either way). */
const UNITS: readonly Measure[] = ['money', 'duration', 'length', 'weight', 'speed', 'temperature'];

/**
 * What the number from `start` to `end` in a sentence measures, or null when it may count: a sum of money ("$30
 * million worth of bonds", "$2.09 per share"), a duration ("two months to dry", "some ten years later", "a 10-day
 * fast"), a length ("thirty-six feet of empty frieze"), a weight, a speed, a temperature ("50-degrees"), or a share
 * of nothing named ("a yearly growth of 15% or better"; "ninety per cent of the makers" is a share of what it counts).
 * A reader asked "how many figures are painted in the frieze" takes none of these for a count of figures.
 */
export function measuredBy(sentence: string, start: number, end: number): Measured | null {
  // "The Twenty-second Congress": a number in words hyphened to an ordinal's end is an ordinal, no amount of seconds.
  if (ORDINAL_END.test(sentence.slice(end, end + 8))) return null;
  // The sign before the amount, or the unit in the two words after it ("thirty-six feet", "two full days", "10-day").
  const written = sentence.slice(Math.max(0, start - 2), end) + (sentence.slice(end).match(UNIT_AFTER)?.[0] ?? '');
  const unit = UNITS.find((measure) => statesMeasure(written, [measure]));
  if (unit !== undefined) return unit;
  return SHARE_ALONE.test(sentence.slice(end, end + 16)) ? 'share' : null;
}

/** The measure a plural asked names as its unit ("how many miles", "how many dollars"), or null ("how many figures"). */
export function measureNamed(plural: string): Measure | null {
  return UNITS.find((measure) => statesMeasure(`2 ${plural}`, [measure])) ?? null;
}

/** At most two words after a number, hyphened or spaced: where its unit stands. */
const UNIT_AFTER = /^(?:[- ][\p{L}°]+){1,2}/u;

/** The end of an ordinal in words written onto its tens ("Twenty-second", "thirty-first"). */
const ORDINAL_END = new RegExp(`^-(?:${ORDINAL_UNIT_WORDS.join('|')})\\b`, 'i');

/** A share with no "of" after it: of nothing the sentence names ("15% or better", "rose 7 per cent"). */
const SHARE_ALONE = /^\s*(?:%|per\s?cent\b|percent\b)(?!\s+of\b)/i;
