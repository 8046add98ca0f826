import { factTopicOf } from './fact-near-topic.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import { AUXILIARIES } from './goes-on-from-before.ts';

/**
 * Whose sum a "how much" asks, when it asks one of someone's paying, spending or costing: the stems of the words between
 * its auxiliary and its verb of money (`measureWord`, the question's word that asks the sum: "spend", "pay", "cost"), as
 * `factTopicOf` meets them. "How much does the soviet union spend on its space program" asks the Soviet Union's
 * spending, which "spending by the National Aeronautics and Space Administration will rise from less than $500 million"
 * is not; "how much did a model t cost in 1912" a Model T's price, not the "$1 a page" the Selden case's testimony cost.
 * Null for a question with no such words ("how much is spent on medical charlatans", "how much money did universities
 * raise": the verb before the sum or no one between), and for any other question.
 */
export function payerAskedOf(query: ParsedQuery, measureWord: QueryTerm | undefined): ReadonlySet<string> | null {
  const { words } = query;
  if (measureWord === undefined || words[0] !== 'how' || words[1] !== 'much' || !query.measures.includes('money')) return null;
  const auxiliary = words.findIndex((word) => AUXILIARIES.has(word));
  const verb = words.indexOf(measureWord.typed);
  if (auxiliary < 0 || verb <= auxiliary + 1) return null;
  const between = new Set(words.slice(auxiliary + 1, verb));
  const payer = query.terms.filter((term) => term.frame !== true && term !== measureWord && between.has(term.typed));
  return payer.length === 0 ? null : factTopicOf(payer);
}

/**
 * The thing a "how much does X cost" prices: the stems of X's head, its last word before a preposition or a "would"
 * ("a seat on vernon's tallyho" prices a seat, "a blue collar worker's insurance package" a package, "did greville say
 * the lawsuit would cost him" the lawsuit), as `factTopicOf` meets them.
 * A sum answers it only in a sentence naming that thing, or after one that does: "The tallyho had cost Vernon $2,300"
 * names Vernon and his tallyho and prices no seat, and "a small garden tractor (available for $300 to $500 …)" no calf.
 * Null for any other question, and for one whose X is no noun of the question's ("how much would it cost to develop …").
 */
export function pricedAskedOf(query: ParsedQuery, measureWord: QueryTerm | undefined): ReadonlySet<string> | null {
  const { words } = query;
  if (measureWord === undefined || measureWord.stem !== COST || words[0] !== 'how' || words[1] !== 'much' || !query.measures.includes('money')) return null;
  const auxiliary = words.findIndex((word) => AUXILIARIES.has(word));
  const verb = words.indexOf(measureWord.typed);
  if (auxiliary < 0 || verb <= auxiliary + 1) return null;
  const phrase = words.slice(auxiliary + 1, verb);
  const end = phrase.findIndex((word) => PRICED_ENDS.has(word));
  const head = (end < 0 ? phrase : phrase.slice(0, end)).findLast((word) => query.terms.some((term) => term.typed === word && term.frame !== true && !/^\d/u.test(term.stem)));
  const term = query.terms.find((some) => some.typed === head);
  return term === undefined ? null : factTopicOf([term]);
}

const COST = 'cost';
/** The words that end the head of what a "how much does X cost" prices: a preposition, a clause's verb. */
const PRICED_ENDS: ReadonlySet<string> = new Set(['of', 'on', 'in', 'at', 'for', 'from', 'to', 'with', 'by', 'per', 'over', 'would', 'will']);
