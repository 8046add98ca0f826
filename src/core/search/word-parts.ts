import type { WordPartsOptions } from '../options.ts';
import type { Lexicon } from './lexicon.ts';
import type { SearchIndex } from './search-index.ts';
import { countOf } from './vocabulary.ts';
import { findQuote } from './verbatim.ts';
import { isStopWord, stemWord } from './words.ts';

/**
 * The two words of the knowledge base a compound it lacks is written as: "childcare" → child + care. The split whose
 * two words stand side by side in some passage wins (the documents write the compound apart there); failing one, a
 * split whose two words both occur, in any form, for a word English does not use. Null when the knowledge base holds the word itself, or no split fits.
 * `saidOtherwise` tells whether the knowledge base holds a word related to it (none unless told), read only for an
 * English word split side by side.
 */
export function compoundParts(word: string, index: SearchIndex, lexicon: Lexicon, options: WordPartsOptions, saidOtherwise: () => boolean = () => false): readonly [string, string] | null {
  if (!/^\p{Ll}+$/u.test(word) || index.documentFrequency.has(stemWord(word))) return null;
  // A word English uses is itself ("seasons" is no "sea" and "sons"), unless the documents write it as its two parts
  // side by side and in no word WordNet relates to it: "blindfolded" is their "blind-folded", while "newspapermen" is
  // met by their "correspondent" as well as by "newspaper men". Apart, its parts are two words of their own.
  const english = lexicon.usage(word) > 0;
  // Side by side is looked up as written ("child care"); a part met only in another form ("children") still counts apart.
  let apart: [string, string] | null = null;
  for (let at = options.minCompoundPart; at <= word.length - options.minCompoundPart; at += 1) {
    const parts: [string, string] = [word.slice(0, at), word.slice(at)];
    if (parts.some((part) => !isPart(part, index, lexicon))) continue;
    if (findQuote(index.passageWords, index.wordOccurrences, index.vocabulary.words, parts, 2).positions.length > 0) return english && saidOtherwise() ? null : parts;
    if (!english) apart ??= parts;
  }
  return apart;
}

/**
 * Whether a word can be a compound's part: a content word of the knowledge base, in some form, that is an English word
 * or one the documents write as it is (a name): "ons" in "seasons" is neither.
 */
function isPart(word: string, index: SearchIndex, lexicon: Lexicon): boolean {
  if (isStopWord(word) || !index.documentFrequency.has(stemWord(word))) return false;
  return lexicon.isWord(word) || countOf(index.vocabulary, word) > 0;
}

/**
 * Each knowledge's acronyms, found once on first use: the passages are the index's, so the index keys them. None in a
 * knowledge base larger than `maxAcronymText`, whose reading would stall every other answer.
 */
const acronymsByIndex = new WeakMap<SearchIndex, ReadonlyMap<string, readonly string[]>>();

/**
 * The words of the name a question's acronym stands for ("ndrc" → national, development, reform, commission), when the
 * knowledge base lacks the word and spells out exactly one such name, most often if several; null otherwise.
 */
export function acronymWords(word: string, index: SearchIndex, options: WordPartsOptions): readonly string[] | null {
  if (word.length < options.minAcronym || word.length > options.maxAcronym || !/^\p{Ll}+$/u.test(word) || index.documentFrequency.has(stemWord(word))) return null;
  let acronyms = acronymsByIndex.get(index);
  if (acronyms === undefined) {
    const texts = index.passages.items.map((passage) => passage.text);
    const size = texts.reduce((sum, text) => sum + text.length, 0);
    acronyms = size > options.maxAcronymText ? new Map() : acronymsOf(texts, options);
    acronymsByIndex.set(index, acronyms);
  }
  return acronyms.get(word) ?? null;
}

/**
 * The initials of every run of capitalised words in the texts ("National Development and Reform Commission" → ndrc,
 * the lower-case stop words inside skipped) and of the run's tails ("Development and Reform Commission" → drc): a
 * name is often abbreviated without its qualifiers. Each maps to the run's words, lower-cased, stop words kept (the
 * name as the documents write it); initials that several runs share keep the commonest.
 */
export function acronymsOf(texts: readonly string[], options: WordPartsOptions): ReadonlyMap<string, readonly string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const run of capitalisedRuns(text)) {
      // Each tail starts at a capitalised word, never at a stop word inside the name.
      for (let from = 0; from < run.length; from += 1) {
        const words = run.slice(from);
        const initials = words.filter((word) => !isStopWord(word)).map((word) => word[0]).join('');
        if (isStopWord(words[0] ?? '') || initials.length < options.minAcronym || initials.length > options.maxAcronym) continue;
        const names = counts.get(initials) ?? new Map<string, number>();
        counts.set(initials, names);
        const name = words.join(' ');
        names.set(name, (names.get(name) ?? 0) + 1);
      }
    }
  }
  const acronyms = new Map<string, readonly string[]>();
  for (const [initials, names] of counts) {
    const [commonest] = [...names].sort(([, a], [, b]) => b - a)[0] ?? [];
    if (commonest !== undefined) acronyms.set(initials, commonest.split(' '));
  }
  return acronyms;
}

/**
 * A run of capitalised words with only spaces between, and up to two short lower-case words between two of them ("of",
 * "and the"): matched on the raw text, several times cheaper than tokenizing it all (most matches are one word).
 */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’]*(?:(?: \p{Ll}{1,4}){0,2} \p{Lu}[\p{L}'’]*)*/gu;

/**
 * The runs of capitalised content words of a text, lower-cased: words next to each other with only spaces between,
 * lower-case stop words kept inside ("of", "and"). A capitalised stop word ("The", "In") starts no name, and a
 * lower-case word that is no stop word ends one.
 */
function capitalisedRuns(text: string): string[][] {
  const runs: string[][] = [];
  for (const [match] of text.matchAll(CAPITALISED_RUN)) {
    if (!match.includes(' ')) continue;
    let run: string[] = [];
    const close = () => {
      while (run.length > 0 && isStopWord(run.at(-1) ?? '')) run.pop();
      if (run.length > 1) runs.push(run);
      run = [];
    };
    for (const typed of match.split(' ')) {
      const word = typed.toLowerCase().replace(/['’]s$/u, '');
      const capitalised = /^\p{Lu}/u.test(typed);
      if (capitalised && !isStopWord(word) && /^\p{L}+$/u.test(word)) run.push(word);
      else if (!capitalised && isStopWord(word) && run.length > 0) run.push(word);
      else close();
    }
    close();
  }
  return runs;
}
