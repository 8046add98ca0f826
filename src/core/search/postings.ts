import type { AsPlainObject } from 'minisearch';
import type { Bm25Options } from '../options.ts';
import { indexOfString, sortedStringsOf, type SortedStrings } from './sorted-strings.ts';

/**
 * A compact, read-only copy of a MiniSearch index's postings, read through MiniSearch's own serialised form
 * (`toJSON()`): MiniSearch stays the index that is built (its tokenising, field lengths and BM25+ are the
 * reference, see the property test), and this layer is what is kept, saved and searched. It exists to find
 * the best `k` passages of a question without scoring every passage that holds one of its words: MiniSearch's
 * `search` walks each term's whole posting list, scores and sorts every match, while the ranking reads 60.
 * Extending MiniSearch through its API cannot change that (its `search` has no limit, and no bound per term),
 * hence a layer of our own; once it is derived the passage MiniSearch is dropped (it was half of the heap).
 *
 * Every term's postings share a few flat typed arrays, addressed by the term's id in one sorted dictionary: a
 * posting is 4 bytes of passage position and 2 of frequency per field, and a term costs its dictionary
 * entry, not typed arrays of its own. A snapshot saves the arrays as they are and restores them as views.
 */
export interface Postings {
  readonly documentCount: number;
  readonly fieldCount: number;
  /** Field lengths in terms, `documentCount × fieldCount`, by passage position then field id. */
  readonly fieldLengths: Uint16Array;
  readonly averageFieldLengths: Float64Array;
  /** Each field's boost, by field id (MiniSearch's `boost` search option, which reads a missing or 0 boost as 1). */
  readonly fieldBoosts: Float64Array;
  /** Each field's name, by field id. */
  readonly fieldNames: readonly string[];
  /** The term dictionary: a term's id is its place in it. */
  readonly terms: SortedStrings;
  /** Where each term's postings start in `positions`, by term id, and one more entry where the last ends. */
  readonly starts: Int32Array;
  /** The passages holding each term, in position order, term after term. */
  readonly positions: Int32Array;
  /** `positions.length × fieldCount`: the term's frequency in each field of each passage, 0 where it is absent. */
  readonly frequencies: Uint16Array;
  /** `terms × fieldCount`: passages holding the term in each field, BM25's document frequency as MiniSearch counts it. */
  readonly fieldDocumentCounts: Int32Array;
  /** `terms × fieldCount`: the highest frequency and the shortest field among those passages, the bound of the term's score. */
  readonly maxFrequencies: Uint16Array;
  readonly minFieldLengths: Uint16Array;
}

/** A passage position and its retrieval score. */
export interface ScoredPosition {
  readonly position: number;
  readonly score: number;
}

const MAX_UINT16 = 0xffff;
const clamp16 = (value: number) => Math.min(MAX_UINT16, Math.max(0, Math.round(value)));

/**
 * The postings of a MiniSearch index whose document ids are the items' positions (as `buildItemIndex`
 * makes them), from its serialised form (`miniSearch.toJSON()`). `boosts` are the fields' boosts by name,
 * as searching with MiniSearch would pass them. Term ids are the terms' places in code-unit order.
 */
