import type { BenchPassage } from './engines/engine.ts';
import type { Random } from './random.ts';

/** A query drawn from a passage of the corpus: a hit is that passage (or a word-for-word copy of it) in the top 10. */
export interface KnownItemQuery {
  readonly text: string;
  readonly sourceId: string;
  readonly kind: 'window' | 'typo' | 'common';
}

/** How queries are drawn; the defaults are the independent check's. */
export interface QueryDrawOptions {
  readonly count: number;
  /** Words in a window: 2–5. */
  readonly minWords: number;
  readonly maxWords: number;
  /** Share of queries with one typo (a letter swapped, dropped, doubled or replaced) in one word of 4+ letters. */
  readonly typoShare: number;
  /** Share of queries made only of common words (the `commonWords` most frequent): "the united states", "past five years we have". */
  readonly commonShare: number;
  readonly commonWords: number;
}

export const DEFAULT_QUERY_DRAW: QueryDrawOptions = { count: 1_000, minWords: 2, maxWords: 5, typoShare: 0.3, commonShare: 0.1, commonWords: 300 };

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];

/** Queries of 2–5-word windows of random passages, some misspelt, some of common words only, in a seeded order. */
export function drawQueries(passages: readonly BenchPassage[], random: Random, options: QueryDrawOptions = DEFAULT_QUERY_DRAW): KnownItemQuery[] {
  const common = commonWordSet(passages, options.commonWords);
  const pick = () => passages[Math.floor(random() * passages.length)] as BenchPassage;
  const windowLength = () => options.minWords + Math.floor(random() * (options.maxWords - options.minWords + 1));
  const queries: KnownItemQuery[] = [];
  const commonCount = Math.round(options.count * options.commonShare);
  for (let attempts = 0; queries.length < commonCount && attempts < options.count * 200; attempts += 1) {
    const passage = pick();
    const words = wordsOf(passage.text);
    const length = windowLength();
    const starts = [...Array(Math.max(0, words.length - length + 1)).keys()].filter((start) => words.slice(start, start + length).every((word) => common.has(word)));
    if (starts.length === 0) continue;
    const start = starts[Math.floor(random() * starts.length)] ?? 0;
    queries.push({ text: words.slice(start, start + length).join(' '), sourceId: passage.id, kind: 'common' });
  }
  while (queries.length < options.count) {
    const passage = pick();
    const words = wordsOf(passage.text);
    const length = windowLength();
    if (words.length < length) continue;
    const start = Math.floor(random() * (words.length - length + 1));
    const window = words.slice(start, start + length);
    const typo = random() < options.typoShare ? misspell(window, random) : null;
    queries.push({ text: (typo ?? window).join(' '), sourceId: passage.id, kind: typo === null ? 'window' : 'typo' });
  }
  return queries;
}

/** The most frequent words by passages holding them. */
function commonWordSet(passages: readonly BenchPassage[], size: number): Set<string> {
  const counts = new Map<string, number>();
  for (const passage of passages) for (const word of new Set(wordsOf(passage.text))) counts.set(word, (counts.get(word) ?? 0) + 1);
  return new Set([...counts].sort((a, b) => b[1] - a[1]).slice(0, size).map(([word]) => word));
}

/** The window with one edit in one of its words of four letters or more, or null when it has none. */
function misspell(window: readonly string[], random: Random): string[] | null {
  const long = window.flatMap((word, at) => (/^\p{L}{4,}$/u.test(word) ? [at] : []));
  if (long.length === 0) return null;
  const at = long[Math.floor(random() * long.length)] ?? 0;
  const word = window[at] ?? '';
  const position = 1 + Math.floor(random() * (word.length - 2));
  const letter = String.fromCharCode(97 + Math.floor(random() * 26));
  const edits = [
    () => word.slice(0, position) + (word[position + 1] ?? '') + (word[position] ?? '') + word.slice(position + 2),
    () => word.slice(0, position) + word.slice(position + 1),
    () => word.slice(0, position) + (word[position] ?? '') + word.slice(position),
    () => word.slice(0, position) + letter + word.slice(position + 1),
  ];
  const edited = (edits[Math.floor(random() * edits.length)] ?? (() => word))();
  return window.map((original, index) => (index === at ? edited : original));
}

/** True when `ids` (best first) holds the query's source passage, or a passage with the same text, in the first `limit`. */
export function findsSource(ids: readonly string[], query: KnownItemQuery, sameText: ReadonlyMap<string, ReadonlySet<string>>, limit: number): boolean {
  const accepted = sameText.get(query.sourceId);
  return ids.slice(0, limit).some((id) => id === query.sourceId || (accepted?.has(id) ?? false));
}

/** For each passage id, the ids of the passages with exactly its text (copies are one item to a reader). */
export function sameTextGroups(passages: readonly BenchPassage[]): Map<string, Set<string>> {
  const byText = new Map<string, Set<string>>();
  for (const passage of passages) {
    const group = byText.get(passage.text);
    if (group === undefined) byText.set(passage.text, new Set([passage.id]));
    else group.add(passage.id);
  }
  return new Map(passages.map((passage) => [passage.id, byText.get(passage.text) ?? new Set<string>()]));
}
