import { factTopicOf } from './fact-near-topic.ts';
import type { ParsedQuery } from './query.ts';
import { isStopWord, stemWord, tokenize } from './words.ts';

/** The post a "who is the N of X" asks the holder of: the stems that say it, N's own, its forms and related words. */
export interface PostAsked {
  /** The stems of the post's own words ("governor"). */
  readonly own: ReadonlySet<string>;
  /** The stems of their forms and related words ("lawyer" → "solicitor"; "governor" → "govern"). */
  readonly related: ReadonlySet<string>;
}

/** "who is the governor of rhode island": the post's words, after "the" and before a preposition. */
const WHO_HOLDS = /^who (?:is|was|are|were) the ((?:[a-z-]+ )*?[a-z-]+)(?: (?:of|in|at|for|on|from|to|with)\b.*)?$/;

/**
 * The post a "who is/was the N ..." asks the holder of, when N (or a word beside it) is a word for persons
 * (`isPersonWord`: "who is the governor of rhode island", "who was the first secretary general of the united nations");
 * null for any other "who". A text names a post's holder in a sentence that says the post ("the SAC commander, Gen.
 * Thomas Power", "Philip Staffe, the ship's carpenter", "Hanch was treasurer"): a passage on the Fulton County Grand
 * Jury that never says "foreman" names none, whoever else it names. Anywhere in the sentence, not only beside the name:
 * "Miss Lillian Colman came from Vermont to be kitchen manager".
 */
export function postAskedOf(query: ParsedQuery, isPersonWord: (word: string) => boolean): PostAsked | null {
  const words = WHO_HOLDS.exec(query.words.join(' '))?.[1]?.split(' ') ?? [];
  const nouns = words.filter((word) => !isStopWord(word) && isPersonWord(word));
  if (nouns.length === 0) return null;
  const terms = query.terms.filter((term) => nouns.includes(term.typed) || (term.correctedTo !== undefined && nouns.includes(term.correctedTo)));
  return { own: new Set(nouns.map(stemWord)), related: factTopicOf(terms) };
}

/**
 * Whether a sentence says the post asked: by one of its own words, or by a related word for a person ("solicitor" for
 * "lawyer", `isPerson`), not by one for a thing or a body ("government" is no governor, "commission" no commissioner).
 */
export function saysPost(sentence: string, { own, related }: PostAsked, isPerson: (word: string) => boolean): boolean {
  return tokenize(sentence).some(({ word }) => own.has(stemWord(word)) || (related.has(stemWord(word)) && isPerson(word)));
}
