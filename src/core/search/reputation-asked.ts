/**
 * "What is X famous for", "what is X known for": the passage that answers says what X is known for, not one that
 * names X ("Military governor of the Sorrentine Peninsula", "Francis P. Shepard of the Scripps Institution of
 * Oceanography").
 */

import { nameInQuestion, type TermAsked } from './phrase.ts';
import { placesOf, type NamePlace } from './name-asked.ts';

/** The question on X's reputation, X after an article (`nameInQuestion`: a few words, "the Scripps Institution of Oceanography"). */
const REPUTATION_QUESTION = /^what(?: is| are| was| were|s) (?:the |a |an )?(.+) (?:famous|famed|known|noted|renowned|best known|well known) for$/;

/** A word of reputation ("famous", "known for", "celebrated", "renowned"), said in the clause that names X. */
const REPUTATION = /\b(?:famous|famed|renowned|noted|celebrated|known|notorious|legendary)\b/i;
const CLAUSE_BEFORE = /[^.;!?]*$/;
const CLAUSE_AFTER = /^[^.;!?]*/;
const saysReputation = ({ before, after }: NamePlace): boolean =>
  REPUTATION.test(CLAUSE_BEFORE.exec(before)?.[0] ?? '') || REPUTATION.test(CLAUSE_AFTER.exec(after)?.[0] ?? '');

/**
 * For "what is X famous for" asked of documents that name X: a passage that names X answers only where a word of
 * reputation stands in a clause naming X ("Hangzhou, long famous for its tea", "the celebrated silk of Suzhou"); a
 * definition of X says what it is, not what it is known for. Null for any other question.
 */
export function reputationAsked(words: readonly string[]): TermAsked | null {
  const term = nameInQuestion(words, [REPUTATION_QUESTION]);
  if (term === undefined) return null;
  const { written, places } = placesOf(term);
  return { named: (text) => text.search(written) >= 0, defined: { test: (text) => places(text).some(saysReputation) } };
}
