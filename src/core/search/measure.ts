import { MONEY_SIGN_SOURCE, MONEY_WORD_SOURCE } from '../figures/currencies.ts';
import { withoutTimeWhen } from './time-when.ts';

/**
 * What a "how far" or "how long" question measures, and whether a passage states a measure of that kind. "How far did
 * he hit it" asks a distance ("415 feet"), "how long was the game" a duration or a length ("the 2-hour-and-27-minute
 * contest"), "how old" an age, "how much does he weigh" a weight: a passage whose only figures are counts or money
 * answers another question, however many of the question's words it holds. "How much does a B-52 cost" asks a sum of
 * money: "50 or 100 small nuclear weapons" in the plane's sentence is no price.
 */
export type Measure = (typeof EVERY_MEASURE)[number];

/** Every kind of measure a passage may state. */
export const EVERY_MEASURE = ['length', 'height', 'duration', 'age', 'weight', 'speed', 'temperature', 'money', 'clock'] as const;

/** A weight, asked by "how heavy" or by "weigh": two phrases, each with its own word (`ASKED`). */
const WEIGHT: readonly Measure[] = ['weight'];

/**
 * The dimensions each question phrase asks about: "how long" is a length or a duration, "how old" an age or a duration,
 * "how fast" a speed or how soon ("half of it is lost ... within one week"). A question may name the measure as a noun
 * it opens on ("what is the range of", "at what temperature"); "what price range" names none.
 * Each phrase comes after a word it cannot match without ("how ", "what", "weigh"), by which a question lacking it skips
 * it: most questions hold one of the three or none, and each expression tried cost about a microsecond a question, its
 * code cold after the ranking between two questions (1.1% of an answer's CPU in perf69's profile).
 */