export function postingsOf(saved: AsPlainObject, boosts: Readonly<Record<string, number>>): Postings {
  const fieldCount = Object.keys(saved.fieldIds).length;
  const fieldNames: string[] = [];
  const fieldBoosts = new Float64Array(fieldCount).fill(1);
  for (const [name, field] of Object.entries(saved.fieldIds)) {
    fieldNames[field] = name;
    fieldBoosts[field] = boosts[name] || 1;
  }
  const positionOf = new Map(Object.entries(saved.documentIds).map(([shortId, id]) => [Number(shortId), Number(id)]));
  let lastPosition = -1;
  for (const position of positionOf.values()) lastPosition = Math.max(lastPosition, position);
  const fieldLengths = new Uint16Array((lastPosition + 1) * fieldCount);
  for (const [shortId, lengths] of Object.entries(saved.fieldLength)) {
    const position = positionOf.get(Number(shortId)) ?? 0;
    lengths.forEach((length, field) => (fieldLengths[position * fieldCount + field] = clamp16(length)));
  }

  const entries = [...saved.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const terms = sortedStringsOf(entries.map(([term]) => term));
  const termCount = entries.length;
  let capacity = 0; // postings over all fields: at least the postings over passages
  for (const [, byField] of entries) for (const frequencies of Object.values(byField)) capacity += Object.keys(frequencies).length;
  const starts = new Int32Array(termCount + 1);
  const positions = new Int32Array(capacity);
  const frequencies = new Uint16Array(capacity * fieldCount);
  const fieldDocumentCounts = new Int32Array(termCount * fieldCount);
  const maxFrequencies = new Uint16Array(termCount * fieldCount);
  const minFieldLengths = new Uint16Array(termCount * fieldCount).fill(MAX_UINT16);
  let end = 0;
  for (const [id, [, byField]] of entries.entries()) {
    starts[id] = end;
    const rows = new Map<number, Uint16Array>();
    for (const [fieldId, byDocument] of Object.entries(byField)) {
      const field = Number(fieldId);
      for (const [shortId, frequency] of Object.entries(byDocument)) {
        const position = positionOf.get(Number(shortId));
        if (position === undefined) continue; // a document MiniSearch discarded but had not yet vacuumed
        let row = rows.get(position);
        if (row === undefined) rows.set(position, (row = new Uint16Array(fieldCount)));
        row[field] = clamp16(frequency);
        fieldDocumentCounts[id * fieldCount + field] = (fieldDocumentCounts[id * fieldCount + field] ?? 0) + 1;
      }
    }
    for (const position of [...rows.keys()].sort((x, y) => x - y)) {
      const row = rows.get(position) as Uint16Array;
      positions[end] = position;
      for (let field = 0; field < fieldCount; field += 1) {
        const frequency = row[field] ?? 0;
        frequencies[end * fieldCount + field] = frequency;
        if (frequency === 0) continue;
        const at = id * fieldCount + field;
        maxFrequencies[at] = Math.max(maxFrequencies[at] ?? 0, frequency);
        minFieldLengths[at] = Math.min(minFieldLengths[at] ?? MAX_UINT16, fieldLengths[position * fieldCount + field] ?? 0);
      }
      end += 1;
    }
  }
  starts[termCount] = end;
  return {
    documentCount: saved.documentCount,
    fieldCount,
    fieldNames,
    fieldLengths,
    averageFieldLengths: Float64Array.from(saved.averageFieldLength),
    fieldBoosts,
    terms,
    starts,
    // A term in two fields of one passage is one posting: the arrays were sized for two, and are cut to fit.
    positions: positions.slice(0, end),
    frequencies: frequencies.slice(0, end * fieldCount),
    fieldDocumentCounts,
    maxFrequencies,
    minFieldLengths,
  };
}

/** How many passages hold the term in the named field (0 for a term or field not in the postings). */
export function fieldDocumentCount(postings: Postings, term: string, field: string): number {
  const id = indexOfString(postings.terms, term);
  const fieldId = postings.fieldNames.indexOf(field);
  return id < 0 || fieldId < 0 ? 0 : (postings.fieldDocumentCounts[id * postings.fieldCount + fieldId] ?? 0);
}

/** One query term's scoring constants and its cursor over its posting list. */
interface TermCursor {
  /** Where the term's postings end in `Postings.positions`. */
  readonly end: number;
  readonly weight: number;
  /**
   * Per field, from `factorsAt`: boost × idf, 0 for a field the term is not in. One array for all of a question's terms:
   * one a term was a twentieth of answering's allocation.
   */
  readonly fieldFactors: Float64Array;
  readonly factorsAt: number;
  /** The most the term can add to a passage's score: its weight times its best possible BM25+ over the fields. */
  readonly bound: number;
  at: number;
}

/**
 * The `k` best passages for weighted terms, scored exactly as MiniSearch scores them (BM25+ per field with
 * the field's boost and the term's weight, summed, then multiplied by the summed weights of the terms met:
 * see `searchItems`), best first, ties by position.
 *
 * MaxScore (Turtle and Flood, 1995): terms sorted by their upper bound; while the k-th best score so far is
 * θ, the weakest terms whose bounds together cannot lift a passage above θ are "non-essential": passages are
 * taken only from the essential terms' lists, and the others are looked up in those passages by binary
 * search, and only while the passage could still beat θ. A common word's list is then probed, not walked:
 * it costs what it can contribute. The score is a product (bm25 sum × weight sum); both factors grow with
 * each term met, so the bound of a set of terms is still the product of its sums.
 */
export function topPositions(
  postings: Postings,
  weights: ReadonlyMap<string, number>,
  k: number,
  bm25: Bm25Options,
): ScoredPosition[] {
  const cursors = termCursors(postings, weights, bm25);
  if (cursors.length === 0 || k <= 0) return [];
  cursors.sort((a, b) => a.bound - b.bound);
  const count = cursors.length;
  // Prefix sums of bounds and weights: a passage met by no term past i can score at most bounds[i] × weightSums[i].
  const boundSums = new Float64Array(count);
  const weightSums = new Float64Array(count);
  for (let i = 0, bound = 0, weight = 0; i < count; i += 1) {
    bound += (cursors[i] as TermCursor).bound;
    weight += (cursors[i] as TermCursor).weight;
    boundSums[i] = bound;
    weightSums[i] = weight;
  }
  const heap = new TopK(k);
  let firstEssential = 0;
  const { positions } = postings;
  const current = (cursor: TermCursor) => (cursor.at < cursor.end ? (positions[cursor.at] as number) : Number.MAX_SAFE_INTEGER);
  const norms = lengthNorms(postings, bm25);
  const scoreAt = (cursor: TermCursor, position: number) => termScore(postings, cursor, cursor.at, position, bm25, norms);

  for (;;) {
    let position = Number.MAX_SAFE_INTEGER;
    for (let i = firstEssential; i < count; i += 1) {
      const cursor = cursors[i] as TermCursor;
      position = Math.min(position, current(cursor));
    }
    if (position === Number.MAX_SAFE_INTEGER) break;
    let score = 0;
    let weight = 0;
    for (let i = firstEssential; i < count; i += 1) {
      const cursor = cursors[i] as TermCursor;
      if (current(cursor) !== position) continue;
      score += scoreAt(cursor, position);
      weight += cursor.weight;
      cursor.at += 1;
    }
    const threshold = heap.threshold();
    let possible = true;
    for (let i = firstEssential - 1; i >= 0; i -= 1) {
      if ((score + (boundSums[i] ?? 0)) * (weight + (weightSums[i] ?? 0)) <= threshold) {
        possible = false;
        break;
      }
      const cursor = cursors[i] as TermCursor;
      cursor.at = seek(positions, cursor.at, cursor.end, position);
      if (current(cursor) === position) {
        score += scoreAt(cursor, position);
        weight += cursor.weight;
      }
    }
    if (!possible || !heap.offer(position, score * weight)) continue;
    const raised = heap.threshold();
    while (firstEssential < count && (boundSums[firstEssential] ?? 0) * (weightSums[firstEssential] ?? 0) <= raised) firstEssential += 1;
  }
  return heap.takeSorted();
}

/**
 * The scores of the given passages for weighted terms, exactly as `topPositions` scores them (0 for a passage
 * no term meets): for passages found otherwise (a quote, see `verbatim.ts`) that retrieval did not return.
 */
export function scorePositions(postings: Postings, weights: ReadonlyMap<string, number>, positionsToScore: readonly number[], bm25: Bm25Options): number[] {
  // Most questions quote nothing retrieval missed (`withQuoted`): no passage to score, so no cursor (a term look-up each) is made.
  if (positionsToScore.length === 0) return [];
  const cursors = termCursors(postings, weights, bm25);
  const norms = lengthNorms(postings, bm25);
  return positionsToScore.map((position) => {
    let score = 0;
    let weight = 0;
    for (const cursor of cursors) {
      const at = seek(postings.positions, cursor.at, cursor.end, position);
      if (at >= cursor.end || postings.positions[at] !== position) continue;
      score += termScore(postings, cursor, at, position, bm25, norms);
      weight += cursor.weight;
    }
    return score * weight;
  });
}

/** A term's BM25+ over the fields of the passage at `position`, its posting being the `at`-th, times the term's weight. */
function termScore(postings: Postings, cursor: TermCursor, at: number, position: number, bm25: Bm25Options, norms: Float64Array): number {
  const { fieldCount, frequencies } = postings;
  const { k, d } = bm25;
  let score = 0;
  const base = at * fieldCount;
  for (let field = 0; field < fieldCount; field += 1) {
    const frequency = frequencies[base + field] ?? 0;
    if (frequency === 0) continue;
    score += (cursor.fieldFactors[cursor.factorsAt + field] ?? 0) * (d + (frequency * (k + 1)) / (frequency + (norms[position * fieldCount + field] ?? 0)));
  }
  return score * cursor.weight;
}

/** The length norms last worked out for a postings, with the `k` and `b` they were worked out for. */
const lengthNormsOf = new WeakMap<Postings, { readonly k: number; readonly b: number; readonly norms: Float64Array }>();

/**
 * BM25's length norm of every field of every passage, `k × (1 − b + b × length / average)`, by passage position then
 * field id, as `termScore` divides by it: a pure function of the postings and of `k` and `b`, so worked out once
 * (8 bytes a field a passage, 0.7 MB at 30k passages) and not again for every posting every question scores.
 */
function lengthNorms(postings: Postings, bm25: Bm25Options): Float64Array {
  const { k, b } = bm25;
  const known = lengthNormsOf.get(postings);
  if (known !== undefined && known.k === k && known.b === b) return known.norms;
  const { fieldCount, fieldLengths, averageFieldLengths } = postings;
  const norms = new Float64Array(fieldLengths.length);
  for (let at = 0; at < norms.length; at += 1) {
    const length = fieldLengths[at] ?? 0;
    const average = averageFieldLengths[at % fieldCount] || 1;
    norms[at] = k * (1 - b + (b * length) / average);
  }
  lengthNormsOf.set(postings, { k, b, norms });
  return norms;
}

function termCursors(postings: Postings, weights: ReadonlyMap<string, number>, bm25: Bm25Options): TermCursor[] {
  const cursors: TermCursor[] = [];
  const { k, b, d } = bm25;
  const fieldFactors = new Float64Array(weights.size * postings.fieldCount);
  for (const [term, weight] of weights) {
    const id = indexOfString(postings.terms, term);
    if (id < 0 || weight <= 0) continue;
    const factorsAt = cursors.length * postings.fieldCount;
    let best = 0;
    for (let field = 0; field < postings.fieldCount; field += 1) {
      const matching = postings.fieldDocumentCounts[id * postings.fieldCount + field] ?? 0;
      if (matching === 0) continue;
      const idf = Math.log(1 + (postings.documentCount - matching + 0.5) / (matching + 0.5));
      const factor = (postings.fieldBoosts[field] ?? 1) * idf;
      fieldFactors[factorsAt + field] = factor;
      // BM25+ grows with the frequency and falls with the length: the best frequency at the shortest length bounds it.
      const frequency = postings.maxFrequencies[id * postings.fieldCount + field] ?? 0;
      const length = postings.minFieldLengths[id * postings.fieldCount + field] ?? 0;
      const average = postings.averageFieldLengths[field] || 1;
      best += factor * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / average)));
    }
    cursors.push({ end: postings.starts[id + 1] ?? 0, weight, fieldFactors, factorsAt, bound: best * weight, at: postings.starts[id] ?? 0 });
  }
  return cursors;
}

