import { isPluralNoun } from './measures.ts';
import { findNumbers, type NumberToken } from './numbers.ts';
import { isIrregularVerbForm } from '../search/irregular.ts';

/**
 * What joins a clause to the next one whose verb is left out: a comma, "and" or both ("Mantle has 43, Roger Maris 41",
 * "Kennedy carried 26 and Mr. Nixon 14").
 */
const JOIN = String.raw`(?:\s*,\s*(?:and\s+)?|\s+and\s+)`;
/**
 * The gapped clause's subject: a person's or a place's name of up to three words, perhaps after a title ("Mr. Nixon",
 * "Roger Maris"), or a plural noun with one modifier ("new lows").
 */
const NAME = String.raw`(?:(?:Mr|Mrs|Dr|Gov|Sen|Rep)\.\s+)?\p{Lu}[\p{Ll}'’]+(?:\s+\p{Lu}[\p{Ll}'’.]*){0,2}`;
const PLURAL = String.raw`(?<modifier>\p{Ll}+\s+)?(?<plural>\p{Ll}{3,})`;
const SUBJECT = String.raw`(?:${NAME}|${PLURAL})`;
/** The first clause's side, from its number on: the join and the next subject, up to the second number. */
const SECOND_SUBJECT_BEFORE = new RegExp(String.raw`^${JOIN}${SUBJECT}\s+$`, 'u');
/** The join and a subject ending the text before a number, and the join right after one. */
const SUBJECT_AT_END = new RegExp(String.raw`${JOIN}${SUBJECT}\s+$`, 'u');
const JOIN_AFTER = new RegExp(String.raw`^${JOIN}\S`, 'u');
/** The second clause's number ends it: a stop, a comma, a bracket, or the sentence's end. */
const CLAUSE_END_AFTER = /^\s*(?:$|[,.;:)])/;
/** The verb right before the first number, a regular past, "has"/"had"/"have" or an irregular form ("won"). */
const VERB_BEFORE = /\b(\p{Ll}{3,})\s+$/u;

/** A regular past, a form of "have", or an irregular form: "carried", "has", "won" (and "was", "are"). */
export function isVerb(word: string): boolean {
  return /^(?:has|had|have|\p{Ll}{2,}ed)$/u.test(word) || isIrregularVerbForm(word);
}

/** A scale word ending a number in words: "twenty thousand". */
const SCALE_END = /\b(?:hundred|thousand|million|billion)$/i;

function hasScale(token: NumberToken): boolean {
  return token.scaled || SCALE_END.test(token.words ?? '');
}

/**
 * "was left twenty thousand, Garth ten": the second leaves out the first's scale with its verb (ten thousand), so what
 * it says is not the number written; neither is read.
 */
function leavesOutScale(first: NumberToken, second: NumberToken): boolean {
  return hasScale(first) && !hasScale(second);
}

/** The subject is a name, or a plural noun (not "class", whose -s is its own). */
function isSubject(between: string): boolean {
  const match = SECOND_SUBJECT_BEFORE.exec(between);
  if (match === null) return false;
  const plural = match.groups?.['plural'];
  return plural === undefined || (!plural.endsWith('ss') && isPluralNoun(plural));
}

/**
 * "Mr. Kennedy carried 26 and Mr. Nixon 14", "After 108 games, Mickey Mantle has 43, Roger Maris 41", "New highs
 * totaled nine and new lows 14": a clause whose verb gives a bare number, and a second joined to it that writes only
 * its subject and its number, the verb left out (gapped), as English does to say the same of two. Both numbers count
 * what the verb counts; the verb is returned (undefined where the number stands in no such pair). The first of the
 * pair is read from what follows it, the second from what precedes it; each needs the verb before the first, so
 * "paragraph 1, Article 2" (a designation, no verb) is none.
 */
export function gappedClauseVerb(before: string, after: string, token: NumberToken): string | undefined {
  if (token.yearLike) return undefined;
  // The second: before it, the first number, the join and its subject; after it, the clause's end. (The cheap tests
  // first: most bare numbers end no clause after a subject.)
  const first = CLAUSE_END_AFTER.test(after) && SUBJECT_AT_END.test(before) ? findNumbers(before).at(-1) : undefined;
  if (first !== undefined && !first.yearLike && isSubject(before.slice(first.end)) && !leavesOutScale(first, token)) {
    const verb = VERB_BEFORE.exec(before.slice(0, first.start))?.[1];
    if (verb !== undefined && isVerb(verb)) return verb;
  }
  // The first: the verb before it; after it, the join, the subject, a number that ends the clause.
  const verb = JOIN_AFTER.test(after) ? VERB_BEFORE.exec(before)?.[1] : undefined;
  if (verb === undefined || !isVerb(verb)) return undefined;
  const second = findNumbers(after)[0];
  if (second === undefined || second.yearLike || !CLAUSE_END_AFTER.test(after.slice(second.end)) || !isSubject(after.slice(0, second.start)) || leavesOutScale(token, second)) return undefined;
  return verb;
}
