import { hasUnspacedScript } from '../core/search/segment.ts';
import { stemWord, tokenize } from '../core/search/words.ts';

/** A run of characters to emphasise: a word whose stem the question matched. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The words of `text` whose stems are among `stems`, in order. Matched words that touch (Chinese
 * words have no space between them: 乡村|振兴) make one span, so bold marks never stand back to back.
 */
export function matchedSpans(text: string, stems: readonly string[]): Span[] {
  if (stems.length === 0) return [];
  const wanted = new Set(stems);
  const found: Span[] = [];
  for (const word of stemmedWordsOf(text)) if (wanted.has(word.stem)) found.push({ start: word.start, end: word.end });
  // A Chinese word matched where its characters stand, across the segmenter's cuts (see rank.ts).
  for (const stem of wanted) {
    if (stem.length < 2 || !hasUnspacedScript(stem)) continue;
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + stem.length)) found.push({ start: at, end: at + stem.length });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: Span[] = [];
  for (const span of found) {
    const last = spans[spans.length - 1];
    if (last !== undefined && span.start <= last.end) spans[spans.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else spans.push(span);
  }
  return spans;
}

/** A word of a text with its stem and where it stands. */
interface StemmedWord extends Span {
  readonly stem: string;
}

/**
 * The words of the texts last shown, stemmed, by text: the same passages answer question after question, and
 * tokenising and stemming one again for each answer was most of `matchedSpans`. Cleared past `MAX_STEMMED_TEXTS`.
 */
const stemmedWords = new Map<string, readonly StemmedWord[]>();
/** At about 40 bytes a word, a few megabytes at most for passages of a hundred words. */
const MAX_STEMMED_TEXTS = 1_000;

function stemmedWordsOf(text: string): readonly StemmedWord[] {
  let words = stemmedWords.get(text);
  if (words === undefined) {
    words = tokenize(text).map((token) => ({ start: token.start, end: token.end, stem: stemWord(token.word) }));
    if (stemmedWords.size >= MAX_STEMMED_TEXTS) stemmedWords.clear();
    stemmedWords.set(text, words);
  }
  return words;
}

/**
 * Cuts a long text to at most `maxLength` characters around the densest cluster of matched words,
 * at word boundaries, marking each cut with "…". Spans are moved to the excerpt's offsets.
 */
export function excerptAround(text: string, spans: readonly Span[], maxLength: number): { text: string; spans: Span[] } {
  if (text.length <= maxLength) return { text, spans: [...spans] };
  const budget = Math.max(1, maxLength - 2); // room for an ellipsis at each end
  let bestStart = 0;
  let bestCount = -1;
  for (const span of spans) {
    const windowStart = Math.max(0, Math.min(span.start - Math.floor(budget / 5), text.length - budget));
    const count = spans.filter((other) => other.start >= windowStart && other.end <= windowStart + budget).length;
    if (count > bestCount) {
      bestCount = count;
      bestStart = windowStart;
    }
  }
  let start = bestStart;
  let end = Math.min(text.length, start + budget);
  if (start > 0) start = nextWordStart(text, start);
  if (end < text.length) end = previousWordEnd(text, end, start);
  const excerpt = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  const shift = start > 0 ? 1 - start : 0;
  const moved = spans
    .filter((span) => span.start >= start && span.end <= end)
    .map((span) => ({ start: span.start + shift, end: span.end + shift }));
  return { text: excerpt, spans: moved };
}

/** Chinese text is cut at a character, after a clause's punctuation when one is this near. */
const CJK_CLAUSE_REACH = 12;
const CJK_CLAUSE_END = /[，。；：、！？）」』”]/u;

function isUnspacedAt(text: string, index: number): boolean {
  return hasUnspacedScript(text.slice(Math.max(0, index - 1), index + 1)) || CJK_CLAUSE_END.test(text[index] ?? '');
}

/** Steps off the second half of a surrogate pair, so a cut never splits a character. */
function wholeCharacterAt(text: string, index: number): number {
  return /[\uDC00-\uDFFF]/u.test(text[index] ?? '') ? index + 1 : index;
}

function nextWordStart(text: string, from: number): number {
  if (isUnspacedAt(text, from)) {
    for (let index = from; index < Math.min(text.length, from + CJK_CLAUSE_REACH); index += 1) {
      if (CJK_CLAUSE_END.test(text[index] ?? '')) return index + 1;
    }
    return wholeCharacterAt(text, from);
  }
  const space = text.indexOf(' ', from);
  return space < 0 || space - from > 30 ? from : space + 1;
}

function previousWordEnd(text: string, to: number, floor: number): number {
  if (isUnspacedAt(text, to)) {
    for (let index = to - 1; index > Math.max(floor, to - CJK_CLAUSE_REACH); index -= 1) {
      if (CJK_CLAUSE_END.test(text[index] ?? '')) return index + 1;
    }
    return wholeCharacterAt(text, to);
  }
  const space = text.lastIndexOf(' ', to);
  return space <= floor || to - space > 30 ? to : space;
}

/** A passage cut around the words it matched, for a line that shows where it touches the question. */
export function excerptOfMatch(text: string, stems: readonly string[], maxLength: number): string {
  return excerptAround(text, matchedSpans(text, stems), maxLength).text;
}
