import { findChineseDateMentions } from '../timeline/chinese-dates.ts';
import { findDateMentions } from '../timeline/dates.ts';
import { MONTHS_IN_FULL_BUT_MAY } from '../month-names.ts';
import { sentencesOf } from './fact-near-topic.ts';

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

/**
 * A time told on from the one before that the timeline reads no date in: "soon after", "shortly afterwards", "that same
 * day", "the following spring", 随后 ("then"). Not "soon after" before words of its own ("soon after the war ended"): a
 * clause of time, which tells its own time.
 */
const FOLLOWS_ON = /\b(?:soon|shortly|not long)\s+(?:afterwards?|thereafter|after(?=\s*[,.;]))|\bthat (?:same|very) (?:day|morning|afternoon|evening|night|week|month|spring|summer|autumn|fall|winter)\b|\bthe (?:following|next) (?:spring|summer|autumn|fall|winter|month|week|morning|afternoon|evening|night)\b|随后/iu;

/**
 * A word a date counted from the one named last may hold ("the same year", "a year later", "the following year", "the
 * next day", 同年, 次年, 当年): only a sentence holding one is read by the timeline's readers (`countsOnFromBefore`).
 */
const COUNTS_ON_CUE = /\b(?:same|following|next|later|afterwards?|previous|preceding|before)\b|[同次当翌]年|[这那]一年/u;

/**
 * Whether a sentence tells its time from the one before: it points back (`POINTS_BACK`, `FOLLOWS_ON`), or holds a date the
 * timeline counts from the year or the day named last ("The same year the mill closed", "次年，…": `anaphoric`).
 */
function countsOnFromBefore(sentence: string): boolean {
  if (POINTS_BACK.test(sentence) || FOLLOWS_ON.test(sentence)) return true;
  return COUNTS_ON_CUE.test(sentence) && findDateMentions(sentence).concat(findChineseDateMentions(sentence)).some((mention) => mention.reference === 'anaphoric');
}

/** Whether a sentence writes a year, as the timeline reads one (`findDateMentions`, `findChineseDateMentions`). */
const writesYear = (sentence: string): boolean => /\d/u.test(sentence) && findDateMentions(sentence).concat(findChineseDateMentions(sentence)).some((mention) => mention.year !== null);

/**
 * The sentences of a paragraph a year before them dates. Where the first sentence opens on a year as its subject ("1961
 * was a year of trouble for the party.", "2022年是……极为重要的一年"), the paragraph tells what that year held, and a reader
 * takes each sentence after it as of that year ("The Congress met in March", "召开党的二十大"), though it writes no date.
 * A sentence that tells its time from the one before (`countsOnFromBefore`: "The mill closed that autumn", "The Congress
 * then met", "Soon after, the mill closed", "同年，…") takes the time of the sentence just before it ("In 1958 the town
 * voted to sell the mill."), written there or itself taken so. `sentences` are the paragraph's, in order, cut as the caller
 * reads them; `before` is the sentence before the first (the last of the passage before), if any.
 */
export function datedByYearBefore(sentences: readonly string[], before?: string): ReadonlySet<string> {
  const [first, ...rest] = sentences;
  if (first === undefined) return NONE;
  if (opensOnYear(first)) return new Set(rest);
  // The pointer first: the year before is read only for the few sentences that point back.
  const dated = new Set<string>();
  sentences.forEach((sentence, at) => {
    const previous = at === 0 ? before : sentences[at - 1];
    if (previous !== undefined && countsOnFromBefore(sentence) && (dated.has(previous) || writesYear(previous))) dated.add(sentence);
  });
  return dated.size === 0 ? NONE : dated;
}
const NONE: ReadonlySet<string> = new Set();

/**
 * `datedByYearBefore` of a passage's sentences, read once a passage: every "when" reads the same passages. A passage
 * opening on a time told from before ("The same year the mill closed") takes it from the last sentence of `before`, the
 * passage before it in its document: a paragraph goes on from the one before as a sentence does.
 */
export function datedInPassage(passage: { readonly text: string }, before: { readonly text: string } | undefined): ReadonlySet<string> {
  let dated = datedByPassage.get(passage);
  if (dated === undefined) {
    const last = before === undefined ? undefined : sentencesOf(before).at(-1)?.text;
    dated = datedByYearBefore(sentencesOf(passage).map((sentence) => sentence.text), last);
    datedByPassage.set(passage, dated);
  }
  return dated;
}
const datedByPassage = new WeakMap<object, ReadonlySet<string>>();
