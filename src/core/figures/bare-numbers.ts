import { CHANGE_VERB, PLACE_AFTER_SUBJECT } from './changes.ts';
import { measureOf, type UnitContext, type UnitRead } from './unit-reads.ts';
import { measureBefore, numberOfContext, perThousandContext, walkBackPhrase } from './measures.ts';
import type { NumberToken } from './numbers.ts';
import { impliedCurrency } from './lists.ts';
import { unsignedSumUnit } from './unsigned-sums.ts';
import { groupCountedBefore } from './groups-of-persons.ts';

/** A number with no unit or noun is a figure only after a verb of quantity: "has exceeded 120,000". */
const QUANTITY_VERB = new RegExp(
  String.raw`\b(?:reach(?:es|ed|ing)?|exceed(?:s|ed|ing)?|surpass(?:es|ed)?|total(?:s|ed|led|ling)?|hits?|st(?:ood|ands?)\s+at|amount(?:s|ed)?\s+to|numbered|employ(?:s|ed)?|is|are|was|were|be|been)\s+$|${CHANGE_VERB}\s+to\s+$`,
  'i',
);

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

/** "it would cost him 500": a sum in the document's currency, but for a year-like number or "one" (a pronoun as often). */
export function readUnsignedSum(before: string, after: string, at: UnitContext): UnitRead | null {
  const unit = at.token.yearLike || at.token.words?.toLowerCase() === 'one' ? null : unsignedSumUnit(before, after, at.currency);
  return unit === null ? null : { unit, measure: measureBefore(before, false) ?? 'amount', length: 0 };
}

/**
 * "once or twice", "twice or thrice", "think twice": a guess or a saying, not a multiple the text states; nor is a
 * race's "the twice around", a name after an article.
 */
const VAGUE_MULTIPLE_BEFORE = /\b(?:(?:once|twice)\s+or|think|thinks|thought|thinking|a|the)\s+$/i;
const VAGUE_MULTIPLE_AFTER = /^\s+or\s+(?:thrice|three|more)\b/i;

/** "twice what was estimated", "Twice during the war it was saved": 2 times, of what the sentence says. */
export function readMultiple(after: string, before: string, qualifierIsVerb: boolean): UnitRead | null {
  if (VAGUE_MULTIPLE_BEFORE.test(before.slice(-16)) || VAGUE_MULTIPLE_AFTER.test(after)) return null;
  return { unit: 'times', measure: measureOf(before, after, qualifierIsVerb, false) ?? 'multiple', length: 0 };
}

/** "New highs for the year totaled nine": the period a counted subject is over, no part of what it is. */
const PERIOD_AFTER_SUBJECT = /\s+(?:for|during|over)\s+the\s+(?:day|week|month|quarter|year|period|session|season)\s*$/i;

/** "about 15 million", "6.5 million retired": a scale word makes a quantity, in the sentence's currency if it has one. */
export function readScaled(after: string, before: string, token: NumberToken, qualifierIsVerb: boolean): UnitRead | null {
  if (!token.scaled && !/\b(?:million|billion|trillion)\b/i.test(token.words ?? '')) return null;
  // "trade exceeded 40 trillion yuan, and the number of firms passed 160 million": a number of things, not money.
  const numberOf = before.toLowerCase().lastIndexOf('number of');
  const currency = numberOf >= 0 && impliedCurrency(before.slice(numberOf)) === undefined ? undefined : impliedCurrency(before);
  if (currency !== undefined) return { unit: currency, measure: measureOf(before, after, qualifierIsVerb, false) ?? 'amount', length: 0 };
  const participle = /^\s+(\p{Ll}{3,}ed)\b/u.exec(after);
  if (participle !== null) return { unit: 'count', measure: participle[1] ?? '', length: participle[0].length };
  return { unit: 'count', measure: measureOf(before, after, qualifierIsVerb, false) ?? 'count', length: 0 };
}

/**
 * A number alone after a verb of quantity: a rate after "every thousand people", a count after
 * "the number of", or a count of its subject of at least `minBareCount` ("the population was 2 to 3 million"); or
 * after "of" that an amount or a group of persons heads ("a total of 603", "a congregation of twelve").
 */
export function readBare(before: string, after: string, qualifierIsVerb: boolean, token: NumberToken, value: number, minBareCount: number): UnitRead | null {
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