/** The first index in [from, end) of ascending `positions` whose value is at least `target`, or `end` (galloping, then binary search). */
export function seek(positions: Int32Array, from: number, end: number, target: number): number {
  let low = from;
  let step = 1;
  let high = from;
  while (high < end && (positions[high] ?? 0) < target) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, end);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((positions[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The `k` best (position, score) pairs seen, in a min-heap on score (ties: the later position is worse). */
class TopK {
  private readonly positions: number[] = [];
  private readonly scores: number[] = [];
  constructor(private readonly k: number) {}

  /** A passage must score above this to enter (0 until k are held: any match enters). */
  threshold(): number {
    return this.positions.length < this.k ? 0 : (this.scores[0] ?? 0);
  }

  /** Adds the pair when it is among the best k; true when it entered. */
  offer(position: number, score: number): boolean {
    if (this.positions.length < this.k) {
      this.positions.push(position);
      this.scores.push(score);
      this.up(this.positions.length - 1);
      return true;
    }
    if (!this.worse(0, position, score)) return false;
    this.positions[0] = position;
    this.scores[0] = score;
    this.down(0);
    return true;
  }

  /**
   * The held pairs, best first (highest score, then lowest position), emptying the heap: its root is always the worst
   * held, so taking roots fills the list from its end. Sorting with a comparator cost as much as the whole search.
   */
  takeSorted(): ScoredPosition[] {
    const sorted = new Array<ScoredPosition>(this.positions.length);
    for (let at = this.positions.length - 1; at >= 0; at -= 1) {
      sorted[at] = { position: this.positions[0] as number, score: this.scores[0] as number };
      const lastPosition = this.positions.pop() as number;
      const lastScore = this.scores.pop() as number;
      if (at === 0) break;
      this.positions[0] = lastPosition;
      this.scores[0] = lastScore;
      this.down(0);
    }
    return sorted;
  }

  /** True when the held entry at `at` ranks below (position, score). */
  private worse(at: number, position: number, score: number): boolean {
    const held = this.scores[at] ?? 0;
    return held < score || (held === score && (this.positions[at] ?? 0) > position);
  }

  private up(at: number): void {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.worse(at, this.positions[parent] ?? 0, this.scores[parent] ?? 0)) break;
      this.swap(at, parent);
      at = parent;
    }
  }

  // No destructuring in `down` and `swap`: V8 allocated an array for each, 17 KB a question at 30k passages.
  private down(at: number): void {
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let lowest = at;
      if (left < this.positions.length && this.worse(left, this.positions[lowest] ?? 0, this.scores[lowest] ?? 0)) lowest = left;
      if (right < this.positions.length && this.worse(right, this.positions[lowest] ?? 0, this.scores[lowest] ?? 0)) lowest = right;
      if (lowest === at) return;
      this.swap(at, lowest);
      at = lowest;
    }
  }

  private swap(a: number, b: number): void {
    const position = this.positions[a] as number;
    this.positions[a] = this.positions[b] as number;
    this.positions[b] = position;
    const score = this.scores[a] as number;
    this.scores[a] = this.scores[b] as number;
    this.scores[b] = score;
  }
}
