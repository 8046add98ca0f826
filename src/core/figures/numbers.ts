/**
 * English number grammar: numerals with thousands separators and decimals, scale words
 * ("4.5 million"), and number words ("nine", "twenty-five", "a hundred and fifty", "ten thousand").
 */
import { UNIT_PLURAL_SOURCE, UNIT_SOURCE } from './units.ts';
import { ABBREVIATED_UNIT_SOURCE } from './abbreviated-units.ts';

const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** The ordinals of the units, which also end an ordinal in words written onto its tens ("twenty-first"). */
export const ORDINAL_UNIT_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'] as const;
const TEEN_WORDS = [
  'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const WORD_VALUES: ReadonlyMap<string, number> = new Map([
  ...UNIT_WORDS.map((word, index) => [word, index + 1] as const),
  ...TEEN_WORDS.map((word, index) => [word, index + 10] as const),
  ...TENS_WORDS.map((word, index) => [word, (index + 2) * 10] as const),
]);

const SCALE_VALUES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  // "two dozen Americans" are 24 people, "a dozen" 12.
  ['dozen', 12],
  // Indian English: "4,000 crore" is 40 billion, "5 lakh" half a million.
  ['lakh', 1e5],
  ['lakhs', 1e5],
  ['crore', 1e7],
  ['crores', 1e7],
]);

/** Abbreviated scales written onto a money amount: "$5m", "£3bn", "$70k". */
const SUFFIX_VALUES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['b', 1e9],
  ['bn', 1e9],
  ['tn', 1e12],
]);

// Longer words first, so "seventeen" is not read as "seven" and "sixty" not as "six". The old form "five-and-twenty"
// (25, units before tens) only hyphened: "between five and twenty" is a range.
const SMALL = `(?:(?:${UNIT_WORDS.join('|')})-and-(?:${TENS_WORDS.join('|')})|(?:${TENS_WORDS.join('|')})(?:-(?:${UNIT_WORDS.join('|')}))?|${TEEN_WORDS.join('|')}|${UNIT_WORDS.join('|')})`;
/**
 * A scale word hyphened to a small number when both modify a noun: "the three-hundred-foot pines", "a
 * five-hundred-dollar prize", "Ten-thousand-dollar bequest" (the hyphen is the modifier's; nobody hyphens "two-million").
 */
const HYPHENED_SCALE = String.raw`-(?=(?:hundred|thousand)-\p{L})`;
// "a hundred and fifty", hyphened too: "a hundred-and-fifty miles".
const GROUP = `(?:(?:${SMALL}|a)(?:\\s+|${HYPHENED_SCALE})hundred(?:(?:\\s+(?:and\\s+)?|-and-)${SMALL})?|${SMALL})`;
const BIG_SCALE = '(?:dozen|thousand|million|billion|trillion)';

/** "and a half", or hyphened through when the number modifies a measure: "a two-and-a-half-mile length". */
const AND_A_HALF_SOURCE = '(?:\\s+and\\s+a\\s+half|-and-a-half)';

/**
 * A number written in words; "a" counts only before a scale word ("a hundred", "a million"), "half a" or "a half"
 * halves it ("half a billion dollars", "half a dozen", "a half million"), as "half" hyphened to the scale does, with or
 * without "a" ("A half-dozen other stations", "another half-dozen", "the additional half-million dollars"), and "and
 * a half" adds one half to the number before it ("nine and a half years", "two and a half million").
 */
/**
 * "half an hour", "half a mile", and "a half hour", "a half-mile north of": half of one unit of time or measure, named
 * in the singular right after it (hyphened as a modifier is). Only before such a unit, as "half a loaf" or "half a
 * chance" measure nothing a reader would list.
 */
const HALF_OF_ONE_SOURCE = String.raw`(?:(?:half\s+an?|an?\s+half)(?=[\s-](?:${UNIT_SOURCE})(?![\p{L}-])))`;
/** Whether number words are a half of one unit ("half an hour", "a half-mile"), whose unit is the singular word after them. */
export function isHalfOfOne(words: string | undefined): boolean {
  return words !== undefined && /^(?:half\s+an?|an?\s+half)$/i.test(words);
}
const NUMBER_WORDS_SOURCE = `${GROUP}${AND_A_HALF_SOURCE}?(?:(?:\\s+|${HYPHENED_SCALE})${BIG_SCALE}(?:\\s+(?:and\\s+)?${GROUP})?)?|(?:half\\s+)?a\\s+(?:half[\\s-])?${BIG_SCALE}|half[\\s-]${BIG_SCALE}|${HALF_OF_ONE_SOURCE}`;

