import {
  isPluralNoun,
  measureBefore,
  measureOfAfter,
  numberOfContext,
  participleBefore,
  perThousandContext,
  pluralOf,
  readNameBeforeModifiers,
  readNounPhrase,
  walkBackPhrase,
  wordsBefore,
  type NounPhrase,
} from './measures.ts';
import type { Span } from './sentences.ts';
import { isHyphenedWordCount } from './hyphened-words.ts';
import { isCountingWord, isDateOrTime, isNameOrProportion, isReferenceNotCount, isTimeAgo, MEASURE_HYPHEN } from './non-figures.ts';
import { findNumbers, isHalfOfOne, NUMBER_SOURCE, scaleSharedInWords, scaleValue, valueOfNumber, type NumberToken } from './numbers.ts';
import { impliedCurrency, isRespectively, skipListMembers } from './lists.ts';
import { sumNamedUnit, unsignedSumUnit } from './unsigned-sums.ts';
import { readBareScore } from './scores.ts';
import { groupCountedBefore } from './groups-of-persons.ts';
import { isHalfNoShare } from './half-share.ts';
import { pairedCountNoun } from './paired-counts.ts';
import { pastClosingQuote, unquotedAfter } from './quoted-nouns.ts';
import { readAbbreviatedUnit } from './abbreviated-units.ts';
import { MONEY_UNITS, readCurrencyAfter, readCurrencyBefore } from './currencies.ts';
import { COMPARED_SOURCE } from './years.ts';
import { isIrregularVerbForm } from '../search/irregular.ts';
import { wordNetLexicon } from '../search/lexicon.ts';
import { gappedClauseVerb, isVerb } from './gapped-clauses.ts';
import { isFormOfSameVerb } from './verb-forms.ts';
import { isAgesBefore, isBetweenAgesBefore } from './age-ranges.ts';
import { DEFAULT_ENGINE_OPTIONS, type FigureOptions } from '../options.ts';
import type { FigureQualifier, FigureUnit } from '../types.ts';

/** One figure read at a number token, with offsets into the passage text. */
export interface Reading {
  readonly value: number;
  readonly valueMax?: number;
  readonly unit: FigureUnit;
  readonly measure: string;
  readonly qualifier?: FigureQualifier;
  readonly raw: string;
  /** Where `raw` starts. */
  readonly start: number;
  /** Where the number itself starts (after a qualifier or currency sign). */
  readonly numberStart: number;
  /** Where everything read for this figure ends: unit, range end or noun phrase. */
  readonly end: number;
}

/** Words that bound or round a number: "more than", "about", "at least". */
const BOUND_WORDS = String.raw`more than|over|above|in excess of|upwards of|higher than|greater than|less than|fewer than|under|below|lower than|about|around|approximately|roughly|nearly|almost|some|close to|at least|no less than|not less than|at most|up to|no more than|not more than`;
const QUALIFIER = new RegExp(String.raw`(?<!\p{L})(${BOUND_WORDS}|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|pass(?:es|ed)|topped)\s+$`, 'iu');
/** How far before a number its bounding or rounding word is looked for. */
const QUALIFIER_REACH = 30;

