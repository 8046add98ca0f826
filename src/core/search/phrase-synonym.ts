import { rememberedBy } from '../remembered.ts';
import type { Lexicon } from './lexicon.ts';
import { tokensOf } from './tokens-of.ts';
import { isStopWord, stemWord } from './words.ts';

/**
 * The stems of each synonym of several words WordNet lists for a question's word in its `maxSenses` commonest senses
 * (`Lexicon.phraseSynonyms`): "sommeliers" → [wine, waiter], "cinema" → [movi, theater]. A text may say the thing only so.
 * Not one with a stop word: a verb and its particle ("go on" for "keep") or "line of work" say much else in a text ("How
 * Long Has This Been Going On?"), as the question's stop words are no words of what it asks.
 */
export function phraseSynonymStems(word: string, lexicon: Lexicon, maxSenses: number): readonly (readonly string[])[] {
  if (maxSenses <= 0) return [];
  return lexicon.phraseSynonyms(word, maxSenses).filter((words) => !words.some(isStopWord)).map((words) => words.map(stemWord));
}

/**
 * The stems of a text's words in order, as `writesPhrase` reads them: remembered by text, as `tokensOf` is, since the
 * judged passages come back question after question and each asks a stem for every word (perf70: 1.4% of the article's
 * answering). Read only, as shared. The bound is a memory ceiling (a pointer a word), not a tuning.
 */
export const wordStemsOf: (text: string) => readonly string[] = rememberedBy(5_000, (text) => tokensOf(text).map((token) => stemWord(token.word)));

/**
 * True when the text, given as its `wordStemsOf`, writes one of the phrases word for word, each word in any of its forms
 * ("wine waiters", "the manager of a movie theater"): the question's word said in the text's words.
 */
export function writesPhrase(stems: readonly string[], phrases: readonly (readonly string[])[]): boolean {
  return phrases.some((phrase) => stems.some((_, at) => phrase.every((stem, offset) => stems[at + offset] === stem)));
}
