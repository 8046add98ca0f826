import { factTopicOf } from './fact-near-topic.ts';
import type { ParsedQuery } from './query.ts';

/**
 * What a "how long / old / far … is X" measures: the stems of X's head, its last word before a preposition or a clause
 * ("the sermon" of "how long should the sermon be on reception sunday", "a us patent" of "how long does a us patent
 * last", "the oldest coast redwood"), as `factTopicOf` meets them. The measure answers it only in a sentence naming that
 * thing, or going on about one that does, as a price answers only of the thing priced (`pricedAskedOf`): "the fourth
 * session should take at least two hours … prior to Reception Sunday" names the question's day and times a session,
 * no sermon; "the old Wells Fargo building … creaking in the fog as it had for thirty years" dates a sign, no redwood.
 * Only where the question says what is measured by a form of "be" ("is", "should … be") or by "does X last": another
 * verb's subject is its doer, whose act is timed ("how long did mercer take to bring back a lyric"). Null for any other
 * question, and for one whose X is no noun of the question's ("how long is it from …").
 */
export function measuredAskedOf(query: ParsedQuery): ReadonlySet<string> | null {
  const [how, adjective, auxiliary, ...rest] = query.words;
  if (how !== 'how' || adjective === undefined || !MEASURE_ADJECTIVES.has(adjective) || auxiliary === undefined) return null;
  const end = rest.findIndex((word) => ENDS_MEASURED.has(word));
  const phrase = end < 0 ? rest : rest.slice(0, end);
  // "Is X": X runs to its end; "should X be", "does X last": X runs to the verb that closes it, and no further.
  const closed = BE.has(auxiliary) ? phrase : CLOSING_VERB.get(auxiliary) !== undefined && rest[end] !== undefined && CLOSING_VERB.get(auxiliary)?.has(rest[end] ?? '') === true ? phrase : null;
  if (closed === null) return null;
  const head = closed.findLast((word) => query.terms.some((term) => term.typed === word && term.frame !== true && !/^\d/u.test(term.stem)));
  const term = query.terms.find((some) => some.typed === head);
  return term === undefined ? null : factTopicOf([term]);
}

/** The adjectives a "how … is X" asks X's measure by. */
const MEASURE_ADJECTIVES: ReadonlySet<string> = new Set(['long', 'old', 'far', 'big', 'tall', 'deep', 'high', 'wide', 'thick', 'heavy', 'large']);
/** The forms of "be" that open X. */
const BE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);
/** The auxiliaries that open X and the verbs that close it: "should the sermon be", "does a us patent last". */
const CLOSING_VERB: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['should', 'will', 'would', 'must', 'can', 'could'].map((modal) => [modal, new Set(['be'])] as const),
  ...['does', 'do', 'did'].map((verb) => [verb, new Set(['last'])] as const),
]);
/** The words that end X: a preposition, a clause of time, or the verb that closes it. */
const ENDS_MEASURED: ReadonlySet<string> = new Set(['at', 'in', 'on', 'of', 'from', 'to', 'for', 'with', 'by', 'over', 'when', 'while', 'during', 'before', 'after', 'compared', 'now', 'today', 'each', 'be', 'last']);
