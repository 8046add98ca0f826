import { factTopicOf, statesFactNearTopic } from './fact-near-topic.ts';
import type { ParsedQuery } from './query.ts';
import { tokensOf } from './tokens-of.ts';
import { DETERMINERS, isStopWord, stemWord } from './words.ts';

/** A "when did X first V" read (`firstTimeAskedOf`). */
export interface FirstTimeAsked {
  /** The stems naming X. */
  readonly topic: ReadonlySet<string>;
  /** The stems saying the act, V's: "the first landing" tells the first time Fogg landed, "the first pretrial conference" no first buying. */
  readonly act: ReadonlySet<string>;
}

/**
 * "When was la gioconda first performed", "when did sutherland first sing lucia": "first" as an adverb asks the date
 * of the first time X did or underwent the act, which a date of any other time does not give ("last night for a
 * performance of the Ponchielli work", "a letter published in the Scientific American in 1912"). The stems naming X,
 * the question's words but "first" (which would otherwise name the topic wherever a passage says "first") and the act
 * after it (another's first time, "Bob Fogg had already racked up one historical first … flying boat … in 1925", says
 * the act and no Wright brother), with the act's own (`FirstTimeAsked`), or null for any other question. "First" after an article, a possessive or a number word is an adjective, which asks
 * about a first thing, not a first time ("when was the first census held", "when did rhode island get its first state
 * car", "racine's first play"), and a do-form or passive must come before it ("what year first …" asks nothing of the kind).
 */
export function firstTimeAskedOf(query: ParsedQuery): FirstTimeAsked | null {
  if (query.intent !== 'date') return null;
  const words = query.typedWords;
  const at = words.indexOf('first');
  if (at < 2 || ADJECTIVE_BEFORE.has(words[at - 1] ?? '') || /'s?$/u.test(words[at - 1] ?? '') || !words.slice(0, at).some((word) => AUXILIARIES.has(word))) return null;
  const act = words[at + 1];
  const terms = query.terms.filter((term) => term.frame !== true && term.typed !== 'first' && term.typed !== act && !/^\d/u.test(term.stem));
  return terms.length === 0 ? null : { topic: factTopicOf(terms), act: factTopicOf(query.terms.filter((term) => term.typed === act)) };
}

/**
 * Whether a passage tells a first time of what is asked: a sentence naming X, or the next one going on about it, says
 * a first time (`FIRST_TIME`: "first", "premiere", "debut", "originally" …, or `EARLIEST_TIME`) and states a date (`statesDate`): "Its
 * building was first proposed in 1791", "Bob Fogg made the first landing … on November 21, 1927".
 */
export function tellsFirstTime(passage: { readonly text: string }, asked: FirstTimeAsked, statesDate: (sentence: string) => boolean, fragmentMaxWords: number): boolean {
  return statesFactNearTopic(passage, asked.topic, (sentence) => (EARLIEST_TIME.test(sentence) || (FIRST_TIME.test(sentence) && saysFirstTimeOfAct(sentence, asked.act))) && statesDate(sentence), fragmentMaxWords);
}

/**
 * The earliest time a thing is known to have been so, which a reader takes for its first: "As early as the 6th century
 * B.C. the earth was seen to be spherical" answers "when was the earth first seen to be a sphere", as "as far back as
 * 1900" does.
 */
const EARLIEST_TIME = /\bas (?:early|far back) as\b/i;

/**
 * Whether a sentence's word for a first time may be said of the act asked: one after a determiner is an adjective of
 * the noun phrase it opens ("The first pretrial conference ... took place on September 25": the first conference, not
 * the first time Du Pont bought stock), which tells the act's first time only where the phrase names the act ("made
 * the first landing") or a time ("the first time"), as the question's own "first" after an article asks about a first
 * thing (`firstTimeAskedOf`). One elsewhere ("was first proposed", "first sang") or before "of" or "to" ("the first
 * to fly") stands as it is.
 */
function saysFirstTimeOfAct(sentence: string, act: ReadonlySet<string>): boolean {
  const tokens = tokensOf(sentence);
  return tokens.some((token, at) => {
    if (!FIRST_TIME_WORD.test(token.word) || sentence[token.end] === '-') return false;
    if (!DETERMINERS.has(tokens[at - 1]?.word.toLowerCase() ?? '')) return true;
    // The noun phrase after it: its words up to a stop word or a mark between words ("pretrial conference -- held").
    for (let next = at + 1; next < tokens.length; next += 1) {
      const word = tokens[next]?.word.toLowerCase() ?? '';
      if (isStopWord(word) || /[^\s]/u.test(sentence.slice(tokens[next - 1]?.end, tokens[next]?.start))) return next === at + 1;
      if (word === 'time' || word === 'times' || act.has(stemWord(word))) return true;
    }
    return true;
  });
}

/**
 * English's words for a first time. Not "first" joined by a hyphen ("first-hand knowledge", "first-rate"), which says
 * how, not when.
 */
const FIRST_TIME_WORDS = String.raw`first(?!-)|firstly|earliest|initial(?:ly)?|original(?:ly)?|premi[eè]r(?:e|ed|es)|d[eé]but(?:ed|s)?|inaugura\w*|maiden`;
const FIRST_TIME = new RegExp(String.raw`\b(?:${FIRST_TIME_WORDS})\b`, 'i');

/** One of them as a token of a sentence (`tokensOf`). */
const FIRST_TIME_WORD = new RegExp(`^(?:${FIRST_TIME_WORDS})$`, 'i');

/** A word after which "first" is an adjective: an article, a possessive, a demonstrative. */
const ADJECTIVE_BEFORE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'whose']);

/** The auxiliaries of "when did X first V", "when was X first V-ed". */
const AUXILIARIES: ReadonlySet<string> = new Set(['did', 'does', 'do', 'was', 'were', 'is', 'are', 'has', 'have', 'had']);
