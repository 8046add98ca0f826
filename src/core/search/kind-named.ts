import { sentencesOf } from './fact-near-topic.ts';
import type { Lexicon } from './lexicon.ts';
import type { QueryTerm } from './query.ts';
import { tokensOf } from './tokens-of.ts';
import { rememberedFor } from '../remembered.ts';
import { isStopWord, stemWord } from './words.ts';

/**
 * The question's words a passage leaves unmet and names a kind of beside the words it meets (`namesKindBeside`): each a
 * noun whose commonest sense is a thing one can point at or count (`Lexicon.namesThing`: a road, a player). Not an act
 * or an idea, whose kinds are said of other things as often ("education" by "course", "broadcasting" by "radio").
 */
export function metByKind(unmet: readonly QueryTerm[], passage: { readonly text: string }, beside: ReadonlySet<string>, lexicon: Lexicon, maxSenses: number): QueryTerm[] {
  return unmet.filter((term) => !lexicon.describes(term.typed) && lexicon.namesThing(term.typed) && namesKindBeside(passage, lexicon.kindsOf(term.typed, maxSenses), beside, lexicon));
}

/**
 * Whether a passage names one of `kinds` (a noun's kinds, `Lexicon.kindsOf`: "highways" for "roads") in one sentence
 * with a word of `beside` stems: "Highways go to a new Department of Highways, sewers to the Department of Public Works"
 * tells who will take care of the roads and the sewers. The kind must be written as a noun ("the sick" is no kind of
 * people named), and a word sharing a kind's stem must be that kind ("authority" is no "author"). The passage's
 * sentences and their stems are cut once a passage (`sentencesOf`), as every check of a passage reads them.
 */
export function namesKindBeside(passage: { readonly text: string }, kinds: readonly string[], beside: ReadonlySet<string>, lexicon: Lexicon): boolean {
  // Most passages judged name none of the kinds: a word of the passage must share a kind's stem, which a look in its set
  // of stems (made once a passage) tells before any text is read. Then its text is looked through for a kind's first
  // letters (all but two: "citi" of "cities", "kni" of "knives"). A kind's irregular plural ("women") is therefore not
  // read: few kinds have one.
  const passageStems = stemsOfPassage(passage);
  if (!stemsOfKinds(kinds).some((stem) => passageStems.has(stem))) return false;
  const lower = passage.text.toLowerCase();
  if (!kinds.some((kind) => lower.includes(kind.slice(0, Math.max(3, kind.length - 2))))) return false;
  const kindStems = new Set(kinds.map(stemWord));
  const isKind = (word: string) => (kinds.includes(word) || lexicon.baseForms(word).some((base) => kinds.includes(base))) && !lexicon.describes(word);
  return sentencesOf(passage).some(({ text, stems }) => stems.some((stem) => beside.has(stem)) && tokensOf(text).some(({ word }, at) => kindStems.has(stems[at] ?? '') && isKind(word)));
}

/** The stems of a list of kinds, made once a list (`Lexicon.kindsOf` and `metByNearKind` keep theirs). */
function stemsOfKinds(kinds: readonly string[]): readonly string[] {
  let stems = kindStemsByList.get(kinds);
  if (stems === undefined) kindStemsByList.set(kinds, (stems = [...new Set(kinds.map(stemWord))]));
  return stems;
}
const kindStemsByList = new WeakMap<readonly string[], readonly string[]>();

/** Every stem of a passage's sentences (`sentencesOf`), in one set made once a passage. */
function stemsOfPassage(passage: { readonly text: string }): ReadonlySet<string> {
  let stems = stemsByPassage.get(passage);
  if (stems === undefined) stemsByPassage.set(passage, (stems = new Set(sentencesOf(passage).flatMap((sentence) => sentence.stems))));
  return stems;
}
const stemsByPassage = new WeakMap<object, ReadonlySet<string>>();

/**
 * The question's everyday nouns the documents lack that a passage names one of by its name, in one sentence with a word
 * of `beside` stems: "were there any other universities in the country" is told by "The university was the only one in
 * Denmark", a name WordNet files under one of the noun's `kindSenses` commonest senses (`Lexicon.isKindOf`: "Denmark" a
 * country, "Boston" a city). A name is a word the sentence writes capitalised past its first word, three letters or more
 * and no stop word. The passage's names are read in WordNet first (once a name and noun), its sentences only then.
 */
export function metByName(unmet: readonly QueryTerm[], passage: { readonly text: string }, beside: ReadonlySet<string>, lexicon: Lexicon, kindSenses: number): QueryTerm[] {
  // A noun of no kind WordNet names members of ("year", "job", "price") is never named so: no passage is read for it.
  const kinds = kindSenses <= 0 ? [] : unmet.filter((term) => !lexicon.describes(term.typed) && lexicon.hasNamedMembers(term.typed));
  if (kinds.length === 0) return [];
  const names = [...new Set([...passage.text.matchAll(NAME)].map((match) => (match[1] as string).toLowerCase()))].filter((name) => !isStopWord(name));
  if (names.length === 0) return [];
  return kinds.filter((term) => {
    const ofKind = names.filter((name) => namesOfKind(lexicon, `${kindSenses} ${term.typed} ${name}`));
    return (
      ofKind.length > 0 &&
      sentencesOf(passage).some(({ text, stems }) => stems.some((stem) => beside.has(stem)) && tokensOf(text).some((token, at) => at > 0 && ofKind.includes(token.word) && CAPITALISED.test(text.slice(token.start, token.end))))
    );
  });
}

/** Whether a name (the key's last word) is one WordNet files under the noun before it, by that many of its senses. */
const namesOfKind = rememberedFor(20_000, (lexicon: Lexicon, key: string): boolean => {
  const [senses = '1', kind = '', name = ''] = key.split(' ');
  return lexicon.isName(name) && lexicon.isKindOf(name, kind, 1, Number(senses));
});

/** A capitalised word of three letters or more after a space: "De" (Gaulle), "Or", "Oh" are the states DE, OR and OH to WordNet. */
const NAME = /\s(\p{Lu}\p{Ll}{2,})(?!\p{L})/gu;
const CAPITALISED = /^\p{Lu}/u;
