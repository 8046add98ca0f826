import { saysPurposeNear } from './purpose-asked.ts';
import type { RankedPassage } from './rank.ts';
import { statesMeasure, type Measure } from './measure.ts';
import { amountOfOtherMeasure } from './unit-of-amount.ts';
import { asksSpanToNow, heldMeasureIsRare, measuresHeld, statesMeasureHeld } from './measure-held.ts';
import { goesOnAbout, sentencesOf, statesFactNearTopic } from './fact-near-topic.ts';
import { statesAmountInWords, statesBoundedHalf, statesCountInWords, statesStartOfSpan } from './told-in-words.ts';
import { statesCount } from './count-stated.ts';
import { COUNT_OF_PRONOUN, namesAny, saidOfOtherHolder } from './count-asked.ts';
import { ageOwnerOf, namesOnlyAsOwner } from './age-owner.ts';
import type { NumberToken } from '../figures/numbers.ts';
import { numbersOf } from './numbers-of.ts';
import { figureMayCount, figureOfOtherMeasure } from './figure-measure.ts';
import { qualifierBefore } from '../figures/qualifiers.ts';
import { totalAskedOf, withoutSharesOf } from './total-asked.ts';
import { countsOnlyOthersOf } from './amount-asked.ts';
import { UNIT_PLURAL_SOURCE, UNIT_SOURCE } from '../figures/units.ts';
import type { NumberAsked, QuestionAsked } from './question-asked.ts';

/**
 * Whether a passage states a number, or the measure asked, in a sentence naming what is asked about or the next one
 * going on about it (`statesFactNearTopic`): what a "how many" or a "how tall" needs. A number in words counts when it is
 * hedged ("nearly one-half", "Say four million") or round ("several dozen species", "perhaps weeks": `statesAmountInWords`), and for a count
 * with no measure asked, a bounded half ("more than half are practically unknown", "over half of the population" of the
 * people asked, `statesBoundedHalf`). A price asked needs a sum of money ("$300", "a few dollars", `measure.ts`).
 */
