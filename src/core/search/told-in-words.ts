import type { Measure } from './measure.ts';
import { MONTHS_IN_FULL_BUT_MAY } from '../month-names.ts';
import { stemWord, tokenize } from './words.ts';
import { amountOfOtherMeasure } from './unit-of-amount.ts';

/**
 * A time of the year after a word placing something in it ("By the middle of the summer", "in the fall", "during
 * March", "early last spring" reads "last spring"): a reader sees when, though the timeline keeps no entry for a season or
 * a month whose year the text leaves to be guessed. Not "May" (the modal), and "fall" in small letters only ("Fall
 * River" is a place).
 */
const TIME_OF_YEAR = new RegExp(
  String.raw`\b(?:[Ii]n|[Bb]y|[Dd]uring|[Uu]ntil|[Tt]ill|[Tt]hrough(?:out)?|[Bb]efore|[Aa]fter|[Ss]ince|[Ee]arly|[Ll]ate|[Ee]ach|[Ee]very|[Tt]his|[Ll]ast|[Nn]ext)\s+(?:the\s+)?(?:(?:early|late|middle|end|beginning|start|height)\s+(?:of\s+)?(?:the\s+)?)?(?:[Ss]pring|[Ss]ummer|[Aa]utumn|fall|[Ww]inter|${MONTHS_IN_FULL_BUT_MAY})\b`,
);

/** Whether a text tells when by a time of the year, with no day or year (`TIME_OF_YEAR`): what a "when" can be answered by. */
export function statesTimeOfYear(text: string): boolean {
  return TIME_OF_YEAR.test(text);
}

/**
 * A day of the week, capitalized as English writes it ("on Sunday night", "the Sunday school hour", "Tuesday's
 * meeting"): a reader sees when a thing is done week by week, or on the day a dated story tells, though the timeline keeps
 * no entry for it. Not "today" or "tomorrow": the day of the writing, which a past "when" is not asked of ("the hardest
 * site planned today" tells nothing of when Hiroshima was bombed).
 */
const DAY_OF_WEEK = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b/;

/** Whether a text tells when by a day of the week (`DAY_OF_WEEK`): what a "when" can be answered by. */
export function statesDayOfWeek(text: string): boolean {
  return DAY_OF_WEEK.test(text);
}

/**
 * An amount given as a round number in words with no digits ("several dozen species", "a few hundred yards", "a couple
 * of thousands", "hundreds of", "thousands of"), or as the order it reaches ("his records have sold in the millions",
 * "ran into the thousands"): what a "how many" is answered by when the writer does not know it closer.
 */
const ROUND_AMOUNT = /\b(?:(?:several|a few|a couple of|many|some)\s+(?:dozen|hundred|thousand|million)s?|(?:dozens|hundreds|thousands|millions|scores)\s+of|(?:in|into)\s+the\s+(?:dozens|hundreds|thousands|millions|billions))\b/i;

/**
 * A share of a group bounded in words and standing as the subject of a plural verb ("more than half are practically
 * unknown", "nearly half were soldiers", "fewer than half have voted"): how many of them, as a reader takes it, though
 * no figure reads "half" alone. Bounded only: "half" bare is as often a part of a thing ("the second half", "half the
 * size"); and with its verb: a half that qualifies a participle is how far a thing went ("the house was about half
 * consumed"), no count.
 */
const BOUNDED_HALF = /\b(?:more than|less than|fewer than|nearly|almost|over|about|at least)\s+half\s+(?:are|were|have|had|do|did|will|would|can|could|may|might|must|should)\b/i;

/**
 * A bounded half that names the whole it is a share of ("their peoples constitute over half of the population", "about
 * half of the engineers with 15 or more years"): the words of that whole, after its determiners, up to four.
 */
