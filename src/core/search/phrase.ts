/**
 * The phrase signal of the ranking: which of a question's adjacent word pairs a passage holds as written.
 * The index keeps content stems only, so "heart of the" and "the war" reach every passage with "heart" or
 * "war"; the words between them, stop words included, tell the passage a user quotes or half-remembers.
 */

/** A pair of adjacent question words, as it would stand in a passage's lower-cased text. */
export type PhrasePair = string;

/** The question's adjacent word pairs that hold a content word: two stop words ("of the") stand in every passage. */
export function phrasePairs(words: readonly string[], isStopWord: (word: string) => boolean): PhrasePair[] {
  const pairs: PhrasePair[] = [];
  for (let at = 0; at + 1 < words.length; at += 1) {
    const [left, right] = [words[at] ?? '', words[at + 1] ?? ''];
    if (isStopWord(left) && isStopWord(right)) continue;
    pairs.push(`${left} ${right}`);
  }
  return [...new Set(pairs)];
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** The share of `pairs` the text holds as whole words (0 without pairs): "art of" is not in "heart of". */
export function shareOfPairsHeld(pairs: readonly PhrasePair[], text: string): number {
  if (pairs.length === 0) return 0;
  const lower = text.toLowerCase().replace(/\s+/gu, ' ');
  let held = 0;
  for (const pair of pairs) {
    for (let from = lower.indexOf(pair); from >= 0; from = lower.indexOf(pair, from + 1)) {
      const [before, after] = [lower[from - 1] ?? ' ', lower[from + pair.length] ?? ' '];
      if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) {
        held += 1;
        break;
      }
    }
  }
  return held / pairs.length;
}
