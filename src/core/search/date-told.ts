import { isYear, type RankedPassage } from './rank.ts';
import { statesMeasure, type Measure } from './measure.ts';
import { toldInOtherTense, toldInTenseAsked } from './tense-asked.ts';
import { statesFactNearTopic, statesTimeBeforeTopic } from './fact-near-topic.ts';
import { datedInPassage } from './year-of-paragraph.ts';
import { asksCircumstance, tellsCircumstance } from './circumstance-asked.ts';
import { tokenize } from './words.ts';
import { rememberedBy } from '../remembered.ts';
import { statesDayOfWeek, statesTimeOfYear } from './told-in-words.ts';
import { statesEventAsked } from './event-asked.ts';
import { statesCentury } from './century-told.ts';
import { tellsFirstTime } from './first-time.ts';
import { yearsInWords } from './year-in-words.ts';
import { tellsTimeByClause } from './time-clause.ts';
import { doerAndActOf, timesOwnAct } from './clause-timed-act.ts';
import { MONTHS_IN_FULL, MONTH_OR_SHORT } from '../month-names.ts';
import { stemsOf } from './terms-met.ts';
import type { QuestionAsked } from './question-asked.ts';

/**
 * Whether a passage tells the date a "when" asks, as `canAnswer` reads it: the time of day a "what time" asks, or a date,
 * a time told in words, a clause of time, a season, a day of the week or a century (a year alone where a year is asked),
 * in a sentence naming the topic, of the event, first time and tense asked.
 */
export function statesDateAsked({ query, lexicon, options, evidence, topic, event, firstTime, tense, passageBefore }: QuestionAsked, result: RankedPassage): boolean {
  const text = result.passage.text;
  // "What time did the attack come": a time of day, in a sentence naming the topic or the one after it, whatever that one
  // opens on ("The troopers knew an attack was coming ... At 6 o'clock on the morning of August 12, they were in doubt
  // no longer"): rarer than a date, it is held as a measure is (`statesNumberAsked`), and not to the event's own
  // sentence, which may come after it ("Then it came").
  if (query.measures.length > 0) return statesFactNearTopic(result.passage, topic, (some) => statesMeasure(some, query.measures), options.fragmentMaxWords, { goesOn: () => true });
  // The expressions before the tokens: a time told in words is read without cutting the text into words (`statesYear`).
  // "In what year did napoleon invade russia": a year asked is told by a year, in digits or in words, not by a clause
  // of time, a day, a season or a century ("toward the close of the second century B.C., when the Han Emperor Wu Ti
  // ordered"), which tell when without the year.
  // A clause of time whose verb is one of the question's words says the act asked as another's time (`tellsTimeByClause`).
  const asked = stemsOf(query.terms);
  // "When does leasing make more sense than renting": a condition answers it (`asksCircumstance`).
  const circumstance = asksCircumstance(query.typedWords);
  const yearAsked = YEAR_ASKED.test(query.typedWords.join(' '));
  // "When is the new beaujolais released": a clause of time times its own sentence's act (`timesOwnAct`).
  const doerAndAct = options.clauseTimesOwnAct > 0 ? doerAndActOf(query, event, lexicon) : null;
  const clauseTimesAny = (some: string) => tellsTimeByClause(some, asked);
  const clauseTimes = (some: string) => clauseTimesAny(some) && (doerAndAct === null || timesOwnAct(some, doerAndAct));
  const anyDateBy = (clauseTimesAct: (some: string) => boolean) => yearAsked
    ? (some: string) => statesYear(some) || yearsInWords(some).length > 0
    : (some: string) => DAY_OF_MONTH.test(some) || RELATIVE_TIME.test(some) || clauseTimesAct(some) || (circumstance && tellsCircumstance(some)) || statesTimeOfYear(some) || statesDayOfWeek(some) || statesCentury(some) || statesYear(some) || statesMeasure(some, CLOCK);
  const statesAnyDate = anyDateBy(clauseTimes);
  // "1961 was a year of …. The Congress met …", "In 1958 … . The mill then closed.", a passage opening "Soon after, …" after
  // one dated: a year before dates it (`datedInPassage`).
  const opened = datedInPassage(result.passage, passageBefore(result.passage));
  if (!evidence.hasDate(result.passage.id) && opened.size === 0 && !statesAnyDate(text)) return false;
  // "When was john tower elected": a date told in the other tense than the one asked is of another act
  // (`toldInTenseAsked`: "a state rally to be held Sept. 8 ... newly elected Texas Sen. John Tower").
  const entries = tense === null ? [] : evidence.datedEntries?.(result.passage.id) ?? [];
  const datesBy = (statesAny: (some: string) => boolean) => {
    const statesOwnDate = tense === null ? statesAny : toldInTenseAsked(statesAny, entries, tense);
    return (some: string) => statesOwnDate(some) || opened.has(some);
  };
  const statesDate = datesBy(statesAnyDate);
  // "What year did perelman buy his farm": a day of a month the timeline dated by the page's own year ("Sometime on
  // Saturday evening, August 22nd", 1961 by the page) writes no year asked. A time pointing back at a year written
  // before ("In 2004, … . Since then, Zhejiang has insisted on …") is that year, and stays.
  const written = yearAsked ? evidence.datedEntries?.(result.passage.id) ?? [] : [];
  const yearWritten = (at: number) => written[at] === undefined || !DAY_OF_MONTH.test(written[at].raw) || statesAnyDate(written[at].raw);
  const datedTerms = (evidence.datedSentenceTerms?.(result.passage.id) ?? []).filter((_, at) => (tense === null || entries[at] === undefined || !toldInOtherTense(entries[at], tense)) && yearWritten(at));
  if (event !== null && !statesEventAsked(result.passage, datedTerms, event, topic, statesDate, options.fragmentMaxWords)) return false;
  if (firstTime !== null && !tellsFirstTime(result.passage, firstTime, statesDate, options.fragmentMaxWords)) return false;
  // "Then you'll want terry cloth towels" after a sentence telling when: read only where no sentence holds the time itself.
  // The "then" carries the time before to its own sentence's act, so a clause of time there is read whatever act it
  // times ("Except when the river freezes, the boat runs all year. Then the ferry crew wear wool coats").
  const statesTimePointedAt = doerAndAct === null ? statesDate : datesBy(anyDateBy(clauseTimesAny));
  return statesFactNearTopic(result.passage, topic, statesDate, options.fragmentMaxWords, { factSentenceTerms: datedTerms }) || statesTimeBeforeTopic(result.passage, topic, statesTimePointedAt);
}

