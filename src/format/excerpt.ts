import { stemWord, tokenize } from '../core/search/words.ts';

/** A run of characters to emphasise: a word whose stem the question matched. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The words of `text` whose stems are among `stems`, in order. */
export function matchedSpans(text: string, stems: readonly string[]): Span[] {
  if (stems.length === 0) return [];
  const wanted = new Set(stems);
  return tokenize(text)
    .filter((token) => wanted.has(stemWord(token.word)))
    .map((token) => ({ start: token.start, end: token.end }));
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

function nextWordStart(text: string, from: number): number {
  const space = text.indexOf(' ', from);
  return space < 0 || space - from > 30 ? from : space + 1;
}

function previousWordEnd(text: string, to: number, floor: number): number {
  const space = text.lastIndexOf(' ', to);
  return space <= floor || to - space > 30 ? to : space;
}
