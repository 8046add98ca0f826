import { baseOfIrregular } from './irregular.ts';
import { measuresAskedFor, statesMeasure, type Measure } from './measure.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import { statesAmountInWords } from './told-in-words.ts';
import { stemWord } from './words.ts';
import { rememberedOn } from '../remembered.ts';

/**
 * The measures a question holds its answer to: a passage answers only by stating a measure of that kind, not by any
 * number said of what is asked. "How hot is the earth's inner core" is no more answered by "1,800 miles below the
 * surface" than "how much does a B-52 cost" by "50 or 100 small nuclear weapons". A question asking a price holds it
 * (rank33's), and so does "how much money"; so does one opening on "how" and the adjective of a kind that the documents give in its own units: a
 * temperature ("how hot", "how cold", "how warm"), a height ("how tall"), a length ("how high", "how deep", "how
 * wide"), a speed or how soon ("how fast"), and a range one is able to reach ("how far can an ICBM fly", "how far away
 * could the patient see": an ability, which a text gives as a distance, not "two different ways" or "30 minutes" of
 * flight), and "how long" of what is long (`longHeld`). Not "how far" of one time nor "how long" of an act: two on-topic
 * answers ("415 feet over the scoreboard" for "how far did siebern hit his homer", "for a couple of weeks") lie below
 * the passages judged, which pass on a count or a year. Not "how old"
 * (an age is told by a year, "at twelve", "Bill Wisman, forty-three,": any number may be one), nor "how low" (a level:
 * "25% below a year ago"), nor "how fast did the population grow" (a rate: "from 2,417 in 1831 to 4,369 in 1840"), nor a
 * question that only names the measure ("what decides how fast a tsunami moves"). Empty for any other question.
 */
export function measuresHeld(query: ParsedQuery): readonly Measure[] {
  if (query.measures.includes('money')) return query.measures;
  const [first, second, third] = query.words;
  // "How much money did the universities raise": the money named is the amount asked, whatever the verb. Held here, not
  // read by ranking as a measure asked: the passages that answer it already rank first, and a price's other phrasings do.
  if (first === 'how' && second === 'much' && third === 'money') return MONEY;
  if (asksHowLong(query)) return longHeld(query, third);
  if (first !== 'how' || second === undefined || !(HELD.has(second) || (second === 'far' && asksAbility(query.words.slice(2))))) return [];
  if (second === 'fast' && query.words.some((word) => GROWTH.has(stemWord(baseOfIrregular(word))))) return [];
  return query.measures;
}

const MONEY: readonly Measure[] = ['money'];

/**
 * Whether a measure held is rare enough that the sentence after the one naming what is asked holds it, whatever it
 * opens on (`statesNumberAsked`): a price or a temperature is; a time is not, a narrative tells one of nearly every
 * act ("The battle of the Naktong River ... For nearly a century the cry has never failed"), so "how long" reads the
 * next sentence only where it goes on about what is asked, as an unheld number does.
 */
export function heldMeasureIsRare(query: ParsedQuery): boolean {
  return !asksHowLong(query);
}

const asksHowLong = (query: ParsedQuery): boolean => query.words[0] === 'how' && query.words[1] === 'long';

/**
 * "How long": a thing's size or a time, held to a measure of its kind as "how tall" is ("how long is the yellow river"
 * is not answered by "the 6, the (upper) Yellow River", a number standing for it). Only where the question says what
 * is long by a form of "be" ("how long is the thames", "how long should the sermon be") or by "how long a N" ("how long
 * a runway would the bombers need"): the time of an act ("how long did mercer take to bring back a lyric") has its
 * answer below passages that pass on a year (rank115's trial). Not a perfect ("how long has mac barber served", "how
 * long have the mayor and his wife been separated"): a span lasting till now is told by where it stands in it as often
 * as by its length ("who is in his 13th year as a legislator", "for more than a year"), which no measure reads.
 */
function longHeld(query: ParsedQuery, third: string | undefined): readonly Measure[] {
  if (PERFECT.has(third ?? '')) return [];
  return third === 'a' || third === 'an' || query.words.some((word) => BE.has(word)) ? query.measures : [];
}
const PERFECT: ReadonlySet<string> = new Set(['has', 'have', 'had', 've']);
const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 's']);

