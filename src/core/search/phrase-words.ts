import type { PassageTerms } from './passage-terms.ts';
import type { PhrasePair } from './phrase.ts';
import { hasUnspacedScript } from './segment.ts';
import { indexOfString, lowerBound, type SortedStrings } from './sorted-strings.ts';

/**
 * Which of a question's phrase pairs (`phrase.ts`) a passage may hold, read from its words (`SearchIndex.passageWords`)
 * in one pass, so that a pair's regular expression runs only over the passages where its two words stand side by
 * side: an expression costs about a nanosecond a character of the text, and re-ranking ran one per pair over each of
 * 60 candidates, a sixth of `answerQuestion` on the article, while the words of fewer than one pair in twenty stand
 * together in a candidate. Answers do not change: a pair is passed over only where its expression cannot match.
 *
 * Why the words show it. A pair's expression (`phrasePairs`) matches, case aside, `left`, an optional `'s` or `’s`,
 * whitespace, then `right`, with `left` after the start of the text or one of `\s " “ ‘ ' ( [ -` and `right` before
 * its end or one of `\s . , ; : ! ? " ” ’ ' ) ] -`. For words of ASCII letters and digits (`PLAIN`), and a passage
 * without Han, kana or Hangul (whose runs `tokenize` segments otherwise), the passage's words (`tokenize`:
 * lower-cased, a final `'s` dropped, `’` read as `'`, commas dropped) then hold, one right after the other:
 * - a word that is `left`, or ends in `'` + `left` ("d'arc" holds "arc": `'` is the one character of those
 *   allowed before `left` that a word runs through). Not for a `left` of "s": "rock's" reads as "rock";
 * - a word that starts with `right` (a word runs on past `right` only through `. , ' ’`, all allowed after it).
 * An ASCII letter of a non-unicode case-insensitive expression matches only that letter in either case (ECMAScript's
 * `Canonicalize` never maps a character above 127 to one below), so lower-casing keeps those words whole.
 */

/** The words this check reads pairs of: any other word leaves its pair to the expression. */
const PLAIN = /^[a-z0-9]+$/;
/** A `left` the words cannot show: a final `'s` is dropped from words, so "rock's" holds "s" but reads "rock". */
const UNREADABLE_LEFT = 's';

/** A question's pairs as word ids of the knowledge's words (`SearchIndex.vocabulary.words`): made once a question. */
export interface PairWords {
  readonly count: number;
  /** The pairs each word id may stand first in, by id. */
  readonly pairsByLeft: ReadonlyMap<number, readonly number[]>;
  /** Bit `id mod FILTER_BITS` set for each id of `pairsByLeft`: a clear bit passes a word over without the map. */
  readonly leftFilter: Uint32Array;
  /** Each pair's second words, the ids of the words that start with `right`: `[rightFrom[pair], rightTo[pair])`, the words being sorted. */
  readonly rightFrom: Int32Array;
  readonly rightTo: Int32Array;
  /** 1 for a pair the words cannot show (`PLAIN`, `UNREADABLE_LEFT`): left to its expression. */
  readonly unread: Uint8Array;
  /** What `pairsMayHold` returns, filled anew at each call: candidates are read one after the other. */
  readonly may: Uint8Array;
}

/** Bits of the one-bit filter over the left words' ids (a power of two), as `passage-terms.ts`'s over stems. */
const FILTER_BITS = 1024;

/** The words that end in `'` + something, by that something: worked out once per knowledge base's words. */
const endingsAfterApostrophe = new WeakMap<SortedStrings, ReadonlyMap<string, readonly number[]>>();
/** Per knowledge base (its passages' words): 1 for a passage known plain, 2 for one with unspaced script, 0 not yet seen. */
const unspacedPassages = new WeakMap<PassageTerms, Uint8Array>();

