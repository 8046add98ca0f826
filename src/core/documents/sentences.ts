/** A sentence of a passage and where it starts in the passage's text. */
export interface Sentence {
  readonly text: string;
  /** Offset of the sentence's first character in the text it was cut from. */
  readonly start: number;
}

/**
 * Abbreviations written before a number or a name, which a sentence does not end on: "approx. 75
 * billion", "b. 1930", "ca. 1850", "Vol. 3", "p. 63", "ch. 4", "Gov. Smith". (A unit such as "km." may end one, so
 * units are not here.)
 */
const ABBREVIATIONS_BEFORE_NUMBERS = [
  'approx', 'appr', 'est', 'ca', 'cf', 'b', 'd', 'c', 'fl', 'vol', 'vols', 'nos', 'fig', 'figs', 'p', 'pp', 'n', 'nn', 'ch',
  'chap', 'para', 'al', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'dept', 'univ', 'mt', 'resp',
];

/**
 * Abbreviations of a thing numbered, which a sentence does not end on when its number follows: "Op. 110" (an opus),
 * "Sec. 2" (a section), "66 Stat. 328" (a statute's page), "(Ref. 1)", "Rte. 7". Only before a number, as "sec." is
 * also a unit (seconds) that may end one.
 */
const NUMBERED_BY = /(?:^|[^\p{L}.])(?:op|sec|stat|ref|rte)\.$/iu;
const NUMBER_NEXT = /^\s+\d/;

/** Titles written before a name: "Lt. Col. Smith", "Rev. King", "Capt. Jones". */
const TITLES = ['lt', 'col', 'capt', 'cpt', 'sgt', 'maj', 'cmdr', 'adm', 'brig', 'rev', 'hon', 'pres', 'supt', 'msgr', 'fr', 'messrs', 'mme', 'mlle', 'ft'];

/** Words that end with a full stop without ending a sentence ("Bros." as a firm's "Co.": "the Woodyard Bros.' Grocery"). */
const ABBREVIATIONS = new Set([
  'co', 'bros', 'ltd', 'inc', 'corp', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'vs', 'etc', 'e.g', 'i.e', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k',
  ...ABBREVIATIONS_BEFORE_NUMBERS,
  ...TITLES,
]);

/**
 * A sentence ends at `.`, `!`, `?` or `。` (with any closing quotes or brackets after it) when
 * white space follows, except after an abbreviation or a single initial. Chinese full stops, question
 * and exclamation marks (`。！？`) end one whether or not space follows: Chinese puts none.
 */
const SENTENCE_END = /[.!?。]+["'”’)\]]*(?=\s|$)|[。！？]+[”’）」』]*/g;
/**
 * A sentence never starts with a lower-case word ("the U.S. economy", "approx. one third"), nor with a slash ("at
 * 1.0-mg. / l. dissolved oxygen", "40 lb. / cu. ft.": a rate's units written short).
 */
const LOWER_CASE_NEXT = /^\s+(?:\p{Ll}|\/)/u;
/** "at 2 p.m. Tuesday at the chapel", "at 10 a.m. Jan. 5": a clock time goes on into the day it is on. */
const CLOCK_TIME_END = /\b[ap]\.m\.$/i;
const DAY_NEXT = /^\s+(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/;

/** Cuts text into sentences, keeping each one's offset so a caller can cite or highlight it. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(text, 0);
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    const upToStop = text.slice(start, match.index + 1);
    const next = text.slice(end, end + 16);
    if (end <= start || endsWithAbbreviation(upToStop) || (NUMBERED_BY.test(upToStop) && NUMBER_NEXT.test(next)) || LOWER_CASE_NEXT.test(next) || (CLOCK_TIME_END.test(upToStop) && DAY_NEXT.test(next))) continue;
    pushSentence(sentences, text, start, end);
    start = skipSpace(text, end);
  }
  if (start < text.length) pushSentence(sentences, text, start, text.length);
  return sentences;
}

function pushSentence(sentences: Sentence[], text: string, start: number, end: number): void {
  const sentence = text.slice(start, end).trimEnd();
  if (sentence.length > 0) sentences.push({ text: sentence, start });
}

function skipSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && /\s/.test(text[index] ?? '')) index += 1;
  return index;
}

function endsWithAbbreviation(upToStop: string): boolean {
  const lastWord = /([\p{L}.]+)\.$/u.exec(upToStop)?.[1];
  if (lastWord === undefined) return false;
  // A single initial, or an initialism written with stops ("U.N.", "U.S.A."), like "U.S.": a sentence going on.
  return ABBREVIATIONS.has(lastWord.toLowerCase()) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(lastWord);
}
