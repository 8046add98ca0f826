import { splitSentences } from '../documents/sentences.ts';
import type { Lexicon } from './lexicon.ts';
import type { QueryTerm } from './query.ts';
import { tokensOf } from './tokens-of.ts';
import { isStopWord, stemWord } from './words.ts';

/**
 * The question's words a passage leaves unmet and names a kind of beside the words it meets (`namesKindBeside`): each a
 * noun whose commonest sense is a thing one can point at or count (`Lexicon.namesThing`: a road, a player). Not an act
 * or an idea, whose kinds are said of other things as often ("education" by "course", "broadcasting" by "radio").
 */
export function metByKind(unmet: readonly QueryTerm[], text: string, beside: ReadonlySet<string>, lexicon: Lexicon, maxSenses: number): QueryTerm[] {
  return unmet.filter((term) => !lexicon.describes(term.typed) && lexicon.namesThing(term.typed) && namesKindBeside(text, lexicon.kindsOf(term.typed, maxSenses), beside, lexicon));
}

/**
 * Whether a passage names one of `kinds` (a noun's kinds, `Lexicon.kindsOf`: "highways" for "roads") in one sentence
 * with a word of `beside` stems: "Highways go to a new Department of Highways, sewers to the Department of Public Works"
 * tells who will take care of the roads and the sewers. The kind must be written as a noun ("the sick" is no kind of
 * people named), and a word sharing a kind's stem must be that kind ("authority" is no "author").
 */
export function namesKindBeside(text: string, kinds: readonly string[], beside: ReadonlySet<string>, lexicon: Lexicon): boolean {
  // Most passages judged name none of the kinds: their text is looked through for a kind's first letters (all but two:
  // "citi" of "cities", "kni" of "knives") before it is cut into sentences and words. A kind's irregular plural ("women")
  // is therefore not read: few kinds have one.
  const lower = text.toLowerCase();
  if (!kinds.some((kind) => lower.includes(kind.slice(0, Math.max(3, kind.length - 2))))) return false;
  const kindStems = new Set(kinds.map(stemWord));
  const isKind = (word: string) => (kinds.includes(word) || lexicon.baseForms(word).some((base) => kinds.includes(base))) && !lexicon.describes(word);
  return splitSentences(text).some((sentence) => {
    const words = tokensOf(sentence.text).map((token) => [token.word, stemWord(token.word)] as const);
    return words.some(([, stem]) => beside.has(stem)) && words.some(([word, stem]) => kindStems.has(stem) && isKind(word));
  });
}

/**
 * The question's everyday nouns the documents lack that a passage names one of by its name, in one sentence with a word
 * of `beside` stems: "were there any other universities in the country" is told by "The university was the only one in
 * Denmark", a name WordNet files under one of the noun's `kindSenses` commonest senses (`Lexicon.isKindOf`: "Denmark" a
 * country, "Boston" a city). A name is read where the sentence writes it capitalised past its first word, three letters
 * or more and no stop word.
 */
export function metByName(unmet: readonly QueryTerm[], text: string, beside: ReadonlySet<string>, lexicon: Lexicon, kindSenses: number): QueryTerm[] {
  if (kindSenses <= 0 || unmet.length === 0 || !CAPITALISED.test(text)) return [];
  const sentences = splitSentences(text).map((sentence) => tokensOf(sentence.text).map((token, at) => ({ word: token.word, at, written: sentence.text.slice(token.start, token.end) })));
  const besideMet = sentences.filter((words) => words.some(({ word }) => beside.has(stemWord(word))));
  const names = besideMet.flatMap((words) => words.filter(({ word, at, written }) => at > 0 && NAME.test(written) && !isStopWord(word)).map(({ word }) => word));
  return unmet.filter((term) => !lexicon.describes(term.typed) && names.some((name) => lexicon.isName(name) && lexicon.isKindOf(name, term.typed, 1, kindSenses)));
}

/** A capitalised word past a sentence's start, which most passages hold: the cheap test before any sentence is cut. */
const CAPITALISED = /\s\p{Lu}\p{Ll}/u;
/** A name of three letters or more, no stop word: "De" (Gaulle), "Or", "Oh" are the states DE, OR and OH to WordNet. */
const NAME = /^\p{Lu}\p{Ll}{2,}$/u;
