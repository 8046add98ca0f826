import type { Lexicon } from './lexicon.ts';
import type { QueryTerm } from './query.ts';
import { splitSentences } from '../documents/sentences.ts';
import { stemWord } from './words.ts';
import { tokensOf } from './tokens-of.ts';
import { namesValueAsked, type ValueAsked } from './value-asked.ts';

/**
 * Whether the passage names the colour asked of the thing asked: in a sentence that also writes one of the question's
 * words, or the kind's own word ("much more beautiful in color … rusty red"). "The little pink woman" names a colour of
 * another than "the culvers' station wagon"; "His light blue eyes" and "The dress in the painting is a bright red" say
 * the one asked. `terms` are the question's searched words (`ParsedQuery.terms`); the kind's word in any spelling or form
 * ("colour", "colored") counts as the question's own. With `saidOf` 0, any colour the passage names (`namesValueAsked`).
 */
export function namesValueOfAsked(asked: ValueAsked, text: string, terms: readonly QueryTerm[], lexicon: Lexicon, saidOf: number): boolean {
  if (saidOf === 0) return namesValueAsked(asked, text, lexicon);
  const stems = new Set(terms.flatMap((term) => [term.stem, ...(term.forms ?? [])]));
  const saysHolder = (sentence: string) => tokensOf(sentence).some(({ word }) => stems.has(stemWord(word)) || (lexicon.isKindOf(word, asked.kind) && lexicon.isKindOf(asked.kind, word)));
  return splitSentences(text).some(({ text: sentence }) => saysHolder(sentence) && namesValueAsked(asked, sentence, lexicon));
}
