import { factTopicOf } from './fact-near-topic.ts';
import type { ParsedQuery } from './query.ts';
import { tokensOf } from './tokens-of.ts';
import { isStopWord, stemWord } from './words.ts';

/** The post a "who is the N of X" asks the holder of: the stems that say it, N's own, its forms and related words. */
export interface PostAsked {
  /** The stems of the post's own words ("governor"). */
  readonly own: ReadonlySet<string>;
  /** The stems of their forms and related words ("lawyer" → "solicitor"; "governor" → "govern"). */
  readonly related: ReadonlySet<string>;
  /** A post of two words English writes as one ("vice president", "chief justice"), said only by both, or null. */
  readonly whole: RegExp | null;
  /**
   * The post's place in a line of holders ("the first emperor of china", "the last emperor of the han dynasty"), said
   * only by that word: a holder named for the post and no place in its line ("the Han Emperor Wu Ti") is one of many.
   * Absent when none is asked.
   */
  readonly rank?: RegExp;
}

/**
 * "who is the governor of rhode island": the post's words, after "the" and before a preposition. A post to be held or
 * held until now is asked the same: "who will be the republican candidate for governor", "who has been the mayor".
 */
const WHO_HOLDS = /^who (?:is|was|are|were|will be|would be|has been|have been|had been) the ((?:[a-z-]+ )*?[a-z-]+)(?: (?:of|in|at|for|on|from|to|with)\b.*)?$/;

/**
 * The post a "who is/was/will be the N ..." asks the holder of, when N (or a word beside it) is a word for persons
 * (`isPersonWord`: "who is the governor of rhode island", "who was the first secretary general of the united nations");
 * null for any other "who". A text names a post's holder in a sentence that says the post ("the SAC commander, Gen.
 * Thomas Power", "Philip Staffe, the ship's carpenter", "Hanch was treasurer"): a passage on the Fulton County Grand
 * Jury that never says "foreman" names none, whoever else it names. Anywhere in the sentence, not only beside the name:
 * "Miss Lillian Colman came from Vermont to be kitchen manager". A place in the line of holders asked ("first", "last")
 * must be said there too (`PostAsked.rank`).
 */
export function postAskedOf(
  query: ParsedQuery,
  isPersonWord: (word: string) => boolean,
  isPostOfTwo: (compound: string) => boolean,
  namesPerson: (word: string) => boolean,
  actsSocially: (word: string) => boolean,
): PostAsked | null {
  const phrase = query.words.join(' ');
  const words = (WHO_HOLDS.exec(phrase)?.[1] ?? postTakenAs(phrase, actsSocially))?.split(' ') ?? [];
  // The phrase's last word, after "the" and before a preposition or the end, is its head, a noun whatever else English
  // uses it as: "who was the judge in the district court" asks a judge, though "judge" is used mostly as a verb.
  const nouns = words.filter((word, at) => !isStopWord(word) && (isPersonWord(word) || (at === words.length - 1 && namesPerson(word))));
  if (nouns.length === 0) {
    const whole = postOfTwoOf(phrase, isPostOfTwo);
    return whole === null ? null : { own: new Set(), related: new Set(), whole };
  }
  const terms = query.terms.filter((term) => nouns.includes(term.typed) || (term.correctedTo !== undefined && nouns.includes(term.correctedTo)));
  const rank = words.find((word) => RANKS.has(word));
  return { own: new Set(nouns.map(stemWord)), related: factTopicOf(terms), whole: null, ...(rank === undefined ? {} : { rank: new RegExp(`\\b${rank}\\b`, 'i') }) };
}

/**
 * Whether a sentence says the post asked: by one of its own words, by the office they name with "-ship" ("under the
 * general editorship of Louis Kronenberger", "his chairmanship", "the governorship": the post itself, held by whom
 * the sentence names), or by a related word for a person ("solicitor" for "lawyer", `isPerson`), not by one for a
 * thing or a body ("government" is no governor, "commission" no commissioner).
 */
export function saysPost(sentence: string, { own, related, whole, rank }: PostAsked, isPerson: (word: string) => boolean): boolean {
  if (whole !== null) return whole.test(sentence);
  if (rank !== undefined && !rank.test(sentence)) return false;
  return tokensOf(sentence).some(({ word }) => own.has(stemWord(word)) || namesOffice(word, own) || (related.has(stemWord(word)) && isPerson(word)));
}

/** Whether a word is a post's office, its word and "-ship" ("editorship", "chairmanship"). */
const namesOffice = (word: string, own: ReadonlySet<string>): boolean => word.endsWith('ship') && own.has(stemWord(word.slice(0, -'ship'.length)));

/** "who succeeded george b. harvey as ambassador to great britain": the act, then the post after "as". */
const WHO_AS = /^who ((?:[a-z.'-]+ )+?)as (?:the |a |an )?((?:[a-z-]+ )*?[a-z-]+)(?: (?:of|in|at|for|on|from|to|with)\b.*)?$/;

/**
 * The post's words a "who V ... as N" asks the holder of, when V, its first word that is no stop word, is a social act
 * (`actsSocially`: "who succeeded george b. harvey as ambassador", "who was appointed as the presidential aide"): one
 * takes or is given a post as N. Not another act's role: "who was sent in first as cannon fodder", "who replaced juet
 * as mate" (a change of hands, which a text tells in a sentence on the ship), read as anyone's.
 */
function postTakenAs(phrase: string, actsSocially: (word: string) => boolean): string | undefined {
  const match = WHO_AS.exec(phrase);
  const act = match?.[1]?.split(' ').find((word) => word !== '' && !isStopWord(word));
  return act !== undefined && actsSocially(act) ? match?.[2] : undefined;
}

/** The words that place a post's holder in its line: "the first emperor", "the last governor". */
const RANKS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last']);

/** "who was chief justice of the supreme court": what follows "is/was", up to a preposition. */
const WHO_IS = /^who (?:is|was|are|were) ((?:[a-z-]+ )*?[a-z-]+)(?: (?:of|in|at|for|on|from|to|with)\b.*)?$/;

/**
 * A post asked without "the" (whose post it is, or none: "who was franklin roosevelt's vice president", "who was chief
 * justice of the supreme court in 1912"), read only when it ends on two words English writes as one (`isPostOfTwo`:
 * WordNet's "vice_president", "chief_justice", a person, not a name): said only by both words together. "President
 * Franklin Delano Roosevelt" names no vice president, nor "the United States Supreme Court" a chief justice. Without
 * "the", another word for persons after "is/was" is often no post ("who was paul whiteman looking to replace"), nor is
 * a compound a verb comes before ("who was sent in first as cannon fodder"). With "the" the post is read as above, by
 * its words and their related words: "who is the party boss of zhejiang" is answered by its "Party chief".
 */
function postOfTwoOf(phrase: string, isPostOfTwo: (compound: string) => boolean): RegExp | null {
  const words = WHO_IS.exec(phrase)?.[1]?.split(' ') ?? [];
  const [first, second] = words.slice(-2);
  if (first === undefined || second === undefined || isStopWord(first) || !isPostOfTwo(`${first}_${second}`)) return null;
  return new RegExp(`\\b${first}[- ]${second}`, 'i');
}