/** A numeral: "100,000", "638.6", "45", and a decimal with no digit before its point, ".027" (see `LEADING_POINT`). */
const NUMERAL_SOURCE = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
/** A scale word after a numeral: "4.5 million". */
const SCALE_SOURCE = 'dozen|hundred|thousand|million|billion|trillion|lakhs?|crores?';
/** A scale a hyphen may join to a numeral: "$26.5-billion", "a 4-million-ton harvest" (a "3-hundred" nobody writes). */
const HYPHEN_SCALE_SOURCE = '(?:million|billion|trillion)(?!\\p{L})';
/** An abbreviated scale stuck to a numeral: "5m", "3bn". */
const SUFFIX_SOURCE = 'bn|mn|tn|[mkb]';

/**
 * A number: a numeral (with a stuck-on suffix or a scale word after it) or number words, not
 * followed by letters or digits ("18th", "1990s"). Named groups: numeral, suffix, scale, words.
 */
/**
 * A whole number and a fraction: "21 1/2", "33-1/3%", and "11/2 million" where a text lost the space of "1 1/2
 * million" (only before a scale word: nobody writes 5.5 million as eleven halves).
 */
const MIXED_SOURCE = String.raw`(?<mixed>\d{1,3})(?:\s+|-(?=\d\/)|(?=1\/2\s+(?:million|billion|trillion)\b))(?<fraction>[1-9]\/(?:2|3|4|8))(?![\p{N}\/])`;

/**
 * "half of the dated poems", "about half the children": "half" alone is a share of what a determiner opens after it, as
 * "one-half of" is. Not when a determiner stands before it, with up to two words between, as the half is then a part
 * named ("the second half of a program", "the eastern half of", "his half of"); nor "half of it" (a thing, no share
 * of a set or an amount). Without "of" only after a bound (see `reading.ts`): "half the time", "half his size" are no
 * figures a reader would list. The look-ahead comes first so that the look-behind runs only where "half" stands, not
 * at every place of every text (findNumbers took 75% more CPU without it).
 */
const HALF_SHARE_SOURCE = String.raw`(?=half)(?<!\b(?:the|a|an|this|his|her|its|their|our|my|your|another|each|every|either)(?:\s+[\p{Ll}-]+){0,2}\s+)half(?=\s+(?:of\s+)?(?:the|all|these|those|them|its|his|her|their|our|my|your|us)\b)`;
/**
 * A fraction in words: "one-third", "two thirds", "three-quarters", "a fourth", "one-half of" and "half" as a share
 * (above; not "a one-half inch brush", a measure). Written with a space it is a share only before "of" (see `reading.ts`): "a fourth of the trucks", not "a
 * fourth term".
 */
const FRACTION_WORDS_SOURCE = String.raw`(?<fractionWords>(?:one|two|three|four|five|six|seven|eight|nine)[-\s](?:thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)|[Oo]ne[-\s]half(?=\s+of\b)|\b[Aa]\s(?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?=\s+of\b)|${HALF_SHARE_SOURCE})`;
/** "3/4 of the land": a fraction in digits is a share only before "of" (an "11/2" alone is a day, or "1 1/2" lost its space). */
const FRACTION_DIGITS_SOURCE = String.raw`(?<fractionDigits>[1-9]\/[2-9])(?=\s+of\b)`;
/**
 * "down to 1/16 in. thick", "a 3/8-inch plywood", "1/2 cup milk", "1/50th of a second": a fraction in digits before a
 * unit of measure or time (named in words, or written short with its point), or before "of a" unit, is that part of
 * the unit, as is the low end of a range before one ("feed 1/4 to 1/2 pound per day", "1/2 to 4 pounds"). Read below
 * one only, as the share is (an "11/2 inch" lost the space of "1 1/2"), and not after a whole number ("5 1/16 inches"
 * is one length, the fraction its part). A slash is looked for first, so the look-behind runs only where one stands.
 */
