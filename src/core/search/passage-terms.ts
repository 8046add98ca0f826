import { indexOfString, runStarts, stringAt, stringCount, type SortedStrings } from './sorted-strings.ts';
import { isStopWord, stemWord } from './words.ts';

/**
 * Each passage's words (or stems) in reading order, as ids in a dictionary of sorted strings: one `Int32Array`
 * for all passages, and where each passage's run starts. Arrays of strings cost a pointer and often a string of
 * their own per word (a quarter of a million at 30k passages); these cost 4 bytes a word, and a snapshot
 * restores them as they were saved.
 */
export interface PassageTerms {
  /** Ids, passage after passage. */
  readonly ids: Int32Array;
  /** Where each passage's ids start in `ids`, by passage position, and one more entry where the last ends. */
  readonly starts: Int32Array;
}

/** The passages' words (every one in `dictionary`) as ids. */
export function passageTermsOf(wordsByPassage: readonly (readonly string[])[], dictionary: SortedStrings): PassageTerms {
  const starts = runStarts(wordsByPassage.map((words) => words.length));
  const ids = new Int32Array(starts[wordsByPassage.length] ?? 0);
  let at = 0;
  for (const words of wordsByPassage) for (const word of words) ids[at++] = indexOfString(dictionary, word);
  return { ids, starts };
}

/** A stop word's entry in `wordTermsOf`: it is no term and takes no place among a passage's stems. */
export const STOP_WORD = -1;
/**
 * The entry of a word whose stem the term dictionary lacks: it matches no stem but takes its place among the
 * passage's stems, as it did when the stems were kept as ids of their own (where `indexOfString` gave -1).
 */
export const UNINDEXED_STEM = -2;

/**
 * Each vocabulary word's stem as its id in the term dictionary (`STOP_WORD`, `UNINDEXED_STEM`), by word id:
 * a passage's stems in reading order are its words (`SearchIndex.passageWords`) mapped through it, so that
 * proximity needs no array of its own per passage stem (one int per vocabulary word instead).
 */
export function wordTermsOf(words: SortedStrings, terms: SortedStrings): Int32Array {
  const wordTerms = new Int32Array(stringCount(words));
  for (let id = 0; id < wordTerms.length; id += 1) {
    const word = stringAt(words, id) ?? '';
    if (isStopWord(word)) {
      wordTerms[id] = STOP_WORD;
      continue;
    }
    const term = indexOfString(terms, stemWord(word));
    wordTerms[id] = term < 0 ? UNINDEXED_STEM : term;
  }
  return wordTerms;
}

/**
 * Bits of the one-bit filter over term ids that `WantedStems` carries (a power of two): 1,024 bits, 128 bytes a
 * question, against a question's few dozen stems, so about 98% of a passage's other stems are passed over on one
 * bit instead of a look-up in the map.
 */
const FILTER_BITS = 1024;

/** A question's stems by their term id, with a one-bit filter over those ids (`FILTER_BITS`): made once a question. */
export interface WantedStems {
  /** Each wanted stem's slot (its place among the distinct wanted stems) by its term id. */
  readonly slotById: ReadonlyMap<number, number>;
  /** The same slots by stem, as the ranking reads a passage's positions (`StemPositions`). */
  readonly slotByStem: ReadonlyMap<string, number>;
  /** Bit `id mod FILTER_BITS` set for each wanted id: a clear bit proves the id unwanted; a set one sends it to `slotById`. */
  readonly filter: Uint32Array;
}

