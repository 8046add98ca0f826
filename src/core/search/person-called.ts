import type { Lexicon } from './lexicon.ts';
import { headOf, type NameAsked } from './name-told.ts';
import type { ParsedQuery } from './query.ts';
import { stemWord } from './words.ts';

/** "What was chiang kai-shek's wife called", "what is the new mayor called": what a person is called, asked by the copula. */
const CALLED_ASKED = /^what (?:is|was|are|were) (.+) called$/u;

/**
 * What a person is called is a name ("his wife, Mayling"), as "what was the name of his wife" asks (`givesNameAsked`):
 * a passage naming the person asked about and no name of theirs does not tell it. Read only where what is called is a
 * person by its commonest sense (WordNet's, a person alone, not a group): "what is a deal between nations called" or
 * "what was shipping cattle by train called" are answered by a word in small letters ("a treaty"). The person is the
 * head of what is called, the word before what is said of it (`headOf`: "the machines used on the cleveland victims"
 * are machines, not victims), or a term WordNet lists whole. Null for any other question, or with `read` 0.
 */
export function personCalledAskedOf(query: ParsedQuery, lexicon: Lexicon, read: number): NameAsked | null {
  if (read <= 0 || query.intent !== 'general') return null;
  const called = CALLED_ASKED.exec(query.words.join(' '))?.[1]?.split(' ');
  if (called === undefined) return null;
  const head = headOf(called, (word) => lexicon.actsAsVerb(word));
  const whole = called.filter((word) => word !== 'the' && word !== 'a' && word !== 'an').join('_');
  if (!lexicon.namesPerson(lexicon.isWord(whole) ? whole : head, false)) return null;
  return { questionWords: new Set(query.words), bearer: stemWord(head), asking: 'called' };
}