const UNIT_NAMED_AFTER = String.raw`(?:[\s-](?:${UNIT_PLURAL_SOURCE}|${UNIT_SOURCE})\b|(?:\s+|-)${ABBREVIATED_UNIT_SOURCE})`;
const MEASURE_FRACTION_SOURCE = String.raw`(?=\d\d?\/)(?<!\d[\s-])(?<measureFraction>[1-9]\d?\/[1-9]\d{0,2})(?:(?:st|nd|rd|th)?(?=\s+of\s+an?\s+(?:${UNIT_SOURCE})\b)|(?=(?:\s+(?:to|or)\s+(?:[1-9]\d?\/[1-9]\d{0,2}|\d+(?:\.\d+)?))?${UNIT_NAMED_AFTER}))`;
const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2],
  ...['third', 'quarter', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map((word, index) => [word, index + 3] as const),
  ['fourth', 4],
]);

export const NUMBER_SOURCE = String.raw`(?:${FRACTION_WORDS_SOURCE}(?![\p{L}\p{N}])|${FRACTION_DIGITS_SOURCE}|${MEASURE_FRACTION_SOURCE}|${MIXED_SOURCE}(?:\s+(?<mixedScale>${SCALE_SOURCE})(?!\p{L}))?|(?<numeral>${NUMERAL_SOURCE})(?:(?<suffix>${SUFFIX_SOURCE})(?![\p{L}\p{N}])|(?![\p{L}\p{N}]|[.,]\d))(?:(?:\s+|-(?=${HYPHEN_SCALE_SOURCE}))(?<scale>${SCALE_SOURCE})(?!\p{L}))?|(?<words>${NUMBER_WORDS_SOURCE})(?=fold\b|(?![\p{L}\p{N}])))`;

/** A number as written in a text, with offsets into it. */
export interface NumberToken {
  readonly value: number;
  readonly start: number;
  readonly end: number;
  /** The number words, when it is written in words. */
  readonly words: string | undefined;
  /** An abbreviated scale stuck to it ("5m"), which only a currency sign makes a scale. */
  readonly suffix: string | undefined;
  /** Whether a scale word or suffix was written on it ("4.5 million"). */
  readonly scaled: boolean;
  /** A fraction in words ("one-third"): a share of something, never a count. */
  readonly fraction: boolean;
  /** Four digits that could be a year: "2012", not "2,012" or "20.12". */
  readonly yearLike: boolean;
  /** "twice", "thrice": a multiple written as one word, which is its unit too. */
  readonly multiple?: boolean;
  /**
   * A bound written after the number, part of how it is written: "the 30-odd member stations", "seventy-odd years"
   * (some more than it), "a dozen or so schools", "Five or so minutes" (about it), "150 or more pupils" (a floor),
   * "10 or fewer employees" (a ceiling).
   */
  readonly boundAfter?: 'more-than' | 'about' | 'at-least' | 'at-most';
}

