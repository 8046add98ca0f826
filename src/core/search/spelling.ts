import { DEFAULT_ENGINE_OPTIONS, type SpellingOptions } from '../options.ts';

/**
 * Corrects misspelt query words to words of the knowledge base ("zhejing" → "zhejiang",
 * "mountians" → "mountains"). Correcting the word before stemming matters: the stem of a typo can be
 * far from the stem of the word ("zhejing" stems to "zhej").
 *
 * Lookup is a symmetric-delete scheme (as in SymSpell): every vocabulary word is stored under each
 * of its one-letter deletions, so a query word finds its neighbours by a few map lookups instead of
 * a walk over the whole vocabulary. That keeps a typo's cost flat as the knowledge base grows.
 */
export interface Speller {
  /** The best vocabulary word within reach of `word`, or null when it is known or nothing is near. */
  correct(word: string): string | null;
  /** True when the word stands in the knowledge base. */
  knows(word: string): boolean;
}

/** A speller over the vocabulary; `SpellingOptions` says which words are corrected and how far. */
export function buildSpeller(wordCounts: ReadonlyMap<string, number>, options: SpellingOptions = DEFAULT_ENGINE_OPTIONS.spelling): Speller {
  const { minCorrectableLength, twoEditsFromLength } = options;
  const byDeletion = new Map<string, string[]>();
  // A word more than two letters longer than every known word has no neighbour within reach, and
  // probing it costs its length cubed: a pasted 500-letter run would stall the bot for half a second.
  let longestWord = 0;
  for (const word of wordCounts.keys()) longestWord = Math.max(longestWord, word.length);
  for (const word of wordCounts.keys()) {
    if (word.length < minCorrectableLength - 1 || !/^\p{L}+$/u.test(word)) continue;
    for (const variant of deletions(word)) {
      const list = byDeletion.get(variant);
      if (list === undefined) byDeletion.set(variant, [word]);
      else if (list[list.length - 1] !== word) list.push(word);
    }
  }

  const candidatesOf = (word: string): Set<string> => {
    const found = new Set<string>();
    const probe = (key: string) => {
      if (wordCounts.has(key)) found.add(key);
      for (const candidate of byDeletion.get(key) ?? []) found.add(candidate);
    };
    probe(word);
    const firstDeletions = deletions(word);
    for (const variant of firstDeletions) probe(variant);
    if (word.length >= twoEditsFromLength) for (const variant of firstDeletions) for (const second of deletions(variant)) probe(second);
    return found;
  };

  return {
    knows: (word) => wordCounts.has(word),
    correct(word) {
      if (word.length < minCorrectableLength || wordCounts.has(word) || !/^\p{L}+$/u.test(word)) return null;
      const maxDistance = word.length >= twoEditsFromLength ? 2 : 1;
      if (word.length > longestWord + maxDistance) return null;
      let best: { word: string; distance: number; count: number } | null = null;
      for (const candidate of candidatesOf(word)) {
        const distance = editDistance(word, candidate, maxDistance);
        if (distance > maxDistance) continue;
        const count = wordCounts.get(candidate) ?? 0;
        if (best === null || distance < best.distance || (distance === best.distance && count > best.count)) {
          best = { word: candidate, distance, count };
        }
      }
      return best?.word ?? null;
    },
  };
}

function deletions(word: string): string[] {
  const variants: string[] = [];
  for (let index = 0; index < word.length; index += 1) variants.push(word.slice(0, index) + word.slice(index + 1));
  return variants;
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and swaps of neighbours),
 * giving up early once every path costs more than `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (previousPrevious[j - 2] ?? 0) + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}
