import type { Lexicon } from './lexicon.ts';
import { isStopWord } from './words.ts';

/**
 * The lexicon as a question's own names are read: a word of a run the passages write as one capitalised name is no verb
 * nor describing word there ("when did george shearing move to america": WordNet uses "shearing" mostly as a verb, so
 * "george shearing" reads as no noun phrase; the documents write "George Shearing"). Questions come typed in small
 * letters, so the passages' capitals are what tell the name. The runs are read once, on the first word asked of.
 */
export function lexiconWithNames(lexicon: Lexicon, words: readonly string[], texts: () => readonly string[], minShare: number): Lexicon {
  if (minShare <= 0) return lexicon;
  let named: ReadonlySet<string> | undefined;
  const isNamed = (word: string) => (named ??= wordsWrittenAsName(words, texts(), minShare)).has(word);
  return {
    ...lexicon,
    actsAsVerb: (word) => !isNamed(word) && lexicon.actsAsVerb(word),
    canBeVerb: (word) => !isNamed(word) && lexicon.canBeVerb(word),
    describes: (word) => !isNamed(word) && lexicon.describes(word),
  };
}

/**
 * The question's words in a pair of neighbours, neither a stop word, that the texts write next to each other and, in
 * at least `minShare` of those places, both capitalised: "george shearing" where the texts write "George Shearing", a
 * name of several words; not "move to" nor "the united" (a stop word is no part of the name).
 */
export function wordsWrittenAsName(words: readonly string[], texts: readonly string[], minShare: number): ReadonlySet<string> {
  const named = new Set<string>();
  for (let at = 0; at + 1 < words.length; at += 1) {
    const [first, second] = [words[at] ?? '', words[at + 1] ?? ''];
    if (!/^\p{Ll}+$/u.test(first) || !/^\p{Ll}+$/u.test(second) || isStopWord(first) || isStopWord(second)) continue;
    const pair = new RegExp(`(?<![\\p{L}\\p{N}])${first}\\s+${second}(?![\\p{L}\\p{N}])`, 'giu');
    let [seen, capitalised] = [0, 0];
    for (const text of texts) {
      for (const found of text.matchAll(pair)) {
        seen += 1;
        if (/^\p{Lu}\S*\s+\p{Lu}/u.test(found[0])) capitalised += 1;
      }
    }
    if (seen > 0 && capitalised >= minShare * seen) named.add(first).add(second);
  }
  return named;
}
