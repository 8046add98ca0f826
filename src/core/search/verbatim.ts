import type { Bm25Options } from '../options.ts';
import type { PassageTerms } from './passage-terms.ts';
import { seek } from './postings.ts';
import { indexOfString, type SortedStrings } from './sorted-strings.ts';
import type { Speller } from './spelling.ts';

/**
 * Verbatim lookup: the passages that hold a question's words, every one of them (stop words included), in
 * order and next to each other. The index keeps content stems only, so "to be or not to be" or "it was in the"
 * reach nothing through it, and "of the state of" reaches every passage with "state"; a user who quotes a
 * document is answered by the passages that hold the quote.
 *
 * Every word of every passage is kept as its id in the vocabulary (`PassageTerms` over `Vocabulary.words`,
 * 4 bytes a word), and, derived from it, where each word stands (`WordOccurrences`, 4 bytes a word more). A quote
 * is looked up from its two rarest words, their occurrences merged in order, the other words checked where both
 * stand: a quote with a rare word costs almost nothing, and "of the" the occurrences of both.
 * Measured against scanning the passages' folded text with `indexOf` (one string, 17.6 MB at 38,000 passages):
 * 14–20 ms for any quote, found or not, on every question that might be one.
 */

/**
 * A misspelt word of a question that is no quote as corrected is read as each of its neighbours one edit away, at
 * most this many, commonest first, until the question is a quote: a bound on the work of a question that quotes
 * nothing (each reading is one more lookup), like the caches' caps kept out of the engine's options.
 */
const MAX_READINGS = 12;

/** Where each word stands in `PassageTerms.ids` (word offsets), by word id: the occurrences of word `w` are `offsets[starts[w] … starts[w + 1])`, ascending. */
export interface WordOccurrences {
  readonly starts: Int32Array;
  readonly offsets: Int32Array;
}

/** The passages holding a quote, in position order, with how many times each holds it (`counts[i]` for `positions[i]`). */
export interface QuotedPassages {
  readonly positions: readonly number[];
  readonly counts: readonly number[];
}

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
 * none for a quote of fewer than `minWords` words or with a word the knowledge base lacks.
 */
export function findQuote(words: PassageTerms, occurrences: WordOccurrences, vocabulary: SortedStrings, quote: readonly string[], minWords: number): QuotedPassages {
  return quotedBy(words, occurrences, quote.map((word) => indexOfString(vocabulary, word)), minWords);
}

/** `findQuote` for the quote's words as vocabulary ids (-1 for a word the knowledge base lacks): looked up once by the caller. */
function quotedBy(words: PassageTerms, occurrences: WordOccurrences, ids: readonly number[], minWords: number): QuotedPassages {
  const found = { positions: [] as number[], counts: [] as number[] };
  if (ids.length < Math.max(1, minWords)) return found;
  if (ids.some((id) => id < 0)) return found;
  const countOf = (id: number) => (occurrences.starts[id + 1] ?? 0) - (occurrences.starts[id] ?? 0);
  // The two rarest words' occurrences are merged in order (reading two ascending lists is cheap; looking each
  // occurrence's neighbours up in the words is a cache miss apiece, 84,000 of them for "of" at 30k passages):
  // only where both stand at the right distance are the other words checked.
  const byRarity = ids.map((_, at) => at).sort((x, y) => countOf(ids[x] ?? 0) - countOf(ids[y] ?? 0));
  const anchor = byRarity[0] ?? 0;
  const second = byRarity[1] ?? anchor;
  const { offsets } = occurrences;
  const secondEnd = occurrences.starts[(ids[second] ?? 0) + 1] ?? 0;
  let cursor = occurrences.starts[ids[second] ?? 0] ?? 0;
  let passage = 0;
  const anchorEnd = occurrences.starts[(ids[anchor] ?? 0) + 1] ?? 0;
  for (let k = occurrences.starts[ids[anchor] ?? 0] ?? 0; k < anchorEnd; k += 1) {
    const start = (offsets[k] ?? 0) - anchor;
    if (start < 0 || start + ids.length > words.ids.length) continue;
    cursor = seek(offsets, cursor, secondEnd, start + second);
    if (cursor >= secondEnd) break;
    if (offsets[cursor] !== start + second) {
      // Leapfrog: the anchor's occurrences before the second word's next one cannot meet it; jump past them
      // (the loop's step then lands on the first that can) rather than try each ("of the": thousands apiece).
      k = seek(offsets, k + 1, anchorEnd, (offsets[cursor] ?? 0) - second + anchor) - 1;
      continue;
    }
    let held = true;
    for (let at = 0; at < ids.length && held; at += 1) held = at === anchor || at === second || words.ids[start + at] === ids[at];
    if (!held) continue;
    // Starts ascend, so the passage holding one is at or after the last one's: the last whose first word is at most `start`.
    passage = seek(words.starts, passage, words.starts.length - 1, start + 1) - 1;
    // The quote must stand within one passage, not run from the end of one into the next.
    if (start + ids.length > (words.starts[passage + 1] ?? 0)) continue;
    const last = found.positions.length - 1;
    if (found.positions[last] === passage) found.counts[last] = (found.counts[last] ?? 0) + 1;
    else {
      found.positions.push(passage);
      found.counts.push(1);
    }
  }
  return found;
}

