import type { Span } from './sentences.ts';

/** A year written in a passage, at its offset. */
export interface YearMention {
  readonly year: number;
  readonly index: number;
}

/**
 * A year: four digits from 1500 to 2199 standing alone. Not part of a larger number, a decade
 * ("1990s"), an amount ("$2000") or a span of years ("2021-2025"), which dates no single year.
 */
const YEAR = /(?<![\p{L}\p{N}.,$€£¥'’:]|\d\s?[-–]\s?)(1[5-9]\d\d|2[01]\d\d)(?![\p{L}\p{N}%]|[.,:]\d|\s?[-–]\s?\d)/gu;
/** A year right after the figure says when it was measured: "2.25 billion yuan in 2020". */
const YEAR_RIGHT_AFTER = /^[\s,]*(?:in|by|for|during|of|as of)\s+$/i;
const OTHER_TIME = /\b(?:(?:last|this|next|that|previous|following) (?:year|month|week)|yesterday|today|tomorrow)\b/i;
/** Words that point back to a year already named. */
const YEAR_ANAPHOR = /\b(?:this|that|the same|the whole) year\b/i;

/** The years written in a text, in order; the caller drops those that are part of a figure. */
export function findYearMentions(text: string): YearMention[] {
  return Array.from(text.matchAll(YEAR), (match) => ({ year: Number(match[1]), index: match.index }));
}

/**
 * The year a figure at [start, end) refers to: one written right after it; else the nearest
 * one before it in its sentence, else after it; else the last one earlier in the passage (a
 * paragraph opening "In 2021," frames what follows); else, for "this year", `previousYear`.
 */
export function pickYear(
  text: string,
  mentions: readonly YearMention[],
  sentence: Span,
  figure: Span,
  previousYear: number | undefined,
): number | undefined {
  let before: YearMention | undefined;
  let after: YearMention | undefined;
  let earlier: YearMention | undefined;
  for (const mention of mentions) {
    if (mention.index < sentence.start) earlier = mention;
    else if (mention.index < figure.start) before = mention;
    else if (mention.index >= figure.end && mention.index < sentence.end && after === undefined) {
      const between = text.slice(figure.end, mention.index);
      if (YEAR_RIGHT_AFTER.test(between)) return mention.year;
      // "$5m last year and £3.5bn in 2019": a year further on dates only what follows another time phrase.
      if (!OTHER_TIME.test(between)) after = mention;
    }
  }
  const inPassage = (before ?? after ?? earlier)?.year;
  if (inPassage !== undefined) return inPassage;
  return YEAR_ANAPHOR.test(text.slice(sentence.start, sentence.end)) ? previousYear : undefined;
}
