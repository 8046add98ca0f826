import { nounCountedOf } from './count-asked.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * The question's words that name what the documents as a whole are about: held by more than `share` of their passages
 * (`specificWordShare`: the words not specific), "dogs" in a report of a dog show, "suspect" in an essay on a murder's
 * suspects. A reader takes a text's subject as
 * said by each of its passages, as a chapter's subject is by its paragraphs: "how far did they drive through the south
 * with their dogs" is answered by "Traveling through the South -- over 16,000 miles -- with two Great Danes …", which
 * never says "dogs". So abstaining does not count one a passage leaves unmet among the words it must meet, where the
 * question has another (`coverageOfBest`); its weight, small as a common word's is, stays unmet in the coverage. Not
 * the noun a "how many" counts, which is what is asked, not its setting ("how many eggs does a honeybee queen lay", of
 * a text on bees). None of a knowledge base of fewer than `minPassages` passages, whose every word is in a large share.
 */
export function subjectWordsOf(terms: readonly QueryTerm[], query: ParsedQuery, index: SearchIndex, passageCount: number, share: number, minPassages: number, countedMaxWords: number): readonly QueryTerm[] {
  if (passageCount < minPassages) return [];
  const frequent = terms.filter((term) => (index.documentFrequency.get(term.stem) ?? 0) > share * passageCount);
  if (frequent.length === 0) return frequent;
  const counted = nounCountedOf(query, countedMaxWords);
  return frequent.filter((term) => term.typed !== counted);
}


/**
 * Whether a passage left its subject word says, of the question's other words it meets, one that names a thing (not a
 * word that describes: "first", "slow") as the question writes it: "how big was the soviet bomb" by "the 30- or
 * 50-megaton bomb". With the subject left to the documents the passage answers on the rest alone, and a word that only
 * shares its stem ("land" by "landed") or says how is no thing asked.
 */
export function saysThingAsked(text: string, met: readonly QueryTerm[], lexicon: Lexicon): boolean {
  return met.some((term) => !lexicon.describes(term.typed) && new RegExp(`\\b${escapeRegExp(term.typed)}s?\\b`, 'iu').test(text));
}

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
