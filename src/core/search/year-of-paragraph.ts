import { findChineseDateMentions } from '../timeline/chinese-dates.ts';
import { findDateMentions } from '../timeline/dates.ts';

/**
 * The verb after a year that makes the year its sentence's subject: "1961 was a year of …", "The year 1958 saw …",
 * "2022年是……的一年". Not "In 1958 the town voted" nor "2023年，我们…": there the year dates its own sentence only.
 */
const SUBJECT_VERB = /^\s*(?:was|is|has been|had been|will be|saw|brought|marked|became|proved|turned out)\b|^是/u;

/**
 * Whether a sentence opens on a year as its subject, the year read as the timeline reads dates
 * (`findDateMentions`, `findChineseDateMentions`): a written year at the sentence's start, a subject's verb after it.
 */
function opensOnYear(sentence: string): boolean {
  const [mention] = findDateMentions(sentence).concat(findChineseDateMentions(sentence));
  return mention !== undefined && mention.start === 0 && mention.year !== null && mention.month === null && !/^in\b/iu.test(mention.raw) && SUBJECT_VERB.test(sentence.slice(mention.end));
}

/**
 * The sentences of a paragraph that its opening year dates: where the first sentence opens on a year as its subject
 * ("1961 was a year of trouble for the party.", "2022年是……极为重要的一年"), the paragraph tells what that year held, and a
 * reader takes each sentence after it as of that year ("The Congress met in March", "召开党的二十大"), though it writes
 * no date. Empty for any other paragraph. `sentences` are the paragraph's, in order, cut as the caller reads them.
 */
export function datedByOpeningYear(sentences: readonly string[]): ReadonlySet<string> {
  const [first, ...rest] = sentences;
  return first !== undefined && opensOnYear(first) ? new Set(rest) : NONE;
}
const NONE: ReadonlySet<string> = new Set();
