import { isPluralNoun, readNounPhrase } from '../figures/measures.ts';
import { skipListedModifiers } from '../figures/counted-nouns.ts';
import { findNumbers } from '../figures/numbers.ts';
import { baseOfIrregular } from './irregular.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';
import { thingCounted } from './thing-counted.ts';
import { countsNothing } from './count-stated.ts';
import { measureNamed, measuredBy, type Measured } from './count-measured.ts';
import { factTopicOf } from './fact-near-topic.ts';
import { numbersOf } from './numbers-of.ts';
import { statesMeasure } from './measure.ts';
import { roundTimeUnitsOf } from './told-in-words.ts';
import { DETERMINERS, stemWord, tokenize } from './words.ts';
import { MONTH_OR_SHORT } from '../month-names.ts';
import { rememberedBy, rememberedFor, rememberedOn } from '../remembered.ts';

/** A count of persons or of things asked: whether a number in a sentence counts them. */
export interface CountAsked {
  /**
   * What a sentence's numbers count (see `countedAsked`): what is asked ("forty-five persons"), maybe it (a number with no
   * plural after it, or none the figures' reading finds), or other things only ("two balloon units", "in 1928").
   */
  readonly countIn: (sentence: string) => CountIn;
  /**
   * Whether a sentence's count is said of another holder than the question's (`saidOfOther`): it names none of the
   * question's words but the noun counted, and names something else by a name, and the sentence `before` it (read only then) names
   * none of them either ("The controversy now revolves mainly around the number ... of the deputies of the Secretary
   * General ... Although the United States and the U.S.S.R. have been arguing whether there shall be four, five or six
   * top assistants" counts the Secretary General's deputies, whom the arguers are not).
   */
  readonly ofOther: (sentence: string, before?: () => string | undefined) => boolean;
}

export type CountIn = 'noun' | 'maybe' | 'other';

/**
 * The plural a "how many" counts: the first in the `maxWords` words after "how many" (0 reads none); none for any other
 * question, and for a measure asked ("how many miles" is read by the measure's checks).
 */
export function nounCountedOf(query: ParsedQuery, maxWords: number): string | undefined {
  if (query.intent !== 'quantity' || query.measures.length > 0 || maxWords === 0) return undefined;
  const at = query.words.findIndex((word, index) => word === 'how' && query.words[index + 1] === 'many');
  if (at < 0) return undefined;
  const words = query.words.slice(at + 2, at + 2 + maxWords);
  let noun = words.findIndex(isPluralNoun);
  // A plural before another modifies it, and the last is the noun counted: "how many general motors shares", "sports fans".
  while (noun >= 0 && isPluralNoun(words[noun + 1] ?? '')) noun += 1;
  return noun < 0 ? undefined : words[noun];
}

/**
 * A "how many" that counts persons ("how many sailors were killed in the bari raid", "how many people died in the
 * blitz") or things of one kind (`thingCounted`: "how many rooms does the hotel have") or units of a measure ("how many miles of highway", "how many days", `timeCountedAsked`): the
 * noun asked is the first plural in the `maxWords` words after "how many" (0 reads none); null for any other question,
 * and for a noun of none of these ("how many figures"). A count of persons must count persons: not one before a plural that names something
 * else ("two balloon units" says nothing of the sailors a raid killed) nor a year ("in 1944"). Whichever word for
 * persons counts them answers ("forty-five persons" signed a petition, "more than 100 leaders" of the film industry
 * dined, "eighty men" of the Swiss soldiers went), and so may a number with no plural after it ("Serves 12", "14.73
 * million employed", "some 30 of them"), but not a measure (`measuredBy`: "$2.09 per share"); a share counts what it
 * is of ("ninety per cent of the makers").
 * Read once a question (`rememberedOn`): ranking (`rank.ts`' intent) and abstaining both ask it of the same parsed query.
 */
export const countedAsked: (query: ParsedQuery, lexicon: Lexicon, maxWords: number) => CountAsked | null = rememberedOn(readCountAsked);

