import { splitSentences } from '../documents/sentences.ts';

/** A stretch of a passage that a figure is read in: offsets into the passage text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const QUOTE = /["“”]/g;
/** A sentence that names its speaker after a quotation that ends with a full stop. */
const ATTRIBUTION = /^[^"“”]{0,80}?\b(?:said|says|told|added|noted|stated|declared|announced|wrote|explained|stressed)\b/;
const ENDS_WITH_QUOTE = /["”]\s*$/;
/** Speech rather than a slogan: a quotation with a pronoun or a finite verb in it. */
const SPEECH_WORD = /\b(?:I|we|you|he|she|they|it|my|our|your|is|are|was|were|am|have|has|had|will|would|must|should|can|could|do|does|did)\b/i;

/**
 * The passage's sentences as figures are read in them. A sentence that starts inside a quotation
 * (its first quote mark closes one) belongs to the sentence before: a full stop inside quotes
 * does not end the statement ('"Every thousand people have facilities." Reach 4.5"'). So does a
 * short attribution after a quotation ('..." Yuan Jiajun said in 2021.'), which dates what was said.
 */
export function groupSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const sentence of splitSentences(text)) {
    const span = { start: sentence.start, end: sentence.start + sentence.text.length };
    const previous = spans.at(-1);
    const continues =
      previous !== undefined &&
      (startsInsideQuote(sentence.text) ||
        (ENDS_WITH_QUOTE.test(text.slice(previous.start, previous.end)) && ATTRIBUTION.test(sentence.text)));
    if (continues) spans[spans.length - 1] = { start: previous.start, end: span.end };
    else spans.push(span);
  }
  return spans;
}

/** True when the first quote mark of the text closes a quotation. */
function startsInsideQuote(sentence: string): boolean {
  QUOTE.lastIndex = 0;
  const match = QUOTE.exec(sentence);
  return match !== null && isClosingQuote(sentence, match.index);
}

/** Curly quotes say which they are; a straight one closes when it follows a non-space. */
function isClosingQuote(text: string, index: number): boolean {
  const mark = text[index];
  if (mark === '”') return true;
  if (mark === '“') return false;
  return index > 0 && !/[\s([{—–-]/.test(text[index - 1] ?? ' ');
}

/**
 * True when the offset lies inside a quotation without a pronoun or finite verb, whatever its length: a slogan or a
 * name, whose number words ("seven mountains", "Eight strategies") are not quantities.
 */
export function isInSlogan(text: string, span: Span, offset: number): boolean {
  let open: number | null = null;
  let start = span.start;
  QUOTE.lastIndex = span.start;
  for (let match = QUOTE.exec(text); match !== null && match.index < span.end; match = QUOTE.exec(text)) {
    if (!isClosingQuote(text, match.index)) {
      open = match.index + 1;
      continue;
    }
    const quoteStart = open ?? start;
    if (quoteStart <= offset && offset < match.index) return isSlogan(text.slice(quoteStart, match.index)) && !isSaid(text, quoteStart, match.index + 1, span);
    open = null;
    start = match.index + 1;
  }
  // A quotation still open at the sentence's end runs on into the next: speech ("“For instance, … the Gross Committee
  // issued two interim announcements to the press …. You know …”"), longer than any slogan or name.
  return open !== null && open <= offset && isSlogan(text.slice(open, span.end)) && !isSaid(text, open, span.end, span) && !runsOnPast(text, span.end);
}

/** Whether a quotation open at `end` closes further on in the passage, after another sentence has begun. */
function runsOnPast(text: string, end: number): boolean {
  QUOTE.lastIndex = end;
  const close = QUOTE.exec(text);
  return close !== null && /[.!?]\s+\S/.test(text.slice(end - 2, close.index));
}

/** "he said: “", "Tilghman asked, “": a verb of saying right before a quotation. */
const SAID_BEFORE = /\b(?:said|says|say|asked|told|added|replied|answered|shouted|called|cried|ordered|wrote|declared)\b[,:]?\s*["“]$/i;
/** "”, he said hoarsely", "”, Tilghman asked": a short attribution right after a quotation. */
const SAID_AFTER = /^[,!?]?\s*(?:\p{Lu}\p{L}*|he|she|they|we|I)(?:\s+\p{Lu}\p{L}*)?\s+(?:said|says|asked|told|added|replied|answered|shouted|called|cried|ordered|declared)\b/u;

/**
 * A quotation someone is said to have spoken is speech, even with no pronoun or finite verb in it: an order ("“Follow
 * the river for five miles”, he said hoarsely"), an exclamation or an answer.
 */
function isSaid(text: string, open: number, close: number, span: Span): boolean {
  return SAID_BEFORE.test(text.slice(Math.max(span.start, open - 24), open)) || SAID_AFTER.test(text.slice(close, span.end));
}

function isSlogan(quoted: string): boolean {
  return !SPEECH_WORD.test(quoted);
}
