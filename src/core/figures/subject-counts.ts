import { lastCountedNoun } from './counted-nouns.ts';
import type { UnitRead } from './unit-reads.ts';
import { isPluralNoun } from './measures.ts';
import type { NumberToken } from './numbers.ts';
import { isIrregularVerbForm } from '../search/irregular.ts';
import { wordNetLexicon } from '../search/lexicon.ts';

/**
 * "Of these exhibits, 154 were newly constructed", "Of the 885 specimens mounted, 254 were prepared for others", "Of
 * 1,253 issues traded, 695 advanced and 354 declined": a sentence that opens with its group counts the parts its
 * numbers then stand for, before their verbs.
 */
const GROUP_OPENING = /^[\s"“(]*Of\s+((?:the|these|those|its|their|this|that|\d[\d,]*)\s+[^,;:]{1,60}?|these|those|them),\s*(?:\d[\d,]*\s+\p{Ll}+(?:\s+\p{Ll}+)?,?\s+(?:and\s+)?)?$/iu;
/**
 * A verb right after a number, an auxiliary among them ("nineteen did not answer", "All three must agree"), or a
 * regular past ("Of these, 154 advanced", "12 died", too short for the ending's pattern): what it counts was named
 * before. An irregular past is read by `isVerbAfter`.
 */
const AUXILIARY_OR_REGULAR_VERB_AFTER =
  /^\s+(?:(?:only|also|still|then)\s+)?(?:were|was|are|is|had|have|has|did|do|will|would|could|can|must|should|might|died|remain(?:ed|s)?|\p{Ll}{3,}ed)\b/u;
/** The word after a number (past an adverb), and the word after that. */
const WORDS_AFTER = /^\s+(?:(?:only|also|still|then)\s+)?(\p{Ll}+)\b(?:\s+(\p{Ll}+)\b)?/u;

/**
 * A verb right after a number: an auxiliary or a regular past, or an irregular past or participle (WordNet's list,
 * `isIrregularVerbForm`: "Of these, 376 said", "Five held for trial", "three found"), unless a plural noun follows it,
 * which it then modifies as an adjective ("six beaten eggs", "four fried eggs"; the hand list this replaced named 26
 * pasts, and missed "five swam the river").
 */
function isVerbAfter(after: string): boolean {
  if (AUXILIARY_OR_REGULAR_VERB_AFTER.test(after)) return true;
  const [, word, next] = WORDS_AFTER.exec(after) ?? [];
  return word !== undefined && isIrregularVerbForm(word) && (next === undefined || !isPluralNoun(next));
}

const SINGULAR_VERB_AFTER = /^\s+(?:is|was|has)\b/i;
/**
 * Where a clause opens: the sentence's start, or after "and" or "but", "all" or "only" before the number ("and only five
 * were opposed", "but only 2,887,671 are registered"). (After a colon or a semicolon a number is more often a part of a
 * count before it, see `readBreakdown`.)
 */
const CLAUSE_OPENING = /(?:^\s*|\b(?:and|but)\s+)["“(]?(?:(?:all|only)\s+)?$/i;
/**
 * "In reply to a question of whether they tax boats, nineteen said that they did", "In all, twenty voted", "Out of
 * many factors which might be cited, five are most important": a phrase that opens the sentence with a preposition or
 * an adverb of place, time or sum, up to a comma, leaves the clause to open after it.
 */
const OPENING_PHRASE = /^\s*["“(]?(?:in|on|at|of|out\s+of|from|among|after|before|by|for|since|during|besides|where|when|altogether|all\s+told)\b[^;:]*,\s*$/i;
/**
 * "Figures 3 and 4 have been constructed", "Boys 32, 23, 31, … and 24 had": an "and" after a number joins the next one to
 * it as the last of a list, which opens no clause of its own and is read as its first member is. (A year ends the clause
 * before: "It rose in 1959 and 12 came back".)
 */
const LIST_AND_BEFORE = /(?<![\p{L}\p{N}.,])(?!(?:1[5-9]|20)\d\d\b)\d+(?:\.\d+)?,?\s+and\s+$/u;

/**
 * "Two hundred and nineteen were received from 35 states and 11 came from foreign countries", "Three were doubles",
 * "All five pleaded innocent": a number opening its clause as the subject of its verb counts what the text named before
 * (not "one", a pronoun as often, nor a year).
 */
export function readSubjectCount(before: string, after: string, token: NumberToken): UnitRead | null {
  // A count above one takes its verb in the plural: "2 is prime" names a number.
  if (token.yearLike || token.value === 1 || !Number.isInteger(token.value) || !(CLAUSE_OPENING.test(before) || OPENING_PHRASE.test(before)) || LIST_AND_BEFORE.test(before) || !isVerbAfter(after) || SINGULAR_VERB_AFTER.test(after)) return null;
  const head = lastCountedNoun(before);
  return { unit: 'count', measure: head ?? 'count', length: 0, ...(head === undefined ? {} : { head }) };
}

/**
 * "there were over 800,000 competing for places", "then all four gathering on the sofa": a bare number right before a
 * present participle and the preposition or adverb it goes on with is the subject of that participle, a count of those
 * doing it (not "funding for", "training in": a participle WordNet uses mostly as a noun is that noun).
 */
const DOING_AFTER = /^\s+(\p{Ll}{3,}ing)\s+(?:for|in|on|at|to|from|with|into|through|around|about|against|toward|towards|across|along|outside|inside|there|here|away|out|up|down|off)\b/u;

export function readDoersCount(after: string, token: NumberToken): UnitRead | null {
  const doing = token.yearLike ? undefined : DOING_AFTER.exec(after)?.[1];
  return doing !== undefined && wordNetLexicon().actsAsVerb(doing) ? { unit: 'count', measure: doing, length: 0 } : null;
}

/** A number of a sentence that opens with its group, before its verb ("Of these exhibits, 154 were newly constructed"): a part of that group. */
export function readGroupOpening(before: string, after: string, token: NumberToken): UnitRead | null {
  const group = GROUP_OPENING.exec(before);
  if (group?.[1] !== undefined && !token.yearLike && isVerbAfter(after)) return { unit: 'count', measure: `of ${group[1].replace(/\s*\([^)]*\)/g, '').replace(/^(?:the|its|their)\s+/i, '')}`, length: 0 };
  return null;
}
