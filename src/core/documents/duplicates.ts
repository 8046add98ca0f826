import { DEFAULT_ENGINE_OPTIONS, type DuplicateOptions } from '../options.ts';
import type { Passage } from '../types.ts';

/**
 * Returns the passages with `nearDuplicates` and `duplicateOf` filled in. Two passages are
 * near-duplicates when most of the word pairs of the shorter one also stand in the longer one
 * (`DuplicateOptions`): the article repeats its opening bullets later with a translator's small
 * changes ("solving new problems" / "solving the new problems"), so exact matching is not enough.
 * The earliest passage of a group of copies is its canonical one. Candidates come from shared word
 * pairs, so the cost grows with the text, not with the square of the number of passages.
 */
export function markNearDuplicates(passages: readonly Passage[], options: DuplicateOptions = DEFAULT_ENGINE_OPTIONS.duplicates): Passage[] {
  const pairsOfWords = passages.map((passage) => wordPairs(passage.text, options.minWords));
  const passagesByPair = new Map<string, number[]>();
  pairsOfWords.forEach((set, index) => {
    for (const pair of set) {
      const list = passagesByPair.get(pair);
      if (list === undefined) passagesByPair.set(pair, [index]);
      else list.push(index);
    }
  });

  const groupOf = passages.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (groupOf[root] !== root) root = groupOf[root] ?? root;
    return root;
  };
  const pairs: [number, number][] = [];
  pairsOfWords.forEach((set, index) => {
    if (set.size === 0) return;
    const shared = new Map<number, number>();
    for (const pair of set) {
      const holders = passagesByPair.get(pair) ?? [];
      if (holders.length > options.maxPairSpread) continue;
      for (const other of holders) if (other > index) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    for (const [other, count] of shared) {
      const smaller = Math.min(set.size, pairsOfWords[other]?.size ?? 0);
      if (smaller > 0 && count / smaller >= options.minOverlap) pairs.push([index, other]);
    }
  });
  for (const [a, b] of pairs) {
    const rootA = find(a);
    const rootB = find(b);
    // The smaller index is the earlier passage: it stays the canonical copy.
    if (rootA !== rootB) groupOf[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }

  const members = new Map<number, number[]>();
  passages.forEach((_, index) => {
    const root = find(index);
    const group = members.get(root);
    if (group === undefined) members.set(root, [index]);
    else group.push(index);
  });
  return passages.map((passage, index) => {
    const root = find(index);
    const group = members.get(root) ?? [index];
    if (group.length === 1) return passage;
    return {
      ...passage,
      duplicateOf: root === index ? null : (passages[root]?.id ?? null),
      nearDuplicates: group.filter((member) => member !== index).map((member) => passages[member]?.id ?? ''),
    };
  });
}

/** Lower-cased pairs of adjacent words of a text; empty when the text is too short to compare. */
function wordPairs(text: string, minWords: number): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const pairs = new Set<string>();
  if (words.length < minWords) return pairs;
  for (let index = 0; index + 1 < words.length; index += 1) pairs.add(`${words[index]} ${words[index + 1]}`);
  return pairs;
}
