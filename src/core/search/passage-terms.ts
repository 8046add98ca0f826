import { indexOfString, runStarts, type SortedStrings } from './sorted-strings.ts';

/**
 * Each passage's content stems in reading order, for proximity in the ranking, as ids in the postings'
 * term dictionary: one `Int32Array` for all passages, and where each passage's run starts. Arrays of
 * strings cost a pointer and often a string of their own per word (a quarter of a million at 30k passages);
 * these cost 4 bytes a word, and a snapshot restores them as they were saved.
 */
export interface PassageTerms {
  /** Term ids, passage after passage. */
  readonly ids: Int32Array;
  /** Where each passage's ids start in `ids`, by passage position, and one more entry where the last ends. */
  readonly starts: Int32Array;
}

/** The passages' stems (every one in `terms`) as ids. */
export function passageTermsOf(stemsByPassage: readonly (readonly string[])[], terms: SortedStrings): PassageTerms {
  const starts = runStarts(stemsByPassage.map((stems) => stems.length));
  const ids = new Int32Array(starts[stemsByPassage.length] ?? 0);
  let at = 0;
  for (const stems of stemsByPassage) for (const stem of stems) ids[at++] = indexOfString(terms, stem);
  return { ids, starts };
}

/** The wanted stems by their term id (stems the dictionary lacks left out): resolved once a question. */
export function stemsById(terms: SortedStrings, wanted: Iterable<string>): Map<number, string> {
  const stems = new Map<number, string>();
  for (const stem of wanted) {
    const id = indexOfString(terms, stem);
    if (id >= 0) stems.set(id, stem);
  }
  return stems;
}

/**
 * Where each of the wanted stems (`stemsById`) stands among a passage's terms (word offsets), in one pass
 * over the passage and keeping only the stems asked about: re-ranking runs for every candidate of every question.
 */
export function positionsOfStems(passageTerms: PassageTerms, position: number, wanted: ReadonlyMap<number, string>): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  const start = passageTerms.starts[position] ?? 0;
  const end = passageTerms.starts[position + 1] ?? start;
  for (let at = start; at < end; at += 1) {
    const stem = wanted.get(passageTerms.ids[at] ?? -1);
    if (stem === undefined) continue;
    const list = positions.get(stem);
    if (list === undefined) positions.set(stem, [at - start]);
    else list.push(at - start);
  }
  return positions;
}