const ASKED: readonly (readonly [string, RegExp, readonly Measure[]])[] = [
  // A height is told in feet or storeys, not in the miles or kilometres of a distance: "how tall is a Great Dane" is no
  // more answered by "over 16,000 miles" travelled with two than by a count.
  ['how ', /\bhow tall\b/, ['height']],
  ['how ', /\bhow (?:far|high|deep|wide|low)\b/, ['length']],
  // "How long does it take to build a campground", "how long does a patent last": a time, not a length.
  ['how ', /\bhow long\b.*\b(?:take|takes|took|taking|last|lasts|lasted)\b/, ['duration']],
  ['how ', /\bhow long\b/, ['length', 'duration']],
  ['how ', /\bhow old\b/, ['age', 'duration']],
  // A price: "how much does a gas grill cost", "how much was coombs paid", "what did the fight cost the two sides",
  // "what is the price of gold". Not "how much commission does a realtor charge": a share asked is no sum; nor "what
  // did they pay", answered in words as well ("a nominal royalty"). Before "weight": "thrust-to-weight" asks none.
  // The verbs whose object is a sum are read as "pay" is: "how much should a new member pledge", "how much does a pilot
  // earn", "how much did he invest", "lend", "borrow", "owe", "donate".
  ['how ', /^how much (?:money )?(?:do|does|did|would|will|is|was|were|are|has|have|had|should|could|can)\b.*\b(?:cost|pay|paid|paying|spend|spent|spending|charge|charged|charging|worth|pledged?|pledging|donated?|donating|earn(?:s|ed|ing)?|invest(?:s|ed|ing)?|lend(?:s|ing)?|lent|borrow(?:s|ed|ing)?|owed?|owing)\b/, ['money']],
  // "What does a waitress earn", "what does a county agent get paid": a wage, as "how much does a pilot earn" asks. An
  // earning in the present only ("what did he earn at anzio" may be a medal: earning's commonest sense is deserving),
  // and not "what will they get paid for" (the work done). Not "what was X paid": "what was the firm that paid" asks none.
  ['what', /^what (?:do|does|did|would|will|is|was|were|are)\b.*\b(?:cost|worth)\b|^what (?:do|does)\b.*\bearns?\b|^what (?:do|does|did|would|will)\b.*\b(?:get|got|be) paid\b(?! (?:for|with|in)$)/, ['money']],
  ['what', /^what(?:'s| is| was| are| were)? (?:the )?(?:average )?(?:price|cost|salary|wage|fee)s?\b/, ['money']],
  ['how ', /\bhow (?:heavy|light)\b/, WEIGHT],
  ['weigh', /\bweigh(?:s|ed|t)?\b/, WEIGHT],
  ['how ', /\bhow fast\b/, ['speed', 'duration']],
  ['how ', /\bhow (?:hot|cold|warm)\b/, ['temperature']],
  ['what', /^(?:at |to )?what(?:'s| is| was| are| were)? (?:the )?(?:height|length|depth|width|distance|range)\b/, ['length']],
  ['what', /^(?:at |to )?what(?:'s| is| was| are| were)? (?:the )?speed\b/, ['speed']],
  ['what', /^(?:at |to )?what(?:'s| is| was| are| were)? (?:the )?temperature\b/, ['temperature']],
  // "What time does the ceremony start": a time of day, not any time ("the most practical time", "Sunday night"). Not
  // "what time zone", "what time of year" (a season), "what time of day" (told as often by "in the morning").
  ['what', /^(?:at |by )?what time\b(?! zones?\b| of\b)/, ['clock']],
];

/** The measures a question asks for, on its lower-cased text; empty when it names none. */
export function measuresAskedFor(question: string): readonly Measure[] {
  const lower = question.toLowerCase();
  return ASKED.find(([word, phrase]) => lower.includes(word) && phrase.test(lower))?.[2] ?? [];
}

/**
 * An amount before a unit: digits ("415", "1,300", "2.5"), a number word, "a"/"an" ("a month", "an hour"), or "a couple
 * of", two or so ("for a couple of days"), as "a few" is read.
 */
const AMOUNT = String.raw`(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|few|couple of)`;
const unit = (units: string) => new RegExp(String.raw`\b${AMOUNT}[- ](?:\w+[- ])?(?:${units})\b`, 'i');

/** The hours in words: "on the dot of seven", "half past two", "five o'clock". */
const HOURS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';

/** A unit of each measure after an amount ("415 feet", "eighteen weeks", "2-hour"), and an age's own phrasings. */
const STATED: Readonly<Record<Measure, RegExp>> = {
  length: unit('feet|foot|ft|inch|inches|yards?|miles?|meters?|metres?|kilometers?|kilometres?|km|rods?|light-years?'),
  height: unit('feet|foot|ft|inch|inches|yards?|meters?|metres?|stor(?:y|ies)|storeys?'),
  duration: unit('seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)'),
  age: /\b\d+-year-old\b|\b(?:aged|age of) \w+|\b\w+ years? old\b/i,
  weight: unit('pounds?|lbs?|ounces?|tons?|kilograms?|kilos?|kg|grams?'),
  // A speed is a length in a unit of time, in whichever units ("300 miles an hour", "about 1500 meters per second", "6,000
  // feet per minute"): as a reader takes it, not only the road's.
  speed: unit('(?:feet|foot|ft|inch|inches|yards?|miles?|meters?|metres?|kilometers?|kilometres?|km) (?:an|per|a) (?:second|minute|hour)|mph|knots?|km/h'),
  temperature: /\b\d[\d,.]*(?:°|[- ]?degrees?\b)|\b(?:zero|freezing|boiling)\b/i,
  // A sign before the amount ("$300", "$.07", "£1,040") or a currency's word after it ("79-cents", "a few dollars",
  // "forty pounds", "3,000 francs", "548 billion RMB"), as the figures know them: asked a price, "pounds" is money.
  // Not "40 per cent": a share is no sum, though "cent" is a coin's name.
  money: new RegExp(String.raw`(?<!\p{L})(?:${MONEY_SIGN_SOURCE}) ?\.?\d|(?!\b${AMOUNT}[- ]per[- ]cent\b)${unit(MONEY_WORD_SOURCE).source}`, 'iu'),
  // On a clock's face ("4:45", "7:30"), with its half of the day ("6:30 A.M.", "3 p.m."), in hours ("six o'clock", "6
  // o'clock", "on the dot of seven", "half past two"), or noon and midnight. Not "at one time", "at five": as often a
  // count as an hour.
  clock: new RegExp(String.raw`\b\d{1,2}:\d{2}\b|\b\d{1,2}(?::\d{2})?\s*[ap]\.\s?m\.|\b(?:\d{1,2}|${HOURS})\s+o'clock\b|\b(?:dot of|half past|quarter (?:past|to|of))\s+(?:${HOURS})\b|\b(?:noon|midnight)\b`, 'i'),
};

/** Whether the text states a measure of one of the kinds asked for. */
export function statesMeasure(text: string, measures: readonly Measure[]): boolean {
  return measures.some((measure) => statesOne(text, measure));
}

/**
 * Each text's answer for each measure, remembered: ranking reads every candidate passage's whole text for the measure
 * asked, and the same passages come back question after question. Keyed by the text itself, a pure answer of it.
 */
function statesOne(text: string, measure: Measure): boolean {
  let known = statedIn.get(text);
  if (known === undefined) {
    if (statedIn.size >= MAX_REMEMBERED) statedIn.clear();
    statedIn.set(text, (known = new Map()));
  }
  let stated = known.get(measure);
  // A duration is read where "one day" tells no length, only when ("One day he followed the town band", `withoutTimeWhen`).
  if (stated === undefined) known.set(measure, (stated = STATED[measure].test(measure === 'duration' ? withoutTimeWhen(text) : text)));
  return stated;
}
const statedIn = new Map<string, Map<Measure, boolean>>();
/** A bound, not a tuning: a stream of new texts cannot grow the memory. */
const MAX_REMEMBERED = 50_000;
