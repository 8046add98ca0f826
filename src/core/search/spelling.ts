import { DEFAULT_ENGINE_OPTIONS, type SpellingOptions } from '../options.ts';
import { indexOfString, stringAt, stringCount } from './sorted-strings.ts';
import { countOf, type Vocabulary } from './vocabulary.ts';

/**
 * Corrects misspelt query words to words of the knowledge base ("zhejing" → "zhejiang",
 * "mountians" → "mountains"). Correcting the word before stemming matters: the stem of a typo can be
 * far from the stem of the word ("zhejing" stems to "zhej").
 *
 * Lookup is a symmetric-delete scheme (as in SymSpell): every vocabulary word is stored under each
 * of its one-letter deletions, so a query word finds its neighbours by a few lookups instead of a walk
 * over the whole vocabulary. That keeps a typo's cost flat as the knowledge base grows.
 *
 * The deletions are not kept as strings (a `Map` of every one-letter deletion of every word was a quarter
 * of docent's heap): each is a 32-bit hash packed with its word's id into one number, `hash × 2^idBits + id`
 * (exact below 2^53), in one sorted `Float64Array` that a snapshot saves as it is. A lookup binary-searches
 * the hash; a collision only adds a candidate, which the edit distance then rejects.
 */
export interface Speller {
  /** The best vocabulary word within reach of `word`, or null when it is known or nothing is near. */
  correct(word: string): string | null;
  /** True when the word stands in the knowledge base. */
  knows(word: string): boolean;
  /** The vocabulary's words one edit from `word` (a letter dropped, added, replaced, or two swapped), commonest first. */
  neighbours(word: string): readonly string[];
  /** The packed deletion keys, sorted: what a snapshot saves, so a restore does not compute them again. */
  readonly deletionKeys: Float64Array;
}

/** A speller over the vocabulary; `SpellingOptions` says which words are corrected and how far. */
export function buildSpeller(vocabulary: Vocabulary, options: SpellingOptions = DEFAULT_ENGINE_OPTIONS.spelling): Speller {
  const { idBits, hashBits } = keyLayout(vocabulary);
  const keys: number[] = [];
  for (let id = 0; id < stringCount(vocabulary.words); id += 1) {
    const word = stringAt(vocabulary.words, id) ?? '';
    if (word.length < options.minCorrectableLength - 1 || !isLetters(word)) continue;
    for (let skip = 0; skip < word.length; skip += 1) keys.push(hashOf(word, skip, hashBits) * 2 ** idBits + id);
  }
  const sorted = Float64Array.from(keys).sort();
  // A word with a double letter has the same deletion twice ("moon" → "mon"): one key is enough.
  let kept = 0;
  for (let at = 0; at < sorted.length; at += 1) if (at === 0 || sorted[at] !== sorted[at - 1]) sorted[kept++] = sorted[at] ?? 0;
  return spellerOf(vocabulary, sorted.slice(0, kept), options);
}