/** The word that bounds or rounds a number ("nearly", "close to", "more than"), read on the text up to the number; null if none. */
export function qualifierBefore(textBefore: string): RegExpExecArray | null {
  return QUALIFIER.exec(textBefore.slice(-QUALIFIER_REACH));
}
const QUALIFIERS: ReadonlyMap<string, FigureQualifier> = new Map([
  ...['more than', 'over', 'above', 'in excess of', 'upwards of', 'higher than', 'greater than'].map((w) => [w, 'more-than'] as const),
  ...['less than', 'fewer than', 'under', 'below', 'lower than'].map((w) => [w, 'less-than'] as const),
  ...['about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'close to'].map((w) => [w, 'about'] as const),
  ...['at least', 'no less than', 'not less than'].map((w) => [w, 'at-least'] as const),
  ...['at most', 'up to', 'no more than', 'not more than'].map((w) => [w, 'at-most'] as const),
]);
const UNIT_AFTER: readonly (readonly [RegExp, FigureUnit])[] = [
  [/^\s+percentage[\s-]points?\b/i, 'percentage-points'],
  // "75 per centum of the difference": the statute book's percent; "a 76-per-cent reduction", hyphened through.
  [/^(?:\s?%|[\s-]?(?:per[\s-]?cent(?:um)?|percent|pct)\b)/i, 'percent'],
  [/^\s?(?:‰|per\s+(?:thousand|1,000|mille)\b)/i, 'per-thousand'],
  [/^-(?:minutes?|mins?)\b/i, 'minutes'],
  // "a 16-year-old", and "Your 16 year old son" with its hyphens left out: an age.
  [/^(?:-years?(?:-old)?|\s+year[-\s]old)\b/i, 'years'],
  [/^-months?\b/i, 'months'],
  // "12 times", "a 2.5-fold rise", "threefold": a multiple.
  [/^(?:\s+times\b|[-\s]?fold\b)/i, 'times'],
];
/** ", or 19.8 percent": what follows restates the number before it in other terms. */
const RESTATED = /^\s*,\s*or\s/i;
/** "12 of them have been delivered": a count of things named before. */
const PARTITIVE = /^\s+of\s+(?:them|these|those|which|whom|us|ours|theirs)\b/i;
/**
 * "Of these exhibits, 154 were newly constructed", "Of the 885 specimens mounted, 254 were prepared for others", "Of
 * 1,253 issues traded, 695 advanced and 354 declined": a sentence that opens with its group counts the parts its
 * numbers then stand for, before their verbs.
 */
const GROUP_OPENING = /^[\s"“(]*Of\s+((?:the|these|those|its|their|this|that|\d[\d,]*)\s+[^,;:]{1,60}?|these|those|them),\s*(?:\d[\d,]*\s+\p{Ll}+(?:\s+\p{Ll}+)?,?\s+(?:and\s+)?)?$/iu;
/**
 * A verb right after a number, an auxiliary among them ("nineteen did not answer", "All three must agree"), or a
 * regular past ("Of these, 154 advanced", "12 died", too short for the ending's pattern): what it counts was named
 * before. An irregular past is read by `isVerbAfter`.
 */
const AUXILIARY_OR_REGULAR_VERB_AFTER =
  /^\s+(?:(?:only|also|still|then)\s+)?(?:were|was|are|is|had|have|has|did|do|will|would|could|can|must|should|might|died|remain(?:ed|s)?|\p{Ll}{3,}ed)\b/u;
/** The word after a number (past an adverb), and the word after that. */
const WORDS_AFTER = /^\s+(?:(?:only|also|still|then)\s+)?(\p{Ll}+)\b(?:\s+(\p{Ll}+)\b)?/u;

/**
 * A verb right after a number: an auxiliary or a regular past, or an irregular past or participle (WordNet's list,
 * `isIrregularVerbForm`: "Of these, 376 said", "Five held for trial", "three found"), unless a plural noun follows it,
 * which it then modifies as an adjective ("six beaten eggs", "four fried eggs"; the hand list this replaced named 26
 * pasts, and missed "five swam the river").
 */
function isVerbAfter(after: string): boolean {
  if (AUXILIARY_OR_REGULAR_VERB_AFTER.test(after)) return true;
  const [, word, next] = WORDS_AFTER.exec(after) ?? [];
  return word !== undefined && isIrregularVerbForm(word) && (next === undefined || !isPluralNoun(next));
}

/** The word after a number, as its unit. */
const SINGULAR_UNIT = /^\s+(\p{Ll}+)(?![\p{L}\p{N}'’-])/u;
/**
 * "of the 150", "of its", "of his" ("two of his sons"), "of the mayor's", "of our nation's" (the possessive tried first),
 * and "of eight" ("Seven of eight companies"): what stands between a part and its group.
 */
const PART_OF_GROUP = new RegExp(String.raw`^\s+of\s+(?:(?:(?:(?:the|its|their|our|his|her|my|your)\s+)?\p{L}+['’]s|the|its|their|our|his|her|my|your|these|those)\s+(?:(?:${NUMBER_SOURCE})\s+)?|(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+hundred)\s+)`, 'iu');
/** "the Scots", "the Democrats", "the Yankees": a capitalised plural, not a name in the possessive ("the Bank's"). */
const NAMED_GROUP = /^\p{Lu}\p{Ll}+(?<!['’]s)(?<![su]s)s(?![\p{L}'’])/u;
/** "85 cents", "the 64-cent dividend": hundredths of the currency the sentence counts in, dollars unless it names another. */
const CENTS_AFTER = /^(?:\s+|-)(?:cents?|pence)\b/i;
/** "20 degrees below zero": the words after a temperature that put it under zero. */
const BELOW_ZERO_AFTER = /^\s+below\s+zero\b/i;
/** "negative 3.2%", "minus 4", "−0.5": a value below zero. */
const NEGATIVE_BEFORE = /(?:\b(?:negative|minus)\s+|(?:^|[\s(])[-−–])$/i;
const RATIO = /^\s?:\s?(\d+(?:\.\d+)?)(?![\d:]|\s?(?:a\.?m\b|p\.?m\b))/i;
/** "a ratio … of 1 to 23", "odds of 3 to 1": a ratio written with "to", read as one only where the sentence names a ratio. */
const RATIO_TO = /^\s+to\s+(\d+(?:\.\d+)?)(?![\d.,]?\d|\s?%|\s+(?:per\s?cent|percent)\b)/i;
const NAMES_RATIO = /\b(?:ratios?|proportions?|odds)\b/i;
/**
 * "Psalm 27: 1", "1 St. John 5: 1", "Ephesians 2: 1": a number right after a capitalised word numbers a part of what
 * that word names, and the colon divides that part again (chapter and verse); it is no ratio unless the sentence names one.
 */
const NAMED_PART_BEFORE = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+\s+$/u;
/**
 * The verse of such a chapter and verse, the number after "Psalm 27:", and the minutes of a clock time, "25" in "At
 * 7:25 two hotel doormen came" (its hour is read as a time): the second half of a number the colon divides.
 */
const AFTER_DIVIDING_COLON = /(?:(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+\s+\d+:\s?|(?<![\d.,:])\d{1,2}:)$/u;
/** "a minimum of", "a high of": the word that names a range's end, before its number ("from a minimum of 13 to a maximum of 47"). */
const RANGE_END_NAMED = String.raw`(?:an?\s+)?(?:minimum|maximum|low|high)\s+of\s+`;
/**
 * "2 to 3 million", and "5% to 50%" with the percent sign written on both ends (`repeated`); "four or even five years
 * old", a guess's upper end stretched by "even" or "perhaps"; "to a maximum of 47", the end named.
 */
const RANGE = new RegExp(
  String.raw`^(?<repeated>\s?%|\s+per\s?cent|\s+percent)?\s*(?:(?:to|and)\s+${RANGE_END_NAMED}|to|-|–|—|and|or(?:\s+(?:even|perhaps|possibly|maybe))?)\s*[$€£¥]?${NUMBER_SOURCE}`,
  'iu',
);
/** "one to 80": "to" between a number in words and one in digits. */
const WORDS_TO_DIGITS = /^\s+to\s+\d/;
const PERCENT_AFTER = /^(?:\s?%|\s+per\s?cent|\s+percent)/i;
const OF_ONE_UNIT = /^\s+of\s+an?\s+(\p{Ll}+)\b/iu;
const OF_ONE_PERCENT = /^\s+of\s+(?:1|one)(?:\s?%|\s+per\s?cent|\s+percent)/i;
/** "from 12.4 to 3.2 percent": the start of a change, which takes the unit written on its end. */
const CHANGE_TO = new RegExp(String.raw`^\s*to\s+(?:[$€£¥]\s?)?(?:${NUMBER_SOURCE})`, 'iu');
const FROM_BEFORE = /\bfrom\s+$/i;
/** A year a change's end is dated by: "from 2,417 in 1831 to 4,369 in 1840". */
const DATED = String.raw`(?:\s+in\s+(?:1[5-9]\d\d|2[01]\d\d))?`;
/**
 * "from 12.4 percent to ": the start of a change and the unit written on it, before the change's end; the start may
 * have its year ("a population ranging from 638,560 persons in 1941 to 840,503 in 1956") or a bound ("from less than
 * 4 feet to nearly 10").
 */
const CHANGE_END_BEFORE = new RegExp(String.raw`\bfrom\s+(?:(?:${BOUND_WORDS})\s+)?(?:${NUMBER_SOURCE})(?<unit>\s?%|\s+per\s?cent|\s+percent|\s+\p{L}+)${DATED}\s+to\s+$`, 'iu');
const CHANGE_VERB = String.raw`\b(?:r(?:ose|isen?|ises|ising)|upp(?:ed|ing)|boost\w*|hik(?:e|es|ed|ing)|increas\w*|grew|grow\w*|fell|fall\w*|dropp?\w*|declin\w*|decreas\w*|jump\w*|climb\w*|advanc(?:e|es|ed|ing)|gain(?:s|ed|ing)?|went|soar\w*|plung\w*|surg\w*|reduc\w*|cut(?:s|ting)?|rais\w*|lower\w*|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|quadrupl(?:e|es|ed|ing)|halv(?:e|es|ed|ing))`;
/** A change named by a noun of its verb: "a four-fold increase", "a tenfold rise", "a threefold reduction". */
const CHANGE_NOUN = new RegExp(String.raw`^${CHANGE_VERB}$`, 'i');

/**
 * "his three-fold energy as a historian, a poet and a singer", "a threefold division of costs", "a twofold reference":
 * "-fold" before a noun that names no change tells of how many parts or kinds the thing is, not a multiple ("a
 * four-fold increase", "increased almost twofold", "several thousand-fold more toxic" are).
 */
function isFoldOfParts(afterFold: string): boolean {
  const phrase = readNounPhrase(afterFold);
  const first = phrase?.words[0];
  return first !== undefined && /^\p{Ll}/u.test(first) && !CHANGE_NOUN.test(first);
}

/** "rose to 2,418 units from 869": the start of a change written after its end, in the end's unit. */
const CHANGE_START_AFTER_END = new RegExp(String.raw`${CHANGE_VERB}\s+to\s+(?:[$€£¥]\s?)?(?:${NUMBER_SOURCE})(?<unit>\s?%|\s+per\s?cent|\s+percent|\s+\p{L}+)\s+from\s+$`, 'iu');
/** A word after a change's end that is no unit of it: "from six to five to eliminate one seat", "from 3 to 4 in a week". */
const WORD_AFTER_CHANGE_END = String.raw`(?:to|in|on|at|by|for|and|or|but|as|after|before|since|when|while|during|last|this|next)`;
/**
 * "increased from 2,417 in 1831 to …": the start of a change between two bare numbers, each perhaps with its year,
 * the end perhaps a rate of a period ("hours of work have declined from 60 to 40 a week").
 */
const BARE_CHANGE_START_AFTER = new RegExp(
  String.raw`^${DATED}\s+to\s+(?:${NUMBER_SOURCE})${DATED}(?![\p{L}\p{N}%$€£¥-]|\s+(?!(?:a|an|per|each)\s+(?:hour|day|week|month|year)\b|${WORD_AFTER_CHANGE_END}\b)(?:per\s?cent|percent|\p{L}))`,
  'iu',
);
/** "… from 2,417 in 1831 to ": the end of such a change, and the verb it hangs on. */
const BARE_CHANGE_END_BEFORE = new RegExp(String.raw`${CHANGE_VERB}\s+(?<object>(?:\S+\s+){0,4})from\s+(?:${NUMBER_SOURCE})${DATED}\s+to\s+$`, 'iu');
/**
 * "rose from 3 to 5", "hike the state sales tax from 2 per cent to 3 per cent": a change, not a range; the verb may
 * take an object of a few words before "from".
 */
const CHANGE_FROM = new RegExp(String.raw`${CHANGE_VERB}\s+(?<object>(?:\S+\s+){0,4})from\s+$`, 'i');
/**
 * "increases ranging from 5% to 50%": "ranging" or "varying" makes the two ends a range, whatever verb came before, and
 * in whichever order they are written ("ranged from 9.8 to 2.6 days"), as does "between" ("between 12 and 8").
 */
const RANGING_FROM = new RegExp(String.raw`\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+(?:${RANGE_END_NAMED})?$`, 'i');
const BETWEEN_BEFORE = new RegExp(String.raw`\bbetween\s+(?:${RANGE_END_NAMED})?$`, 'i');
/**
 * "increased $625,561 to $8,313,514", "was reduced by 2 million to 15 million": the change and the level it led to,
 * when the first number is whole on its own (a scale word, or 1,000 and more). "rose by 2 to 3 percent" is a range.
 */
const CHANGE_BY = new RegExp(String.raw`${CHANGE_VERB}\s+(?:by\s+)?$`, 'i');
/**
 * "The Dow Jones industrial average advanced 7.19 to 687.87": after a verb of change, two numbers an order of magnitude
 * apart are the change and the level it led to; a range's ends are of one order ("rose 2 to 3 percent", "10 to 100").
 */
const LEVEL_OVER_CHANGE = 10;
const isChangeAndLevel = (change: number, level: number): boolean => change > 0 && level > change * LEVEL_OVER_CHANGE;
/** "advanced 7.19 to 687.87": the change's end, a bare number after "to". */
const LEVEL_AFTER = new RegExp(String.raw`^\s+to\s+(?:${NUMBER_SOURCE})(?![\p{L}\p{N}%$€£¥-]|\s+(?:per\s?cent|percent))`, 'iu');
/** "… advanced 7.19 to ": the change before a level, and the verb it hangs on. */
const CHANGE_BEFORE_LEVEL = new RegExp(String.raw`${CHANGE_VERB}\s+(?:by\s+)?(?:${NUMBER_SOURCE})\s+to\s+$`, 'iu');

/**
 * "Fairchild Camera gained 2-1/2 each", "Gains of 2-3/4 were posted": a bare number right after a verb of change, or
 * after "gains of", with no noun after it, is the size of the change (a price's points).
 */
const CHANGE_SIZE_AFTER = /^(?:\s+each)?(?:\s*[.,;:]|\s+(?:and|but|or|in|on|at|for|as|while|after|before|from|were|was|are|is)\b)/i;
const CHANGE_NOUN_OF = /\b(gains?|loss(?:es)?|advances?|declines?|drops?|rises?|increases?|decreases?)\s+of\s+$/i;

/** A number with no unit or noun is a figure only after a verb of quantity: "has exceeded 120,000". */
const QUANTITY_VERB = new RegExp(
  String.raw`\b(?:reach(?:es|ed|ing)?|exceed(?:s|ed|ing)?|surpass(?:es|ed)?|total(?:s|ed|led|ling)?|hits?|st(?:ood|ands?)\s+at|amount(?:s|ed)?\s+to|numbered|employ(?:s|ed)?|is|are|was|were|be|been)\s+$|${CHANGE_VERB}\s+to\s+$`,
  'i',
);
/** "1 USD to 7.14 RMB", "£1 = $1.27": the one unit an exchange rate is quoted against. */
const RATE_BASE_AFTER = /^\s*(?:to|=|:|equals?|buys?|bought|for)\s*(?:approx\.?\s*|about\s+|around\s+)?(?:[$€£¥₹₩₽]|\d)/i;
/**
 * "numbered 100", "New highs totaled nine": a verb that counts its subject (a sum of money has its sign, read before);
 * "employs about 65": one that counts the people its subject employs.
 */
const COUNTING_VERB = /\b(?:numbered|total(?:s|l?ed)|employ(?:s|ed)?)\s+$/i;
/** "a replacement rate of 2.1", "an index of 0.47": a bare number that a rate or level names. */
const RATE_OF = /\b(?:rate|ratio|index|coefficient|multiplier|level)\s+of\s+$/i;
/**
 * "an average of more than one hundred in each county", "a total of 603", "a circulation of 90,000", "a crew of 12",
 * "new car sales of 4,441", "A brood of twenty-eight", "a litter of five": a bare number an amount, a body of people,
 * a group of animals or a quantity traded names; in the plural too, each of several ("cities with populations of
 * 300,000").
 */
const AMOUNT_OF = /\b(?:(?:average|total|maximum|minimum|median|peak|population|circulation|enrollment|membership|attendance|staff|crew|garrison|brood|litter|herd|flock|output|production)s?|capacit(?:y|ies)|clutch(?:es)?|sales|shipments|deliveries|registrations|exports|imports)\s+of\s+$/i;
/**
 * "populations of 300,000 and more,", "a factor of 10 or more.": "and more" or "or more" that ends a clause right after
 * the number makes it a floor, as "150 or more pupils" does before its noun (`findNumbers`).
 */
const FLOOR_AT_CLAUSE_END = /^\s+(?:and|or)\s+more(?=\s*(?:[,;:.)]|$))/i;
/** Units written out, which make even a year-like number or "one" a figure: "2000 yuan", "one percent". */
const EXPLICIT_UNITS = new Set<FigureUnit>([...MONEY_UNITS, 'percent', 'percentage-points', 'per-thousand']);

/** How far back the sentence before a number's is looked for (a sentence's length, about). */
export const PREVIOUS_SENTENCE_REACH = 300;
/** The last sentence of a passage's text before a sentence: after the last end of a sentence in it, if any. */
export function lastSentenceOf(textBefore: string): string {
  const ends = [...textBefore.trimEnd().matchAll(/[.!?]["”)]?\s+(?=["“(]?\p{Lu})/gu)].at(-1);
  return ends === undefined ? textBefore : textBefore.slice(ends.index + ends[0].length);
}

/** The figure at a number token, or null when the number is not one (a date, a name, an ordinal...). */
export function readFigureAt(
  text: string,
  sentence: Span,
  token: NumberToken,
  options: FigureOptions = DEFAULT_ENGINE_OPTIONS.figures,
  currency: () => FigureUnit | undefined = () => undefined,
): Reading | null {
  const before = text.slice(sentence.start, token.start);
  if (token.words !== undefined && !isCountingWord(text, sentence, token, before, options.minHyphenedWordCount)) return null;
  if (isDateOrTime(text, token, before) || isTimeAgo(text, token.end, token.value, options.minYearsAgoAsAge)) return null;
  if (AFTER_DIVIDING_COLON.test(before.slice(-40)) && (/^\d\d$/.test(text.slice(token.start, token.end)) || !NAMES_RATIO.test(text.slice(sentence.start, sentence.end)))) return null;
  // "the first three quarters" (of a year) and "two quarters in a row" are periods: a fraction written with a space is a
  // share only of something ("three quarters of the land"); hyphened ("two-thirds majorities") it is one anyway.
  if (token.fraction && /\s/.test(text.slice(token.start, token.end)) && !/^\s+of\b/i.test(text.slice(token.end, sentence.end))) return null;
  if (token.fraction && /^half$/i.test(text.slice(token.start, token.end)) && isHalfNoShare(text.slice(token.end, sentence.end), qualifierBefore(before) !== null)) return null;

  const prefix = readCurrencyBefore(before);
  const prefixUnit = prefix?.unit;
  if (prefixUnit === null || (token.suffix !== undefined && prefixUnit === undefined)) return null;
  const prefixStart = token.start - (prefix?.length ?? 0);
  const beforePrefix = text.slice(sentence.start, prefixStart);
  const qualifierMatch = qualifierBefore(beforePrefix);
  const qualifierWords = qualifierMatch?.[1]?.toLowerCase();
  // "exceeded 100,000 yuan" (or "passed", "topped") bounds the figure, but the verb is not part of how it is written.
  const qualifierIsVerb = qualifierWords !== undefined && /^(?:exceed|surpass|pass|topped)/.test(qualifierWords);
  const qualifier = qualifierWords === undefined ? (text[token.end] === '+' || FLOOR_AT_CLAUSE_END.test(text.slice(token.end, sentence.end)) ? 'at-least' : token.boundAfter) : (QUALIFIERS.get(qualifierWords) ?? 'more-than');
  const qualifierLength = qualifierMatch?.[0].length ?? 0;
  const textBefore = beforePrefix.slice(0, beforePrefix.length - qualifierLength);

  const range = readRange(text, sentence, token, beforePrefix);
  if (range !== undefined && isTimeAgo(text, range.end, range.valueMax, options.minYearsAgoAsAge)) return null;
  const value = range?.scaledValue ?? token.value;
  // "12,900+ RMB": at least the number written.
  const plus = range === undefined && text[token.end] === '+';
  const afterStart = (range?.end ?? token.end) + (plus ? 1 : 0);
  const after = text.slice(afterStart, sentence.end);
  const sentenceText = text.slice(sentence.start, sentence.end);
  const previousSentence = lastSentenceOf(text.slice(Math.max(0, sentence.start - PREVIOUS_SENTENCE_REACH), sentence.start));
  const unitRead = readUnit(after, { prefixUnit, value, token, sentence: sentenceText, before: textBefore, previousSentence, qualifierIsVerb, options, currency });
  if (unitRead === null) return null;
  // "2012" and "one" are figures only with a unit that says so ("1600 kc.", a unit written short, among them): otherwise
  // a year, or "one of". ("one to five years" is a range from one.)
  const unitSaysSo = EXPLICIT_UNITS.has(unitRead.unit) || readAbbreviatedUnit(after) !== null || isBoundedCount(qualifierWords, unitRead) || isTermOfOne(textBefore, qualifierWords, unitRead) || unitRead.joined === true;
  if ((token.yearLike || (token.words?.toLowerCase() === 'one' && range === undefined)) && !unitSaysSo) return null;
  if (unitRead.unit === 'count' && unitRead.gapped !== true && isNameOrProportion(beforePrefix, token.words, unitRead.head)) return null;
  // "two or more numbers": a floor of two things says no more than the plural does (several), as "one or more" says some.
  if (unitRead.unit === 'count' && token.boundAfter === 'at-least' && value <= 2) return null;
  if ((unitRead.unit === 'count' || unitRead.unit === 'years' || unitRead.unit === 'months') && isReferenceNotCount(text, token, beforePrefix, unitRead.head ?? '')) return null;

  // "thirty-five degrees below zero": a temperature under zero, read negative with its words (a range's ends swap).
  const belowZero = (unitRead.head ?? unitRead.measure).startsWith('degrees') ? BELOW_ZERO_AFTER.exec(text.slice(afterStart + unitRead.length, sentence.end)) : null;
  const end = afterStart + unitRead.length + (belowZero?.[0].length ?? 0);
  if (value === 1 && MONEY_UNITS.includes(unitRead.unit) && RATE_BASE_AFTER.test(text.slice(end, sentence.end))) return null;
  const sign = range === undefined ? NEGATIVE_BEFORE.exec(beforePrefix.slice(-10)) : null;
  const signLength = sign === null ? 0 : sign[0].trimStart().replace(/^\(/, '').length;
  const start = qualifierIsVerb ? prefixStart - signLength : prefixStart - Math.max(qualifierLength, signLength);
  const read = (sign === null ? 1 : -1) * (unitRead.value ?? value);
  // "two-thirds or three-fourths" (66.7 to 75 per cent), "two or three decades" (20 to 30 years), "0.8 to 5 cents"
  // (dollars): a unit that rescales the number rescales the range's upper end alike (a unit joined on, "5 feet 3
  // inches", adds, not scales), to twelve digits, where the float of a division ends ("5 cents" is 0.05, not
  // 0.049999999999999996).
  const valueMax = range === undefined ? undefined : unitRead.value === undefined || unitRead.joined === true || value === 0 ? range.valueMax : Number(((range.valueMax * unitRead.value) / value).toPrecision(12));
  return {
    value: belowZero === null ? read : -(valueMax ?? read),
    ...(valueMax === undefined ? {} : { valueMax: belowZero === null ? valueMax : -read }),
    unit: unitRead.unit,
    measure: unitRead.measure,
    ...(qualifier === undefined ? {} : { qualifier }),
    raw: text.slice(start, end),
    start,
    numberStart: token.start,
    end,
  };
}

/** Words that bound a quantity and never a year: "more than 2000 copies" (where "about 1850", "over 1960 levels" and "some 1955 references" may date). */
const COUNT_BOUND = new Set(['more than', 'fewer than', 'less than', 'nearly', 'almost', 'approximately', 'roughly', 'at least', 'upwards of', 'in excess of']);

/** A year-like number a bound of quantity puts before a plural noun counts it: "More than 2000 copies have been sent". */
function isBoundedCount(qualifierWords: string | undefined, unitRead: UnitRead): boolean {
  return qualifierWords !== undefined && COUNT_BOUND.has(qualifierWords) && unitRead.unit === 'count' && unitRead.head !== undefined && isPluralNoun(unitRead.head);
}

/**
 * "for one month", "approximately one month": how long something lasts, a term (where "one day" alone is a time, "one
 * of" a pronoun); a bound of quantity before "one" says it is one, as "for" does.
 */
const FOR_BEFORE = /\bfor\s+$/i;
const PERIOD_OF_ONE = /^(?:year|month|week|day|night|hour|minute)$/;

function isTermOfOne(before: string, qualifierWords: string | undefined, unitRead: UnitRead): boolean {
  return (FOR_BEFORE.test(before) || (qualifierWords !== undefined && COUNT_BOUND.has(qualifierWords))) && PERIOD_OF_ONE.test(unitRead.head ?? '');
}

/** "200,000 to 600,000 yuan": the upper bound, with a scale written only on it applied to both ("2 to 3 million"). */
function readRange(
  text: string,
  sentence: Span,
  token: NumberToken,
  before: string,
): { scaledValue: number; valueMax: number; end: number } | undefined {
  const match = RANGE.exec(text.slice(token.end, sentence.end));
  const groups = match?.groups;
  if (match === null || groups === undefined || (CHANGE_FROM.test(before.slice(-60)) && !RANGING_FROM.test(before.slice(-45)))) return undefined;
  // "the ratio … has varied from 1 to 22": in a sentence that names a ratio, "1 to 22" is one (see `RATIO_TO`).
  if (NAMES_RATIO.test(text.slice(sentence.start, sentence.end)) && RATIO_TO.test(text.slice(token.end, sentence.end)) && (token.value === 1 || valueOfNumber(groups) === 1)) return undefined;
  if (/^\s*to\b/i.test(match[0]) && (token.scaled || token.value >= 1000 || isChangeAndLevel(token.value, valueOfNumber(groups))) && CHANGE_BY.test(before.slice(-30))) return undefined;
  const between = BETWEEN_BEFORE.test(before) || isBetweenAgesBefore(before);
  if (/^\s*and/i.test(match[0]) && !between) return undefined;
  // "one to 80 horsepower": a low end in words may run to a high end in digits after "to"; the other mixes are no range.
  if ((groups['words'] === undefined) !== (token.words === undefined) && !(token.words !== undefined && WORDS_TO_DIGITS.test(match[0]))) return undefined;
  if (groups['repeated'] !== undefined && !PERCENT_AFTER.test(text.slice(token.end + match[0].length, sentence.end))) return undefined;
  const scale = groups['scale'] ?? groups['suffix'];
  const valueMax = valueOfNumber(groups);
  const scaledValue =
    token.words !== undefined && groups['words'] !== undefined
      ? token.value * scaleSharedInWords(token.words, groups['words'])
      : scale !== undefined && !token.scaled && token.words === undefined
        ? token.value * scaleValue(scale)
        : token.value;
  if (!Number.isFinite(valueMax) || valueMax === scaledValue) return undefined;
  const end = token.end + match[0].length;
  if (valueMax > scaledValue) return { scaledValue, valueMax, end };
  // Written high to low, the two ends are a range only where the sentence says so; "from 9 to 3" alone may be a fall.
  return between || RANGING_FROM.test(before.slice(-45)) ? { scaledValue: valueMax, valueMax: scaledValue, end } : undefined;
}

/** "40 mg. daily", "510 gm.", "3.8 mEq. per liter", "a 6-hr. period": a unit written short, whole number or not. */
function readAbbreviation(after: string): UnitRead | null {
  const abbreviated = readAbbreviatedUnit(after);
  return abbreviated === null ? null : { unit: 'count', measure: abbreviated.unit, length: abbreviated.length };
}

interface UnitRead {
  readonly unit: FigureUnit;
  /** The value the unit gives the number, when it changes it: "3:2" is 1.5. */
  readonly value?: number;
  readonly measure: string;
  /** How many characters of `after` the unit or noun phrase takes. */
  readonly length: number;
  /** The noun a count counts ("provinces"), or the period of a duration ("years"). */
  readonly head?: string;
  /** Two units joined into one measure ("5 feet 3 inches", "one year and nine months"), which says its unit twice. */
  readonly joined?: true;
  /** The second of a gapped pair ("…, Roger Maris 41"), whose name before it is the clause's subject, not a label. */
  readonly gapped?: true;
}

/**
 * What reading a number's unit needs besides the text after it: the currency written before it, the
 * number's value and token, its sentence, the words before it (qualifier left out), and whether a verb
 * such as "exceeded" bounds it. A list's last member and a change's end are read with the same.
 */
interface UnitContext {
  readonly prefixUnit: FigureUnit | undefined;
  readonly value: number;
  readonly token: NumberToken;
  readonly sentence: string;
  readonly before: string;
  /** The sentence before the number's, in the same passage ("" for the first): a parallel sentence's count. */
  readonly previousSentence: string;
  readonly qualifierIsVerb: boolean;
  readonly options: FigureOptions;
  /** The currency the document counts in, for a sum written without one (see `unsigned-sums.ts`). */
  readonly currency: () => FigureUnit | undefined;
}

const LOWER_CASE_WORD_BEFORE = /\p{Ll}\s+$/u;

/** The unit after the number and what the figure measures; null when it is no figure. */
function readUnit(after: string, at: UnitContext): UnitRead | null {
  const { prefixUnit, value, token, sentence, before, qualifierIsVerb, options } = at;
  if (token.multiple === true) return readMultiple(after, before, qualifierIsVerb);
  // ".8 of 1 per cent", "one-half of one per cent": a part of one percent is that many percent.
  const ofOnePercent = OF_ONE_PERCENT.exec(after);
  if (ofOnePercent !== null) return { unit: 'percent', value, measure: measureOf(before, after.slice(ofOnePercent[0].length), qualifierIsVerb, true) ?? 'share', length: ofOnePercent[0].length };
  // "five tenths of a second", "a quarter of a century": a part of one unit is that much of it (0.5 second, 25 years).
  const ofOne = token.fraction ? OF_ONE_UNIT.exec(after) : null;
  const unitWord = ofOne?.[1]?.toLowerCase();
  if (ofOne !== null && unitWord !== undefined) {
    // "a quarter of a million Germans": a part of a scale counts the noun after it.
    if (/^(?:dozen|hundred|thousand|million|billion|trillion)$/.test(unitWord)) {
      const rest = after.slice(ofOne[0].length);
      const money = readCurrencyAfter(rest);
      if (money !== undefined) return { unit: money.unit, value: value * scaleValue(unitWord), measure: measureOf(before, '', qualifierIsVerb, false) ?? 'amount', length: ofOne[0].length + money.length };
      const phrase = readNounPhrase(rest);
      const counted = phrase?.head == null ? null : readCount(phrase, rest, before, value);
      return { unit: 'count', value: value * scaleValue(unitWord), measure: counted?.measure ?? 'count', length: ofOne[0].length + (counted?.length ?? 0) };
    }
    const years = YEARS_IN[unitWord] ?? (unitWord === 'year' ? 1 : undefined);
    return years === undefined
      ? { unit: 'count', measure: unitWord, length: ofOne[0].length }
      : { unit: 'years', value: value * years, measure: measureBefore(before, false) ?? 'years', length: ofOne[0].length };
  }
  const outOf = token.words === undefined ? null : readShareOutOf(after, value);
  if (outOf !== null) return outOf;
  // "one-third of the funding" is the share 33.3%: a fraction in words is read as the percentage it is.
  if (token.fraction) return { unit: 'percent', value: value * 100, measure: measureOfAfter(after) ?? measureOf(before, after, qualifierIsVerb, false) ?? 'share', length: 0 };
  const cents = CENTS_AFTER.exec(after);
  if (cents !== null && prefixUnit === undefined) {
    const unit = /pence/i.test(cents[0]) ? 'gbp' : (impliedCurrency(before) ?? 'usd');
    return { unit, value: value / 100, measure: measureOf(before, after, qualifierIsVerb, false) ?? 'amount', length: cents[0].length };
  }
  const money = readCurrencyAfter(after);
  if (prefixUnit !== undefined || money !== undefined) {
    const unit = prefixUnit ?? money?.unit ?? 'yuan';
    return { unit, measure: measureOf(before, after, qualifierIsVerb, false) ?? 'amount', length: money?.length ?? 0 };
  }
  const ratio = RATIO.exec(after) ?? (NAMES_RATIO.test(sentence) ? RATIO_TO.exec(after) : null);
  if (ratio !== null) {
    const divisor = Number(ratio[1]);
    const isRatio = divisor > 0 && (NAMES_RATIO.test(sentence) || ((ratio[1] === '1' || !Number.isInteger(value)) && !NAMED_PART_BEFORE.test(before)));
    if (!isRatio) return null;
    // "one car to 23 employees" (1:23) is 23 of the second for each one of the first, as an exchange rate "1 USD to 7.14
    // RMB" is 7.14; any other ratio is the first against one of the second ("3:2" is 1.5).
    const against = value === 1 && divisor > 1 ? divisor : value / divisor;
    return { unit: 'ratio', value: against, measure: measureOf(before, after, qualifierIsVerb, false) ?? 'ratio', length: ratio[0].length };
  }
  for (const [pattern, unit] of UNIT_AFTER) {
    const unitMatch = pattern.exec(after);
    if (unitMatch === null) continue;
    if (unit === 'times' && /fold$/i.test(unitMatch[0]) && isFoldOfParts(after.slice(unitMatch[0].length))) return null;
    return { unit, measure: measureOfUnit(unit, unitMatch[0], before, after.slice(unitMatch[0].length), qualifierIsVerb), length: unitMatch[0].length };
  }
  const degrees = readDegrees(after);
  if (degrees !== null) return degrees;
  if (after.startsWith('-')) return readSuspendedHyphen(after, value, token, options.minHyphenedWordCount) ?? readHyphened(after, value, token, options.minHyphenedWordCount);
  // "the fifty square-mile lake": a power after a space, hyphened to its unit (see `MEASURE_HYPHEN`).
  const area = readMeasureModifier(after);
  if (area !== null) return area;
  const spaced = readSpacedTerm(after, at);
  if (spaced !== null) return spaced;
  const abbreviated = readAbbreviation(after);
  if (abbreviated !== null) return abbreviated;
  // A name with modifiers after it is read only after a number in words or a word in lower case ("operated three Havana
  // automobile service stations"), where no list item's number stands ("It pays: 4 Community visiting nurse services").
  const unquoted = unquotedAfter(after);
  const phrase = readNounPhrase(unquoted) ?? (token.words !== undefined || LOWER_CASE_WORD_BEFORE.test(before) ? readNameBeforeModifiers(after) : null);
  if (phrase !== null && (phrase.head !== null || value === 1)) {
    const counted = readCount(phrase, unquoted, before, value);
    return { ...counted, length: pastClosingQuote(after, counted.length) };
  }
  const listed = readListedModifierCount(after, before, value);
  if (listed !== null) return listed;
  // "0.5 gram", "4.3 mm", "half an hour": a number that is not whole takes its unit in the singular, the one word after it.
  const singular = phrase !== null && !Number.isInteger(value) && (token.words === undefined || isHalfOfOne(token.words)) ? SINGULAR_UNIT.exec(after) : null;
  if (singular?.[1] !== undefined) return { unit: 'count', measure: singular[1], length: singular[0].length };
  const partitive = PARTITIVE.exec(after);
  if (partitive !== null) return { unit: 'count', measure: partitive[0].trim(), length: partitive[0].length };
  const group = GROUP_OPENING.exec(before);
  if (group?.[1] !== undefined && !token.yearLike && isVerbAfter(after)) return { unit: 'count', measure: `of ${group[1].replace(/\s*\([^)]*\)/g, '').replace(/^(?:the|its|their)\s+/i, '')}`, length: 0 };
  const subject = readSubjectCount(before, after, token);
  if (subject !== null) return subject;
  const ofThe = readPartOfGroup(after);
  if (ofThe !== null) return ofThe;
  return (
    readListMember(after, at) ?? readModifiedMember(after, at) ?? readChangeStart(after, at) ?? readChangeEnd(at) ?? readGappedMember(before, after, token) ?? readAcrossAside(after, at) ?? readBareChange(after, before, token) ?? readBareScore(before, after, token) ??
    readScaled(after, before, token, qualifierIsVerb) ?? readUnsignedSum(before, after, at) ?? readDimension(before, token) ?? readBreakdown(before, after, token) ?? readRestatedShare(before, after, token) ?? readAge(before, after, token) ?? readDoersCount(after, token) ?? readMoreOfSame(before, after, token) ?? readComparedCount(before, after, token) ?? readPairedCount(before, after, token) ?? readRepeatedVerbCount(before, after, token, at.previousSentence) ??
    readBare(before, after, qualifierIsVerb, token, value, options.minBareCount) ?? readRateCount(before, after, at) ?? readGappedClause(before, after, token) ?? readElidedCount(before, after, token)
  );
}

/**
 * "three out of five skilled workers", "one out of every three Americans": after a number in words, "out of" and a
 * larger whole number (not the first of a range, "three or four") give a proportion, the share 60%, of the noun after.
 */
const OUT_OF = new RegExp(String.raw`^\s+out\s+of\s+(?:every\s+)?(?:${NUMBER_SOURCE})(?![\p{L}\p{N}]|\s+(?:or|to)\s)`, 'iu');

/** A proportion said in words ("nine out of ten times"), read as the percentage it is; null when there is none. */
function readShareOutOf(after: string, value: number): UnitRead | null {
  const match = OUT_OF.exec(after);
  const whole = match === null ? Number.NaN : valueOfNumber(match.groups);
  if (match === null || !Number.isInteger(whole) || whole <= value) return null;
  const phrase = readNounPhrase(after.slice(match[0].length));
  return { unit: 'percent', value: (value / whole) * 100, measure: phrase?.words.join(' ') ?? 'share', length: match[0].length + (phrase?.end ?? 0) };
}

/** "it would cost him 500": a sum in the document's currency, but for a year-like number or "one" (a pronoun as often). */
function readUnsignedSum(before: string, after: string, at: UnitContext): UnitRead | null {
  const unit = at.token.yearLike || at.token.words?.toLowerCase() === 'one' ? null : unsignedSumUnit(before, after, at.currency);
  return unit === null ? null : { unit, measure: measureBefore(before, false) ?? 'amount', length: 0 };
}

const SINGULAR_VERB_AFTER = /^\s+(?:is|was|has)\b/i;
/**
 * Where a clause opens: the sentence's start, or after "and" or "but", "all" or "only" before the number ("and only five
 * were opposed", "but only 2,887,671 are registered"). (After a colon or a semicolon a number is more often a part of a
 * count before it, see `readBreakdown`.)
 */
const CLAUSE_OPENING = /(?:^\s*|\b(?:and|but)\s+)["“(]?(?:(?:all|only)\s+)?$/i;
/**
 * "In reply to a question of whether they tax boats, nineteen said that they did", "In all, twenty voted", "Out of
 * many factors which might be cited, five are most important": a phrase that opens the sentence with a preposition or
 * an adverb of place, time or sum, up to a comma, leaves the clause to open after it.
 */
const OPENING_PHRASE = /^\s*["“(]?(?:in|on|at|of|out\s+of|from|among|after|before|by|for|since|during|besides|where|when|altogether|all\s+told)\b[^;:]*,\s*$/i;
/**
 * "Figures 3 and 4 have been constructed", "Boys 32, 23, 31, … and 24 had": an "and" after a number joins the next one to
 * it as the last of a list, which opens no clause of its own and is read as its first member is. (A year ends the clause
 * before: "It rose in 1959 and 12 came back".)
 */
const LIST_AND_BEFORE = /(?<![\p{L}\p{N}.,])(?!(?:1[5-9]|20)\d\d\b)\d+(?:\.\d+)?,?\s+and\s+$/u;

/**
 * "Two hundred and nineteen were received from 35 states and 11 came from foreign countries", "Three were doubles",
 * "All five pleaded innocent": a number opening its clause as the subject of its verb counts what the text named before
 * (not "one", a pronoun as often, nor a year).
 */
function readSubjectCount(before: string, after: string, token: NumberToken): UnitRead | null {
  // A count above one takes its verb in the plural: "2 is prime" names a number.
  if (token.yearLike || token.value === 1 || !Number.isInteger(token.value) || !(CLAUSE_OPENING.test(before) || OPENING_PHRASE.test(before)) || LIST_AND_BEFORE.test(before) || !isVerbAfter(after) || SINGULAR_VERB_AFTER.test(after)) return null;
  const head = lastCountedNoun(before);
  return { unit: 'count', measure: head ?? 'count', length: 0, ...(head === undefined ? {} : { head }) };
}

/** "10 more", "two others": more of what the sentence counted before. */
const MORE_AFTER = /^\s+(?:more|others|other)\b(?!\s+than\b)/i;
const ANOTHER_BEFORE = /\banother\s+$/i;
/** What follows a count whose noun is left out: a stop, or a participle or verb ("another 5,000 reserved for …"). */
const NOUN_LEFT_OUT_AFTER = /^\s*(?:$|[,.;:)]|\s\p{Ll}+(?:ed|en)\b|\s(?:were|are|went|came)\b)/u;

/**
 * "We've sold four corn pickers since Labor Day and have good prospects for 10 more": the noun of the count before,
 * unless one follows ("the 65 other passengers").
 */
function readMoreOfSame(before: string, after: string, token: NumberToken): UnitRead | null {
  const more = MORE_AFTER.exec(after);
  if (token.yearLike) return null;
  // "185,000 to the public, with another 5,000 reserved for employes": "another" before a bare number, as "more" after it.
  if (more === null) return ANOTHER_BEFORE.test(before) && NOUN_LEFT_OUT_AFTER.test(after) ? { unit: 'count', measure: `another ${lastCountedNoun(before) ?? 'count'}`, length: 0 } : null;
  // "50 more shares", "the 65 other passengers": the noun is written after all.
  const rest = after.slice(more[0].length);
  const own = readNounPhrase(rest);
  if (own?.head != null) {
    const counted = readCount(own, rest, before, token.value);
    return { ...counted, measure: `${more[0].trim()} ${counted.measure}`, length: more[0].length + counted.length };
  }
  const head = lastCountedNoun(before);
  return head === undefined ? null : { unit: 'count', measure: `more ${head}`, length: 0, head };
}

/** The plural noun the last count before a number counted: "four corn pickers … 10 more" → "pickers". */
function lastCountedNoun(before: string): string | undefined {
  return findNumbers(before).map((earlier) => readNounPhrase(before.slice(earlier.end))?.head).filter((head) => head != null).at(-1);
}

/** "in comparison to", "compared with", "as against", "versus": a comparison, whose other side is a count of the same thing. */
const COMPARED_BEFORE = new RegExp(String.raw`\b(?:${COMPARED_SOURCE})\s+$`, 'i');
/**
 * What may follow a number whose noun was written before it (a comparison's other side, a verb's repeated object):
 * nothing more of the clause, or the time it is dated by ("in 1940", "a year earlier").
 */
const NOUN_WRITTEN_BEFORE_AFTER =
  /^\s*(?:$|[,.;:)]|(?:in|during|for)\s+(?:1[5-9]\d\d|2[01]\d\d)\b|(?:a|one|two|three|five|ten)\s+years?\s+(?:earlier|before|ago)\b|(?:last|the\s+previous|the\s+preceding)\s+year\b)/i;

/**
 * "The state presently owns 389 passenger vehicles in comparison to approximately 200 in 1940", "sold 812 tractors,
 * compared with 640 a year earlier": a bare number on the other side of a comparison counts what the number just
 * before it counted; when that one counted nothing ("ratios 3.3 versus 4.1"), neither does it.
 */
function readComparedCount(before: string, after: string, token: NumberToken): UnitRead | null {
  if (token.yearLike || !COMPARED_BEFORE.test(before.slice(-30)) || !NOUN_WRITTEN_BEFORE_AFTER.test(after)) return null;
  const other = findNumbers(before).at(-1);
  const head = other === undefined || other.yearLike ? undefined : readNounPhrase(before.slice(other.end))?.head;
  return head == null ? null : { unit: 'count', measure: `compared ${head}`, length: 0, head };
}

/** "… and ten in September": the second of a pair counts the first's noun, a period as a term ("four years at X and two at Y"). */
function readPairedCount(before: string, after: string, token: NumberToken): UnitRead | null {
  const phrase = token.yearLike ? undefined : pairedCountNoun(before, after);
  if (phrase === undefined) return null;
  const { head } = phrase;
  const period = PERIOD_UNITS[head];
  return period === undefined ? { unit: 'count', measure: phrase.words.join(' '), length: 0, head } : { unit: period, measure: head, length: 0 };
}

/** "a year", "per annum", "each week": the period a bare number is counted in, written right after it. */
const RATE_PERIOD_AFTER = /^\s+(?:a|an|per|each|every)\s+(?:year|annum|month|week|day)\b/i;
/** "5 per year per 1,000 men": a rate of a population, read as per-thousand or not at all, never as a count. */
const PER_POPULATION_AFTER = /^\s+per\s+(?:1,000|1000|thousand|100,000|hundred\s+thousand)\b/i;

/**
 * "a quota of 25,000 a year", "beyond 25,000 per annum", "only 700 a week", "has increased 125,000 each year": a bare
 * number with the period it recurs in is a count of so many each period, of what the sentence counted before, or a sum
 * when the clause names one ("the rent would run close to two hundred a month"; no figure where the document names no
 * money). A year is no count of years ("in 1960 a year later").
 */
function readRateCount(before: string, after: string, at: UnitContext): UnitRead | null {
  const period = RATE_PERIOD_AFTER.exec(after);
  // ("declined from 60 to 40 a week": the start of a change is read with its end's unit, which the period is not.)
  if (at.token.yearLike || period === null || PER_POPULATION_AFTER.test(after.slice(period[0].length)) || FROM_BEFORE.test(before)) return null;
  const sum = sumNamedUnit(before, at.currency);
  if (sum !== undefined) return sum === null ? null : { unit: sum, measure: `${measureBefore(before, false) ?? 'amount'} ${period[0].trim()}`, length: period[0].length };
  const counted = lastCountedNoun(before) ?? measureBefore(before, false) ?? 'count';
  return { unit: 'count', measure: `${counted} ${period[0].trim()}`, length: period[0].length };
}

/** The verb right before a number: "he sold seven". */
const VERB_BEFORE = /\b(\p{Ll}{3,})\s+$/u;
/** Words before a number that join or place it, which are no verb of the sentence: "between three and ten". */
const NOT_A_VERB = new Set(['and', 'but', 'nor', 'than', 'then', 'for', 'from', 'with', 'between', 'among', 'about', 'over', 'under', 'into', 'per', 'each', 'every', 'only', 'also', 'still', 'just', 'the', 'its', 'their',
  // "their first 13": a word of order before a number is no verb either.
  'first', 'last', 'next', 'final', 'other', 'top']);

/**
 * A verb before a number, anywhere in the text before: "sold 21 tractors", or past the word that bounds it, "has at least
 * thirteen years of training" (the bound is the number's, not the verb's).
 */
const VERB_AND_NUMBER = new RegExp(String.raw`\b(\p{Ll}{3,})\s+(?:(?:${BOUND_WORDS})\s+)?(?:${NUMBER_SOURCE})`, 'giu');

/**
 * "Mr. Martin sold 21 tractors in August; in August of 1960, he sold seven": a verb the sentence wrote before with a
 * count of a noun, written again before a bare number, perhaps in another form ("point f has seven nearest neighbors,
 * h and e have six"; "the Russian competitor … has at least thirteen years of training … The American is very lucky if
 * he has three"), counts that noun again. A sentence written in parallel to the one before counts what that one
 * counted ("After 108 games in 1927, Ruth had 35 home runs. After 108 games in 1961, Mickey Mantle has 43"), when the
 * bare number's own sentence counts nothing with that verb.
 */
function readRepeatedVerbCount(before: string, after: string, token: NumberToken, previousSentence: string): UnitRead | null {
  const written = VERB_BEFORE.exec(before);
  const verb = written?.[1];
  if (token.yearLike || written === null || verb === undefined || NOT_A_VERB.has(verb) || !NOUN_WRITTEN_BEFORE_AFTER.test(after)) return null;
  for (const earlier of [before.slice(0, written.index), previousSentence]) {
    const counted = [...earlier.matchAll(VERB_AND_NUMBER)].filter((match) => isFormOfSameVerb(match[1] ?? '', verb)).at(-1);
    if (counted === undefined) continue;
    const rest = earlier.slice(counted.index + counted[0].length);
    const phrase = readNounPhrase(rest);
    // "Hardy was eighty years old … when he was twenty-five": the noun's own unit, years of an age among them.
    return phrase?.head == null ? null : { ...readCount(phrase, rest, earlier, token.value), length: 0 };
  }
  return null;
}

const BE_FORM = /^(?:is|are|was|were|be|been|am)$/;
const THERE_BEFORE = /\bthere\s+$/i;
/** A verb right before a number, perhaps with its particle or "only": "got", "picked up", "ended up with only". */
const OTHER_VERB_BEFORE = /\b(\p{Ll}{3,})(?:\s+(?:up|out|off|in|on|down))?(?:\s+(?:with|into|to))?(?:\s+only)?\s+$/u;

/**
 * "Davis received 1,119 votes in Saturday's election, and Bush got 402", "Investors who wanted 100 shares … ended up
 * with 25", "the two weeks dragged into three": a bare number that a verb other than the count's gives, ending its
 * clause, counts the noun the sentence counted last (English leaves a noun out when the clause before said it).
 */
function readElidedCount(before: string, after: string, token: NumberToken): UnitRead | null {
  const written = token.yearLike || !NOUN_WRITTEN_BEFORE_AFTER.test(after) ? null : OTHER_VERB_BEFORE.exec(before);
  // A form of "be" says what its subject is ("when Henrietta was eight", an age; "12.8 per cent are under fifteen"),
  // save after "there" ("today there are 48,500"), which says how many there are.
  const verb = written?.[1] ?? '';
  if (written === null || !isVerb(verb) || (BE_FORM.test(verb) && !THERE_BEFORE.test(before.slice(0, written.index)))) return null;
  const head = lastCountedNoun(before.slice(0, written.index));
  return head === undefined ? null : { unit: 'count', measure: head, length: 0, head };
}

/** "Mr. Kennedy carried 26 and Mr. Nixon 14": both sides of a clause pair whose second leaves out the verb count what it counts. */
function readGappedClause(before: string, after: string, token: NumberToken): UnitRead | null {
  const verb = gappedClauseVerb(before, after, token);
  return verb === undefined ? null : { unit: 'count', measure: verb, length: 0, gapped: true };
}

/**
 * "there were over 800,000 competing for places", "then all four gathering on the sofa": a bare number right before a
 * present participle and the preposition or adverb it goes on with is the subject of that participle, a count of those
 * doing it (not "funding for", "training in": a participle WordNet uses mostly as a noun is that noun).
 */
const DOING_AFTER = /^\s+(\p{Ll}{3,}ing)\s+(?:for|in|on|at|to|from|with|into|through|around|about|against|toward|towards|across|along|outside|inside|there|here|away|out|up|down|off)\b/u;

function readDoersCount(after: string, token: NumberToken): UnitRead | null {
  const doing = token.yearLike ? undefined : DOING_AFTER.exec(after)?.[1];
  return doing !== undefined && wordNetLexicon().actsAsVerb(doing) ? { unit: 'count', measure: doing, length: 0 } : null;
}

/**
 * "Norman B. Wiley, 38, of …", "his daughter, Christine, 11, who …": a name, then the bare number set off by commas;
 * "Ervin Lang, then 28," with a word that says when.
 */
const NAME_BEFORE_AGE = /(?:\p{Lu}[\p{L}'’.-]*|\))\s*,\s*(?:(?:then|now|also)\s+)?$/u;
const AFTER_AGE = /^\s*(?:[,.;]|\s+and\s)/;

/**
 * "aged fifteen when he entered Oxford", "at age 12", "mature at about the age of two" (the bound before "the age"): the
 * number is an age whatever follows; so is the one a life reaches ("I'll live to be 105", "he lived to be ninety-six"),
 * as nothing else is lived to.
 */
const AGED_BEFORE = /\b(?:aged|(?:live|lives|lived|living)\s+to\s+be|at\s+(?:(?:about|around|approximately|roughly|nearly|almost|some)\s+)?(?:the\s+)?age(?:\s+of)?)\s+$/i;
/** Nouns of a person whose years a text may give. */
const PERSON = String.raw`(?:boy|girl|child|baby|infant|youth|lad|lass|man|woman|schoolboy|schoolgirl|son|daughter|widow|widower|bride|student|apprentice)`;
/** A relative, whose years a text gives as it gives a person's: "her widowed mother, 80", "her uncle, 76". */
const RELATIVE = String.raw`(?:mother|father|husband|wife|brother|sister|uncle|aunt|nephew|niece|cousin|grand(?:mother|father|son|daughter)|(?:son|daughter|brother|sister|mother|father)-in-law|stepson|stepdaughter|stepmother|stepfather)`;
/**
 * "her widowed mother, 80", "her maiden aunt, also 80 and bedridden": a person or a relative named by whose they are,
 * where a name would stand, then the bare number set off by commas.
 */
const RELATIVE_BEFORE_AGE = new RegExp(String.raw`\b(?:his|her|their|whose|my|our|your)\s+(?:[\p{Ll}-]+\s+)?(?:${PERSON}|${RELATIVE})\s*,\s*(?:(?:then|now|also)\s+)?$`, 'u');
/**
 * "a schoolboy of eleven, wrote", "a huge young man of twenty-four,", "the Russian competitor of 16 has": a person
 * described by the years they had, any noun whose commonest sense WordNet files as a person but a relative's ("a mother of
 * four" counts her children).
 */
const PERSON_OF_BEFORE = /\b(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)\s+of\s+$/iu;
const PERSON_WORD = new RegExp(String.raw`^${PERSON}$`, 'i');
const RELATIVE_WORD = new RegExp(String.raw`^(?:${RELATIVE}|parent)$`, 'i');
/**
 * What ends a person's years after "of": what ends an age elsewhere, or a word of the clause going on ("a boy of fifteen
 * with a fuzzy face", "the competitor of 16 has"), as no noun follows a bare number; not "of" ("a member of one of").
 */
const AFTER_PERSON_OF = /^(?:\s*(?:[,.;:?!)]|--)|\s+(?!of\b)\p{Ll})/u;

/** Whether the words before a number name a person of those years ("a boy of", "the Russian competitor of"). */
function isPersonOf(before: string): boolean {
  const noun = PERSON_OF_BEFORE.exec(before.slice(-40))?.[1];
  return noun !== undefined && (PERSON_WORD.test(noun) || (!RELATIVE_WORD.test(noun) && wordNetLexicon().namesPerson(noun, false)));
}
/**
 * "at seventy he was a poet", "at 26, she feels", "before his death at ninety-five": "at" a number a person's clause
 * follows, or a life's turn is said at, is an age. From 13 up only, as "at ten he went to bed" is a clock's hour.
 */
const AT_AGE_BEFORE = /\bat\s+(?:(?:about|around|nearly|almost)\s+)?$/i;
const LIFE_TURN_AT_BEFORE = /\b(?:death|died|dies|married|remarried|retired)\s+at\s+$/i;
const PERSON_CLAUSE_AFTER = /^\s*,?\s*(?:he|she|I|we|they|you)\s/;
const MIN_AGE_AT = 13;
/** "If your child is under 19 or is a student" (the bound read apart): a number a person is, an age. */
const PERSON_IS_BEFORE = new RegExp(String.raw`\b${PERSON}\s+(?:is|was|be)\s+(?:not\s+)?$`, 'iu');
/**
 * "bear the first young when they are three", "until she was 12": a bare number a clause of time says its subject is,
 * an age (a person's pronoun, or "they"; "when it is 40" may be a temperature or a price).
 */
const WHEN_ONE_IS_BEFORE = /\b(?:when|until|till|before|after|once|by the time)\s+(?:he|she|they|we|you|I)\s+(?:is|are|was|were|becomes?|became|turns?|turned)\s+$/i;
/**
 * "She was forty-nine", "He was perhaps thirty-two, nicely set up", "she's ninety-six": a bare number one person is said
 * to be, with no clause of time, is an age all the same (one person: "we were six" counts them; "it was 40" may be a
 * temperature or a price; "I was one" is one of some).
 */
const ONE_PERSON_IS_BEFORE = /(?<![\p{L}'’])(?:(?:he|she|I|you)\s+(?:is|am|are|was|were)|(?:he|she)['’]s|I['’]m|you['’]re)\s+(?:(?:perhaps|probably|maybe|then|now|only|just|barely|already|still)\s+)?$/iu;
/**
 * What ends such an age: a stop, "and" or "or", a dash or a closing mark ("till he was ten -- beginning", "till he was
 * nearly fifty” (Early Life"), or the next clause's subject, a pronoun or a name ("When he was eight he began", "Before
 * he was forty Griffith had"), none of which a number counts.
 */
const AFTER_BOUNDED_AGE = /^(?:\s*(?:[,.;:”"’)]|--|—)|\s+(?:and|or|he|she|they|we|you|I|it)\s|\s+\p{Lu})/u;

/**
 * A person's age: as the press writes it, in apposition after the name or a relative ("Norman B. Wiley, 38, of …",
 * "her uncle, 76,", digits only), or after "aged" or "a schoolboy of", in digits or words. At most 120.
 */
function readAge(before: string, after: string, token: NumberToken): UnitRead | null {
  // Whole years, or a half ("at the age of two and a half").
  if (!Number.isInteger(token.value * 2) || token.value > 120) return null;
  const age = { unit: 'years', measure: 'age', length: 0 } as const;
  if (AGED_BEFORE.test(before.slice(-20)) || isAgesBefore(before) || (AFTER_PERSON_OF.test(after) && isPersonOf(before))) return age;
  const isSaid = PERSON_IS_BEFORE.test(before.slice(-40)) || WHEN_ONE_IS_BEFORE.test(before.slice(-40)) || (token.value > 1 && ONE_PERSON_IS_BEFORE.test(before.slice(-40)));
  if (isSaid && AFTER_BOUNDED_AGE.test(after)) return age;
  const atAge = LIFE_TURN_AT_BEFORE.test(before.slice(-20)) || (AT_AGE_BEFORE.test(before.slice(-20)) && PERSON_CLAUSE_AFTER.test(after));
  if (atAge && token.value >= MIN_AGE_AT) return age;
  const named = NAME_BEFORE_AGE.test(before) || RELATIVE_BEFORE_AGE.test(before.slice(-60));
  return token.words === undefined && named && AFTER_AGE.test(after) ? age : null;
}

/**
 * "(four per cent, or 800,000)": a share restated with "or" as a bare number is the count of that share, as "(ten per
 * cent, or 5 million)" is read by its scale; only where the restating ends there (a bracket, a stop, a comma).
 */
const SHARE_OR_BEFORE = /(?:%|\bper\s*cent|\bpercent)\s*,?\s+or\s+(?:(?:about|some|nearly|almost|roughly)\s+)?$/i;
const RESTATING_ENDS = /^\s*[),;.]/;
function readRestatedShare(before: string, after: string, token: NumberToken): UnitRead | null {
  if (token.yearLike || !SHARE_OR_BEFORE.test(before.slice(-30)) || !RESTATING_ENDS.test(after)) return null;
  return { unit: 'count', measure: 'count', length: 0 };
}

/** The members of a breakdown before the one being read: "643 in-state and ", "164 from media, ", "eight for Cerv, ". */
const EARLIER_MEMBERS = new RegExp(String.raw`^\s*(?:(?:${NUMBER_SOURCE})\s+[^\d,;:]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+))*$`, 'iu');
/** "1 in 5 adults": the number opens a proportion, no part of a count. */
const PROPORTION_AFTER = /^\s+(?:in|out\s+of)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)/i;
/**
 * What splits a count into its parts: a colon or a semicolon announces them; a dash or "consisting of" may open an aside
 * as well ("thirty-two camps, each one accommodating fifty thousand men -- sixteen were under canvas"), so after one of
 * them the parts must add up to the count.
 */
const BREAKDOWN_SPLIT = /(?:(?<announced>[:;])|\s--\s|—|\bconsisting\s+of\b)\s*/gu;
/** The word right after a number, the noun it counts when plural: "1184 copies", "fifteen children". */
const COUNTED_NOUN_AFTER = /^\s+(\p{Ll}+)\b/u;
/** What follows a part: a word in lower case or a stop ("643 in-state", "eight for Cerv"), not an item's "1 A flat …". */
const PART_END_AFTER = /^(?:\s+\p{Ll}|\s*(?:[,.;:)]|$))/u;

/**
 * "1184 copies … were distributed: 643 in-state and 541 out-of-state", "a total of 239 inquiries; 164 from media and 75
 * from direct mail", "they have fifteen children -- eight for Cerv, four for Mantle, and three for Maris", "4,900 firms
 * consisting of 3,450 from the AIA list and 1,450 from the TR list": bare numbers after a split (`BREAKDOWN_SPLIT`) of a
 * larger count of the clause before it count its noun.
 */
function readBreakdown(before: string, after: string, token: NumberToken): UnitRead | null {
  // A part of a count is whole: "2.6 and 2.7" after "51 terms … ;" are ratios.
  if (token.yearLike || !Number.isInteger(token.value) || PROPORTION_AFTER.test(after) || !PART_END_AFTER.test(after)) return null;
  const split = [...before.matchAll(BREAKDOWN_SPLIT)].at(-1);
  const parts = split === undefined ? '' : before.slice(split.index + split[0].length);
  if (split === undefined || !EARLIER_MEMBERS.test(parts)) return null;
  const head = before.slice(0, split.index);
  const total = findNumbers(head)
    .filter((number) => !number.yearLike)
    .map((number) => ({ number, noun: COUNTED_NOUN_AFTER.exec(head.slice(number.end))?.[1] }))
    .filter(({ noun }) => noun !== undefined)
    .at(-1);
  if (total?.noun === undefined || !isPluralNoun(total.noun) || total.number.value <= token.value) return null;
  if (split.groups?.['announced'] === undefined && !addsUpTo(`${parts}${token.value} ${after}`, total.number.value)) return null;
  return { unit: 'count', measure: total.noun, length: 0 };
}

/** Whether the numbers of a breakdown's parts (years left out) add up to its count. */
function addsUpTo(parts: string, count: number): boolean {
  return findNumbers(parts).filter((number) => !number.yearLike).reduce((sum, number) => sum + number.value, 0) === count;
}

/** "its breadth thirty-four", "a width of 20": a dimension named right before a bare number. */
const DIMENSION_BEFORE = /\b(?<dimension>length|breadth|width|height|depth|diameter|thickness|weight)\s+(?:(?:is|was|of)\s+)?$/i;
/** A number written right before a unit: "1030 feet", "thirty feet". */
const NUMBER_BEFORE_UNIT = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{Ll}+teen|\p{Ll}+ty(?:-\p{Ll}+)?|hundred|thousand))\s+$/u;
/** The units a dimension is measured in, as a text writes them on an earlier number of the sentence. */
const UNITS_OF: Readonly<Record<string, RegExp>> = {
  length: /(?<unit>feet|foot|inches|yards|miles|rods|(?:kilo|centi|milli)?met(?:er|re)s)\b/giu,
  weight: /(?<unit>pounds|tons|ounces|(?:kilo|milli)?grams)\b/giu,
};

/**
 * "The whole length … is one thousand and thirty feet and its breadth thirty-four": a bare number after a dimension
 * is in the unit the sentence measured that kind of dimension in before it (feet), or no figure when it measured none.
 */
function readDimension(before: string, token: NumberToken): UnitRead | null {
  const dimension = DIMENSION_BEFORE.exec(before.slice(-30))?.groups?.['dimension']?.toLowerCase();
  if (dimension === undefined || token.yearLike) return null;
  const units = UNITS_OF[dimension === 'weight' ? 'weight' : 'length'] ?? null;
  if (units === null) return null;
  const written = [...before.matchAll(units)].filter((match) => NUMBER_BEFORE_UNIT.test(before.slice(Math.max(0, match.index - 12), match.index))).at(-1);
  const unit = written?.groups?.['unit']?.toLowerCase();
  return unit === undefined ? null : { unit: 'count', measure: `${unit === 'foot' ? 'feet' : unit} (${dimension})`, length: 0 };
}

/**
 * "once or twice", "twice or thrice", "think twice": a guess or a saying, not a multiple the text states; nor is a
 * race's "the twice around", a name after an article.
 */
const VAGUE_MULTIPLE_BEFORE = /\b(?:(?:once|twice)\s+or|think|thinks|thought|thinking|a|the)\s+$/i;
const VAGUE_MULTIPLE_AFTER = /^\s+or\s+(?:thrice|three|more)\b/i;

/** "twice what was estimated", "Twice during the war it was saved": 2 times, of what the sentence says. */
function readMultiple(after: string, before: string, qualifierIsVerb: boolean): UnitRead | null {
  if (VAGUE_MULTIPLE_BEFORE.test(before.slice(-16)) || VAGUE_MULTIPLE_AFTER.test(after)) return null;
  return { unit: 'times', measure: measureOf(before, after, qualifierIsVerb, false) ?? 'multiple', length: 0 };
}

/**
 * A unit in the singular after a number above one, then a singular noun: "a three day hearing", "the same five year
 * period" are terms whose hyphens were left out, read as "a three-day hearing".
 */
const SPACED_TERM = /^(\s+)(?:year|month|week|day|hour|minute|mile|foot|inch|yard|acre)\s+(?=\p{Ll})/u;

function readSpacedTerm(after: string, at: UnitContext): UnitRead | null {
  const term = SPACED_TERM.exec(after);
  const space = term?.[1];
  // "two day trips", "two foot soldiers": before a plural the number counts the plural, a trip of a day each.
  const modified = term === null ? null : readNounPhrase(after.slice(term[0].length));
  if (term === null || space === undefined || at.value <= 1 || modified == null || modified.head !== null) return null;
  const hyphened = readUnit(`-${after.slice(space.length)}`, at);
  return hyphened === null ? null : { ...hyphened, length: hyphened.length - 1 + space.length };
}

/** "a 158-pounder": a person or a thing of that weight. */
const POUNDER = /^-pounders?\b/i;
/** "the 2-hour-and-27-minute contest": hours and minutes joined into one modifier. */
const HOURS_AND_MINUTES = /^-hours?-and-(\d{1,2})-minutes?\b/i;

/**
 * "40°F", "170 °C", "a 90° turn", and as the Brown Corpus writes the sign, hyphens for spaces: "40-degrees-F",
 * "170-degrees-C", "a 90-degree turn". A temperature or an angle.
 */
const DEGREES = /^(?:\s?°|-degrees?)(?:[\s-]?(?<scale>[FCK])(?![\p{L}\p{N}]))?/u;

function readDegrees(after: string): UnitRead | null {
  const degrees = DEGREES.exec(after);
  const scale = degrees?.groups?.['scale'];
  return degrees === null ? null : { unit: 'count', measure: scale === undefined ? 'degrees' : `degrees ${scale}`, length: degrees[0].length };
}

/** What a number hyphened to a word measures or counts: "158-pounder", "700-mile", "a 260-member caucus". */
function readHyphened(after: string, value: number, token: NumberToken, minWords: number): UnitRead | null {
  return readCompoundMeasure(after, value) ?? readMeasureModifier(after) ?? readAbbreviation(after) ?? readCountModifier(after, token, minWords);
}

/** A hyphen left hanging before "and" or "or" and a number hyphened to a word: "30- and 50-megaton". */
const SUSPENDED_HYPHEN = new RegExp(String.raw`^-\s+(?:and|or)\s+(?:${NUMBER_SOURCE})(?=-\p{L})`, 'iu');

/**
 * "a few 30- and 50-megaton bombs", "most 4- and 5-passenger models", "15- and 25-liter storage dewars": a suspended
 * hyphen gives the first number the second's word, so it measures or counts what the second does. The raw figure is
 * the first number alone: the word is the second's, read with it.
 */
function readSuspendedHyphen(after: string, value: number, token: NumberToken, minWords: number): UnitRead | null {
  const suspended = SUSPENDED_HYPHEN.exec(after);
  if (suspended === null) return null;
  const shared = readHyphened(after.slice(suspended[0].length), value, token, minWords);
  return shared === null ? null : { ...shared, length: 0 };
}

/** A measure a hyphen compounds with its number: "158-pounder" (pounds), "2-hour-and-27-minute" (147 minutes). */
function readCompoundMeasure(after: string, value: number): UnitRead | null {
  const pounder = POUNDER.exec(after);
  if (pounder !== null) return { unit: 'count', measure: 'pounds (weight)', length: pounder[0].length };
  const duration = HOURS_AND_MINUTES.exec(after);
  if (duration === null) return null;
  return { unit: 'minutes', value: value * 60 + Number(duration[1]), measure: readNounPhrase(after.slice(duration[0].length))?.words.join(' ') ?? 'minutes', length: duration[0].length };
}

/** "his 700-mile return journey": miles, of what follows when a noun does ("miles of return journey"). */
function readMeasureModifier(after: string): UnitRead | null {
  const modifier = MEASURE_HYPHEN.exec(after);
  const unit = modifier?.groups?.['unit']?.toLowerCase();
  if (modifier === null || unit === undefined) return null;
  const power = modifier.groups?.['power']?.toLowerCase();
  const units = power === undefined ? pluralOf(unit) : `${power} ${pluralOf(unit)}`;
  return { unit: 'count', measure: measureOfModifier(units, after.slice(modifier[0].length)), length: modifier[0].length };
}

/** What a hyphened modifier measures or counts, of the noun it modifies when one follows: "miles of return journey". */
function measureOfModifier(plural: string, modified: string): string {
  const what = readNounPhrase(modified);
  return what === null ? plural : `${plural} of ${what.words.slice(0, 2).join(' ')}`;
}

/**
 * "the 260-member Democratic caucus", "A 14-power conference", "Mississippi's 14-term William Meyers Colmer", "a
 * 162-game schedule": a number in digits hyphened to a singular noun that modifies what follows counts that noun (260
 * members). In words only as `hyphened-words.ts` allows ("a fourteen-nation conference"; not "a two-party system", nor
 * a list's first member "two and three-game series", which reaches here past `isCountingWord`). Not the noun
 * itself followed by a clause ("a 3-hitter when …"), nor a letter that labels a class ("4-d classification").
 */
const COUNTED_MODIFIER = /^-(?<noun>\p{Ll}{3,})(?=\s+(?!(?:of|in|on|at|to|for|with|by|from|over|and|or|but|when|that|which|who|is|was|are|were)\b)\p{L})/u;
/**
 * Hyphened words that count nothing: the half of "2 and one-half hours", an adjective ("a 4-sided figure",
 * "a 3-dimensional view"), a size on a scale the noun names ("a 12-gauge shotgun", "16-mesh screening", "a 22-caliber
 * rifle").
 */
const NOT_COUNTED = /^(?:half|gauge|mesh|caliber|calibre)$|(?:ed|al)$/;

function readCountModifier(after: string, token: NumberToken, minWords: number): UnitRead | null {
  const modifier = COUNTED_MODIFIER.exec(after);
  const noun = modifier?.groups?.['noun'];
  if (modifier === null || noun === undefined || NOT_COUNTED.test(noun)) return null;
  if (token.words !== undefined && !isHyphenedWordCount(noun, token.value, minWords)) return null;
  const plural = pluralOf(noun);
  return { unit: 'count', measure: measureOfModifier(plural, after.slice(modifier[0].length)), length: modifier[0].length, head: plural };
}

/** "Fifty-three of the 150 representatives", "12 of the new schools": a count of a part of a group of things. */
function readPartOfGroup(after: string): UnitRead | null {
  const of = PART_OF_GROUP.exec(after);
  if (of === null) return null;
  const rest = skipListedModifiers(after.slice(of[0].length));
  // "all but fifty of the Scots": a people or a team named in the plural is a group too.
  const named = NAMED_GROUP.exec(rest);
  if (named !== null) return { unit: 'count', measure: `${of[0].trim()} ${named[0]}`, length: 0 };
  const phrase = readNounPhrase(rest);
  if (phrase?.head == null) return null;
  // The raw figure is the part alone: a number of the group ("150") is a figure of its own.
  return { unit: 'count', measure: `${of[0].trim()} ${phrase.words.join(' ')}`, length: 0, head: phrase.head };
}

/**
 * "covered, wooden bridges": modifiers set off by commas before the noun, which are no list of things (not plurals);
 * the last one after a serial comma's "and" or "or" too ("seventeen ivory, metal, wood, and stone sculptures").
 */
const LISTED_MODIFIER = /^(\p{Ll}+(?:-\p{Ll}+)*),\s+(?:(?:and|or)\s+)?(?=\p{Ll})/u;

/** "3 smooth, dark-green calculi", "2 yellow, firm, friable raised areas": a count whose noun follows modifiers a comma sets off. */
function readListedModifierCount(after: string, before: string, value: number): UnitRead | null {
  const start = after.trimStart();
  const rest = skipListedModifiers(start);
  if (rest === start) return null;
  const phrase = readNounPhrase(rest);
  if (phrase?.head == null) return null;
  const count = readCount(phrase, rest, before, value);
  return { ...count, length: after.length - rest.length + count.length };
}

/** What follows the modifiers a comma sets off before a noun: "nine of the covered, wooden bridges" counts bridges. */
function skipListedModifiers(text: string): string {
  const rest = skipModifierChain(text);
  if (rest !== text) return rest;
  // "18 national medical, dental, and veterinary societies": a first member of two words, when "and" or "or" closes
  // a chain of more (a list of kinds, not "1,700 a week, and applications", a clause going on after a comma).
  const lead = LEADING_MODIFIER.exec(text);
  if (lead?.[1] === undefined || isPluralNoun(lead[1])) return text;
  const chained = text.slice(lead[0].length);
  const afterChain = skipModifierChain(chained);
  return CLOSING_CONJUNCTION.test(chained.slice(0, chained.length - afterChain.length)) ? afterChain : text;
}

/** A word before the first listed modifier, as "national" in "national medical, dental, and veterinary". */
const LEADING_MODIFIER = /^(\p{Ll}+)\s+(?=\p{Ll}+,)/u;
/** A chain of two members at least, the last after a serial comma's "and" or "or" ("medical, dental, and "; not "week, and "). */
const CLOSING_CONJUNCTION = /^\p{Ll}+,\s+\p{Ll}+.*,\s+(?:and|or)\s+$/u;

function skipModifierChain(text: string): string {
  let rest = text;
  for (let modifier = LISTED_MODIFIER.exec(rest), count = 0; modifier?.[1] !== undefined && count < 3 && !isPluralNoun(modifier[1]); modifier = LISTED_MODIFIER.exec(rest), count += 1) {
    rest = rest.slice(modifier[0].length);
  }
  return rest;
}

/** A number of a list takes the unit or noun of the list's last member: "17, 6 and 9 enterprises". */
function readListMember(after: string, at: UnitContext): UnitRead | null {
  const { token, before, qualifierIsVerb } = at;
  // "By 2035, 80 percent of …": a year opens the clause; it is no member of a list of amounts.
  if (token.yearLike) return null;
  // "280 million, or 19.8 percent of the total": the same quantity said again another way, not a list.
  if (RESTATED.test(after)) return null;
  const respectively = { unit: 'count', measure: measureOf(before, '', qualifierIsVerb, false) ?? 'count', length: 0 } as const;
  if (isRespectively(after)) return respectively;
  const listEnd = skipListMembers(after);
  if (listEnd === null) return null;
  const rest = after.slice(listEnd);
  if (isRespectively(rest)) return respectively;
  const shared = readUnit(rest, at);
  return shared === null || shared.unit === 'ratio' ? null : { ...shared, length: 0 };
}

/**
 * "54 out-of-state and 97 Rhode Island concerns", "12 full-time or 30 part-time workers": a number with a modifier of
 * its own (a hyphened compound, which is no verb, preposition or unit) before "and" counts the noun of the number after it.
 */
const MODIFIED_MEMBER = new RegExp(String.raw`^\s+(?<modifier>\p{Ll}+(?:-\p{Ll}+)+)\s+(?:and|or)\s+(?=(?:${NUMBER_SOURCE})\s)`, 'u');

function readModifiedMember(after: string, at: UnitContext): UnitRead | null {
  if (at.token.yearLike) return null;
  const member = MODIFIED_MEMBER.exec(after);
  const next = member === null ? null : findNumberAt(after.slice(member[0].length));
  if (member === null || next === null) return null;
  const shared = readUnit(after.slice(member[0].length + next.end), at);
  if (shared?.unit !== 'count' || shared.head === undefined) return null;
  return { unit: 'count', measure: `${member.groups?.['modifier'] ?? ''} ${shared.head}`, length: 0, head: shared.head };
}

/** Where a member of a list ends: the sentence's end, a stop or comma, or "and"/"or" before the next member. */
const MEMBER_END_AFTER = /^\s*(?:$|[,;.)]|(?:and|or)\s)/i;
/**
 * ", the reticulate python ", ", and the boa constrictor ", ", his mate in ": a member of a list opened by a
 * determiner, whose verb and unit are those of the member before it (up to five words, no number).
 */
const GAPPED_MEMBER_BEFORE = /[,;]\s+(?:and\s+|or\s+)?(?:the|a|an|his|her|its|their|our|some|each)\s+(?:[\p{L}'’“”-]+\s+){0,4}$/iu;
/** "… 37 feet" ending the first member: a number and a unit of length, weight or time, which the members after it leave out. */
const MEASURED_MEMBER_END = new RegExp(
  String.raw`(?:${NUMBER_SOURCE})\s+(?<unit>feet|foot|inches|yards|miles|rods|(?:kilo|centi|milli)?met(?:er|re)s|pounds|tons|ounces|(?:kilo|milli)?grams|years|months|weeks|days|hours|minutes)$`,
  'iu',
);
const BARE_MEMBER_END = new RegExp(String.raw`(?:${NUMBER_SOURCE})$`, 'iu');
const PERIOD_UNITS: Readonly<Record<string, FigureUnit>> = { years: 'years', months: 'months', minutes: 'minutes' };
/** Lists are short (see `MAX_LIST_MEMBERS` in `lists.ts`). */
const MAX_GAPPED_MEMBERS = 8;

/**
 * "The anaconda reaches at least 37 feet, the reticulate python 33, the African rock python 25, … and the boa
 * constrictor 18-1/2", "a male in less than two years, his mate in less than three": the members of a list after
 * the first leave out its verb and its unit, which each takes from the first. Only a unit of measure (a count of
 * things is no unit the reader can carry over: "3 sons, the eldest 12" is an age).
 */
function readGappedMember(before: string, after: string, token: NumberToken): UnitRead | null {
  if (token.yearLike || !MEMBER_END_AFTER.test(after)) return null;
  let rest = before;
  for (let members = 0; members < MAX_GAPPED_MEMBERS; members += 1) {
    const member = GAPPED_MEMBER_BEFORE.exec(rest);
    if (member === null) return null;
    rest = rest.slice(0, member.index);
    const unit = MEASURED_MEMBER_END.exec(rest)?.groups?.['unit']?.toLowerCase();
    if (unit !== undefined) {
      const plural = unit === 'foot' ? 'feet' : unit;
      const period = PERIOD_UNITS[plural];
      return period === undefined ? { unit: 'count', measure: plural, length: 0 } : { unit: period, measure: plural, length: 0 };
    }
    // A member before this one that left out the unit too: "…, the reticulate python 33".
    const bare = BARE_MEMBER_END.exec(rest);
    if (bare === null) return null;
    rest = rest.slice(0, bare.index);
  }
  return null;
}

/** " (perhaps 14) meters": after a number, an aside in brackets that gives another number of the same measure. */
const ASIDE_WITH_NUMBER = new RegExp(String.raw`^\s*\((?:\p{L}+\s+){0,2}(?:${NUMBER_SOURCE})\)`, 'iu');
/** "12 or 13 (perhaps ": the number of such an aside, right after the number it stands beside. */
const ASIDE_AFTER_NUMBER_BEFORE = new RegExp(String.raw`(?:${NUMBER_SOURCE})\s*\((?:\p{L}+\s+){0,2}$`, 'iu');

/**
 * "the anaconda's maximum length is 12 or 13 (perhaps 14) meters": a number and the other guess an aside gives beside
 * it both take the unit written after the aside. The digits that restate a number in words ("twenty-two (22) years")
 * are the same figure, read once.
 */
function readAcrossAside(after: string, at: UnitContext): UnitRead | null {
  const aside = ASIDE_WITH_NUMBER.exec(after);
  const beside = aside === null && after.startsWith(')') ? ASIDE_AFTER_NUMBER_BEFORE.exec(at.before) : null;
  if (beside !== null && valueOfNumber(beside.groups) === at.value) return null;
  const rest = aside !== null ? after.slice(aside[0].length) : beside !== null ? after.slice(1) : null;
  const unit = rest === null ? null : readUnit(rest, at);
  return unit === null || unit.unit === 'ratio' ? null : { ...unit, length: 0 };
}

/** The number a text starts with. */
function findNumberAt(text: string): { end: number } | null {
  const match = new RegExp(String.raw`^(?:${NUMBER_SOURCE})`, 'iu').exec(text);
  return match === null ? null : { end: match[0].length };
}

/** "Inflation has been beaten down from 12.4 to 3.2 percent": the start of a change, in the unit of its end. */
function readChangeStart(after: string, at: UnitContext): UnitRead | null {
  const to = CHANGE_TO.exec(after);
  if (to === null || !FROM_BEFORE.test(at.before)) return null;
  const end = readUnit(after.slice(to[0].length), at);
  return end === null || end.unit === 'ratio' ? null : { ...end, length: 0 };
}

/**
 * "Inflation is down from 12.4 percent to 8.9", "rose to 2,418 units from 869": one end of a change, in the
 * percentage, currency or counted noun written on its other end.
 */
function readChangeEnd(at: UnitContext): UnitRead | null {
  const lead = at.before.slice(-80);
  const other = CHANGE_END_BEFORE.exec(lead) ?? CHANGE_START_AFTER_END.exec(lead);
  const unit = other?.groups?.['unit'];
  if (unit === undefined) return null;
  const money = readCurrencyAfter(unit);
  if (money !== undefined) return { unit: money.unit, measure: measureOf(at.before, '', at.qualifierIsVerb, false) ?? 'amount', length: 0 };
  if (/^\s*(?:%|per\s?cent|percent)/i.test(unit)) return { unit: 'percent', measure: measureBefore(at.before, at.qualifierIsVerb) ?? 'share', length: 0 };
  const noun = unit.trim().toLowerCase();
  return isPluralNoun(noun) ? { unit: 'count', measure: noun, length: 0 } : null;
}

/** "The population at the fort increased": where the subject stands, which is not what it is. */
/** "New highs for the year totaled nine": the period a counted subject is over, no part of what it is. */
const PERIOD_AFTER_SUBJECT = /\s+(?:for|during|over)\s+the\s+(?:day|week|month|quarter|year|period|session|season)\s*$/i;
const PLACE_AFTER_SUBJECT = /\s+(?:at|in|on|across|among)\s+(?:(?:the|its|their)\s+)?(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+\s*$/u;
/**
 * "The number of ships passing through the Panama Canal has increased": the auxiliary of the change's verb, and a
 * participle's phrase after the subject (up to four words), which say what the subject does, not what it is.
 */
const AUXILIARY_AFTER_SUBJECT = /\s+(?:has|have|had)(?:\s+been)?\s*$/i;
const PARTICIPLE_AFTER_SUBJECT = /\s+\p{Ll}{3,}ing(?:\s+[\p{L}'’-]+){0,4}\s*$/u;

/**
 * "The population increased rapidly, from 2,417 in 1831 to 4,369 in 1840": both ends of a change between two bare
 * numbers count what changed, the subject before the change's verb. Null without a subject to count.
 */
function readBareChange(after: string, before: string, token: NumberToken): UnitRead | null {
  const lead = before.slice(-80);
  const sized = !token.yearLike && CHANGE_SIZE_AFTER.test(after);
  const noun = sized ? CHANGE_NOUN_OF.exec(lead)?.[1] : undefined;
  if (noun !== undefined) return { unit: 'count', measure: noun.toLowerCase(), length: 0 };
  const change =
    (BARE_CHANGE_START_AFTER.test(after) ? CHANGE_FROM.exec(lead) : null) ?? BARE_CHANGE_END_BEFORE.exec(lead) ?? changeBeforeLevel(after, lead, token.value) ?? (sized ? CHANGE_BY.exec(lead) : null);
  if (change === null) return null;
  // "cutting the state's congressional districts from six to five": a plural object of the verb is what changed.
  const object = walkBackPhrase(change.groups?.['object'] ?? '', 5);
  if (object !== null && isPluralNoun(object.split(' ').at(-1) ?? '')) return { unit: 'count', measure: object, length: 0 };
  const verb = change.index;
  const whole = before.slice(0, before.length - lead.length + verb).replace(AUXILIARY_AFTER_SUBJECT, '').replace(PLACE_AFTER_SUBJECT, '');
  const subject = walkBackPhrase(whole.replace(PARTICIPLE_AFTER_SUBJECT, ''), 5) ?? walkBackPhrase(whole, 5);
  return subject === null ? null : { unit: 'count', measure: subject, length: 0 };
}

/** "advanced 7.19 to 687.87": the verb of a change and its level, seen from either number, when they are no range. */
function changeBeforeLevel(after: string, lead: string, value: number): RegExpExecArray | null {
  const level = LEVEL_AFTER.exec(after);
  if (level !== null) {
    const verb = CHANGE_BY.exec(lead);
    return verb !== null && isChangeAndLevel(value, valueOfNumber(level.groups)) ? verb : null;
  }
  const verb = CHANGE_BEFORE_LEVEL.exec(lead);
  const change = verb === null ? null : new RegExp(String.raw`(?:${NUMBER_SOURCE})`, 'iu').exec(verb[0].slice(verb[0].search(/\s/)));
  return verb !== null && change !== null && isChangeAndLevel(valueOfNumber(change.groups), value) ? verb : null;
}

/** "about 15 million", "6.5 million retired": a scale word makes a quantity, in the sentence's currency if it has one. */
function readScaled(after: string, before: string, token: NumberToken, qualifierIsVerb: boolean): UnitRead | null {
  if (!token.scaled && !/\b(?:million|billion|trillion)\b/i.test(token.words ?? '')) return null;
  // "trade exceeded 40 trillion yuan, and the number of firms passed 160 million": a number of things, not money.
  const numberOf = before.toLowerCase().lastIndexOf('number of');
  const currency = numberOf >= 0 && impliedCurrency(before.slice(numberOf)) === undefined ? undefined : impliedCurrency(before);
  if (currency !== undefined) return { unit: currency, measure: measureOf(before, after, qualifierIsVerb, false) ?? 'amount', length: 0 };
  const participle = /^\s+(\p{Ll}{3,}ed)\b/u.exec(after);
  if (participle !== null) return { unit: 'count', measure: participle[1] ?? '', length: participle[0].length };
  return { unit: 'count', measure: measureOf(before, after, qualifierIsVerb, false) ?? 'count', length: 0 };
}

function measureOfUnit(unit: FigureUnit, written: string, before: string, after: string, qualifierIsVerb: boolean): string {
  if (unit === 'times') return measureOf(before, after, qualifierIsVerb, false) ?? 'multiple';
  if (unit === 'minutes' || unit === 'years' || unit === 'months') {
    if (/old$/i.test(written)) return 'age';
    return readNounPhrase(after)?.words.join(' ') ?? unit;
  }
  const isShare = unit === 'percent' || unit === 'per-thousand';
  return measureOf(before, after, qualifierIsVerb, isShare) ?? (unit === 'percentage-points' ? 'change' : 'share');
}

/** Subject or owner before the figure; for a share, else what it is a share of; else the words before it. */
function measureOf(before: string, after: string, qualifierIsVerb: boolean, isShare: boolean): string | null {
  return measureBefore(before, qualifierIsVerb) ?? (isShare ? measureOfAfter(after) : null) ?? wordsBefore(before);
}

/** The years in a decade or a century. */
const YEARS_IN: Readonly<Record<string, number>> = { decade: 10, decades: 10, century: 100, centuries: 100 };

/** "5 feet 3 inches", "4 feet and 8 inches": one length, in feet (5.25), not two figures. */
const INCHES_AFTER_FEET = /^,?\s+(?:and\s+)?(\d{1,2})\s+inch(?:es)?\b/i;
/** "one year and nine months", "2 years 6 months": one period, in months (21), not two figures ("two years, and six months later" is two). */
const MONTHS_AFTER_YEARS = new RegExp(String.raw`^\s+(?:and\s+)?(?<months>${NUMBER_SOURCE})\s+months?\b(?!\s+(?:later|earlier|ago|before|after)\b)`, 'iu');

/** "26 mountainous counties", "20 consecutive years", "more than 80 years old". */
function readCount(phrase: NounPhrase, after: string, before: string, value: number): UnitRead {
  // Without a plural, the count is one of its last word: "1 year", "1 village".
  const head = (phrase.head ?? phrase.words.at(-1) ?? '').toLowerCase();
  if (head === 'years' || head === 'year') {
    const months = MONTHS_AFTER_YEARS.exec(after.slice(phrase.end));
    const monthsValue = months === null ? Number.NaN : valueOfNumber(months.groups);
    if (months !== null && monthsValue < 12) return { unit: 'months', value: value * 12 + monthsValue, measure: 'months', length: phrase.end + months[0].length, joined: true };
    const old = /^\s+old\b/i.exec(after.slice(phrase.end));
    if (old === null) return { unit: 'years', measure: phrase.words.join(' '), length: phrase.end, head };
    return { unit: 'years', measure: measureBefore(before, false) ?? 'age', length: phrase.end + old[0].length };
  }
  // "two decades" and "two centuries" are the 20 and 200 years a reader would list.
  const yearsIn = YEARS_IN[head];
  if (yearsIn !== undefined) return { unit: 'years', value: value * yearsIn, measure: measureBefore(before, false) ?? 'years', length: phrase.end, head };
  if (head === 'months' || head === 'month') return { unit: 'months', measure: measureBefore(before, false) ?? 'months', length: phrase.end, head };
  if (head === 'minutes' || head === 'minute' || head === 'mins') return { unit: 'minutes', measure: measureBefore(before, false) ?? 'minutes', length: phrase.end };
  const inches = head === 'feet' ? INCHES_AFTER_FEET.exec(after.slice(phrase.end)) : null;
  if (inches !== null && Number(inches[1]) < 12) return { unit: 'count', value: value + Number(inches[1]) / 12, measure: 'feet', length: phrase.end + inches[0].length, head, joined: true };
  const participle = participleBefore(before);
  const measure = phrase.words.join(' ');
  return { unit: 'count', measure: participle === null ? measure : `${measure} ${participle}`, length: phrase.end, head };
}

/**
 * A number alone after a verb of quantity: a rate after "every thousand people", a count after
 * "the number of", or a count of its subject of at least `minBareCount` ("the population was 2 to 3 million"); or
 * after "of" that an amount or a group of persons heads ("a total of 603", "a congregation of twelve").
 */
function readBare(before: string, after: string, qualifierIsVerb: boolean, token: NumberToken, value: number, minBareCount: number): UnitRead | null {
  if (!token.yearLike && RATE_OF.test(before.slice(-40))) return { unit: 'ratio', measure: measureBefore(before, false) ?? 'rate', length: 0 };
  const amount = AMOUNT_OF.exec(before.slice(-40))?.[0].trim() ?? groupCountedBefore(before.slice(-40), after);
  if (!token.yearLike && amount !== undefined) return { unit: 'count', measure: amount, length: 0 };
  if (token.yearLike || !(qualifierIsVerb || QUANTITY_VERB.test(before.slice(-24)))) return null;
  const perThousand = perThousandContext(before);
  if (perThousand !== null) return { unit: 'per-thousand', measure: perThousand, length: 0 };
  const counted = numberOfContext(before);
  if (counted !== null) return { unit: 'count', measure: counted, length: 0 };
  // "The little colony numbered 100": a verb of counting says the bare number counts its subject, however small.
  if (COUNTING_VERB.test(before.slice(-24))) {
    const subject = before.replace(COUNTING_VERB, '').replace(PERIOD_AFTER_SUBJECT, '').replace(PLACE_AFTER_SUBJECT, '');
    return { unit: 'count', measure: walkBackPhrase(subject, 5) ?? 'count', length: 0 };
  }
  const subject = value >= minBareCount ? measureBefore(before, qualifierIsVerb) : null;
  return subject === null ? null : { unit: 'count', measure: subject, length: 0 };
}
