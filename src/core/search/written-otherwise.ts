import type { QueryTerm } from './query.ts';
import { hasUnspacedScript } from './segment.ts';

/**
 * Whether a passage writes a Chinese word of the question in the documents' own form: a related word it was searched by
 * (`synonyms`, `fullFormsOf`, `verbOfAspect`) of two characters or more sharing a character with the word, as 价格 writes
 * 物价 ("price" both), 上涨 writes 涨了, 高速铁路 writes 高铁. Such a word is the dictionary's near-synonym of the word
 * written with its own character, not a loose relative, so a passage meeting it holds the word as a passage writing it
 * would: "物价去年涨了多少" is answered by "居民消费价格上涨0.2%". An English word's related words (WordNet's, or its
 * Chinese translations) share no character with it and are not read. `read` 0 holds no word otherwise.
 */
export function writesWordOtherwise(term: QueryTerm, matchedStems: readonly string[], read: number): boolean {
  if (read <= 0 || !hasUnspacedScript(term.typed)) return false;
  const characters = new Set(term.typed);
  return term.related.some((stem) => [...stem].length > 1 && [...stem].some((character) => characters.has(character)) && matchedStems.includes(stem));
}
