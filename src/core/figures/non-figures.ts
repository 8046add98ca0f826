import { isInSlogan, type Span } from './sentences.ts';
import type { NumberToken } from './numbers.ts';

/**
 * Numbers that are not quantities: dates, times, labels, names, and slogans. Each
 * rule is about how English writes them, so it holds in any document.
 */

const MONTH_BEFORE = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+$/;
const MONTH_AFTER = /^\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const TIME_AFTER = /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|hrs\b)|^:\d\d(?!\d)/i;
/** Numbers that name rather than count: "Issue 11", "Chapter 3", "No. 5". */
const LABEL_BEFORE =
  /\b(?:no|nos|issue|vol|volume|chapter|chap|article|section|sec|page|pages|part|room|route|line|grade|level|phase|round|stage|item|clause|step|figure|fig|table|verse|psalm|act|scene|book|case|box|platform|gate|flight|highway|exit|number|top)\.?\s*$/i;
/** "1 in 10 residents" is a proportion, not a count of residents. */
const ONE_IN = /\b(?:\d+|one)\s+in\s+$/i;
const CAPITALISED_WORD_BEFORE = /(?<=^|\s)\p{Lu}\p{Ll}*\s+$/u;
/** What may stand before the first word of a sentence. */
const SENTENCE_OPENING = /^[\s"“'‘(\[—–-]*$/;
const UNIT_HYPHEN = /^-(?:minutes?|mins?|years?)\b/i;

/** "November 15", "15 November", "10:30", "5 p.m.". */
export function isDateOrTime(text: string, token: NumberToken, before: string): boolean {
  return (
    MONTH_BEFORE.test(before.slice(-14)) ||
    MONTH_AFTER.test(text.slice(token.end, token.end + 30)) ||
    TIME_AFTER.test(text.slice(token.end, token.end + 8))
  );
}

/**
 * Number words are names, not quantities, when capitalised inside a sentence ("Ten Thousand
 * Village", "Xinhua Three") or before another capital ("Three Gorges"), inside a slogan ("seven
 * mountains and one water"), or hyphened to a word that is not a unit ("eight-eight").
 */
export function isCountingWord(text: string, sentence: Span, token: NumberToken, before: string): boolean {
  if (/^\p{Lu}/u.test(token.words ?? '')) {
    if (!SENTENCE_OPENING.test(before) || /^\s+\p{Lu}/u.test(text.slice(token.end, token.end + 3))) return false;
  }
  if (text[token.end] === '-' && !UNIT_HYPHEN.test(text.slice(token.end, token.end + 10))) return false;
  return !isInSlogan(text, sentence, token.start);
}

/**
 * A count's number that names rather than counts: after a label ("Issue 11", "Route 66") or a
 * capitalised word inside the sentence ("the Boeing 747 jets"); or "1 in 10 residents".
 */
export function isNameOrProportion(before: string): boolean {
  if (LABEL_BEFORE.test(before.slice(-12)) || ONE_IN.test(before.slice(-12))) return true;
  const name = CAPITALISED_WORD_BEFORE.exec(before.slice(-24));
  return name !== null && !SENTENCE_OPENING.test(before.slice(0, before.length - name[0].length));
}
