import { isInSlogan, type Span } from './sentences.ts';
import { NUMBER_SOURCE, type NumberToken } from './numbers.ts';
import { DEMONYM_PLURAL, isPluralNoun, PEOPLE_ADJECTIVE } from './measures.ts';
import { MONTHS_IN_FULL, MONTH_OR_SHORT } from '../month-names.ts';
import { MEASURE_UNIT_SOURCE, UNIT_PLURAL_SOURCE } from './units.ts';

/**
 * Numbers that are not quantities: dates, times, labels, names, and slogans. Each
 * rule is about how English writes them, so it holds in any document.
 */

const MONTH_BEFORE = new RegExp(String.raw`\b(?:${MONTH_OR_SHORT})\.?\s+$`);
const MONTH_AFTER = new RegExp(String.raw`^\s+(?:of\s+)?(?:${MONTHS_IN_FULL})\b`);
const TIME_AFTER = /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|hrs\b)|^:\d\d(?!\d)/i;
/** Numbers that name rather than count: "Issue 11", "Chapter 3", "No. 5", "items 1 to 8". */
const LABEL_BEFORE =
  /\b(?:no|nos|issue|vol|volume|chapters?|chap|articles?|sections?|sec|pages?|parts?|room|route|lines?|grade|level|phase|round|stage|items?|clauses?|steps?|figures?|figs?|tables?|verses?|psalm|act|scene|book|case|box|platform|gate|flight|highway|exit|number|top|paragraphs?)\.?\s*$/i;
