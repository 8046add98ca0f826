import type { Bm25Options } from '../options.ts';
import type { PassageTerms } from './passage-terms.ts';
import { indexOfString, type SortedStrings } from './sorted-strings.ts';

/**
 * Verbatim lookup: the passages that hold a question's words, every one of them (stop words included), in
 * order and next to each other. The index keeps content stems only, so "to be or not to be" or "it was in the"
 * reach nothing through it, and "of the state of" reaches every passage with "state"; a user who quotes a
 * document is answered by the passages that hold the quote.
 *
 * Every word of every passage is kept as its id in the vocabulary (`PassageTerms` over `Vocabulary.words`,
 * 4 bytes a word), and, derived from it, where each word stands (`WordOccurrences`). A quote is looked up from
 * its rarest word: each place that word stands is checked against the words around it, so "of the" costs the
 * occurrences of "of" (a fraction of a millisecond at 30k passages), and a quote with a rare word almost nothing.
 * Measured against scanning the passages' folded text with `indexOf`: 14–20 ms at 38,000 passages for any quote,
 * found or not; this is under a millisecond for the commonest pair.
 */

/** A quote is two words or more: one word is looked up as a word. */
export const MIN_QUOTE_WORDS = 2;

/** Where each word stands in `PassageTerms.ids` (word offsets), by word id: the occurrences of word `w` are `offsets[starts[w] … starts[w + 1])`, ascending. */
export interface WordOccurrences {
  readonly starts: Int32Array;
  readonly offsets: Int32Array;
}

/** The passages holding a quote, by passage position, with how many times each holds it. */
export type QuotedPassages = ReadonlyMap<number, number>;

/**
 * Where each word stands, from the passages' words as vocabulary ids; `counts` are each word's occurrences
 * (`Vocabulary.counts`, counted over the same words). One pass over the words: cheap enough to derive on a
 * restore rather than save.
 */
export function wordOccurrencesOf(words: PassageTerms, counts: Uint32Array): WordOccurrences {
  const starts = new Int32Array(counts.length + 1);
  for (let id = 0; id < counts.length; id += 1) starts[id + 1] = (starts[id] ?? 0) + (counts[id] ?? 0);
  const next = starts.slice(0, counts.length);
  const offsets = new Int32Array(starts[counts.length] ?? 0);
  for (let at = 0; at < words.ids.length; at += 1) {
    const id = words.ids[at] ?? -1;
    if (id >= 0) offsets[(next[id] as number)++] = at;
  }
  return { starts, offsets };
}

/**
 * The passages that hold `quote` (lower-cased words as `tokenize` gives them) word for word, with how often:
 * empty for a quote of fewer than `minWords` words or with a word the knowledge base lacks.
 */
export function findQuote(words: PassageTerms, occurrences: WordOccurrences, vocabulary: SortedStrings, quote: readonly string[], minWords: number): Map<number, number> {
  const found = new Map<number, number>();
  if (quote.length < Math.max(1, minWords)) return found;
  const ids = quote.map((word) => indexOfString(vocabulary, word));
  if (ids.some((id) => id < 0)) return found;
  const countOf = (id: number) => (occurrences.starts[id + 1] ?? 0) - (occurrences.starts[id] ?? 0);
  let anchor = 0;
  for (let at = 1; at < ids.length; at += 1) if (countOf(ids[at] ?? 0) < countOf(ids[anchor] ?? 0)) anchor = at;
  const anchorId = ids[anchor] ?? 0;
  for (let k = occurrences.starts[anchorId] ?? 0; k < (occurrences.starts[anchorId + 1] ?? 0); k += 1) {
    const start = (occurrences.offsets[k] ?? 0) - anchor;
    if (start < 0 || start + ids.length > words.ids.length) continue;
    let held = true;
    for (let at = 0; at < ids.length && held; at += 1) held = words.ids[start + at] === ids[at];
    if (!held) continue;
    const passage = passageAt(words.starts, start);
    // The quote must stand within one passage, not run from the end of one into the next.
    if (start + ids.length > (words.starts[passage + 1] ?? 0)) continue;
    found.set(passage, (found.get(passage) ?? 0) + 1);
  }
  return found;
}

/**
 * The `limit` passages that hold the quote most, each with its score: BM25's term part for the quote taken as
 * one term (how often the passage holds it, against its length), so a short passage that holds it twice comes
 * before a chapter that holds it once. Best first, ties by position.
 */
export function bestQuoted(words: PassageTerms, quoted: QuotedPassages, limit: number, bm25: Bm25Options): { position: number; score: number }[] {
  const passageCount = words.starts.length - 1;
  const average = passageCount > 0 ? words.ids.length / passageCount : 1;
  const { k, b, d } = bm25;
  const scored = [...quoted].map(([position, count]) => {
    const length = (words.starts[position + 1] ?? 0) - (words.starts[position] ?? 0);
    return { position, score: d + (count * (k + 1)) / (count + k * (1 - b + (b * length) / (average || 1))) };
  });
  return scored.sort((x, y) => y.score - x.score || x.position - y.position).slice(0, limit);
}

/** The passage whose words include word offset `offset`: the last whose start is at most it. */
function passageAt(starts: Int32Array, offset: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
