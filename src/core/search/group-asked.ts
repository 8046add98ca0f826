/**
 * "Who were the Megarians", "who are the Barbudos": a plural verb and "the" before a name ask who a group is, a people,
 * a band, a family; a post is held by one ("who is the mayor", which a name answers, is left to the other rules). A
 * passage that names the group in passing ("Byzas, ruler of the Megarians") does not say who they were.
 */

import { askedOfName, type TermAsked } from './phrase.ts';

const GROUP_QUESTION = /^who (?:are|were) the (.+)$/;

/**
 * For "who are / were the X", where the documents write X capitalised: a passage that names X answers only where it
 * says who X are, in the forms `personAsked` reads ("a group called Meurons", "Barbudos, the bearded, war-dirty
 * Revolutionaries"). Null for any other question.
 */
export function groupAsked(words: readonly string[]): TermAsked | null {
  const group = GROUP_QUESTION.exec(words.join(' '))?.[1];
  return group === undefined ? null : askedOfName(group, words);
}
