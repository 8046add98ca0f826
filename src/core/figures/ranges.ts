import { CHANGE_BY, CHANGE_FROM, isChangeAndLevel } from './changes.ts';
import { NAMES_RATIO, RATIO_TO } from './ratios.ts';
import { isBetweenAgesBefore } from './ages.ts';
import type { Span } from './sentences.ts';
import { NUMBER_SOURCE, type NumberToken, scaleSharedInWords, scaleValue, valueOfNumber } from './numbers.ts';

/** "a minimum of", "a high of": the word that names a range's end, before its number ("from a minimum of 13 to a maximum of 47"). */
const RANGE_END_NAMED = String.raw`(?:an?\s+)?(?:minimum|maximum|low|high)\s+of\s+`;
/**
 * "2 to 3 million", and "5% to 50%" with the percent sign written on both ends (`repeated`); "four or even five years
 * old", a guess's upper end stretched by "even" or "perhaps"; "to a maximum of 47", the end named.
 */
const RANGE = new RegExp(
  String.raw`^(?<repeated>\s?%|\s+per\s?cent|\s+percent)?\s*(?:(?:to|and)\s+${RANGE_END_NAMED}|to|-|–|—|and|or(?:\s+(?:even|perhaps|possibly|maybe))?)\s*[$€£¥]?${NUMBER_SOURCE}`,
  'iu',
);
/** "one to 80": "to" between a number in words and one in digits. */
const WORDS_TO_DIGITS = /^\s+to\s+\d/;
const PERCENT_AFTER = /^(?:\s?%|\s+per\s?cent|\s+percent)/i;

/**
 * "increases ranging from 5% to 50%": "ranging" or "varying" makes the two ends a range, whatever verb came before, and
 * in whichever order they are written ("ranged from 9.8 to 2.6 days"), as does "between" ("between 12 and 8").
 */
const RANGING_FROM = new RegExp(String.raw`\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+(?:${RANGE_END_NAMED})?$`, 'i');
const BETWEEN_BEFORE = new RegExp(String.raw`\bbetween\s+(?:${RANGE_END_NAMED})?$`, 'i');

/** "200,000 to 600,000 yuan": the upper bound, with a scale written only on it applied to both ("2 to 3 million"). */
export function readRange(
  text: string,
  sentence: Span,
  token: NumberToken,
  before: string,
): { scaledValue: number; valueMax: number; end: number } | undefined {
  const match = RANGE.exec(text.slice(token.end, sentence.end));
  const groups = match?.groups;
  if (match === null || groups === undefined || (CHANGE_FROM.test(before.slice(-60)) && !RANGING_FROM.test(before.slice(-45)))) return undefined;
  // "the ratio … has varied from 1 to 22": in a sentence that names a ratio, "1 to 22" is one (see `RATIO_TO`).
  if (NAMES_RATIO.test(text.slice(sentence.start, sentence.end)) && RATIO_TO.test(text.slice(token.end, sentence.end)) && (token.value === 1 || valueOfNumber(groups) === 1)) return undefined;
  const between = BETWEEN_BEFORE.test(before) || isBetweenAgesBefore(before);
  if (/^\s*to\b/i.test(match[0]) && (token.scaled || token.value >= 1000 || isChangeAndLevel(token.value, valueOfNumber(groups))) && CHANGE_BY.test(before.slice(-30))) return undefined;
  if (/^\s*and/i.test(match[0]) && !between) return undefined;
  // "one to 80 horsepower": a low end in words may run to a high end in digits after "to"; "between 200,000 and one
  // million": after "between", a low end in digits to a higher one in words (checked below); the other mixes are no range.
  const digitsToWords = token.words === undefined && groups['words'] !== undefined;
  if ((groups['words'] === undefined) !== (token.words === undefined) && !(token.words !== undefined && WORDS_TO_DIGITS.test(match[0])) && !(digitsToWords && between)) return undefined;
  if (groups['repeated'] !== undefined && !PERCENT_AFTER.test(text.slice(token.end + match[0].length, sentence.end))) return undefined;
  const scale = groups['scale'] ?? groups['suffix'];
  const valueMax = valueOfNumber(groups);
  const scaledValue =
    token.words !== undefined && groups['words'] !== undefined
      ? token.value * scaleSharedInWords(token.words, groups['words'])
      : scale !== undefined && !token.scaled && token.words === undefined
        ? token.value * scaleValue(scale)
        : token.value;
  if (!Number.isFinite(valueMax) || valueMax === scaledValue || (digitsToWords && valueMax < scaledValue)) return undefined;
  const end = token.end + match[0].length;
  if (valueMax > scaledValue) return { scaledValue, valueMax, end };
  // Written high to low, the two ends are a range only where the sentence says so; "from 9 to 3" alone may be a fall.
  return between || RANGING_FROM.test(before.slice(-45)) ? { scaledValue: valueMax, valueMax: scaledValue, end } : undefined;
}
