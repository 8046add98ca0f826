import type { Lexicon } from './lexicon.ts';

/**
 * The nouns for one who does a verb's act beside its agent noun: the synonyms WordNet gives the nouns it derives from
 * the verb's `senses` commonest senses, used so in their own commonest sense, that name a person. "Who wrote the
 * virginian" is told by "Owen Wister, author of "The Virginian"" ("write" → "writer", whose synonym "author" is) as
 * it would be by "writer"; "who pitched" by "hurler". 0 reads none.
 */
export function doerNounsOf(verb: string, lexicon: Lexicon, senses: number): readonly string[] {
  if (senses <= 0) return [];
  return lexicon.derivedSynonyms(verb, senses, 1).filter((noun) => lexicon.namesPerson(noun, false));
}
