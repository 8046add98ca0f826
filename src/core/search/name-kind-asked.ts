import type { Lexicon } from './lexicon.ts';
import { headOf, type NameAsked } from './name-told.ts';
import type { ParsedQuery } from './query.ts';
import { isStopWord, stemWord } from './words.ts';
import { rememberedFor } from '../remembered.ts';

/** "What is auntie grace's surname", "what was the pseudonym of the author": a noun asked of what the question describes, by the copula. */
const NOUN_ASKED = /^what (?:is|was|are|were) (?:(?:the |his |her |its |their )?(\S+) of (.+)|(.+) (\S+))$/u;

/**
 * A surname, a nickname, a pseudonym is a name, as "name" and "title" are (`nameAskedOf`): a passage naming the one asked
 * about and no name of theirs ("… so that Auntie Grace can teach it …" for her surname) does not give it
 * (`givesNameAsked`). The asking noun is one whose commonest `senses` noun senses WordNet files under "name", itself not
 * "name" nor "title", which `nameAskedOf` reads. Null for any other question, or with `senses` 0.
 */
export function nameKindAskedOf(query: ParsedQuery, lexicon: Lexicon, senses: number): NameAsked | null {
  if (senses <= 0 || query.intent !== 'general') return null;
  const match = NOUN_ASKED.exec(query.words.join(' '));
  const asking = match?.[1] ?? match?.[4];
  const described = match?.[2] ?? match?.[3];
  if (asking === undefined || described === undefined || /^(?:names?|titles?)$/u.test(asking)) return null;
  if (!isKindOfName(lexicon, `${senses} ${asking}`)) return null;
  const head = headOf(described.split(' '));
  return { questionWords: new Set(query.words), bearer: head === '' || isStopWord(head) ? null : stemWord(head), asking };
}

/**
 * Whether a noun's commonest senses (the key: "1 surname") are filed under "name": read once a word and lexicon, as most
 * "what is X Y" questions end on a noun WordNet's hypernyms are walked for, a tenth of a millisecond each.
 */
const isKindOfName = rememberedFor(20_000, (lexicon: Lexicon, key: string): boolean => {
  const [senses, word] = key.split(' ');
  return lexicon.isKindOf(word ?? '', 'name', Number(senses));
});
