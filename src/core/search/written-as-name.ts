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
  // A pair is looked for once, for either of its words; the passages are put in small letters once a question.
  let read: Texts | undefined;
  const pairs = new Map<number, boolean>();
  const pairIsName = (at: number): boolean => {
    let found = pairs.get(at);
    if (found === undefined) pairs.set(at, (found = writtenAsName(words[at] ?? '', words[at + 1] ?? '', (read ??= textsOf(texts())), minShare)));
    return found;
  };
  const named = new Map<string, boolean>();
  const isNamed = (word: string): boolean => {
    let found = named.get(word);
    if (found === undefined) named.set(word, (found = words.some((first, at) => (first === word || words[at + 1] === word) && pairIsName(at))));
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
function writtenAsName(first: string, second: string, { texts, lowered }: Texts, minShare: number): boolean {
  if (!/^\p{Ll}+$/u.test(first) || !/^\p{Ll}+$/u.test(second) || isStopWord(first) || isStopWord(second)) return false;
  // A cheap look for the two words before the exact one: most pairs of a question stand together in no passage.
  if (!lowered.some((lower) => lower.includes(first) && lower.includes(second))) return false;
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

/** The judged passages' texts as written, for their capitals, and in small letters, for a quick look. */
interface Texts {
  readonly texts: readonly string[];
  readonly lowered: readonly string[];
}

function textsOf(texts: readonly string[]): Texts {
  return { texts, lowered: texts.map((text) => text.toLowerCase()) };
}