export function statesNumberAsked({ query, options, evidence, topic, number, lexicon, passageAfter }: QuestionAsked, result: RankedPassage): boolean {
  const { count: countAsked, toldInWords, payer, uncounted, degreeTold, priced, purpose } = number ?? NO_NUMBER_ASKED;
  // A price or a temperature asked is answered by a sum of money or a temperature only: "eight years" or "75%" in the
  // pool's or the grill's sentence is none, nor "1,800 miles" in the inner core's (`measuresHeld`), so no other figure's
  // sentence counts. A measure of the kind asked is rarer than a number, so the sentence after the topic's counts too,
  // whatever it opens on ("Even some of the queens will die ... The survivors emerge ... close to 50-degrees").
  const held = measuresHeld(query);
  // The passage's sentence before one of its sentences, which may name the holder a fact's sentence leaves to it.
  const sentenceBefore = (some: string) => () => {
    const passageSentences = sentencesOf(result.passage);
    return passageSentences[passageSentences.findIndex((sentence) => sentence.text.includes(some) || some.includes(sentence.text)) - 1]?.text;
  };
  // A sum said of another payer than the one asked ("spending by the National Aeronautics and Space Administration" for
  // the Soviet Union's) is none, as a count of another holder is none (`saidOfOtherHolder`); so is a price in a sentence
  // that names not the thing priced, nor follows one that does ("The tallyho had cost Vernon $2,300" for a seat's, `pricedAskedOf`),
  // and a sum spent on another thing than the one asked, beside no sentence naming it ("… is for defense" for foreign aid's).
  const ofOtherPayer = (some: string) => (payer !== null && saidOfOtherHolder(some, payer, topic, sentenceBefore(some))) || (priced !== null && !namesAny(some, priced) && !namesAny(sentenceBefore(some)() ?? '', priced)) || (purpose !== null && !saysPurposeNear(purpose, some, result.passage, passageAfter));
  // A degree told by what it is enough for ("high enough above the fire so that ...") answers as a measure does. A time
  // is not rare (`heldMeasureIsRare`): the sentence after the topic's holds it where it goes on about the topic, or
  // compares its degree to the one just named ("... compared to Tolstoy's War And Peace. About one-third as long, ...").
  if (held.length > 0) return statesFactNearTopic(result.passage, topic, (some) => (statesMeasureHeld(some, held) || degreeTold?.(some) === true) && !ofOtherPayer(some), options.fragmentMaxWords, { goesOn: heldMeasureIsRare(query) ? () => true : (some) => goesOnAbout(some, options.fragmentMaxWords) || degreeTold?.(some) === true });
  // `counted`: a count of persons or things is asked, which a year at a stop ("in 1950, the anniversary") is not.
  // A number in words before the noun asked counts it, and a multiple in words tells a comparison asked, where the
  // figures read none (`countedInWordsAsked`, `multipleAskedOf`); a degree said equal to another's tells a "how old"
  // ("is as old as Thomas Alva Edison's first experiment", `degreeToldOf`).
  // "How long has manning's been known for oysters": a span to the time told is told by its start too ("since the Civil War").
  const spanToNow = asksSpanToNow(query);
  const statesNumberOf = (counted: boolean) => (some: string) =>
    statesCount(some, counted) || statesMeasure(some, query.measures) || statesHedgedNumber(some, query.measures) || (counted ? statesCountInWords(some) : statesAmountInWords(some, query.measures)) ||
    (query.measures.length === 0 && statesBoundedHalf(some, topic)) || toldInWords?.(some) === true || degreeTold?.(some) === true || (spanToNow && statesStartOfSpan(some));
  // "What is the total population of X": a share of X's own is no total of it (`withoutSharesOf`).
  const total = totalAskedOf(query.words, options.shareNotTotal);
  const statesAnyNumber = statesNumberOf(false);
  const statesTotal = total === null ? statesAnyNumber : (some: string) => statesAnyNumber(withoutSharesOf(some, total));
  // "How much base pay does a scout get": "nine qualified scouts" counts other things, no amount (`countsOnlyOthersOf`).
  const othersOnly = countsOnlyOthersOf(query, lexicon, options.amountCountedSenses);
  const statesNumber = othersOnly === null ? statesTotal : (some: string) => statesTotal(some) && !othersOnly(some);
  // "How many sailors": a number in the topic's sentence must count persons, or may (`countedAsked`); a figure's sentence
  // that counts only other things ("two balloon units") or holds only a year is no answer. A count of the noun asked in
  // words the figures leave is one too ("(1) Four additional deputies be employed"), so no passage is left unread for
  // want of a figure.
  if (countAsked !== null) {
    const sentences = evidence.figureSentences?.(result.passage.id) ?? [];
    // A count said of another holder than the question's ("a Japanese tsunami killed 27,000 people") is none (`ofOther`),
    // read with the passage's sentence before it, which may name the question's.
    const ofOther = (some: string) => countAsked.ofOther(some, sentenceBefore(some));
    const statesCounted = statesNumberOf(true);
    const statesCountAsked = (some: string) => {
      const count = countAsked.countIn(some);
      return (count === 'noun' || (count === 'maybe' && statesCounted(some)) || toldInWords?.(some) === true) && !ofOther(some);
    };
    // A figure's sentence is read as any other: a number that only may count the noun (no plural read after it) counts
    // it only where it is a number a count is told by, in digits or hedged. The figures take "six separate and
    // deliberate actions by a minimum of three men ... in a bomber", "five more appearances" of a plane, "twelve
    // minutes after five" on the morning of an earthquake: none a count of bombers, planes or the dead.
    const countsAsked = (at: number) => statesCountAsked(sentences[at] ?? '');
    return statesFactNearTopic(result.passage, topic, statesCountAsked, options.fragmentMaxWords, { factSentenceTerms: evidence.figureSentenceTerms?.(result.passage.id) ?? [], factHolds: countsAsked });
  }
  if (!evidence.hasFigure(result.passage.id) && !statesNumber(result.passage.text)) return false;
  const figures = evidence.figures?.(result.passage.id) ?? [];
  // "How many plays did racine write": a noun no reading counts is counted in a sentence naming it (a figure's, or
  // another's by a number that may count: no year, "in 213 B.C." neither), or in the next going on about it:
  // "the Comedie's two principal experiments" names Racine and counts no plays. A figure's sentence counts it by a
  // figure that may count (`figureMayCount`): "left two months to dry out" in the frieze's sentence counts no figures
  // painted in it (evidence that reads no figures trusts each, as before).
  if (uncounted !== null) {
    const statesCounted = statesNumberOf(true);
    return statesFactNearTopic(result.passage, uncounted, statesCounted, options.fragmentMaxWords, { factSentenceTerms: evidence.figureSentenceTerms?.(result.passage.id) ?? [], factHolds: (at) => figures[at] === undefined || figureMayCount(figures[at]), goesOn: (sentence) => goesOnAbout(sentence, options.fragmentMaxWords) || COUNT_OF_PRONOUN.test(sentence) });
  }
  // "How old is chancellor adenauer": a sentence naming him only as an owner ("Chancellor Adenauer's ... Party ... since
  // 1957") gives the age of what he owns (`namesOnlyAsOwner`), a figure's sentence as well as another.
  const owner = ageOwnerOf(query);
  // A figure's sentence holds a measure asked by no figure of another measure (`figureOfOtherMeasure`).
  // Asked for a total, it holds one only where a number is left once the shares of the total's thing are out (evidence
  // that gives no figure's sentence trusts each, as before).
  const totalHeld = (sentence: string | undefined) => sentence === undefined || statesNumber(sentence);
  const countsOthersOnly = (sentence: string | undefined) => othersOnly !== null && sentence !== undefined && othersOnly(sentence);
  const measured = (at: number) => (figures[at] === undefined || !figureOfOtherMeasure(figures[at], query.measures)) && (total === null || totalHeld(evidence.figureSentences?.(result.passage.id)[at])) && !countsOthersOnly(evidence.figureSentences?.(result.passage.id)[at]);
  if (owner === null) return statesFactNearTopic(result.passage, topic, statesNumber, options.fragmentMaxWords, { factSentenceTerms: evidence.figureSentenceTerms?.(result.passage.id) ?? [], factHolds: measured });
  const ownersOnly = (some: string) => !namesOnlyAsOwner(some, owner);
  const sentences = evidence.figureSentences?.(result.passage.id) ?? [];
  return statesFactNearTopic(result.passage, topic, (some) => statesNumber(some) && ownersOnly(some), options.fragmentMaxWords, { factSentenceTerms: evidence.figureSentenceTerms?.(result.passage.id) ?? [], factHolds: (at) => ownersOnly(sentences[at] ?? '') && measured(at) });
}

