import { nounCountedOf } from './count-asked.ts';
import { baseOfIrregular } from './irregular.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * The question's nouns that name what the documents as a whole are about: held by at least `share` of their passages
 * ("dogs" in a report of a dog show, "suspect" in an essay on a murder's suspects). A reader takes a text's subject as
 * said by each of its passages, as a chapter's subject is by its paragraphs: "how far did they drive through the south
 * with their dogs" is answered by "Traveling through the South -- over 16,000 miles -- with two Great Danes …", which
 * never says "dogs". So abstaining does not count one a passage leaves unmet among the words it must meet, where the
 * question has another (`coverageOfBest`); its weight is still unmet in the coverage. A noun only: a verb or a word
 * that describes ("judged", "powerful") says what the question asks of the subject. Not the noun a "how many" counts,
 * which is what is asked ("how many eggs does a honeybee queen lay"), nor a verb in the past ("who judged best in show",
 * of a dog show's report): it asks of an act done, which a passage must say. None with `share` 0, nor of a knowledge base of
 * fewer than `minPassages` passages, where most words are in a large share of them.
 */
export function subjectWordsOf(terms: readonly QueryTerm[], query: ParsedQuery, index: SearchIndex, lexicon: Lexicon, passageCount: number, share: number, minPassages: number, countedMaxWords: number): readonly QueryTerm[] {
  if (share <= 0 || passageCount < minPassages) return [];
  const frequent = terms.filter((term) => (index.documentFrequency.get(term.stem) ?? 0) >= share * passageCount);
  if (frequent.length === 0) return frequent;
  const counted = nounCountedOf(query, countedMaxWords);
  return frequent.filter((term) => term.typed !== counted && !isPast(term.typed, lexicon));
}

/** A verb's past form: "-ed" of a word WordNet lists as a verb ("judged"), or an irregular past of one used mostly as a verb ("drove"). */
function isPast(word: string, lexicon: Lexicon): boolean {
  if (word.endsWith('ed')) return lexicon.canBeVerb(word);
  const base = baseOfIrregular(word);
  return base !== word && lexicon.actsAsVerb(base);
}
