import { findNumbers } from '../figures/numbers.ts';
import type { ParsedQuery } from './query.ts';

/**
 * Whose age a "how old is X" asks: the last word of X (the words after "how old is / was / are / were", up to a
 * preposition or "when"), the word a possessive would bear ("chancellor adenauer" → "adenauer"); null for any other
 * question.
 */
export function ageOwnerOf(query: ParsedQuery): string | null {
  const [how, old, verb, ...rest] = query.words;
  if (how !== 'how' || old !== 'old' || verb === undefined || !BE.has(verb)) return null;
  const end = rest.findIndex((word) => ENDS_SUBJECT.has(word));
  const subject = end < 0 ? rest : rest.slice(0, end);
  const owner = subject[subject.length - 1];
  return owner === undefined || !/^\p{L}+$/u.test(owner) ? null : owner;
}

/**
 * Whether a sentence names whose age is asked only as the owner of something else ("Chancellor Adenauer's Christian
 * Democratic Party ... the absolute Bundestag majority it has enjoyed since 1957"): its number is that thing's, as
 * "the party's majority" is no age of the chancellor. Not where the possessive opens on a number ("Adenauer's 85th
 * birthday", "Custer's twenty-three years"), which tells the owner's own years.
 */
export function namesOnlyAsOwner(sentence: string, owner: string): boolean {
  const possessive = new RegExp(String.raw`\b${owner}['’]s\s+`, 'giu');
  let owned = false;
  for (const match of sentence.matchAll(possessive)) {
    const after = sentence.slice(match.index + match[0].length, match.index + match[0].length + NUMBER_REACH);
    // Digits ("85th", which the figures' reader leaves as an ordinal) or a number in words ("twenty-three").
    if (/^\d/u.test(after) || findNumbers(after)[0]?.start === 0) return false;
    owned = true;
  }
  return owned && !new RegExp(String.raw`\b${owner}\b(?!['’]s\b)`, 'iu').test(sentence);
}

/** The forms of "be" after "how old". */
const BE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);
/** The words that end a "how old is X"'s X: a preposition or a clause of time ("how old was emma borden at the time", "how old was custer when"). */
const ENDS_SUBJECT: ReadonlySet<string> = new Set(['at', 'in', 'on', 'when', 'during', 'before', 'after', 'by', 'compared', 'now', 'today']);
/** How far after a possessive a number that opens its phrase is looked for: a number in words is two words at most. */
const NUMBER_REACH = 24;
