import type { Lexicon } from './lexicon.ts';
import { editDistance } from './spelling.ts';

/**
 * The word, then its other spellings: WordNet's synonyms of it (of its base form: "kilometres" → "kilometre") within
 * `maxEdits` letters of that base (a letter dropped, added, replaced, or two beside each other swapped), "kilometer" for
 * "kilometre", "color" for "colour". A dictionary written in one spelling (CC-CEDICT glosses 公里 "kilometer") is then
 * reached by the other; a synonym further off is another word, not a spelling. Only the word itself when `maxEdits` is 0.
 */
export function spellingsOf(word: string, lexicon: Lexicon, maxEdits: number): readonly string[] {
  if (maxEdits === 0) return [word];
  const base = lexicon.baseForms(word)[0] ?? word;
  return [word, ...lexicon.relatedWords(base, 1).filter((other) => other !== base && other !== word && editDistance(base, other, maxEdits) <= maxEdits)];
}
