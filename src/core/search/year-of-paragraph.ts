import { findChineseDateMentions } from '../timeline/chinese-dates.ts';
import { findDateMentions } from '../timeline/dates.ts';
import { MONTHS_IN_FULL_BUT_MAY } from '../month-names.ts';

/**
 * The verb after a year that makes the year its sentence's subject: "1961 was a year of …", "The year 1958 saw …",
 * "2022年是……的一年". Not "In 1958 the town voted" nor "2023年，我们…": there the year dates its own sentence only.
 */
const SUBJECT_VERB = /^\s*(?:was|is|has been|had been|will be|saw|brought|marked|became|proved|turned out)\b|^是/u;

/** A sentence that may open on a written year: a digit first, or "The year" before one. */
const MAY_OPEN_ON_YEAR = /^\s*(?:the year\s+)?\d/iu;

/**
 * Whether a sentence opens on a year as its subject, the year read as the timeline reads dates
 * (`findDateMentions`, `findChineseDateMentions`): a written year at the sentence's start, a subject's verb after it.
 */
function opensOnYear(sentence: string): boolean {
  // The date readers run only on a sentence that may open on a year: most "when" passages open otherwise.
  if (!MAY_OPEN_ON_YEAR.test(sentence)) return false;
  const [mention] = findDateMentions(sentence).concat(findChineseDateMentions(sentence));
  return mention !== undefined && mention.start === 0 && mention.year !== null && mention.month === null && !/^in\b/iu.test(mention.raw) && SUBJECT_VERB.test(sentence.slice(mention.end));
}

/**
 * A word that points back at the time the sentence before told: a season or a month after "that" ("The mill closed that
 * autumn"), or "then" inside the sentence ("The mill then closed"), not after a comma, where it closes an "if" ("If it
 * rains, then …"). Not "that fall" or "that spring" before "from", "on", "in": a verb in a relative clause ("leaves that
 * fall in autumn") is read as the season only where no preposition follows.
 */
const POINTS_BACK = new RegExp(String.raw`\bthat (?:(?:spring|fall)\b(?!\s+(?:from|on|in|into|out|off|to)\b)|(?:summer|autumn|winter|${MONTHS_IN_FULL_BUT_MAY})\b)|[^,;]\s+then\b`, 'u');

/** Whether a sentence writes a year, as the timeline reads one (`findDateMentions`, `findChineseDateMentions`). */
const writesYear = (sentence: string): boolean => /\d/u.test(sentence) && findDateMentions(sentence).concat(findChineseDateMentions(sentence)).some((mention) => mention.year !== null);

/**
 * The sentences of a paragraph a year before them dates. Where the first sentence opens on a year as its subject ("1961
 * was a year of trouble for the party.", "2022年是……极为重要的一年"), the paragraph tells what that year held, and a reader
 * takes each sentence after it as of that year ("The Congress met in March", "召开党的二十大"), though it writes no date.
 * A sentence that points back at a time (`POINTS_BACK`: "The mill closed that autumn", "The Congress then met") takes the
 * year of the sentence just before it ("In 1958 the town voted to sell the mill."). `sentences` are the paragraph's, in
 * order, cut as the caller reads them.
 */
export function datedByYearBefore(sentences: readonly string[]): ReadonlySet<string> {
  const [first, ...rest] = sentences;
  if (first === undefined) return NONE;
  if (opensOnYear(first)) return new Set(rest);
  const dated = sentences.filter((sentence, at) => at > 0 && POINTS_BACK.test(sentence) && writesYear(sentences[at - 1] ?? ''));
  return dated.length === 0 ? NONE : new Set(dated);
}
const NONE: ReadonlySet<string> = new Set();

/** `datedByYearBefore` of a passage's sentences, read once a passage: every "when" reads the same passages. */
export function datedInPassage(sentences: readonly { readonly text: string }[]): ReadonlySet<string> {
  let dated = datedByPassage.get(sentences);
  if (dated === undefined) {
    dated = datedByYearBefore(sentences.map((sentence) => sentence.text));
    datedByPassage.set(sentences, dated);
  }
  return dated;
}
const datedByPassage = new WeakMap<object, ReadonlySet<string>>();