function readCountAsked(query: ParsedQuery, lexicon: Lexicon, maxWords: number): CountAsked | null {
  const noun = nounCountedOf(query, maxWords);
  if (noun === undefined) return null;
  const persons = namesPersons(noun, lexicon);
  // "How many miles of highway": a unit asked is counted by an amount in its own measure; a unit of time by a length of
  // time or a year (`timeCountedAsked`: "how many years did ballet flourish" is told by a year's start, "since 1937.").
  const unitAsked = persons ? null : measureNamed(noun);
  if (unitAsked === 'duration') return timeCountedAsked(query, noun);
  // A count of persons is of persons, whichever word counts them; a count of things, of whatever the plural may be.
  const reading = persons ? (plural: string): CountIn => (namesPersons(plural, lexicon) ? 'noun' : 'other') : unitAsked !== null ? () => 'maybe' as const : thingCounted(noun, query.terms.find((term) => term.typed === noun), lexicon);
  if (reading === null) return null;
  // A sum, a duration, a length or a share of nothing (`measuredBy`) counts no persons ("$2.09 per share" is no count of
  // directors), and no unit but its own ("$30 million worth of bonds" is no count of miles). For a count of things, a
  // duration only ("hanging over the market for ten years" counts no cars General Motors sold): where the passages
  // judged give none of the things asked, one may still be read from another measure of theirs (the state's cars
  // beside "22,000 miles per year", rank52's loss), and the answer lie below them. A share of nothing named is no count
  // of things either ("your lunch is 75% cheaper" counts no national parks): it is of an amount, not of things; nor is a
  // sum ("The tallyho had cost Vernon $2,300" counts no horses that pulled it): a price is what a thing cost, not how many.
  // Nor a temperature ("when the temperature is close to 50-degrees" counts no eggs a queen lays): no thing is counted in degrees.
  const measuredOther = persons || unitAsked !== null;
  return {
    ofOther: ofOtherHolderOf(query, noun),
    countIn: (sentence) => {
      const counts = countsOf(sentence);
      // A number the figures' reading does not find ("a few", the 52 of "B-52") is judged as before.
      if (counts === null) return 'maybe';
      let count: CountIn = 'other';
      for (const { plural, measured, share } of counts) {
        if ((measuredOther && measured !== null) || measured === 'duration' || measured === 'share' || measured === 'money' || measured === 'temperature') {
          if (measured === unitAsked) return 'noun';
          continue;
        }
        // A percentage counts only the thing asked, where it is of it ("ninety per cent of the makers" for "how many
        // makers"): of another thing, however near its kind, it tells how large a part of that thing, and how many of
        // the thing asked not at all ("about twenty-five per cent of motor vehicle patents" for Marmon's cars).
        const read = plural === null ? 'maybe' : reading(plural);
        const counted = share && read !== 'noun' ? 'other' : read;
        if (counted === 'noun') return 'noun';
        if (counted === 'maybe') count = 'maybe';
      }
      return count;
    },
  };
}

/**
 * "How many days are in a leap year", "how many weeks did oersted spend with ritter": a unit of time asked is counted by
 * a length of time ("ten days", "a 10-day fast", "a quarter of a century") or told by a year, the start or the end of
 * the time ("since 1937."), and maybe by another number ("several hundred"); not by an age in another unit alone ("the
 * eighty-year-old Marshal Voroshilov" measures a life in years, no days of a leap year).
 */
function timeCountedAsked(query: ParsedQuery, noun: string): CountAsked {
  const unit = stemWord(noun);
  let countIn = timeCountIn.get(unit);
  if (countIn === undefined) timeCountIn.set(unit, (countIn = rememberedBy(MAX_REMEMBERED, (sentence) => timeCountOf(sentence, unit))));
  return { ofOther: ofOtherHolderOf(query, noun), countIn };
}

/**
 * Each unit of time's reading of a sentence (`timeCountOf`), remembered: ranking and abstaining read the same figures'
 * sentences question after question, and a reading takes three passes of regular expressions. Keyed by the unit's
 * stem, of which there are as many as `measureNamed` reads as a duration; each bounded by `MAX_REMEMBERED`.
 */
const timeCountIn = new Map<string, (sentence: string) => CountIn>();

function timeCountOf(sentence: string, unit: string): CountIn {
  if (numbersOf(sentence).some((number) => number.yearLike)) return 'noun';
  // An age in the unit asked may be the time asked ("how many years has the church stood": "169 years old").
  const lived = sentence.replace(AGE, (age, ageUnit: string) => (stemWord(ageUnit.toLowerCase()) === unit ? age : ''));
  // So is a round amount of it ("for hundreds of years"), which counts nothing else (`statesCountInWords`).
  if (statesMeasure(lived, ['duration']) || roundTimeUnitsOf(sentence).some((round) => stemWord(round) === unit)) return 'noun';
  // An age and no other number: a life measured.
  return lived !== sentence && numbersOf(lived).length === 0 ? 'other' : 'maybe';
}

/** Whether a count's sentence is of another holder than the question's (`saidOfOtherHolder`), the noun counted aside. */
function ofOtherHolderOf(query: ParsedQuery, noun: string): CountAsked['ofOther'] {
  const asked = query.terms.filter((term) => term.frame !== true && !/^\d/u.test(term.stem));
  const holder = factTopicOf(asked.filter((term) => term.typed !== noun));
  const named = factTopicOf(asked);
  return (sentence, before) => saidOfOtherHolder(sentence, holder, named, before);
}