/** The wanted stems by their term id (stems the dictionary lacks left out): resolved once a question. */
export function stemsById(terms: SortedStrings, wanted: Iterable<string>): WantedStems {
  const slotById = new Map<number, number>();
  const slotByStem = new Map<string, number>();
  const filter = new Uint32Array(FILTER_BITS / 32);
  for (const stem of wanted) {
    const id = indexOfString(terms, stem);
    if (id < 0 || slotByStem.has(stem)) continue;
    slotById.set(id, slotByStem.size);
    slotByStem.set(stem, slotByStem.size);
    const bit = id & (FILTER_BITS - 1);
    filter[bit >>> 5] = (filter[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }
  return { slotById, slotByStem, filter };
}

/** A wanted stem's slot; -1 for one the dictionary lacks, which no passage holds. */
export function slotOf(wanted: WantedStems, stem: string): number {
  return wanted.slotByStem.get(stem) ?? -1;
}

/**
 * Where each wanted stem stands in one passage (`positionsOfStems`), by the stem's slot, read anew for each passage read
 * into it: the ranking reads up to three passages a candidate, and a Map made for each was a tenth of the ranking's
 * allocation (a Map's `clear` gives it a new table, so a Map could not be kept). The lists are made as the Map's were:
 * reused ones, cut to each passage's length, cost more time than they saved. A list read from it is the passage's for good.
 */
export class StemPositions {
  private readonly lists: number[][];
  /** The passage each slot's list was written for (`read`): a list of another holds nothing of this one. */
  private readonly readAt: Int32Array;
  private read = 0;

  constructor(readonly wanted: WantedStems) {
    // `fill`, not `Array.from` with a function: that took 40 ns a slot (8.7 µs for 200 stems, `fill` 0.35), three times a question.
    this.lists = new Array<number[]>(wanted.slotByStem.size).fill(NO_OFFSETS);
    this.readAt = new Int32Array(wanted.slotByStem.size).fill(-1);
  }

  has(stem: string): boolean {
    return this.holds(slotOf(this.wanted, stem));
  }

  /** `has` by the stem's slot (`slotOf`), found once a question: the ranking asks of every related stem a candidate. */
  holds(slot: number): boolean {
    return slot >= 0 && this.readAt[slot] === this.read;
  }

  /** The stem's offsets in reading order; undefined when the passage lacks it. */
  get(stem: string): readonly number[] | undefined {
    return this.listAt(slotOf(this.wanted, stem));
  }

  /** `get` by the stem's slot (`slotOf`): the ranking reads where each term's stems stand, a candidate. */
  listAt(slot: number): readonly number[] | undefined {
    return this.holds(slot) ? this.lists[slot] : undefined;
  }

  /** Forgets the passage read before, in one step: each list is made again at its stem's first offset. */
  clear(): void {
    this.read += 1;
  }

  add(slot: number, offset: number): void {
    if (this.readAt[slot] === this.read) (this.lists[slot] as number[]).push(offset);
    else {
      this.lists[slot] = [offset];
      this.readAt[slot] = this.read;
    }
  }
}

const NO_OFFSETS: number[] = [];

/**
 * Where each of the wanted stems (`into.wanted`) stands among a passage's stems (offsets counted over its
 * stems, stop words skipped), read from its words mapped through `wordTerms`, in one pass over the passage
 * and keeping only the stems asked about: re-ranking runs for every candidate of every question, and this pass
 * was its largest cost (a sixth of `answerQuestion` at 30k passages), hence the filter before the map.
 * Written into `into` (what it held before is forgotten) and returned.
 */
export function positionsOfStems(passageWords: PassageTerms, wordTerms: Int32Array, position: number, into: StemPositions): StemPositions {
  const { slotById, filter } = into.wanted;
  const { ids } = passageWords;
  const end = passageWords.starts[position + 1] ?? 0;
  into.clear();
  let offset = 0;
  for (let at = passageWords.starts[position] ?? end; at < end; at += 1) {
    const term = wordTerms[ids[at] ?? -1] ?? STOP_WORD;
    if (term === STOP_WORD) continue;
    const bit = term & (FILTER_BITS - 1);
    if (term >= 0 && ((filter[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0) {
      const slot = slotById.get(term);
      if (slot !== undefined) into.add(slot, offset);
    }
    offset += 1;
  }
  return into;
}
