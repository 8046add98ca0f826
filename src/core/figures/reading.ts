import { readAge } from './ages.ts';
import { readBare, readMultiple, readScaled, readUnsignedSum } from './bare-numbers.ts';
import { readNamedRatio } from './named-ratios.ts';
import { readBreakdown } from './breakdowns.ts';
import { isFoldOfParts, readBareChange, readChangeEnd, readChangeStart } from './changes.ts';
import { readCount, readListedModifierCount, readPartOfGroup } from './counted-nouns.ts';
import { readComparedCount, readDimension, readElidedCount, readGappedClause, readMoreOfSame, readPairedCount, readRateCount, readRepeatedVerbCount } from './elided-counts.ts';
import { readAbbreviation, readHyphened, readMeasureModifier, readSpacedTerm, readSuspendedHyphen } from './hyphened-modifiers.ts';
import { readAcrossAside, readGappedMember, readListMember, readModifiedMember } from './list-members.ts';
import { FLOOR_AT_CLAUSE_END, isBoundedCount, isTermOfOne, qualifierBefore, QUALIFIERS } from './qualifiers.ts';
import { readRange } from './ranges.ts';
import { AFTER_DIVIDING_COLON, NAMES_RATIO, RATE_BASE_AFTER, readRatio } from './ratios.ts';
import { readPartOfOne, readRestatedShare, readShareOutOf } from './shares.ts';
import { readDoersCount, readGroupOpening, readSubjectCount } from './subject-counts.ts';
import { measureOf, type UnitContext, type UnitRead } from './unit-reads.ts';
import { CENTS_AFTER, measureOfUnit, readDegrees, UNIT_AFTER } from './written-units.ts';
import { measureOfAfter, readNameBeforeModifiers, readNounPhrase } from './measures.ts';
import type { Span } from './sentences.ts';
import { isCountingWord, isDateOrTime, isNameOrProportion, isReferenceNotCount, isTimeAgo } from './non-figures.ts';
import { isHalfOfOne, type NumberToken } from './numbers.ts';
import { impliedCurrency } from './lists.ts';
import { readBareScore } from './scores.ts';
import { isHalfNoShare } from './half-share.ts';
import { pastClosingQuote, unquotedAfter } from './quoted-nouns.ts';
import { readAbbreviatedUnit } from './abbreviated-units.ts';
import { MONEY_UNITS, readCurrencyAfter, readCurrencyBefore } from './currencies.ts';
import { DEFAULT_ENGINE_OPTIONS, type FigureOptions } from '../options.ts';
import type { FigureQualifier, FigureUnit } from '../types.ts';

/** One figure read at a number token, with offsets into the passage text. */
export interface Reading {
  readonly value: number;
  readonly valueMax?: number;
  readonly unit: FigureUnit;
  readonly measure: string;
  readonly qualifier?: FigureQualifier;
  readonly raw: string;
  /** Where `raw` starts. */
  readonly start: number;
  /** Where the number itself starts (after a qualifier or currency sign). */
  readonly numberStart: number;
  /** Where everything read for this figure ends: unit, range end or noun phrase. */
  readonly end: number;
}

/** "12 of them have been delivered": a count of things named before. */
const PARTITIVE = /^\s+of\s+(?:them|these|those|which|whom|us|ours|theirs)\b/i;

