/**
 * "What is X famous for", "what is X known for": the passage that answers says what X is known for, not one that
 * names X ("Military governor of the Sorrentine Peninsula", "Francis P. Shepard of the Scripps Institution of
 * Oceanography").
 */

import { nameInQuestion, statesWhatItIs, type TermAsked } from './phrase.ts';
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
 * A preposition (and an article) right before X: X is then no subject, and a description after it is of the noun the
 * phrase hangs on ("Francis P. Shepard of the Scripps Institution of Oceanography, one of the world's foremost marine
 * geologists" describes Shepard).
 */
const OBJECT_OF_PREPOSITION = /\b(?:of|at|in|on|from|for|with|by|to|into|about|near)\s+(?:the\s+)?$/i;

/**
 * For "what is X famous for" asked of documents that name X: a passage that names X answers only where a word of
 * reputation stands in a clause naming X ("Hangzhou, long famous for its tea", "the celebrated silk of Suzhou"), or
 * where it says what X is, right after naming it (`statesWhatItIs`: "Kyoto is the ancient capital of Japan and still
 * its cultural center", "The late W. R. G. Baker, a pioneer in television design"): what a place or a person is known
 * for is what a reader is told it is. Not where X hangs on a preposition (`OBJECT_OF_PREPOSITION`), nor a passage that
 * names X in passing ("Military governor of the Sorrentine Peninsula"). Null for any other question.
 */
export function reputationAsked(words: readonly string[], reach: number): TermAsked | null {
  const term = nameInQuestion(words, [REPUTATION_QUESTION]);
  if (term === undefined) return null;
  const { written, places } = placesOf(term, reach);
  const description = statesWhatItIs(term);
  const described = ({ before, found, after }: NamePlace): boolean => !OBJECT_OF_PREPOSITION.test(before) && description.test(`${found}${after}`);
  return { named: (text) => text.search(written) >= 0, defined: { test: (text) => places(text).some((place) => saysReputation(place) || described(place)) } };
}
