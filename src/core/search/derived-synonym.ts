import { baseOfIrregular } from './irregular.ts';
import type { Lexicon } from './lexicon.ts';
import { isStopWord, stemWord } from './words.ts';

/**
 * The stems of the words that say a question's word in another part of speech and another word: the synonyms of the
 * words WordNet derives from it in its `maxSenses` commonest senses, each used so in one of its `ownSenses` commonest
 * (`Lexicon.derivedSynonyms`). "Is hesperus still
 * being punished" is told by "the penalty on Hesperus is lifted" ("punish" → "punishment", whose synonym "penalty" is),
 * "a bigger parcel" by "a larger tract". An irregular form is read as its base, which WordNet lists and the form is
 * not: "who wrote the virginian" is told by "Owen Wister, author of "The Virginian"" ("wrote" → "write" → "writer", whose
 * synonym "author" is). Not the word's own stem, nor a stop word.
 */
export function derivedSynonymStems(word: string, lexicon: Lexicon, maxSenses: number, ownSenses: number): readonly string[] {
  if (maxSenses <= 0) return [];
  const own = stemWord(word);
  return [...new Set(lexicon.derivedSynonyms(baseOfIrregular(word), maxSenses, ownSenses).filter((synonym) => !isStopWord(synonym)).map(stemWord))].filter((stem) => stem !== own);
}
