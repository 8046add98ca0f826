import type { Lexicon } from './lexicon.ts';
import { isStopWord } from './words.ts';

/**
 * The lexicon as a question's own names are read: a word of a pair the passages write as one capitalised name is no
 * verb nor describing word there ("when did george shearing move to america": WordNet uses "shearing" mostly as a verb,
 * so "george shearing" reads as no noun phrase; the documents write "George Shearing"). Questions come typed in small
 * letters, so the passages' capitals are what tell the name. Each word is looked for once, and only when asked of.
 */
export function lexiconWithNames(lexicon: Lexicon, words: readonly string[], texts: () => readonly string[], minShare: number): Lexicon {
  if (minShare <= 0) return lexicon;
  const named = new Map<string, boolean>();
  let read: readonly string[] | undefined;
  const isNamed = (word: string): boolean => {
    let found = named.get(word);
    if (found === undefined) {
      found = words.some((first, at) => (first === word || words[at + 1] === word) && writtenAsName(first, words[at + 1] ?? '', (read ??= texts()), minShare));
      named.set(word, found);
    }
    return found;
  };
  return {
    ...lexicon,
    actsAsVerb: (word) => !isNamed(word) && lexicon.actsAsVerb(word),
    canBeVerb: (word) => !isNamed(word) && lexicon.canBeVerb(word),
    describes: (word) => !isNamed(word) && lexicon.describes(word),
  };
}

/**
 * Whether two neighbouring question words, neither a stop word, are one name of the texts: they write them next to
 * each other, both capitalised in at least `minShare` of those places ("George Shearing"); not "move to" nor "the
 * united" (a stop word is no part of the name).
 */
export function writtenAsName(first: string, second: string, texts: readonly string[], minShare: number): boolean {
  if (!/^\p{Ll}+$/u.test(first) || !/^\p{Ll}+$/u.test(second) || isStopWord(first) || isStopWord(second)) return false;
  // A cheap look for the two words before the exact one: most pairs of a question stand together in no passage.
  if (!texts.some((text) => { const lower = text.toLowerCase(); return lower.includes(first) && lower.includes(second); })) return false;
  const pair = new RegExp(`(?<![\\p{L}\\p{N}])${first}\\s+${second}(?![\\p{L}\\p{N}])`, 'giu');
  let [seen, capitalised] = [0, 0];
  for (const text of texts) {
    for (const found of text.matchAll(pair)) {
      seen += 1;
      if (/^\p{Lu}\S*\s+\p{Lu}/u.test(found[0])) capitalised += 1;
    }
  }
  return seen > 0 && capitalised >= minShare * seen;
}
