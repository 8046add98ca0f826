import { splitSentences } from './sentences.ts';
import type { Passage } from '../types.ts';

/**
 * A passage cut from a long paragraph ends where a length limit fell, not always at a sentence end.
 * A piece at least this long that stops without closing punctuation was cut mid-sentence; a shorter
 * one is a title or a list item written without a full stop.
 */
const MIN_CUT_PIECE_CHARS = 400;
const ENDS_SENTENCE = /[.!?。;；:：]["'”’)\]]*\s*$/u;

/** A passage's text with the rest of any sentence cut at its edges, and where the passage's own text starts. */
export interface WholeSentences {
  readonly text: string;
  /** Offset of the passage's own text in `text`. */
  readonly offset: number;
  /** Length of the passage's own text. */
  readonly length: number;
}

/**
 * Each passage widened to whole sentences: a sentence that a length cut split between two passages
 * is read whole from either side, so a figure or date is never read in a fragment that has lost its
 * year or its subject. Callers keep only what starts inside [offset, offset + length).
 */
export function widenToWholeSentences(passages: readonly Passage[]): WholeSentences[] {
  return passages.map((passage, index) => {
    const previous = passages[index - 1];
    const next = passages[index + 1];
    const head = previous !== undefined && isCutBefore(previous, passage) ? (splitSentences(previous.text).at(-1)?.text ?? '') : '';
    const tail = next !== undefined && isCutBefore(passage, next) ? (splitSentences(next.text)[0]?.text ?? '') : '';
    const prefix = head.length > 0 ? `${head} ` : '';
    return { text: `${prefix}${passage.text}${tail.length > 0 ? ` ${tail}` : ''}`, offset: prefix.length, length: passage.text.length };
  });
}

/** Whether `first` is a piece of the same paragraph as `second`, cut in the middle of a sentence. */
function isCutBefore(first: Passage, second: Passage): boolean {
  return (
    first.citation.document === second.citation.document &&
    first.role === second.role &&
    first.role !== 'heading' &&
    first.text.length >= MIN_CUT_PIECE_CHARS &&
    !ENDS_SENTENCE.test(first.text)
  );
}