/** An age and its unit: "the eighty-year-old Marshal", "a man 60 years old", "a two-month-old calf". */
const AGE = /\b[\p{L}\p{N}.,]+[- ](years?|months?|weeks?|days?)[- ]old\b/giu;

/**
 * A "how many" of a noun no reading counts (`countedAsked` null: "how many plays", "how many speeches", "how many
 * figures", whose nouns WordNet files as no thing of one kind), not of a unit ("how many weeks", read by its measure):
 * the stems that name the noun (its forms and related words), which the sentence giving its count must hold. A number
 * in a sentence that names the question's other words and not the noun ("the Comedie's two principal experiments" for
 * "how many plays did racine write", "my 15th anniversary" for the pages of an issue) counts something else; so does one
 * in the sentence after, unless that sentence goes on about the noun or counts a part of it by a pronoun ("a group of
 * short stories ... Somewhat uneven in interest, eight or ten of these are among the finest", `COUNT_OF_PRONOUN`). A noun
 * followed by "of" counts what it is of too ("how many kinds of groups" by "9 types of groups"). Null for any other
 * question.
 */
export function uncountedNounOf(query: ParsedQuery, lexicon: Lexicon, maxWords: number): ReadonlySet<string> | null {
  const noun = nounCountedOf(query, maxWords);
  // "How many times was gonzales shot": a name read for the plural (a word WordNet lacks, or writes capitalised) is no
  // noun counted.
  const term = noun === undefined || measureNamed(noun) !== null || !lexicon.isWord(noun) || lexicon.isName(noun) ? undefined : query.terms.find((some) => some.typed === noun);
  if (term === undefined) return null;
  // "How many kinds of groups": the noun's "of" names what it counts by as well ("focusing on 9 types of groups").
  const at = query.words.indexOf(term.typed);
  const of = query.words[at + 1] === 'of' ? query.words.slice(at + 2, at + 4).find((word) => !DETERMINERS.has(word)) : undefined;
  return factTopicOf(query.terms.filter((some) => some === term || (of !== undefined && some.typed === of)));
}

/** A part counted of what a pronoun points back at ("eight or ten of these", "three of them"): of the sentence before's noun. */
export const COUNT_OF_PRONOUN = /\b(?:of|among)\s+(?:these|those|them)\b/i;

/** What a number of a sentence may count: the plural after it (null for none), and what it measures (`measuredBy`). */
interface NumberCounts {
  readonly plural: string | null;
  readonly measured: Measured | null;
  /** The number is a percentage of its plural ("twenty-five per cent of motor vehicle patents"), not a count of it. */
  readonly share: boolean;
}

/** A bound, not a tuning: a stream of made-up words cannot grow the memory. */
const MAX_REMEMBERED = 50_000;

/**
 * What each number of a sentence that may count something counts; null for a sentence with no number the figures'
 * reading finds. A year counts nothing, nor a day or a list's number (`countsNothing`); "one" with no plural after it is
 * a pronoun's ("one of the most beautiful"). The plural is read past modifiers a comma sets off, as the figures read it
 * (`skipListedModifiers`: "seventeen ivory, metal, wood, and stone sculptures" counts sculptures, not "ivory"). The same
 * of every question, so remembered by sentence: each "how many" reads the same figure sentences again.
 */
export const countsOf = rememberedBy(MAX_REMEMBERED, (sentence): readonly NumberCounts[] | null => {
  const numbers = findNumbers(sentence);
  return numbers.length === 0
    ? null
    : numbers
        .filter((number, at) => !(number.yearLike || (number.value === 1 && number.words !== undefined) || countsNothing(sentence, number.start, number.end) || opensRange(sentence, number, numbers[at + 1])))
        .map((number) => ({
          plural: readNounPhrase(skipListedModifiers(sentence.slice(number.end).replace(SHARE_OF, '').replace(MULTIPLE_OF, '').trimStart()))?.head ?? null,
          measured: measuredBy(sentence, number.start, number.end),
          share: PERCENT_OF.test(sentence.slice(number.end)),
        }));
});

/**
 * Whether a number is the low end of a range whose high end comes next ("four to eight small daughters", "two or three
 * years"): it counts what the high end counts, which is read after that end, not after this one.
 */
const opensRange = (sentence: string, low: { readonly end: number }, high: { readonly start: number } | undefined): boolean =>
  high !== undefined && RANGE_JOIN.test(sentence.slice(low.end, high.start));
