import { measureOf, type UnitRead } from './unit-reads.ts';
import { readNounPhrase } from './measures.ts';
import type { FigureUnit } from '../types.ts';

export const UNIT_AFTER: readonly (readonly [RegExp, FigureUnit])[] = [
  [/^\s+percentage[\s-]points?\b/i, 'percentage-points'],
  // "75 per centum of the difference": the statute book's percent; "a 76-per-cent reduction", hyphened through.
  [/^(?:\s?%|[\s-]?(?:per[\s-]?cent(?:um)?|percent|pct)\b)/i, 'percent'],
  [/^\s?(?:‰|per\s+(?:thousand|1,000|mille)\b)/i, 'per-thousand'],
  [/^-(?:minutes?|mins?)\b/i, 'minutes'],
  // "a 16-year-old", and "Your 16 year old son" with its hyphens left out: an age.
  [/^(?:-years?(?:-old)?|\s+year[-\s]old)\b/i, 'years'],
  [/^-months?\b/i, 'months'],
  // "12 times", "a 2.5-fold rise", "threefold": a multiple.
  [/^(?:\s+times\b|[-\s]?fold\b)/i, 'times'],
];

/** "85 cents", "the 64-cent dividend": hundredths of the currency the sentence counts in, dollars unless it names another. */
export const CENTS_AFTER = /^(?:\s+|-)(?:cents?|pence)\b/i;

/**
 * "40°F", "170 °C", "a 90° turn", and as the Brown Corpus writes the sign, hyphens for spaces: "40-degrees-F",
 * "170-degrees-C", "a 90-degree turn". A temperature or an angle.
 */
const DEGREES = /^(?:\s?°|-degrees?)(?:[\s-]?(?<scale>[FCK])(?![\p{L}\p{N}]))?/u;

export function readDegrees(after: string): UnitRead | null {
  const degrees = DEGREES.exec(after);
  const scale = degrees?.groups?.['scale'];
  return degrees === null ? null : { unit: 'count', measure: scale === undefined ? 'degrees' : `degrees ${scale}`, length: degrees[0].length };
}

export function measureOfUnit(unit: FigureUnit, written: string, before: string, after: string, qualifierIsVerb: boolean): string {
  if (unit === 'times') return measureOf(before, after, qualifierIsVerb, false) ?? 'multiple';
  if (unit === 'minutes' || unit === 'years' || unit === 'months') {
    if (/old$/i.test(written)) return 'age';
    return readNounPhrase(after)?.words.join(' ') ?? unit;
  }
  const isShare = unit === 'percent' || unit === 'per-thousand';
  return measureOf(before, after, qualifierIsVerb, isShare) ?? (unit === 'percentage-points' ? 'change' : 'share');
}
