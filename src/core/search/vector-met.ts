import type { QueryTerm } from './query.ts';
import { similarity, wordVectors } from './vectors.ts';
import { isStopWord, stemWord, tokenize } from './words.ts';

/** EXPERIMENT trace (vectors52): each unmet word's nearest passage word, when set. */
export const vectorTrace: { rows: { word: string; near: string; cosine: number; passage: string; wr: number; nr: number }[] } | { rows: null } = { rows: null };

/**
 * The question's words a passage leaves unmet that a word of the passage is near by word vector, at cosine
 * `minSimilarity` or more ("pay" by "wages"): a second source of related words beside WordNet (issue 11). A word of the
 * passage that is another of the question's words (`asked`) says that word, not this one.
 */
export function metByVector(
  unmet: readonly QueryTerm[],
  passage: { readonly text: string },
  asked: ReadonlySet<string>,
  isName: (word: string) => boolean,
  minSimilarity: number,
  commonWords: number,
): QueryTerm[] {
  if ((minSimilarity > 1 && vectorTrace.rows === null) || unmet.length === 0) return [];
  const vectors = wordVectors();
  if (vectors === null) return [];
  const wanted = unmet.flatMap((term) => {
    const word = term.typed.toLowerCase();
    const vector = vectors.vectorOf(word);
    return vector === undefined || (vectors.rankOf(word) ?? 0) < commonWords || isName(word) ? [] : [{ term, vector }];
  });
  if (wanted.length === 0) return [];
  const seen = new Set<string>();
  const best = new Map<QueryTerm, { near: string; cosine: number }>();
  for (const { word } of tokenize(passage.text)) {
    const lower = word.toLowerCase();
    if (seen.has(lower)) continue;
    seen.add(lower);
    if (isStopWord(lower) || asked.has(stemWord(lower))) continue;
    const vector = vectors.vectorOf(lower);
    if (vector === undefined || (vectors.rankOf(lower) ?? 0) < commonWords || isName(lower)) continue;
    for (const { term, vector: termVector } of wanted) {
      const cosine = similarity(termVector, vector);
      if (cosine > (best.get(term)?.cosine ?? -1)) best.set(term, { near: lower, cosine });
    }
  }
  if (vectorTrace.rows !== null) for (const [term, { near, cosine }] of best) vectorTrace.rows.push({ word: term.typed, near, cosine, passage: passage.text.slice(0, 60), wr: vectors.rankOf(term.typed.toLowerCase()) ?? -1, nr: vectors.rankOf(near) ?? -1 });
  return wanted.filter(({ term }) => (best.get(term)?.cosine ?? 0) >= minSimilarity).map(({ term }) => term);
}