const RANGE_JOIN = /^\s*(?:-|–|to|or)\s*$/;

/**
 * "almost twice as many problems", "three times as many men": a multiple counts what it is a multiple of, the plural
 * after "as many", as a reader takes "twice as many problems" for a number of problems, not of anything else.
 */
const MULTIPLE_OF = /^\s*(?:times\s+)?as\s+many\s+/i;

/** A percentage of a thing named after it: "ninety per cent of the makers", "25% of the vote". */
const PERCENT_OF = /^\s*(?:%|per\s?cent|percent)\s+of\b/i;

/** "ninety per cent of the makers", "Six of the science teachers": a share, or a part, counts what it is of. */
const SHARE_OF = /^\s*(?:(?:%|per\s?cent|percent)\s+)?of\s+(?:the\s+)?/i;

/**
 * Whether a plural names persons: its singular's commonest sense is a person ("soldiers", "leaders", "students"), not a
 * group ("polices", a misspelt "policies", are police forces; "families"). WordNet files the plain plurals for persons
 * as a group ("people") or among its top nouns ("persons", "individuals"), and finds no singular for "children"
 * without its exceptions. Their singulars too: "one person" counts persons (`countedInWordsAsked`).
 */
export function namesPersons(plural: string, lexicon: Lexicon): boolean {
  return personPlural(lexicon, plural);
}
/** Each plural's answer in each lexicon, remembered: the same plurals come back figure after figure, question after question. */
const personPlural = rememberedFor(MAX_REMEMBERED, (lexicon: Lexicon, plural: string) => PERSONS.has(plural) || lexicon.namesPerson(baseOfIrregular(plural), false));
const PERSONS = new Set(['people', 'persons', 'individuals', 'person', 'individual']);

/**
 * Whether a count's sentence is of another holder than the question's: "how many people died in the lisbon earthquake"
 * is not answered by "In 1896 a Japanese tsunami killed 27,000 people", nor "how many men are in a cavalry troop" by "a
 * full force of 1000 men ... attacked the position held by Chandler's men". A sentence that names none of the question's
 * words but the noun counted (`holder`: the question's others) and names something by a name the question does not
 * (`named`: all its words), written capitalised inside the sentence, counts the noun of that. One that names nothing so
 * may still count the question's, in its own words ("On the glass partition between me and the driver were three
 * signs", "Today more than a thousand industries distribute me to their employees"). A month or a weekday says when,
 * not whose.
 */
function saidOfOther(sentence: string, holder: ReadonlySet<string>, named: ReadonlySet<string>): boolean {
  const { names, stems } = wordsOf(sentence);
  return names.some((name) => !named.has(name)) && !stems.some((stem) => holder.has(stem));
}

/**
 * Whether a sentence's fact (a count, a sum) is said of another holder than the question's (`saidOfOther`: `holder`, the
 * stems of whose it is asked; `named`, all the question's), the sentence `before` it (read only then) naming none of
 * the holder's words either: a writer leaves the holder to the sentence before as often as he says it.
 */
export function saidOfOtherHolder(sentence: string, holder: ReadonlySet<string>, named: ReadonlySet<string>, before?: () => string | undefined): boolean {
  return holder.size > 0 && saidOfOther(sentence, holder, named) && !namesAny(before?.() ?? '', holder);
}

/**
 * A sentence's names (the stems of its words written capitalised inside it, but a month's or a weekday's) and its words'
 * stems. The same of every question, so remembered by sentence, as `countsOf` remembers its counts.
 */
const wordsOf = rememberedBy(MAX_REMEMBERED, (sentence): { readonly names: readonly string[]; readonly stems: readonly string[] } => {
  const names: string[] = [];
  for (const match of sentence.matchAll(CAPITALISED)) {
    // The sentence's first word is capitalised whatever it is.
    if (/\p{L}/u.test(sentence.slice(0, match.index)) && !TIME_NAME.test(match[0])) names.push(stemWord(match[0].toLowerCase().replace(/['’]s$/u, '')));
  }
  return { names, stems: tokenize(sentence).map((token) => stemWord(token.word)) };
});

/** Whether a sentence names any of the stems given, by one of its words. */
export const namesAny = (sentence: string, stems: ReadonlySet<string>): boolean => wordsOf(sentence).stems.some((stem) => stems.has(stem));

/** A word written capitalised, of two letters or more: a name, inside a sentence. */
const CAPITALISED = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’]+/gu;
/** The names of months and weekdays: capitalised, but no holder. */
const TIME_NAME = new RegExp(`^(?:${MONTH_OR_SHORT}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$`);