/** The question's pairs (`phrasePairs`) as ids of the knowledge base's words (`SearchIndex.vocabulary.words`). */
export function pairWordsOf(words: SortedStrings, pairs: readonly PhrasePair[]): PairWords {
  const pairsByLeft = new Map<number, number[]>();
  const rightFrom = new Int32Array(pairs.length);
  const rightTo = new Int32Array(pairs.length);
  const unread = new Uint8Array(pairs.length);
  const leftFilter = new Uint32Array(FILTER_BITS / 32);
  const addLeft = (id: number, pair: number) => {
    const bit = id & (FILTER_BITS - 1);
    leftFilter[bit >>> 5] = (leftFilter[bit >>> 5] ?? 0) | (1 << (bit & 31));
    const list = pairsByLeft.get(id);
    if (list === undefined) pairsByLeft.set(id, [pair]);
    else list.push(pair);
  };
  for (const [pair, { left, right }] of pairs.entries()) {
    if (!PLAIN.test(left) || !PLAIN.test(right) || left === UNREADABLE_LEFT) {
      unread[pair] = 1;
      continue;
    }
    const own = indexOfString(words, left);
    if (own >= 0) addLeft(own, pair);
    for (const id of endingsOf(words).get(left) ?? []) addLeft(id, pair);
    rightFrom[pair] = lowerBound(words, right);
    // The words starting with `right` are those from it up to the string with its last character one higher.
    rightTo[pair] = lowerBound(words, `${right.slice(0, -1)}${String.fromCharCode(right.charCodeAt(right.length - 1) + 1)}`);
  }
  return { count: pairs.length, pairsByLeft, leftFilter, rightFrom, rightTo, unread, may: new Uint8Array(pairs.length) };
}

/**
 * By pair, 0 where the passage at `position` (its `text`) cannot hold it and 1 where it may; every pair may be held
 * in a passage with unspaced script, whose words `tokenize` segments. The array is `pairWords.may`, valid until the
 * next call.
 */
export function pairsMayHold(passageWords: PassageTerms, position: number, text: string, pairWords: PairWords): Uint8Array {
  const { may, unread, pairsByLeft, leftFilter, rightFrom, rightTo } = pairWords;
  may.set(unread);
  if (pairWords.count === 0) return may;
  if (isUnspaced(passageWords, position, text)) return may.fill(1);
  const { ids, starts } = passageWords;
  const end = (starts[position + 1] ?? 0) - 1;
  for (let at = starts[position] ?? end; at < end; at += 1) {
    const id = ids[at] ?? 0;
    const bit = id & (FILTER_BITS - 1);
    if (((leftFilter[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) continue;
    const pairs = pairsByLeft.get(id);
    if (pairs === undefined) continue;
    const next = ids[at + 1] ?? -1;
    for (const pair of pairs) if (next >= (rightFrom[pair] ?? 0) && next < (rightTo[pair] ?? 0)) may[pair] = 1;
  }
  return may;
}

function endingsOf(words: SortedStrings): ReadonlyMap<string, readonly number[]> {
  let endings = endingsAfterApostrophe.get(words);
  if (endings === undefined) {
    const found = new Map<string, number[]>();
    const { joined, starts } = words;
    for (let at = joined.indexOf('\''); at >= 0; ) {
      // The word holding this apostrophe: the last whose start is not after it.
      const id = upperBound(starts, at) - 1;
      const end = starts[id + 1] ?? joined.length;
      const ending = joined.slice(joined.lastIndexOf('\'', end - 1) + 1, end);
      const list = found.get(ending);
      if (list === undefined) found.set(ending, [id]);
      else list.push(id);
      at = joined.indexOf('\'', end);
    }
    endings = found;
    endingsAfterApostrophe.set(words, endings);
  }
  return endings;
}

function isUnspaced(passageWords: PassageTerms, position: number, text: string): boolean {
  let seen = unspacedPassages.get(passageWords);
  if (seen === undefined) {
    seen = new Uint8Array(passageWords.starts.length - 1);
    unspacedPassages.set(passageWords, seen);
  }
  if (seen[position] === 0) seen[position] = hasUnspacedScript(text) ? 2 : 1;
  return seen[position] === 2;
}

/** The first index whose value is above `value` in ascending `values`. */
function upperBound(values: Int32Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? 0) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
