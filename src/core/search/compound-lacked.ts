import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';
import type { SearchIndex } from './search-index.ts';
import { stemWord } from './words.ts';

/**
 * Whether the question names a thing by a noun of several words that WordNet lists as one ("red wine", "sea level",
 * "chess opening", "census bureau") and no passage of the knowledge base writes it: a compound noun names one thing, and
 * documents that never name it cannot answer a question about it, whatever they say of wine or of levels ("how do you
 * remove a red wine stain" is not answered by "soils are removed"). The lacked compound is a lacked name, read as one.
 * The compound's words must be the question's searched words, side by side; the text may write its last word in any
 * form ("sea levels") and its words apart by a hyphen. Up to `maxWords` words (below 2: never).
 */
export function lacksCompoundNamed(query: ParsedQuery, index: SearchIndex, lexicon: Lexicon, maxWords: number): boolean {
  const words = query.typedWords;
  const searched = new Set(query.terms.map((term) => term.typed));
  for (let length = Math.min(maxWords, words.length); length >= 2; length -= 1) {
    for (let at = 0; at + length <= words.length; at += 1) {
      const run = words.slice(at, at + length);
      if (!run.every((word) => searched.has(word) && /^\p{L}+$/u.test(word)) || !lexicon.isWord(run.join('_')) || lexicon.describes(run.join('_'))) continue;
      if (!writesCompound(run, index)) return true;
    }
  }
  return false;
}

/** Whether some passage writes the run of words as one phrase, its last word in any form. */
function writesCompound(run: readonly string[], index: SearchIndex): boolean {
  const last = stemWord(run.at(-1) ?? '');
  const pattern = new RegExp(`\\b${run.slice(0, -1).join('[\\s-]+')}[\\s-]+(\\p{L}+)`, 'giu');
  for (const passage of index.passages.items) {
    for (const found of passage.text.matchAll(pattern)) if (stemWord((found[1] ?? '').toLowerCase()) === last) return true;
  }
  return false;
}