/** The word after a number, as its unit. */
const SINGULAR_UNIT = /^\s+(\p{Ll}+)(?![\p{L}\p{N}'’-])/u;

/** "20 degrees below zero": the words after a temperature that put it under zero. */
const BELOW_ZERO_AFTER = /^\s+below\s+zero\b/i;
/** "negative 3.2%", "minus 4", "−0.5": a value below zero. */
const NEGATIVE_BEFORE = /(?:\b(?:negative|minus)\s+|(?:^|[\s(])[-−–])$/i;

/** Units written out, which make even a year-like number or "one" a figure: "2000 yuan", "one percent". */
const EXPLICIT_UNITS = new Set<FigureUnit>([...MONEY_UNITS, 'percent', 'percentage-points', 'per-thousand']);

/** How far back the sentence before a number's is looked for (a sentence's length, about). */
export const PREVIOUS_SENTENCE_REACH = 300;
/** The last sentence of a passage's text before a sentence: after the last end of a sentence in it, if any. */
export function lastSentenceOf(textBefore: string): string {
  const ends = [...textBefore.trimEnd().matchAll(/[.!?]["”)]?\s+(?=["“(]?\p{Lu})/gu)].at(-1);
  return ends === undefined ? textBefore : textBefore.slice(ends.index + ends[0].length);
}

/** The figure at a number token, or null when the number is not one (a date, a name, an ordinal...). */
export function readFigureAt(
  text: string,
  sentence: Span,
  token: NumberToken,
  options: FigureOptions = DEFAULT_ENGINE_OPTIONS.figures,
  currency: () => FigureUnit | undefined = () => undefined,
): Reading | null {
  const before = text.slice(sentence.start, token.start);
  if (token.words !== undefined && !isCountingWord(text, sentence, token, before, options.minHyphenedWordCount)) return null;
  if (isDateOrTime(text, token, before) || isTimeAgo(text, token.end, token.value, options.minYearsAgoAsAge)) return null;
  if (AFTER_DIVIDING_COLON.test(before.slice(-40)) && (/^\d\d$/.test(text.slice(token.start, token.end)) || !NAMES_RATIO.test(text.slice(sentence.start, sentence.end)))) return null;
  // "the first three quarters" (of a year) and "two quarters in a row" are periods: a fraction written with a space is a
  // share only of something ("three quarters of the land"); hyphened ("two-thirds majorities") it is one anyway.
  if (token.fraction && /\s/.test(text.slice(token.start, token.end)) && !/^\s+of\b/i.test(text.slice(token.end, sentence.end))) return null;
  if (token.fraction && /^half$/i.test(text.slice(token.start, token.end)) && isHalfNoShare(text.slice(token.end, sentence.end), qualifierBefore(before) !== null)) return null;

  const prefix = readCurrencyBefore(before);
  const prefixUnit = prefix?.unit;
  if (prefixUnit === null || (token.suffix !== undefined && prefixUnit === undefined)) return null;
  const prefixStart = token.start - (prefix?.length ?? 0);
  const beforePrefix = text.slice(sentence.start, prefixStart);
  const qualifierMatch = qualifierBefore(beforePrefix);
  const qualifierWords = qualifierMatch?.[1]?.toLowerCase();
  // "exceeded 100,000 yuan" (or "passed", "topped") bounds the figure, but the verb is not part of how it is written.
  const qualifierIsVerb = qualifierWords !== undefined && /^(?:exceed|surpass|pass|topped)/.test(qualifierWords);
  const qualifier = qualifierWords === undefined ? (text[token.end] === '+' || FLOOR_AT_CLAUSE_END.test(text.slice(token.end, sentence.end)) ? 'at-least' : token.boundAfter) : (QUALIFIERS.get(qualifierWords) ?? 'more-than');
  const qualifierLength = qualifierMatch?.[0].length ?? 0;
  const textBefore = beforePrefix.slice(0, beforePrefix.length - qualifierLength);

  const range = readRange(text, sentence, token, beforePrefix);
  if (range !== undefined && isTimeAgo(text, range.end, range.valueMax, options.minYearsAgoAsAge)) return null;
  const value = range?.scaledValue ?? token.value;
  // "12,900+ RMB": at least the number written.
  const plus = range === undefined && text[token.end] === '+';
  const afterStart = (range?.end ?? token.end) + (plus ? 1 : 0);
  const after = text.slice(afterStart, sentence.end);
  const sentenceText = text.slice(sentence.start, sentence.end);
  const previousSentence = lastSentenceOf(text.slice(Math.max(0, sentence.start - PREVIOUS_SENTENCE_REACH), sentence.start));
  const unitRead = readUnit(after, { prefixUnit, value, token, sentence: sentenceText, before: textBefore, previousSentence, qualifierIsVerb, options, currency });
  if (unitRead === null) return null;
  // "2012" and "one" are figures only with a unit that says so ("1600 kc.", a unit written short, among them): otherwise
  // a year, or "one of". ("one to five years" is a range from one.)
  const unitSaysSo = EXPLICIT_UNITS.has(unitRead.unit) || readAbbreviatedUnit(after) !== null || isBoundedCount(qualifierWords, unitRead) || isTermOfOne(textBefore, qualifierWords, unitRead) || unitRead.joined === true;
  if ((token.yearLike || (token.words?.toLowerCase() === 'one' && range === undefined)) && !unitSaysSo) return null;
  if (unitRead.unit === 'count' && unitRead.gapped !== true && isNameOrProportion(beforePrefix, token.words, unitRead.head)) return null;
  // "two or more numbers": a floor of two things says no more than the plural does (several), as "one or more" says some.
  if (unitRead.unit === 'count' && token.boundAfter === 'at-least' && value <= 2) return null;
  if ((unitRead.unit === 'count' || unitRead.unit === 'years' || unitRead.unit === 'months') && isReferenceNotCount(text, token, beforePrefix, unitRead.head ?? '')) return null;

  // "thirty-five degrees below zero": a temperature under zero, read negative with its words (a range's ends swap).
  const belowZero = (unitRead.head ?? unitRead.measure).startsWith('degrees') ? BELOW_ZERO_AFTER.exec(text.slice(afterStart + unitRead.length, sentence.end)) : null;
  const end = afterStart + unitRead.length + (belowZero?.[0].length ?? 0);
  if (value === 1 && MONEY_UNITS.includes(unitRead.unit) && RATE_BASE_AFTER.test(text.slice(end, sentence.end))) return null;
  const sign = range === undefined ? NEGATIVE_BEFORE.exec(beforePrefix.slice(-10)) : null;
  const signLength = sign === null ? 0 : sign[0].trimStart().replace(/^\(/, '').length;
  const start = qualifierIsVerb ? prefixStart - signLength : prefixStart - Math.max(qualifierLength, signLength);
  const read = (sign === null ? 1 : -1) * (unitRead.value ?? value);
  // "two-thirds or three-fourths" (66.7 to 75 per cent), "two or three decades" (20 to 30 years), "0.8 to 5 cents"
  // (dollars): a unit that rescales the number rescales the range's upper end alike (a unit joined on, "5 feet 3
  // inches", adds, not scales), to twelve digits, where the float of a division ends ("5 cents" is 0.05, not
  // 0.049999999999999996).
  const valueMax = range === undefined ? undefined : unitRead.value === undefined || unitRead.joined === true || value === 0 ? range.valueMax : Number(((range.valueMax * unitRead.value) / value).toPrecision(12));
  return {
    value: belowZero === null ? read : -(valueMax ?? read),
    ...(valueMax === undefined ? {} : { valueMax: belowZero === null ? valueMax : -read }),
    unit: unitRead.unit,
    measure: unitRead.measure,
    ...(qualifier === undefined ? {} : { qualifier }),
    raw: text.slice(start, end),
    start,
    numberStart: token.start,
    end,
  };
}

const LOWER_CASE_WORD_BEFORE = /\p{Ll}\s+$/u;

/** The unit after the number and what the figure measures; null when it is no figure. */
function readUnit(after: string, at: UnitContext): UnitRead | null {
  const { prefixUnit, value, token, before, qualifierIsVerb, options } = at;
  if (token.multiple === true) return readMultiple(after, before, qualifierIsVerb);
  const partOfOne = readPartOfOne(after, at);
  if (partOfOne !== null) return partOfOne;
  const outOf = token.words === undefined ? null : readShareOutOf(after, value);
  if (outOf !== null) return outOf;
  // "one-third of the funding" is the share 33.3%: a fraction in words is read as the percentage it is.
  if (token.fraction) return { unit: 'percent', value: value * 100, measure: measureOfAfter(after) ?? measureOf(before, after, qualifierIsVerb, false) ?? 'share', length: 0 };
  const cents = CENTS_AFTER.exec(after);
  if (cents !== null && prefixUnit === undefined) {
    const unit = /pence/i.test(cents[0]) ? 'gbp' : (impliedCurrency(before) ?? 'usd');
    return { unit, value: value / 100, measure: measureOf(before, after, qualifierIsVerb, false) ?? 'amount', length: cents[0].length };
  }
  const money = readCurrencyAfter(after);
  if (prefixUnit !== undefined || money !== undefined) {
    const unit = prefixUnit ?? money?.unit ?? 'yuan';
    return { unit, measure: measureOf(before, after, qualifierIsVerb, false) ?? 'amount', length: money?.length ?? 0 };
  }
  const ratio = readRatio(after, at);
  if (ratio !== undefined) return ratio;
  for (const [pattern, unit] of UNIT_AFTER) {
    const unitMatch = pattern.exec(after);
    if (unitMatch === null) continue;
    if (unit === 'times' && /fold$/i.test(unitMatch[0]) && isFoldOfParts(after.slice(unitMatch[0].length))) return null;
    return { unit, measure: measureOfUnit(unit, unitMatch[0], before, after.slice(unitMatch[0].length), qualifierIsVerb), length: unitMatch[0].length };
  }
  const degrees = readDegrees(after);
  if (degrees !== null) return degrees;
  if (after.startsWith('-')) return readSuspendedHyphen(after, value, token, options.minHyphenedWordCount) ?? readHyphened(after, value, token, options.minHyphenedWordCount);
  // "the fifty square-mile lake": a power after a space, hyphened to its unit (see `MEASURE_HYPHEN`).
  const area = readMeasureModifier(after);
  if (area !== null) return area;
  const spaced = readSpacedTerm(after, at, readUnit);
  if (spaced !== null) return spaced;
  const abbreviated = readAbbreviation(after);
  if (abbreviated !== null) return abbreviated;
  // A name with modifiers after it is read only after a number in words or a word in lower case ("operated three Havana
  // automobile service stations"), where no list item's number stands ("It pays: 4 Community visiting nurse services").
  const unquoted = unquotedAfter(after);
  const phrase = readNounPhrase(unquoted) ?? (token.words !== undefined || LOWER_CASE_WORD_BEFORE.test(before) ? readNameBeforeModifiers(after) : null);
  if (phrase !== null && (phrase.head !== null || value === 1)) {
    const counted = readCount(phrase, unquoted, before, value);
    return { ...counted, length: pastClosingQuote(after, counted.length) };
  }
  const listed = readListedModifierCount(after, before, value);
  if (listed !== null) return listed;
  // "0.5 gram", "4.3 mm", "half an hour": a number that is not whole takes its unit in the singular, the one word after it.
  const singular = phrase !== null && !Number.isInteger(value) && (token.words === undefined || isHalfOfOne(token.words)) ? SINGULAR_UNIT.exec(after) : null;
  if (singular?.[1] !== undefined) return { unit: 'count', measure: singular[1], length: singular[0].length };
  const partitive = PARTITIVE.exec(after);
  if (partitive !== null) return { unit: 'count', measure: partitive[0].trim(), length: partitive[0].length };
  const opening = readGroupOpening(before, after, token);
  if (opening !== null) return opening;
  const subject = readSubjectCount(before, after, token);
  if (subject !== null) return subject;
  const ofThe = readPartOfGroup(after);
  if (ofThe !== null) return ofThe;
  return (
    readListMember(after, at, readUnit) ?? readModifiedMember(after, at, readUnit) ?? readChangeStart(after, at, readUnit) ?? readChangeEnd(at) ?? readGappedMember(before, after, token) ?? readAcrossAside(after, at, readUnit) ?? readBareChange(after, before, token) ?? readBareScore(before, after, token) ??
    readScaled(after, before, token, qualifierIsVerb) ?? readUnsignedSum(before, after, at) ?? readDimension(before, token) ?? readBreakdown(before, after, token) ?? readRestatedShare(before, after, token) ?? readAge(before, after, token) ?? readDoersCount(after, token) ?? readMoreOfSame(before, after, token) ?? readComparedCount(before, after, token) ?? readPairedCount(before, after, token) ?? readRepeatedVerbCount(before, after, token, at.previousSentence) ??
    readNamedRatio(before) ?? readBare(before, after, qualifierIsVerb, token, value, options.minBareCount) ?? readRateCount(before, after, at) ?? readGappedClause(before, after, token) ?? readElidedCount(before, after, token)
  );
}