/**
 * The `limit` passages that hold the quote most, each with its score: BM25's term part for the quote taken as
 * one term (how often the passage holds it, against its length), so a short passage that holds it twice comes
 * before a chapter that holds it once. Best first, ties by position. "of the" is in most passages: the best are
 * kept as they come (a bounded list), not all sorted.
 */
export function bestQuoted(words: PassageTerms, quoted: QuotedPassages, limit: number, bm25: Bm25Options): { position: number; score: number }[] {
  const passageCount = words.starts.length - 1;
  const average = passageCount > 0 ? words.ids.length / passageCount : 1;
  const { k, b, d } = bm25;
  const best: { position: number; score: number }[] = [];
  if (limit <= 0) return best;
  for (let at = 0; at < quoted.positions.length; at += 1) {
    const position = quoted.positions[at] ?? 0;
    const count = quoted.counts[at] ?? 0;
    const length = (words.starts[position + 1] ?? 0) - (words.starts[position] ?? 0);
    const score = d + (count * (k + 1)) / (count + k * (1 - b + (b * length) / (average || 1)));
    // Positions come in order, so among equal scores the one held is the earlier: a newcomer must score higher.
    if (best.length === limit && score <= (best[limit - 1]?.score ?? 0)) continue;
    let slot = best.length === limit ? limit - 1 : best.length;
    while (slot > 0 && (best[slot - 1]?.score ?? 0) < score) {
      best[slot] = best[slot - 1] as { position: number; score: number };
      slot -= 1;
    }
    best[slot] = { position, score };
  }
  return best;
}

/**
 * The passages that hold the question word for word (`findQuote`), reading its one misspelt word again when the
 * speller's correction makes no quote: the speller picks the commonest neighbour of a word ("tiem" → "them",
 * "continced" → "continued"), but in "at the tiem of its" only "time" makes words a passage holds, and a word of
 * three letters ("wre they to") is not corrected at all. `typed` are the question's words as typed, `quote` as
 * corrected. A question with two words the knowledge base lacks is no quote.
 */
export function findQuoteReading(
  words: PassageTerms,
  occurrences: WordOccurrences,
  vocabulary: SortedStrings,
  speller: Pick<Speller, 'neighbours'>,
  quote: readonly string[],
  typed: readonly string[],
  minWords: number,
): QuotedPassages {
  // The quote's words are looked up once; each reading looks up only its own word.
  const ids = quote.map((word) => indexOfString(vocabulary, word));
  const found = quotedBy(words, occurrences, ids, minWords);
  if (found.positions.length > 0 || quote.length < minWords) return found;
  // Letters only, 3 to 40 of them: a pasted run of 500 letters is no misspelt word, and its 26,000 edits would cost milliseconds.
  // A word typed as it stands in the quote (most are) was looked up with it.
  const unknown = typed.flatMap((word, at) => (/^[a-z]{3,40}$/.test(word) && (word === quote[at] ? (ids[at] ?? -1) : indexOfString(vocabulary, word)) < 0 ? [at] : []));
  const at = unknown[0];
  if (at === undefined || unknown.length > 1) return found;
  // A word the knowledge base lacks elsewhere in the quote makes every reading no quote: no neighbours to look for.
  if (ids.some((id, index) => id < 0 && index !== at)) return found;
  const read = ids.slice();
  for (const reading of speller.neighbours(typed[at] ?? '').slice(0, MAX_READINGS)) {
    if (at < read.length) read[at] = indexOfString(vocabulary, reading);
    const again = quotedBy(words, occurrences, read, minWords);
    if (again.positions.length > 0) return again;
  }
  return found;
}
