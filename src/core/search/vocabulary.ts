import { indexOfString, sortedStringsOf, stringAt, stringCount, type SortedStrings } from './sorted-strings.ts';

/**
 * The knowledge base's words (lower-cased, stop words included) with how often each occurs: spelling
 * correction and completions read it. Two arrays rather than a `Map` of 150,000 strings, so that a snapshot
 * keeps and restores it as it is (see `SortedStrings`).
 */
export interface Vocabulary {
  readonly words: SortedStrings;
  /** Occurrences of each word, by its place in `words`. */
  readonly counts: Uint32Array;
}

export function vocabularyOf(wordCounts: ReadonlyMap<string, number>): Vocabulary {
  const words = sortedStringsOf(wordCounts.keys());
  const counts = new Uint32Array(stringCount(words));
  for (let at = 0; at < counts.length; at += 1) counts[at] = wordCounts.get(stringAt(words, at) ?? '') ?? 0;
  return { words, counts };
}

/** How often the word occurs (0 for a word the knowledge base does not hold). */
export function countOf(vocabulary: Vocabulary, word: string): number {
  const at = indexOfString(vocabulary.words, word);
  return at < 0 ? 0 : (vocabulary.counts[at] ?? 0);
}
