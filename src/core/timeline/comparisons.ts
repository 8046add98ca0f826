import { findDateMentions, type DateMention } from './dates.ts';

/**
 * Comparisons with an earlier time. A report puts this year's figures beside last year's ("13% more than a year
 * earlier", "ran ahead of the like months of 1959 through July"): the date compared against is a base, not the
 * time the text is in, and a yearless month compared with it is the latest such month up to the time of writing.
 */

/**
 * Words that put what follows as the term of a comparison: "than in 1960", "behind 1960", "compared with 1959", and
 * verbs that measure one time against another ("will equal or top last year", "exceeded 1959").
 */
const COMPARING_WORDS = String.raw`(?:than|behind|above|below|ahead\s+of|compared\s+(?:with|to)|against|versus|vs\.|equal(?:s|l?ed)?|top(?:s|ped)?|exceed(?:s|ed)?|surpass(?:es|ed)?|trail(?:s|ed)?)`;
/**
 * A change counted from a time: "down 20 percent from 1959", "up $1 billion from 1960", "1.5 per cent off from
 * February 1960": the time after "from" is what the change is measured against, as a "than" term is.
 */
const CHANGE_SINCE = String.raw`\b(?:up|down|off)(?:\s+\$?\d[\d.,]*(?:\s*(?:%|per\s?cent|percent|billion|million))?)?\s+from`;
/**
 * A date phrase opening right after comparing words (its own preposition, "in 1960", is part of the phrase), after a
 * change counted from it, or after a percentage of it: "129% of the 1947-49 average" is an index on its base period.
 */
const BASE_BEFORE = new RegExp(`(?:\\b${COMPARING_WORDS}\\s+(?:(?:that|those)\\s+of\\s+)?|${CHANGE_SINCE}\\s+|(?:%|\\bper\\s?cent|\\bpercent)\\s+of\\s+(?:the\\s+)?)$`, 'i');
/** "up 45 percent from a year ago": a change measured from a time counted back. */
const CHANGE_FROM_BEFORE = /\b(?:from|over|since)\s+$/i;
/**
 * A sentence that measures against an earlier time: "a year earlier", "a year ago", "year-earlier levels", "the like
 * period", "the same months of 1959", or comparing words before last year or a written year.
 */
const EARLIER_TIME = new RegExp(
  String.raw`\b(?:a|one)\s+year\s+(?:earlier|ago|before)\b|\byear-(?:earlier|ago)\b|\b(?:the\s+)?(?:like|same)\s+(?:period|months?|quarter|weeks?)\b|` +
    String.raw`\b${COMPARING_WORDS}\s+(?:(?:in|during|those\s+of|that\s+of)\s+)?(?:last\s+year|(?:1\d{3}|20\d{2}|21\d{2})\b)`,
  'i',
);

/**
 * The "from" a date phrase opens with ("from 1959"), which a change counted from it (`CHANGE_SINCE`) ends on; not a
 * span's ("moved up from 1959 to 1960" tells a period, not a base).
 */
const FROM_OF_PHRASE = /^from\s+(?!.*\b(?:to|through|until|till)\b)/i;

/** True when the mention is the term a comparison measures against ("than in 1960"): it does not move the story's year. */
export function isComparisonBase(sentence: string, mention: DateMention): boolean {
  const lead = sentence.slice(Math.max(0, mention.start - 40), mention.start);
  return BASE_BEFORE.test(lead + (FROM_OF_PHRASE.exec(mention.raw)?.[0] ?? ''));
}

/**
 * True when a yearless month stands in a sentence that compares with an earlier time, or that writes the same month
 * with an earlier year ("21 tractors in August; in August of 1960, he sold seven"): it is then the month of the time
 * of writing, the other the base.
 */
export function comparesWithEarlier(sentence: string, mention: DateMention, mentions: readonly DateMention[], publishedYear: number): boolean {
  if (mention.reference !== 'narrative' || mention.month === null) return false;
  if (EARLIER_TIME.test(sentence)) return true;
  return mentions.some((other) => other !== mention && other.reference === 'absolute' && other.month === mention.month && other.year !== null && other.year < publishedYear);
}

/**
 * "Housing starts for the fourth quarter of 1982 were up 45 percent from a year ago": a time counted back that a
 * change is measured from is counted from the year the sentence writes, not from the time of writing. Undefined
 * when the mention is no such base or the sentence writes no year before it.
 */
export function yearOfCountedBackBase(sentence: string, mention: DateMention, mentions: readonly DateMention[]): number | undefined {
  if (mention.reference !== 'deictic' || mention.offset >= 0 || !/\bago\b/i.test(mention.raw)) return undefined;
  const lead = sentence.slice(Math.max(0, mention.start - 40), mention.start);
  if (!CHANGE_FROM_BEFORE.test(lead) && !BASE_BEFORE.test(lead)) return undefined;
  const written = mentions.filter((other) => other.reference === 'absolute' && other.year !== null && other.end <= mention.start).at(-1);
  return written?.year === null || written === undefined ? undefined : written.year + mention.offset;
}

/** The time of writing as far as a document gives it: its year and month, or null. */
export interface WritingTime {
  readonly year: number | null;
  readonly month: number | null;
}

/** The latest year up to the time of writing in which a yearless date falls: last year's for a month still to come. */
export function latestUpToWriting(mention: { readonly month: number | null }, written: WritingTime): number | null {
  if (written.year === null) return null;
  return written.month !== null && mention.month !== null && mention.month > written.month ? written.year - 1 : written.year;
}

/**
 * The year of a yearless month that a sentence compares with an earlier time ("during October totaled $77,389,000, up
 * 10 per cent compared to October, 1960", "slumped in January and February, as compared with those same months in
 * 1960"): the latest such month up to the time of writing, as the timeline dates it. Undefined when the sentence
 * compares no yearless month or the time of writing is unknown.
 */
export function yearOfComparedMonth(sentence: string, written: WritingTime): number | undefined {
  const publishedYear = written.year;
  if (publishedYear === null) return undefined;
  const mentions = findDateMentions(sentence);
  const compared = mentions.find((mention) => comparesWithEarlier(sentence, mention, mentions, publishedYear));
  return compared === undefined ? undefined : (latestUpToWriting(compared, written) ?? undefined);
}
