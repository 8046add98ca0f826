import { factTopicOf, statesFactNearTopic } from './fact-near-topic.ts';
import type { ParsedQuery } from './query.ts';

/**
 * "When was la gioconda first performed", "when did sutherland first sing lucia": "first" as an adverb asks the date
 * of the first time X did or underwent the act, which a date of any other time does not give ("last night for a
 * performance of the Ponchielli work", "a letter published in the Scientific American in 1912"). The stems naming X,
 * the question's words but "first" (which would otherwise name the topic wherever a passage says "first") and the act
 * after it (another's first time, "Bob Fogg had already racked up one historical first … flying boat … in 1925", says
 * the act and no Wright brother), or null for any other question. "First" after an article, a possessive or a number word is an adjective, which asks
 * about a first thing, not a first time ("when was the first census held", "when did rhode island get its first state
 * car", "racine's first play"), and a do-form or passive must come before it ("what year first …" asks nothing of the kind).
 */
export function firstTimeAskedOf(query: ParsedQuery): ReadonlySet<string> | null {
  if (query.intent !== 'date') return null;
  const words = query.typedWords;
  const at = words.indexOf('first');
  if (at < 2 || ADJECTIVE_BEFORE.has(words[at - 1] ?? '') || /'s?$/u.test(words[at - 1] ?? '') || !words.slice(0, at).some((word) => AUXILIARIES.has(word))) return null;
  const act = words[at + 1];
  const terms = query.terms.filter((term) => term.frame !== true && term.typed !== 'first' && term.typed !== act && !/^\d/u.test(term.stem));
  return terms.length === 0 ? null : factTopicOf(terms);
}

/**
 * Whether a passage tells a first time of what is asked: a sentence naming X, or the next one going on about it, says
 * a first time (`FIRST_TIME`: "first", "premiere", "debut", "originally" …) and states a date (`statesDate`): "Its
 * building was first proposed in 1791", "Bob Fogg made the first landing … on November 21, 1927".
 */
export function tellsFirstTime(passage: { readonly text: string }, topic: ReadonlySet<string>, statesDate: (sentence: string) => boolean): boolean {
  return statesFactNearTopic(passage, [], topic, (sentence) => FIRST_TIME.test(sentence) && statesDate(sentence));
}

/**
 * English's words for a first time. Not "first" joined by a hyphen ("first-hand knowledge", "first-rate"), which says
 * how, not when.
 */
const FIRST_TIME = /\b(?:first(?!-)|firstly|earliest|initial(?:ly)?|original(?:ly)?|premi[eè]r(?:e|ed|es)|d[eé]but(?:ed|s)?|inaugura\w*|maiden)\b/i;

/** A word after which "first" is an adjective: an article, a possessive, a demonstrative. */
const ADJECTIVE_BEFORE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'whose']);

/** The auxiliaries of "when did X first V", "when was X first V-ed". */
const AUXILIARIES: ReadonlySet<string> = new Set(['did', 'does', 'do', 'was', 'were', 'is', 'are', 'has', 'have', 'had']);