/** The speller over the vocabulary with its deletion keys as `buildSpeller` made them (from a snapshot). */
export function spellerOf(vocabulary: Vocabulary, deletionKeys: Float64Array, options: SpellingOptions = DEFAULT_ENGINE_OPTIONS.spelling): Speller {
  const { minCorrectableLength, twoEditsFromLength } = options;
  const { idBits, hashBits } = keyLayout(vocabulary);
  const idSpan = 2 ** idBits;
  const knows = (word: string) => indexOfString(vocabulary.words, word) >= 0;
  // A word more than two letters longer than every known word has no neighbour within reach, and
  // probing it costs its length cubed: a pasted 500-letter run would stall the bot for half a second.
  let longestWord = 0;
  for (let id = 0; id < stringCount(vocabulary.words); id += 1) {
    longestWord = Math.max(longestWord, (vocabulary.words.starts[id + 1] ?? 0) - (vocabulary.words.starts[id] ?? 0));
  }

  /**
   * The ids of every word within `maxDistance` edits of `word`, and some further (a hash collision): the caller measures.
   * Two letters dropped are probed only for two edits: a word one edit away shares a one-letter deletion with the word,
   * or is one (a swap of neighbours too: "form" and "from" both drop to "fom"), so one edit needs the word's own
   * deletions alone: 9 probes of an 8-letter word, not 37.
   */
  const candidatesOf = (word: string, maxDistance: number): Set<number> => {
    const found = new Set<number>();
    const probe = (key: string) => {
      const known = indexOfString(vocabulary.words, key);
      if (known >= 0) found.add(known);
      const first = hashOf(key, -1, hashBits) * idSpan;
      for (let at = firstAtLeast(deletionKeys, first); at < deletionKeys.length && (deletionKeys[at] ?? 0) < first + idSpan; at += 1) {
        found.add((deletionKeys[at] ?? 0) - first);
      }
    };
    probe(word);
    const firstDeletions = deletions(word);
    for (const variant of firstDeletions) probe(variant);
    // Two letters dropped, each pair once: the first at `at`, the second after it (dropping them the other way round
    // probes the same string again, and a probe adds only the ids it found the first time).
    if (maxDistance >= 2) firstDeletions.forEach((variant, at) => deletions(variant, at).forEach(probe));
    return found;
  };

  /** The nearest, commonest vocabulary word within reach of a word the vocabulary lacks: the probing `correct` remembers. */
  const correctionOf = (word: string): string | null => {
    const maxDistance = word.length >= twoEditsFromLength ? 2 : 1;
    if (word.length > longestWord + maxDistance) return null;
    let best: { word: string; distance: number; count: number } | null = null;
    // Ids in probing order, each bucket in word order: among equally near and frequent words the first wins.
    for (const id of candidatesOf(word, maxDistance)) {
      const candidate = stringAt(vocabulary.words, id) ?? '';
      const distance = editDistance(word, candidate, maxDistance);
      if (distance > maxDistance) continue;
      const count = countOf(vocabulary, candidate);
      if (best === null || distance < best.distance || (distance === best.distance && count > best.count)) {
        best = { word: candidate, distance, count };
      }
    }
    return best?.word ?? null;
  };

  // Each unknown word's correction, keyed by the word alone: the vocabulary and its keys never change after this speller
  // is made, so neither does a word's correction. A declined question's "did you mean" corrects every word it asked,
  // English words the query left alone included, and those recur from question to question (probing them was 2.6% of
  // answering the article). A known or short word is turned away before the map, as cheaply as the map would.
  const corrections = new Map<string, string | null>();
  // Each word's neighbours, keyed and safe as the corrections are (a pure function of the word and the unchanging
  // vocabulary): a quote read again with its misspelt word asks them, and the same words ("who", "how", "did": typed words
  // the index lacks) recur from question to question, 205 asks of 99 words over the article's 990 questions.
  // Read-only, as every asker gets the one list.
  const neighbourLists = new Map<string, readonly string[]>();

  return {
    knows,
    deletionKeys,
    correct(word) {
      if (word.length < minCorrectableLength || knows(word) || !isLetters(word)) return null;
      let corrected = corrections.get(word);
      if (corrected === undefined) {
        corrected = correctionOf(word);
        // A stream of made-up words cannot grow the map without end.
        if (corrections.size >= MAX_REMEMBERED) corrections.clear();
        corrections.set(word, corrected);
      }
      return corrected;
    },
    neighbours(word) {
      if (word.length > longestWord + 1) return [];
      const known = neighbourLists.get(word);
      if (known !== undefined) return known;
      const near: { word: string; count: number }[] = [];
      for (const id of candidatesOf(word, 1)) {
        const candidate = stringAt(vocabulary.words, id) ?? '';
        if (candidate !== word && editDistance(word, candidate, 1) <= 1) near.push({ word: candidate, count: countOf(vocabulary, candidate) });
      }
      const list = near.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1)).map((entry) => entry.word);
      if (neighbourLists.size >= MAX_REMEMBERED) neighbourLists.clear();
      neighbourLists.set(word, list);
      return list;
    },
  };
}

/** Past this many words a speller's remembered corrections (or neighbour lists) are cleared (a cap kept out of the engine's options, like the query's readings'). */
const MAX_REMEMBERED = 20_000;

/** Bits of a key for the word id (enough for every word) and for the hash (the rest of 53, at most 32). */
function keyLayout(vocabulary: Vocabulary): { idBits: number; hashBits: number } {
  const idBits = Math.max(1, Math.ceil(Math.log2(stringCount(vocabulary.words) + 1)));
  return { idBits, hashBits: Math.min(32, 53 - idBits) };
}

const isLetters = (word: string) => /^\p{L}+$/u.test(word);

/** FNV-1a over the word's UTF-16 code units, leaving out the one at `skip` (-1: none), cut to `bits`. */
function hashOf(word: string, skip: number, bits: number): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < word.length; at += 1) {
    if (at === skip) continue;
    hash = Math.imul(hash ^ word.charCodeAt(at), 0x01000193);
  }
  return (hash >>> 0) >>> (32 - bits);
}

/** The first index whose key is at least `key`. */
function firstAtLeast(keys: Float64Array, key: number): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((keys[middle] ?? 0) < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The word with one letter dropped, at each place from `from` on. */
function deletions(word: string, from = 0): string[] {
  const variants: string[] = [];
  for (let index = from; index < word.length; index += 1) variants.push(word.slice(0, index) + word.slice(index + 1));
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
