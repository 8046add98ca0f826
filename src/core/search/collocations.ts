import type { SearchOptions } from '../options.ts';
import type { Lexicon } from './lexicon.ts';
import type { QueryTerm } from './query.ts';
import type { SearchIndex } from './search-index.ts';
import { isStopWord, stemWord } from './words.ts';

/**
 * Two question words that stand together and that WordNet lists as one term ("record player", "home run") reach
 * that term's synonyms ("phonograph", "homer"): each word is met by them as by a related word. A text that says
 * "phonographs" writes neither "record" nor "player". Only synonyms the knowledge base holds are added.
 */
export function withCollocations(
  terms: readonly QueryTerm[],
  typedWords: readonly string[],
  index: SearchIndex,
  lexicon: Lexicon,
  options: SearchOptions,
): QueryTerm[] {
  const added = new Map<QueryTerm, string[]>();
  for (let at = 0; at + 1 < typedWords.length; at += 1) {
    const first = typedWords[at] as string;
    const second = typedWords[at + 1] as string;
    if (isStopWord(first) || isStopWord(second)) continue;
    const pair = [terms.find((term) => term.typed === first), terms.find((term) => term.typed === second)];
    if (pair.some((term) => term === undefined)) continue;
    const own = pair.map((term) => (term as QueryTerm).stem);
    // A synonym that is one of the two words ("press" for "printing press") says no more than that word: it would meet
    // the other word for nothing.
    const stems = lexicon
      .relatedWords(`${first}_${second}`, options.maxSensesFollowed)
      .filter((word) => !isStopWord(word))
      .map(stemWord)
      .filter((stem) => !own.includes(stem) && index.documentFrequency.has(stem));
    if (stems.length === 0) continue;
    for (const term of pair as QueryTerm[]) added.set(term, [...(added.get(term) ?? []), ...stems]);
  }
  if (added.size === 0) return [...terms];
  return terms.map((term) => {
    const stems = added.get(term)?.filter((stem) => !term.related.includes(stem));
    return stems === undefined || stems.length === 0 ? term : { ...term, related: [...term.related, ...new Set(stems)] };
  });
}