/**
 * "How long has manning's been known for oysters", "how long has the author wanted to write": a span lasting till the
 * time told, which its start tells as well as its length ("since the Civil War", `statesStartOfSpan`).
 */
export const asksSpanToNow = (query: ParsedQuery): boolean => asksHowLong(query) && PERFECT.has(query.words[2] ?? '');

/** Whether the words after "how far" open on "can" or "could", after "away" or "apart" if any: an ability asked. */
const asksAbility = ([next, after]: readonly string[]): boolean => ABILITY.has(next ?? '') || (FAR_SIDE.has(next ?? '') && ABILITY.has(after ?? ''));

/** The modals of ability, and the adverbs "how far" takes before one ("how far away could the patient see"). */
const ABILITY: ReadonlySet<string> = new Set(['can', 'could']);
const FAR_SIDE: ReadonlySet<string> = new Set(['away', 'apart', 'out', 'off']);

/** The adjectives after "how" whose measure the documents state in its units (`STATED` in `measure.ts`). */
const HELD: ReadonlySet<string> = new Set(['hot', 'cold', 'warm', 'tall', 'high', 'deep', 'wide', 'fast']);

/**
 * Verbs of growth, by their stems, which every form comes to through `baseOfIrregular` ("grew", "rising", "expands"):
 * "how fast" of them asks a rate, told by counts or a share as often as by a unit of time.
 */
const GROWTH: ReadonlySet<string> = new Set(['grow', 'increase', 'rise', 'spread', 'expand'].map(stemWord));

/**
 * Whether a sentence states a measure of a kind held (`measuresHeld`): its unit after an amount ("120 feet",
 * "50-degrees", "300 miles an hour", "within one week"), or, for how soon, a duration told in its unit alone ("perhaps
 * weeks"), as a reader takes it.
 */
export function statesMeasureHeld(sentence: string, measures: readonly Measure[]): boolean {
  return statesMeasure(sentence, measures) || (measures.includes('duration') && statesAmountInWords(sentence, measures));
}

/**
 * The question's word that asks for the measure it wants ("weigh" in "how much does hansen weigh", "tall" in "how
 * tall is he"): without it the question asks for no measure (`measuresAskedFor`). In "how much money was bet at bowie"
 * it is "money", which asks the sum (`measuresHeld`) whatever the verb: a writer states the sum ("bet $842,617",
 * "raised about $2,000") and seldom writes "money" beside it.
 * Read once a question (`rememberedOn`), ranking's (`measuredTermsOf`) and abstaining's: dropped at the next question.
 */
export const measureWordOf: (query: ParsedQuery) => QueryTerm | undefined = rememberedOn(readMeasureWord);

function readMeasureWord(query: ParsedQuery): QueryTerm | undefined {
  if (query.measures.length === 0) return measuresHeld(query).length > 0 ? query.terms.find((term) => term.typed === 'money') : undefined;
  return query.terms.find((term) => measuresAskedFor(query.words.filter((word) => word !== term.typed).join(' ')).length === 0);
}

/**
 * The places in the question's terms of what it asks the measure of: the run of terms, unbroken by any other word, that
 * first follows its measure word ("dome" in "how tall is the dome of st. sophia", "new pill" in "how long can the new
 * pill stay"), or follows the question's opening when the measure word is no term ("siebern hit" in "how far did siebern
 * hit his homer", "far" being a stop word); empty when the question asks no measure (`ParsedQuery.measures`).
 */
export function measuredTermsOf(query: ParsedQuery): readonly number[] {
  if (query.measures.length === 0) return [];
  const word = measureWordOf(query);
  const placeOf = (typed: string | undefined) => (typed === word?.typed ? -1 : query.terms.findIndex((term) => term.typed === typed));
  let at = word === undefined ? 0 : query.words.indexOf(word.typed) + 1;
  while (at < query.words.length && placeOf(query.words[at]) < 0) at += 1;
  const run: number[] = [];
  for (let place = placeOf(query.words[at]); place >= 0; place = placeOf(query.words[(at += 1)])) run.push(place);
  return run;
}
