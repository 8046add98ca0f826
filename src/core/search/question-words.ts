import type { AbstainOptions } from '../options.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import { baseOfIrregular } from './irregular.ts';
import { misspeltFormOf } from './misspelt-form.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * Whether a question's word is no English word in any form WordNet knows ("jiangsu", "shenzhen", "bitcoin"), nor a
 * misspelling the speller took to a word of the documents: a name, of a place, a firm or a thing too new for WordNet.
 * Shorter words are left out (`AbstainOptions.unknownNameMinLength`): unknown ones are mostly chat spellings and
 * abbreviations ("wat", "thx", "apps"). Nor is a misspelling of another form of a word the documents use ("chaging"
 * where they write "change": `misspeltFormOf`, `AbstainOptions.misspeltForms`); a misspelling of a word they lack in
 * every form counts as a name: no passage answers it either way.
 */
export function isUnknownWord(term: QueryTerm, index: SearchIndex, lexicon: Lexicon, options: AbstainOptions): boolean {
  if (term.correctedTo !== undefined || term.typed.length < options.unknownNameMinLength || !/^\p{L}+$/u.test(term.typed)) return false;
  if (lexicon.isWord(term.typed) || lexicon.isWord(baseOfIrregular(term.typed))) return false;
  return options.misspeltForms === 0 || misspeltFormOf(term.typed, index, lexicon) === null;
}

/**
 * How many of the question's words the terms are: an acronym searched as its name counts once ("when was nasa
 * founded" names one thing, not the four words of "National Aeronautics and Space Administration"), and so does a
 * name of several words (`namesOfSeveralWords`: "rhode island").
 */
export function countWords(terms: readonly QueryTerm[], nameOf: ReadonlyMap<string, string>): number {
  return new Set(terms.map((term) => term.partOf ?? nameOf.get(term.typed) ?? term.stem)).size;
}

/**
 * The question's words that stand in a name of several words WordNet lists as one ("rhode island", "west virginia",
 * "lake champlain"; at most `AbstainOptions.maxNameWords`), each mapped to that name: "the speed limit on rhode island
 * highways" names one place, and a passage that meets only that place meets one word of the question, not two. Longer
 * names first, each word in one.
 */
export function namesOfSeveralWords(query: ParsedQuery, lexicon: Lexicon, maxWords: number): Map<string, string> {
  const names = new Map<string, string>();
  const words = query.typedWords;
  // A name starts and ends with a word of the question's terms ("isle of man"): runs from a stop word are not looked up.
  const searched = new Set(query.terms.map((term) => term.typed));
  for (let length = maxWords; length >= 2; length -= 1) {
    for (let at = 0; at + length <= words.length; at += 1) {
      const run = words.slice(at, at + length);
      if (!searched.has(run[0] ?? '') || !searched.has(run.at(-1) ?? '') || run.some((word) => names.has(word)) || !lexicon.isName(run.join('_'))) continue;
      for (const word of run) names.set(word, run.join(' '));
    }
  }
  return names;
}

/** What abstaining reads of a question's word the knowledge base lacks (see `lackedWordsOf`). */
interface LackedWord {
  /** English uses it often (`SearchOptions.everydayWordUses`): it adds no topic of its own. */
  readonly everyday: boolean;
  /**
   * English uses it mostly as a verb, adjective or adverb (`Lexicon.describes`), or the question uses it as a phrasal
   * verb's (`isPhrasalVerb`): it says what a thing does or is like.
   */
  readonly describes: boolean;
}

/**
 * The question's words the knowledge base lacks, each read once in WordNet's counts (each reading is a few binary
 * searches of its sense index): the words it holds are judged by their frequency in it instead.
 */
export function lackedWordsOf(terms: readonly QueryTerm[], words: readonly string[], index: SearchIndex, lexicon: Lexicon, everydayWordUses: number): Map<QueryTerm, LackedWord> {
  const lacked = new Map<QueryTerm, LackedWord>();
  for (const term of terms) {
    if (index.documentFrequency.has(term.stem)) continue;
    const everyday = lexicon.usage(term.typed) >= everydayWordUses;
    // Read only for a rare noun the documents lack, which alone weighs the more for it: an everyday word weighs little anyway.
    const describes = lexicon.describes(term.typed) || (!everyday && isPhrasalVerb(term.typed, words, lexicon));
    lacked.set(term, { everyday, describes });
  }
  return lacked;
}

/**
 * Whether the question writes the word as the verb of a phrasal verb WordNet lists, with the word after it: "should
 * workers chip in", "how could an animal trip up a thief", "try to cheer up his wife". A noun in English's use of it
 * ("chip", "trip", "cheer") is then what the question does, not the thing it asks about: "chip in" is the documents'
 * "share the cost" in other words, as "wine" of "a red wine stain" is no word of theirs.
 */
function isPhrasalVerb(word: string, words: readonly string[], lexicon: Lexicon): boolean {
  const at = words.indexOf(word);
  const after = at < 0 ? undefined : words[at + 1];
  return after !== undefined && lexicon.canBeVerb(`${baseOfIrregular(word)}_${after}`);
}

/**
 * Whether a word the knowledge base lacks only says how the question puts what it asks: an everyday word that
 * describes. "What year did Ritter die", "who replaced Casey Stengel", "what happens to steel when it gets hot" ask
 * about Ritter, Stengel and steel; a passage that meets them meets the question's topic, in its own words for dying or
 * replacing. A noun the documents lack ("world" in "the tallest bridge in the world") still names a thing asked about,
 * and a rare verb ("invented", "refinance") an act the documents would have to name.
 */
export const isPhrasing = (word: LackedWord | undefined): boolean => word !== undefined && word.everyday && word.describes;
