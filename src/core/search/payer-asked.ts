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