/** A number not glued to what comes before it ("F7", "COVID-19", the second half of "eight-eight"). */
const NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}_.,'’/])(?<![\p{L}\p{N}_.,'’/)][-–−])${NUMBER_SOURCE}`, 'giu');
const YEAR_DIGITS = /^(?:1[5-9]|2[01])\d\d$/;
/** "twice what was estimated", "Twice during the war": a multiple, 2 (or 3) times. */
const MULTIPLE = /(?<![\p{L}\p{N}'’-])(?:twice|thrice)(?![\p{L}\p{N}'’-])/giu;

/**
 * "a pair of tallies": two of a plural, but not of a thing named in the plural that is one ("a pair of scissors").
 */
const PAIR_OF = /(?<![\p{L}\p{N}'’-])[Aa]\s+pair\s+of(?=\s+(?!(?:scissors|trousers|pants|jeans|shorts|glasses|spectacles|binoculars|pliers|tongs|tweezers|shears|breeches|slacks|tights|pajamas|pyjamas|handcuffs|knuckles)\b)\p{Ll}+(?<!s)s\b)/gu;

/**
 * "$.027 per mile", ".5 per cent", "a correlation of -.50": a decimal written with no digit before its point is an amount
 * only after a currency sign or a minus sign or before a percent; elsewhere a point and digits name things ("a .22
 * rifle", "Colt .45").
 */
const LEADING_POINT = { before: /[$€£¥]\s?$|(?:^|\s)[-−–]$/, after: /^(?:\s+of\s+(?:1|one))?(?:\s?%|\s+per\s?cent|\s+percent)/i } as const;

/** "30-odd", "seventy-odd": "-odd" written onto a number says there are some more than it. */
const ODD_AFTER = /^-odd(?![\p{L}\p{N}])/u;
/**
 * "a dozen or so schools", "30 or so boats": "or so" between a number and the word it counts says about
 * that many. After the noun ("twenty minutes or so") it leaves the number as written, and is not read.
 */
const OR_SO_AFTER = /^\s+or\s+so(?=\s+\p{Ll})/u;
/**
 * "150 or more pupils", "10 or fewer employees": "or more" (or "or fewer", "or less") between a number and the word it
 * counts makes it a floor (a ceiling). Not before "of" or "than" ("two or more of the powers" is "some of them"), nor
 * after the noun ("seven years or more", a clause's end, left as written).
 */
const OR_MORE_AFTER = /^\s+or\s+(?:(more)|fewer|less)(?=\s+(?!(?:of|than)\b)\p{Ll})/u;

/**
 * A word that every number in words (`findNumbers`' `words`, "a pair of") holds at a word's start: one test of a few
 * literals, where the whole grammar takes three scans with look-behinds at every place of the text.
 */
const NUMBER_WORD = new RegExp(`\\b(?:${[...UNIT_WORDS, ...TEEN_WORDS, ...TENS_WORDS].join('|')}|hundred|${BIG_SCALE}|half|pair)`, 'i');

/**
 * Whether a text may write a number in words, before `findNumbers` reads it: a check that reads only numbers in words
 * (a count or a year in words) runs on sentence after sentence that holds none. False proves there is none; true may be
 * "tent", "onerous" or "halfway".
 */
export function mayWriteNumberInWords(text: string): boolean {
  return NUMBER_WORD.test(text);
}

/** The numbers written in a text, in order. */
export function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const { numeral, words, scale, suffix } = match.groups ?? {};
    if (numeral?.startsWith('.') && !LEADING_POINT.before.test(text.slice(Math.max(0, match.index - 2), match.index)) && !LEADING_POINT.after.test(text.slice(match.index + match[0].length))) continue;
    const value = valueOfNumber(match.groups);
    if (!Number.isFinite(value) || value <= 0) continue;
    const scaled = scale !== undefined || suffix !== undefined || match.groups?.['mixedScale'] !== undefined;
    const yearLike = numeral !== undefined && !scaled && YEAR_DIGITS.test(numeral);
    const end = match.index + match[0].length;
    // "1/50th of a second" is a part of one unit as "a quarter of a mile" is; "1/16 in." a length.
    const ofOneUnit = match.groups?.['measureFraction'] !== undefined && /^\s+of\s/.test(text.slice(end, end + 4));
    const fraction = match.groups?.['fractionWords'] !== undefined || match.groups?.['fractionDigits'] !== undefined || ofOneUnit;
    const odd = ODD_AFTER.exec(text.slice(end, end + 5));
    const orSo = odd === null ? OR_SO_AFTER.exec(text.slice(end, end + 12)) : null;
    const orMore = odd === null && orSo === null ? OR_MORE_AFTER.exec(text.slice(end, end + 16)) : null;
    const boundAfter = odd !== null ? 'more-than' : orSo !== null ? 'about' : orMore === null ? undefined : orMore[1] === undefined ? 'at-most' : 'at-least';
    const written = odd ?? orSo ?? orMore;
    tokens.push({ value, start: match.index, end: end + (written?.[0].length ?? 0), words, suffix, scaled, yearLike, fraction, ...(boundAfter === undefined ? {} : { boundAfter }) });
  }
  for (const match of text.matchAll(MULTIPLE)) {
    const value = /^twice$/i.test(match[0]) ? 2 : 3;
    tokens.push({ value, start: match.index, end: match.index + match[0].length, words: match[0], suffix: undefined, scaled: false, yearLike: false, fraction: false, multiple: true });
  }
  for (const match of text.matchAll(PAIR_OF)) {
    tokens.push({ value: 2, start: match.index, end: match.index + match[0].length, words: match[0], suffix: undefined, scaled: false, yearLike: false, fraction: false });
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/** A small number in words alone ("five"), and one with a scale word written last ("seven million", "twenty thousand"). */
const SMALL_WORDS_ALONE = new RegExp(`^${SMALL}$`, 'i');
const SCALE_WRITTEN_LAST = new RegExp(`^(?<lead>${SMALL})\\s+(?<scale>hundred|dozen|thousand|million|billion|trillion)$`, 'i');

/**
 * "five to seven million families", "fifteen to twenty thousand words", "ten or eleven thousand villages": a range in
 * words writes its scale once, on its upper end, and the lower end takes it when it is a small number alone below the
 * upper end's own ("fifty or one hundred miles" is 50 to 100). The multiplier the lower end takes: 1 when none.
 */
export function scaleSharedInWords(low: string, high: string): number {
  const last = SCALE_WRITTEN_LAST.exec(high.trim())?.groups;
  if (last === undefined || !SMALL_WORDS_ALONE.test(low.trim())) return 1;
  return parseNumberWords(low) < parseNumberWords(last['lead'] ?? '') ? scaleValue(last['scale']) : 1;
}

/** The value of a match of `NUMBER_SOURCE`, from its groups. */
export function valueOfNumber(groups: Record<string, string | undefined> | undefined): number {
  const words = groups?.['words'];
  if (words !== undefined) return parseNumberWords(words);
  const fractionWords = groups?.['fractionWords'];
  if (fractionWords !== undefined) {
    // "half" alone is one half.
    const [numerator = '', denominator = ''] = /^half$/i.test(fractionWords) ? ['one', 'half'] : fractionWords.toLowerCase().split(/[-\s]/);
    const count = numerator === 'a' ? 1 : (WORD_VALUES.get(numerator) ?? Number.NaN);
    return count / (DENOMINATORS.get(denominator.replace(/s$/, '')) ?? Number.NaN);
  }
  const digits = /^(\d+)\/(\d+)$/.exec(groups?.['fractionDigits'] ?? groups?.['measureFraction'] ?? '');
  // "4/3 of" is no share of anything: a fraction in digits counts only below one.
  if (digits !== null) return Number(digits[1]) < Number(digits[2]) ? Number(digits[1]) / Number(digits[2]) : Number.NaN;
  const fraction = /^(\d)\/(\d)$/.exec(groups?.['fraction'] ?? '');
  if (fraction !== null) {
    const whole = Number(groups?.['mixed']) + Number(fraction[1]) / Number(fraction[2]);
    return whole * scaleValue(groups?.['mixedScale']);
  }
  return parseNumeral(groups?.['numeral'] ?? '', groups?.['scale'] ?? groups?.['suffix']);
}

/** The value of a numeral with its optional scale word or suffix; NaN when it is not finite. */
function parseNumeral(numeral: string, scale?: string): number {
  const value = Number(numeral.replaceAll(',', '')) * scaleValue(scale);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** The multiplier of a scale word or suffix ("million" → 1e6, "bn" → 1e9); 1 when there is none. */
export function scaleValue(scale: string | undefined): number {
  if (scale === undefined) return 1;
  const lower = scale.toLowerCase();
  return SCALE_VALUES.get(lower) ?? SUFFIX_VALUES.get(lower) ?? 1;
}

const AND_A_HALF = new RegExp(`${AND_A_HALF_SOURCE}\\b`, 'i');

/**
 * The value of number words matched by `NUMBER_WORDS_SOURCE`: small numbers add up, "hundred"
 * multiplies what came before it, and a larger scale closes a group ("two thousand five hundred").
 */
function parseNumberWords(words: string): number {
  const half = AND_A_HALF.exec(words);
  if (half !== null) {
    const scale = words.slice(half.index + half[0].length).trim();
    return (parseNumberWords(words.slice(0, half.index)) + 0.5) * (scale === '' ? 1 : parseNumberWords(scale));
  }
  let total = 0;
  let group = 0;
  let factor = 1;
  for (const word of words.toLowerCase().split(/[\s-]+/)) {
    if (word === 'half') factor = 0.5;
    else if (word === 'a' || word === 'an') group = 1;
    else if (word === 'hundred') group = (group || 1) * 100;
    else if (SCALE_VALUES.has(word)) {
      total += (group || 1) * (SCALE_VALUES.get(word) ?? 1);
      group = 0;
    } else group += WORD_VALUES.get(word) ?? 0;
  }
  return (total + group) * factor;
}