/** No number read by anything but its figures: a measure asked in words no intent reads (`QuestionAsked.asksMeasure`). */
const NO_NUMBER_ASKED: NumberAsked = { count: null, uncounted: null, toldInWords: null, degreeTold: null, payer: null, priced: null, purpose: null };

/**
 * Whether a sentence states a value, as a number asked by its noun needs (`numberAskedOf`): a number in digits that is no
 * year ("7.6% in September", "$2.09", "$.07"; "the trend of rates in 1961" gives none), or one in words bounded or
 * rounded. Read in every sentence naming the noun, a figure's too: a figure's sentence naming a rate may hold no value
 * of it ("It seems likely that with the three preceding forces at play, the rate of business …").
 */
export const statesValue = (sentence: string): boolean => statesCount(sentence, true) || DECIMAL_ALONE.test(sentence) || statesHedgedNumber(sentence);

/** A decimal written from its point, as a price or an average is ("$.07 per mile", "hit .300"), which `statesCount` reads as no number. */
const DECIMAL_ALONE = /(?<![\p{L}\p{N}.,])\$?\.\d/u;

/**
 * Whether a text gives a number in words with a word that bounds or rounds it, as the figures read one ("nearly
 * one-half", "some forty"), or as a range of two ("eight or ten of these", "two to three"): an amount stated, though no
 * figure was taken from it (a number word alone, "one of the", is too common to say so; a range is the writer's guess
 * at a count, as a hedge is).
 */
function statesHedgedNumber(text: string, measures: readonly Measure[] = []): boolean {
  const numbers = numbersOf(text);
  // One in a unit of no measure asked is none ("less than one hundred feet" for a time, `amountOfOtherMeasure`).
  return numbers.some((number, at) => number.words !== undefined && !amountOfOtherMeasure(text, number.end, measures) && (qualifierBefore(text.slice(0, number.start)) !== null || SAY_BEFORE.test(text.slice(0, number.start)) || isWordRange(text, number, numbers[at + 1])));
}

/**
 * "Say" opening a sentence or a clause before a number, the writer's estimate ("The estimates vary widely on the
 * strength of the Chinese army. Say four million."; "a few men, say, ten"): not "they say" or "I'd say", a report.
 */
const SAY_BEFORE = /(?:^|[.!?,;:(—–-]|--)\s*["“]?say,?\s*$/iu;

/**
 * Two numbers in words joined as a range that counts: "eight or ten of these", "two to three" (not "one to one", nor
 * "ten to one", odds). Not one a unit follows ("three or four years", "two or three miles"): a measure, which
 * `statesMeasure` reads where one is asked, and no count of the delegates of a congress.
 */
function isWordRange(text: string, low: NumberToken, high: NumberToken | undefined): boolean {
  return high !== undefined && high.words !== undefined && high.value > low.value && WORD_RANGE_JOIN.test(text.slice(low.end, high.start)) && !UNIT_AFTER.test(text.slice(high.end, high.end + 24));
}

const WORD_RANGE_JOIN = /^\s+(?:or|to)\s+$/;
const UNIT_AFTER = new RegExp(String.raw`^\s+(?:${UNIT_PLURAL_SOURCE}|${UNIT_SOURCE})\b`, 'i');