/** "1 in 10 residents" and "Six out of 10 Americans" are proportions, not counts of residents or Americans. */
const ONE_IN = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+$/i;
const CAPITALISED_WORD_BEFORE = /(?<=^|\s)\p{Lu}\p{Ll}*\s+$/u;
/** What may stand before the first word of a sentence. */
const SENTENCE_OPENING = /^[\s"“'‘(\[—–-]*$/;
/**
 * A sentence inside a quotation, read with the one the quotation opened in (`groupSentences`): "He fought and marched
 * till he died. If 500 Japanese were ordered …": its first word follows a lower-case word's full stop (not an
 * abbreviation's, "Mr. Nixon 14", nor an initial's) or a question or exclamation mark.
 */
const SENTENCE_STOP_BEFORE = /(?:(?<![\p{L}.])\p{Ll}{2,}\.|[!?])["”'’)]*\s+["“'‘(]*$/u;

/** True when the words before a number, or before the capitalised word that precedes it, open a sentence. */
function opensSentence(before: string): boolean {
  return SENTENCE_OPENING.test(before) || SENTENCE_STOP_BEFORE.test(before);
}
/**
 * "baseball's most remarkable mark: The 60 home runs hit in 1927": a colon's clause opens with a capital as a sentence
 * does.
 */
const COLON_OPENING = /:[\s"“'‘(\[]*$/;
/**
 * "a 700-mile journey", "two thirty-foot towers", "a 40-hour week", "a 30-foot-high wall": a number hyphened to a
 * unit of length, area, weight, volume or time, as a modifier of what follows. The unit is written in the singular.
 * An area or volume's power may stand after the number with a space, hyphened to the unit ("the fifty square-mile lake").
 */
export const MEASURE_HYPHEN =
  // Not minute, month or year: `UNIT_HYPHEN` lets "a 10-minute talk" and "a 5-year plan" through, read as durations.
  new RegExp(String.raw`^(?:-|\s+(?=(?:square|cubic)-))(?:(?<power>square|cubic)-)?(?<unit>${MEASURE_UNIT_SOURCE}|second|hour|day|week)(?:-(?:long|high|wide|deep|tall|thick))?(?![\p{L}\p{N}-])`, 'iu');
const UNIT_HYPHEN = /^-(?:minutes?|mins?|years?|months?|fold|cents?)\b/i;
/** "over the past 20 years", "in the last two decades": a period looked back on from the time of writing. */
const LOOKING_BACK = /\b(?:the|these)\s+(?:past|last|previous|preceding|recent)\s+$/i;
const PERIOD_NOUN = /^(?:years?|decades?|months?|weeks?|days?|centuries|century)$/i;
/**
 * "the lowest rate in over 5 years", "for the first time in 30 years", "the farthest-reaching treaty in nearly two
 * decades", "more oil than we have in 15 years": the period a superlative or comparison is measured against, not a
 * quantity the text states. A "than" before a number bounds it ("from less than 4 feet to nearly 10 in about six
 * years"): no comparison.
 */
const IN_PERIOD_BEFORE = /\bin\s+(?:(?:over|nearly|almost|more than|about|some|the (?:past|last))\s+)?$/i;
const SUPERLATIVE = new RegExp(
  String.raw`\b(?:(?:the|its|their|our|his|her|my|your)\s+(?:\p{L}+est|most|least|best|worst|first|only)|first time|ever|than(?!\s+(?:${NUMBER_SOURCE})))\b`,
  'iu',
);
/**
 * "a trillion dollars over the next 5 years", "Over more than three decades, …": the period a sentence sums or
 * measures its statement over, not a quantity it states. A term that is a fact keeps its figure: "within 30 days",
 * "a five-year program".
 */
const MEASURED_OVER = /\b(?:over|in|during)\s+(?:the\s+(?:next|coming|following)|more\s+than|nearly|almost)\s+$/i;
/**
 * "In the 12 months ended in February, 1960, the road earned …", "in the first two months of 1961": a period bounded
 * by a date or a year, the span a figure is measured over, as an accounts' "year ended March 31" is; not a quantity.
 */
const THE_BEFORE = /\bthe\s+(?:(?:first|last|final|past|latest)\s+)?$/i;
const DATED_PERIOD_AFTER =
  /^[\s-]+(?:years?|months?|weeks?|days?|quarters?)\s+(?:(?:ended|ending|through)\s+(?:in\s+)?(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sep|Oct|Nov|Dec|\d{4}\b)|of\s+(?:\d{4}\b|(?:the|this|last|next)\s+year\b))/i;
/** "a 40-year low", "a 10-month high": how far back a record reaches, not a quantity. */
const RECORD_AFTER = /^-(?:years?|months?|weeks?|days?)\s+(?:low|high|record)\b/i;
/** "20 years ago": a date, which the timeline reads. */
const AGO_AFTER = /^[\s-]+(?<period>years?|decades?|months?|weeks?|days?|centuries|century)\s+ago\b/i;
/** The years in one of a period counted back in years ("two centuries ago" is 200 years back). */
const YEARS_IN_PERIOD: Readonly<Record<string, number>> = { year: 1, years: 1, decade: 10, decades: 10, century: 100, centuries: 100 };
/** "these three provinces", "those two points": things counted already, pointed back to. */
const DEMONSTRATIVE_BEFORE = /\b(?:these|those)\s+$/i;
/**
 * "between the two men", "the two of them", "the other two railroads": "the two" names a pair the reader already
 * knows, as "both" does, and says nothing new; a larger count with "the" may tell a group's size ("The 12 judges met").
 */
const THE_PAIR_BEFORE = /\bthe\s+(?:other\s+)?$/i;
/**
 * "the two new states of Hawaii and Alaska", "the two boys, Abel and Mark": a pair whose two names follow its noun is
 * told to the reader there, not pointed back to, and counted.
 */
const PAIR_NAMED_AFTER = /^\s*(?:of\s+|,\s*|\s--\s|:\s*)\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*)?\s+and\s+\p{Lu}/u;

/** Whether the words after a count's noun (`head`) name the two it counts. */
function namesPairAfter(text: string, end: number, head: string): boolean {
  const rest = text.slice(end, end + 80);
  const at = head === '' ? -1 : rest.indexOf(head);
  return at >= 0 && PAIR_NAMED_AFTER.test(rest.slice(at + head.length));
}
/** "the two miles from the camp to the strip": a distance, a weight or a time is a measure, not a pair. */
const MEASURE_NOUN = new RegExp(`^(?:${UNIT_PLURAL_SOURCE})$`, 'i');
const SMALL_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|a few)';
/** "one or two cities", "two or three times": a guess, not a figure; "four or five thousand" is no small number guessed. */
const VAGUE_OR_AFTER = new RegExp(`^\\s+or\\s+${SMALL_WORD}\\b(?!\\s+(?:hundred|dozen|thousand|million|billion|trillion)\\b)`, 'i');
/**
 * "three or four days", "seven or eight feet apart", "two or three years old": a measure or a period in a unit written
 * right after the range is no guess but a range, read as "ten or twelve miles" and "two or three minutes" are.
 */
const MEASURED_OR_AFTER = new RegExp(`^\\s+or\\s+${SMALL_WORD}\\s+(?:${UNIT_PLURAL_SOURCE}|decades|centuries)\\b`, 'i');
const VAGUE_OR_BEFORE = new RegExp(`\\b${SMALL_WORD}\\s+or\\s+$`, 'i');

/**
 * "the 1860 - 70 poems", "(1955 - 57)": a year span written with spaces round its dash ends in two digits a later year
 * than its start's (as "1961-62", glued, is no number at all: `numbers.ts`); the year, not a count of poems.
 */
const YEAR_SPAN_START_BEFORE = /\b(?:1[5-9]|20)(\d\d)\s+[-–]\s+$/;
function isYearSpanEnd(text: string, token: Pick<NumberToken, 'start' | 'end' | 'value'>, before: string): boolean {
  const startYear = YEAR_SPAN_START_BEFORE.exec(before.slice(-10))?.[1];
  return startYear !== undefined && /^\d\d$/.test(text.slice(token.start, token.end)) && token.value > Number(startYear);
}

/** "November 15", "15 November", "10:30", "5 p.m.", and the end of a year span ("the 1860 - 70 poems"). */
export function isDateOrTime(text: string, token: Pick<NumberToken, 'start' | 'end' | 'value'>, before: string): boolean {
  return (
    isYearSpanEnd(text, token, before) ||
    MONTH_BEFORE.test(before.slice(-14)) ||
    MONTH_AFTER.test(text.slice(token.end, token.end + 30)) ||
    TIME_AFTER.test(text.slice(token.end, token.end + 8))
  );
}

/**
 * Number words are names, not quantities, when capitalised inside a sentence ("Ten Thousand
 * Village", "Xinhua Three") or before another capital ("Three Gorges"), inside a slogan ("seven
 * mountains and one water"), or, below `minHyphenedCount`, hyphened to a word that is not a unit ("a two-party system").
 */
export function isCountingWord(text: string, sentence: Span, token: NumberToken, before: string, minHyphenedCount: number): boolean {
  if (/^\p{Lu}/u.test(token.words ?? '')) {
    // "Three Gorges" names; "Two British civil servants" and "Two Americans" count, a people's word after the number.
    const capitalisedAfter = /^\s+(\p{Lu}\p{L}*)/u.exec(text.slice(token.end, token.end + 30))?.[1];
    if (!opensSentence(before) || (capitalisedAfter !== undefined && !PEOPLE_ADJECTIVE.test(capitalisedAfter) && !DEMONYM_PLURAL.test(capitalisedAfter))) return false;
  }
  // From `minHyphenedCount` up a hyphened noun may be counted ("a fourteen-nation conference", `hyphened-words.ts`).
  if (text[token.end] === '-' && token.value < minHyphenedCount && !UNIT_HYPHEN.test(text.slice(token.end, token.end + 10)) && !MEASURE_HYPHEN.test(text.slice(token.end, token.end + 24))) return false;
  return !isInSlogan(text, sentence, token.start);
}

/**
 * "Palmer had started the round four strokes behind", "dived down this line ten minutes before": a label's noun in lower
 * case before a number in lower-case words that counts a plural noun is a verb's object, and the number a count. Not
 * "no" ("No. 5" when written short), which in lower case says none: "no two generators can intersect".
 */
const LOWER_CASE_LABEL_BEFORE = /(?<![\p{L}.])(?!nos?\s)\p{Ll}+\s+$/u;

/**
 * A count's number that names rather than counts: after a label ("Issue 11", "Route 66") or a
 * capitalised word inside the sentence ("the Boeing 747 jets"); or "1 in 10 residents". A name's number is written in
 * digits: one in lower-case words (`words`, as written) after a name is a count ("allowed Quiney two shillings a day"),
 * and so is one after a label's word in lower case when a plural noun follows (`head`, what it counts).
 */
export function isNameOrProportion(before: string, words: string | undefined, head = ''): boolean {
  const countsAfterLabelWord = /^\p{Ll}/u.test(words ?? '') && LOWER_CASE_LABEL_BEFORE.test(before) && isPluralNoun(head);
  if ((LABEL_BEFORE.test(before.slice(-12)) && !countsAfterLabelWord) || ONE_IN.test(before.slice(-12))) return true;
  if (/^\p{Ll}/u.test(words ?? '')) return false;
  const name = CAPITALISED_WORD_BEFORE.exec(before.slice(-24));
  if (name === null) return false;
  const beforeName = before.slice(0, before.length - name[0].length);
  return !opensSentence(beforeName) && !COLON_OPENING.test(beforeName);
}


/**
 * A count that is no quantity stated: a period looked back on ("the past 20 years"), summed over ("over the next 5
 * years", "the 12 months ended March 31") or measured against ("the lowest in 5 years", "a 40-year low"), a date ("20 years ago"), a group pointed back to ("these three provinces", "between the two men"), or a guess in words ("one or two").
 */
export function isReferenceNotCount(text: string, token: NumberToken, before: string, head: string): boolean {
  if (PERIOD_NOUN.test(head) && (LOOKING_BACK.test(before.slice(-30)) || MEASURED_OVER.test(before.slice(-30)))) return true;
  if (RECORD_AFTER.test(text.slice(token.end, token.end + 20))) return true;
  if (THE_BEFORE.test(before.slice(-20)) && DATED_PERIOD_AFTER.test(text.slice(token.end, token.end + 40))) return true;
  if (PERIOD_NOUN.test(head) && IN_PERIOD_BEFORE.test(before.slice(-30)) && SUPERLATIVE.test(before.replace(IN_PERIOD_BEFORE, ''))) return true;
  if (DEMONSTRATIVE_BEFORE.test(before.slice(-12))) return true;
  if (token.words?.toLowerCase() === 'two' && text[token.end] === ' ' && !PERIOD_NOUN.test(head) && !MEASURE_NOUN.test(head) && THE_PAIR_BEFORE.test(before.slice(-12)) && !namesPairAfter(text, token.end, head)) return true;
  const after = text.slice(token.end, token.end + 32);
  return token.words !== undefined && ((VAGUE_OR_AFTER.test(after) && !MEASURED_OR_AFTER.test(after)) || VAGUE_OR_BEFORE.test(before.slice(-16)));
}

/**
 * "20 years ago", "two decades ago", and a range's upper end, "30 to 40 years ago": the number `value` ending at `end`
 * dates an event rather than measuring anything, unless it counts back `minYearsAsAge` years or more ("more than 6
 * thousand years ago"), an age no calendar of the documents dates.
 */
export function isTimeAgo(text: string, end: number, value: number, minYearsAsAge: number): boolean {
  const period = AGO_AFTER.exec(text.slice(end, end + 24))?.groups?.['period']?.toLowerCase();
  if (period === undefined) return false;
  const years = YEARS_IN_PERIOD[period];
  return years === undefined || value * years < minYearsAsAge;
}
