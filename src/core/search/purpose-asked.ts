import { sentencesOf } from './fact-near-topic.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import type { Passage } from '../types.ts';

/** The prepositions that open what a sum is spent or paid on: "spend on foreign aid", "pay du pont for its paint". */
const PURPOSE_OPENS: ReadonlySet<string> = new Set(['on', 'for']);
/** The words that end what a sum is spent on: a preposition, a time, a clause's verb ("on aid in 1961", "every year"). */
const PURPOSE_ENDS: ReadonlySet<string> = new Set(['of', 'on', 'in', 'at', 'for', 'from', 'to', 'with', 'by', 'per', 'over', 'every', 'each', 'would', 'will']);

/** What a sum asked is spent or paid on: each word of its noun phrase, by its stem, forms and related words. */
export type PurposeAsked = readonly ReadonlySet<string>[];

/**
 * What a "how much did X spend on N" or "pay … for N" spends on: N's head, its last word of the question's before a
 * preposition or a time, with the question's words right before it ("foreign aid", "the space program" → space program,
 * "employment grants and pension subsidies" → pension subsidies). Only where "on" or "for" follows the question's verb
 * of money (`measureWord`). Null for any other question, or with `read` 0.
 */
export function purposeAskedOf(query: ParsedQuery, measureWord: QueryTerm | undefined, read: number): PurposeAsked | null {
  const { words } = query;
  if (read <= 0 || measureWord === undefined || words[0] !== 'how' || words[1] !== 'much' || !query.measures.includes('money')) return null;
  const verb = words.indexOf(measureWord.typed);
  const actPriced = actPricedOf(query, verb);
  if (actPriced !== null) return [actPriced];
  const opens = words.findIndex((word, at) => verb >= 0 && at > verb && PURPOSE_OPENS.has(word));
  if (opens < 0) return null;
  const after = words.slice(opens + 1);
  const end = after.findIndex((word) => PURPOSE_ENDS.has(word));
  const phrase = end < 0 ? after : after.slice(0, end);
  const termOf = (word: string | undefined) => query.terms.find((term) => term.typed === word && term.frame !== true && !/^\d/u.test(term.stem));
  let head = phrase.length - 1;
  while (head >= 0 && termOf(phrase[head]) === undefined) head -= 1;
  let first = head;
  while (first > 0 && termOf(phrase[first - 1]) !== undefined) first -= 1;
  if (head < 0) return null;
  return phrase.slice(first, head + 1).map((word) => {
    const term = termOf(word) as QueryTerm;
    return new Set([term.stem, ...(term.forms ?? []), ...term.related]);
  });
}

/**
 * The act a "how much does it cost to V X" prices: V, by its stem and forms ("ship" of "how much does it cost to ship a
 * car home from europe"), which a sum answers only beside a sentence naming it; "one agency lists the small Fiat 500 at
 * only $1.26 a day" prices a rental. Not by V's related words: a sentence naming "transportation" names what shipping
 * is a kind of, not the act priced. Null where "to" and a word of the question's do not follow "cost".
 */
function actPricedOf(query: ParsedQuery, verb: number): ReadonlySet<string> | null {
  const { words } = query;
  if (verb < 0 || words[verb] !== 'cost' || words[verb + 1] !== 'to') return null;
  const term = query.terms.find((some) => some.typed === words[verb + 2] && some.frame !== true);
  return term === undefined ? null : new Set([term.stem, ...(term.forms ?? [])]);
}

/**
 * Whether a sum's sentence is said of what the question spends on: it, the sentence before or the one after names every
 * word of it ("Four billion dollars of the spending increase is for defense" names no foreign aid; "The tallyho had cost
 * Vernon $2,300. A replica of two coaches …" prices his coach). `sentence` is one of the passage's. A last sentence the
 * passage's end cuts ("… in 2011, the central government accorded special employment") goes on in the next passage's
 * first ("grants and employee pension insurance subsidies amounting to 62.1 billion RMB"), its sentence after.
 */
export function saysPurposeNear(purpose: PurposeAsked, sentence: string, passage: Passage, passageAfter: (passage: Passage) => Passage | undefined): boolean {
  const sentences = sentencesOf(passage);
  const at = sentences.findIndex((some) => some.text.includes(sentence) || sentence.includes(some.text));
  const near = at < 0 ? sentences : sentences.slice(Math.max(0, at - 1), at + 2);
  const namesPurpose = ({ stems }: { readonly stems: readonly string[] }) => purpose.every((word) => stems.some((stem) => word.has(stem)));
  if (near.some(namesPurpose)) return true;
  const next = at >= sentences.length - 2 && !ENDS_SENTENCE.test(passage.text) ? passageAfter(passage) : undefined;
  const goesOn = next === undefined ? undefined : sentencesOf(next)[0];
  return goesOn !== undefined && namesPurpose(goesOn);
}

/** A passage's text ending its last sentence: a stop, a question or exclamation mark, perhaps in quotation marks or brackets. */
const ENDS_SENTENCE = /[.!?。！？]["'”’)\]]*\s*$/u;
