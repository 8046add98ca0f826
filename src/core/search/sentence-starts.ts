import { splitSentences } from '../documents/sentences.ts';
import { isBoundPrefix, isStopWord, tokenize } from './words.ts';
import type { SearchIndex } from './search-index.ts';
import { lastAtOrBefore } from '../binary-search.ts';

/**
 * Each index's passages' sentence starts (`sentenceStartsOf`) by position, each found at the first question that ranks
 * the passage: a passage's sentences are the knowledge's, and cutting them is a tokenising of its text.
 */
const startsByIndex = new WeakMap<SearchIndex, (Int32Array | undefined)[]>();

/** The sentence starts of the passage at `position` (`sentenceStartsOf`), cut once an index. */
export function sentenceStartsAt(index: SearchIndex, position: number): Int32Array {
  let known = startsByIndex.get(index);
  if (known === undefined) startsByIndex.set(index, (known = []));
  return (known[position] ??= sentenceStartsOf(index.passages.items[position]?.text ?? ''));
}

/**
 * Where each sentence of a text starts, counted as `positionsOfStems` counts a passage's stems (its words, stop words
 * and bound prefixes skipped): the first sentence at 0, then one offset per sentence after it. A text of one sentence gives [0].
 */
export function sentenceStartsOf(text: string): Int32Array {
  const sentences = splitSentences(text);
  const starts = new Int32Array(Math.max(1, sentences.length));
  let stems = 0;
  let sentence = 1;
  for (const token of tokenize(text)) {
    while (sentence < sentences.length && token.start >= (sentences[sentence]?.start ?? Infinity)) starts[sentence++] = stems;
    if (!isStopWord(token.word) && !isBoundPrefix(text, token)) stems += 1;
  }
  // Sentences with no word in them (a stray mark) start where the text's words end.
  while (sentence < sentences.length) starts[sentence++] = stems;
  return starts;
}

/**
 * `bestSentenceShare`'s sums and credits, made once and grown, not two typed arrays a call: it runs for every candidate of
 * every question, and those were a tenth of the ranking's allocation. Nothing outlives a call, and calls never nest.
 */
let scratch = { sums: new Float64Array(64), credited: new Int32Array(64) };

/**
 * The best share of the question a single sentence holds: for each sentence, the summed weights of the terms
 * (`termWeights`, each already the share its match is worth) met by a stem that stands in it (`termPositions`), over
 * `total`; the largest of these. "How many
 * states give employees cars" is answered by the sentence "Forty-seven states assign or provide vehicles for
 * employees", not by a paragraph that names states in one sentence and employees three sentences on.
 */
export function bestSentenceShare(
  starts: Int32Array,
  termWeights: readonly number[],
  termPositions: readonly (readonly number[])[],
  total: number,
): number {
  const count = starts.length;
  if (scratch.sums.length < count) scratch = { sums: new Float64Array(count * 2), credited: new Int32Array(count * 2) };
  const { sums, credited } = scratch;
  sums.fill(0, 0, count);
  // The last term each sentence was credited for: a term standing twice in one sentence counts once.
  credited.fill(-1, 0, count);
  for (let term = 0; term < termWeights.length; term += 1) {
    const positions = termPositions[term];
    if (positions === undefined) continue;
    for (const position of positions) {
      const sentence = lastAtOrBefore(starts, position);
      if (credited[sentence] === term) continue;
      credited[sentence] = term;
      sums[sentence] = (sums[sentence] ?? 0) + (termWeights[term] ?? 0);
    }
  }
  let best = 0;
  for (let sentence = 0; sentence < count; sentence += 1) if ((sums[sentence] ?? 0) > best) best = sums[sentence] ?? 0;
  return best / (total || 1);
}