/** A character of any number: a text without one holds no year (see `statesDateAsked`'s `statesDate`). */
const NUMBER_CHARACTER = /\p{N}/u;

/**
 * Whether a text writes a year in digits. Cut into words only where it holds a number character (`tokenize` keeps a word
 * of letters or numbers, and `segmentRun`'s NFKC makes digits only of number characters: "２０２１" is one), and
 * remembered by text: every "when" reads the same passages' sentences, question after question.
 */
const statesYear = rememberedBy(50_000, (some: string) => NUMBER_CHARACTER.test(some) && tokenize(some).some((token) => isYear(token.word)));

/**
 * A day of a month, with or without its year ("On February 17", "Dec. 9", "the 3rd of May"): a reader sees when, though
 * the timeline keeps no entry for a day whose year the text leaves to be guessed.
 */
const DAY_OF_MONTH = new RegExp(String.raw`\b(?:${MONTH_OR_SHORT})\.? \d{1,2}(?:st|nd|rd|th)?\b(?![.,]?\d)|\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTHS_IN_FULL})\b`);

/**
 * A time told from now or from another time, with no date ("in a few years", "within two weeks", "three days later",
 * "many years in the future", "some day"), or a day an event is set for ("The U.N. session scheduled for today will
 * meet"): a reader sees when, as "when will we have SAMOS" is answered by "In a few years we will have SAMOS". "Today"
 * alone is no time told ("the world today" is the present, of no event).
 */
const RELATIVE_TIME = /\b(?:in|within) (?:a few|several|a couple of|many|\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an) (?:days?|weeks?|months?|years?|decades?)\b|\b\w+ (?:days?|weeks?|months?|years?|decades?) (?:ago|later|earlier|in the future|from now)\b|\bsome ?day\b|\b(?:scheduled|slated|planned|set|due) for (?:today|tomorrow|tonight|next (?:week|month|year)|this (?:week|month|year|morning|afternoon|evening))\b/i;

/**
 * A time on the clock ("before nine o'clock", "at 6:30 A.M.", "by noon"): a reader sees when, as "when did morse leave
 * the house" is answered by "Morse left the house before nine o'clock"; read as a "what time" reads it (`statesMeasure`).
 */
const CLOCK: readonly Measure[] = ['clock'];

/** A question asking a year: "what year did mercer join paul whiteman", "in which year was it built". */
const YEAR_ASKED = /\b(?:what|which) year\b/u;