const BOUNDED_HALF_OF = /\b(?:more than|less than|fewer than|nearly|almost|over|about|at least)\s+half\s+of\s+(?:(?:all|the|its|their|his|her|our|these|those)\s+)*((?:[\p{L}\p{N}'’-]+\s*){1,4})/giu;

/**
 * A duration given in its unit alone ("it will take some time, perhaps weeks", "for years", "For a number of years",
 * "within days"): what a "how long" is answered by when the writer gives no number.
 */
const UNIT_DURATION = /\b(?:for|perhaps|take|takes|took|taking|lasted|lasts|last|within)\s+(?:some\s+|a\s+number\s+of\s+)?(?:days|weeks|months|years|decades|centuries)\b/i;

/**
 * Whether a text tells when a span began by a time or an event named, not a number: "Manning's had been famous for them
 * since the Civil War", "Ever since I was a child, I have always had a yen to try my hand at writing": what a "how long
 * has" is answered by (`asksSpanToNow`): "ever since", or "since" after a perfect of its sentence ("had been famous for them
 * since"), as a span lasting till a time is told. Not "since" opening a clause without one, which is as often "because"
 * ("will appear on the tax bill since most taxpayers pay quarterly", "cannot be estimated since the lay-offs must be
 * carried out in each area"). A year after it is read as a number is.
 */
export function statesStartOfSpan(text: string): boolean {
  return SPAN_START.test(text);
}

const SPAN_START = /(?:\bever\s+since|\b(?:has|have|had|hasn't|haven't|hadn't)\b[^.;:!?]*?\b(?<=[\p{L}\p{N}]\s+)since)\s+(?!\d)\p{L}/iu;

/**
 * Whether a text gives an amount in words a reader takes as the answer to a "how many" or, for a duration asked, a
 * "how long", though it holds no number in digits: a round number ("several dozen") or a duration's unit alone
 * ("perhaps weeks").
 */
export function statesAmountInWords(text: string, measures: readonly Measure[]): boolean {
  // A round amount in a unit of no measure asked is none (`amountOfOtherMeasure`: "several hundred feet" for a time).
  for (const amount of text.matchAll(ROUND_AMOUNT_ALL)) if (!amountOfOtherMeasure(text, amount.index + amount[0].length, measures)) return true;
  return measures.includes('duration') && UNIT_DURATION.test(text);
}

/**
 * Whether a text gives a round amount in words that counts persons or things (`ROUND_AMOUNT`), not one of a unit of
 * time: "over thousands of years" is how long, and counts no people who starved. A count of years asked takes it
 * (`roundTimeUnitsOf`, read in `count-asked.ts`).
 */
export function statesCountInWords(text: string): boolean {
  for (const amount of text.matchAll(ROUND_AMOUNT_ALL)) if (!TIME_UNIT_AFTER.test(text.slice(amount.index + amount[0].length))) return true;
  return false;
}

/** The units of time a text gives a round amount of, lower-cased ("for hundreds of years": "years"). */
export function roundTimeUnitsOf(text: string): readonly string[] {
  return [...text.matchAll(ROUND_AMOUNT_ALL)].flatMap((amount) => TIME_UNIT_AFTER.exec(text.slice(amount.index + amount[0].length))?.[1]?.toLowerCase() ?? []);
}

const ROUND_AMOUNT_ALL = new RegExp(ROUND_AMOUNT.source, 'gi');
const TIME_UNIT_AFTER = /^\s+(?:(?:the|these|those)\s+)?(seconds|minutes|hours|days|weeks|months|years|decades|centuries|generations)\b/i;

/**
 * Whether a text tells how many of a group by a bounded half (`BOUNDED_HALF`), or by a bounded half of a whole the
 * question names (`BOUNDED_HALF_OF`, its words met by `whole`'s stems: "over half of the population" counts the people
 * asked, "about half of its old size" no members): what a "how many" can be answered by. Not a "how long"
 * (`measure-held.ts` reads `statesAmountInWords`): "about half" of a thing is no time.
 */
export function statesBoundedHalf(text: string, whole: ReadonlySet<string>): boolean {
  if (BOUNDED_HALF.test(text)) return true;
  for (const share of text.matchAll(BOUNDED_HALF_OF)) if (tokenize(share[1] ?? '').some((token) => whole.has(stemWord(token.word.toLowerCase())))) return true;
  return false;
}
