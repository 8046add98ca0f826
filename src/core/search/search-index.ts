import MiniSearch from 'minisearch';
import { DEFAULT_ENGINE_OPTIONS, type Bm25Options, type IndexOptions, type SpellingOptions } from '../options.ts';
import { passageTermsOf, wordTermsOf, type PassageTerms } from './passage-terms.ts';
import { fieldDocumentCount, postingsOf, topPositions, type Postings } from './postings.ts';
import { hanBigrams } from './segment.ts';
import { lowerBound, stringAt, stringCount } from './sorted-strings.ts';
import { buildSpeller, spellerOf, type Speller } from './spelling.ts';
import { vocabularyOf, type Vocabulary } from './vocabulary.ts';
import { wordOccurrencesOf, type WordOccurrences } from './verbatim.ts';
import { isBoundPrefix, isStopWord, stemWord, tokenize } from './words.ts';
import type { Passage } from '../types.ts';

/** A text field of an indexed item and how much a match in it counts. */
export interface IndexedField<T> {
  readonly name: string;
  readonly boost: number;
  readonly read: (item: T) => string;
}

/** What MiniSearch holds of an item: its position in `items` and its field texts. */
type IndexedDocument = Record<string, string | number>;

/**
 * An index over items of one kind: the postings of a MiniSearch index built over them (`buildItemIndex`),
 * by the items' positions. The MiniSearch index is dropped once its postings are read (see `Postings`).
 */
export interface ItemIndex<T> {
  readonly items: readonly T[];
  readonly postings: Postings;
}

/**
 * What answering reads to find and rank passages: the passages' postings (derived from a MiniSearch index
 * that is then dropped, see `Postings`), the vocabulary, and each passage's terms in order. Every large part
 * is a few typed arrays, which a snapshot saves and restores as they are.
 */
export interface SearchIndex {
  /** The passages, by position (the postings' and `passageWords`' passage numbers). */
  readonly passages: { readonly items: readonly Passage[] };
  /** Lower-cased words of the knowledge base with how often they occur (for spelling and completions). */
  readonly vocabulary: Vocabulary;
  readonly speller: Speller;
  /**
   * Each vocabulary word's stem as a term id, by word id (`wordTermsOf`): `passageWords` mapped through it are
   * each passage's stems in reading order, for proximity (`positionsOfStems`).
   */
  readonly wordTerms: Int32Array;
  /** The words of `vocabulary` in code-point order (`at(-1)` is the last: Chinese text sorts last). */
  readonly sortedWords: { readonly length: number; at(index: number): string | undefined };
  /** How many passages hold each stem in their text: rare words weigh more in coverage. */
  readonly documentFrequency: { get(stem: string): number | undefined; has(stem: string): boolean };
  /** The passages' postings in typed arrays, for top-k retrieval (`topPositions`). */
  readonly postings: Postings;
  /** Every word of each passage in reading order, stop words included, as ids in `vocabulary.words`: quotes are looked up in them (`verbatim.ts`). */
  readonly passageWords: PassageTerms;
  /** Where each word of `vocabulary.words` stands in `passageWords`, derived from it. */
  readonly wordOccurrences: WordOccurrences;
}

/** Index terms are stems of non-stop words; the query side does the same through `parseQuery`. */
const processIndexTerm = (word: string): string | null => (isStopWord(word) ? null : stemWord(word));
// A bound prefix ("sub" of "sub-surface") is no word of the text: neither a posting nor a word of the passage.
const tokenizeWords = (text: string): string[] => tokenize(text).flatMap((token) => (isBoundPrefix(text, token) ? [] : [token.word]));
/** The field indexed by Chinese character bigrams instead of words (empty for English text). */
const BIGRAM_FIELD = 'bigrams';
/** The passage field of its words, whose document counts are the stems' document frequencies. */
const TEXT_FIELD = 'text';
const tokenizeField = (text: string, fieldName?: string): string[] => (fieldName === BIGRAM_FIELD ? hanBigrams(text) : tokenizeWords(text));

/**
 * A MiniSearch index over any items, keyed by their positions, with our tokenizer and stemmer on the index
 * side: the index that is built, and whose postings are kept (`buildItemIndex`).
 */
export function buildMiniSearch<T>(items: readonly T[], fields: readonly IndexedField<T>[]): MiniSearch<IndexedDocument> {
  const miniSearch = new MiniSearch<IndexedDocument>(miniSearchOptions(fields));
  miniSearch.addAll(items.map((item, id) => Object.fromEntries([['id', id], ...fields.map((field) => [field.name, field.read(item)])])));
  return miniSearch;
}

/** Indexes items: MiniSearch builds the index, its postings are kept and searched (`searchItems`). */
export function buildItemIndex<T>(items: readonly T[], fields: readonly IndexedField<T>[]): ItemIndex<T> {
  return { items, postings: postingsOf(buildMiniSearch(items, fields).toJSON(), boostsOf(fields)) };
}

function miniSearchOptions<T>(fields: readonly IndexedField<T>[]) {
  return {
    fields: fields.map((field) => field.name),
    tokenize: tokenizeField,
    processTerm: processIndexTerm,
    searchOptions: { tokenize: (query: string) => query.split(' '), processTerm: (term: string) => term },
  };
}

/** The fields' boosts by name, as MiniSearch's `boost` search option takes them. */
export function boostsOf<T>(fields: readonly IndexedField<T>[]): Record<string, number> {
  return Object.fromEntries(fields.map((field) => [field.name, field.boost]));
}

/** A passage's text, and its section lead, which says what it is about even when it doesn't repeat it. */
export function passageFields(options: IndexOptions): readonly IndexedField<Passage>[] {
  return [
    { name: TEXT_FIELD, boost: 1, read: (passage) => passage.text },
    { name: 'section', boost: options.sectionBoost, read: (passage) => passage.section ?? '' },
    // Chinese text's character bigrams: matched only by the question's bigrams (see `hanBigrams`).
    { name: BIGRAM_FIELD, boost: 1, read: (passage) => passage.text },
  ];
}

/** What building a search index reads of the engine's options. */
export type SearchIndexOptions = { readonly index: IndexOptions; readonly spelling: SpellingOptions };

/** What a snapshot keeps of a search index: all of it but the passages, in typed arrays and a few strings. */
export interface SearchIndexParts {
  readonly postings: Postings;
  readonly vocabulary: Vocabulary;
  readonly passageWords: PassageTerms;
  /** Saved rather than derived on a restore: at 30k, 0.2 MB against 40–90 ms of stemming and looking up 50,000 words. */
  readonly wordTerms: Int32Array;
  /** The speller's deletion keys (`Speller.deletionKeys`). */
  readonly deletionKeys: Float64Array;
}

/** Builds the passages' postings and the vocabulary that query parsing and ranking read. */
export function buildSearchIndex(passages: readonly Passage[], options: SearchIndexOptions = DEFAULT_ENGINE_OPTIONS): SearchIndex {
  const wordCounts = new Map<string, number>();
  const wordsByPassage = passages.map((passage) => {
    const words: string[] = [];
    for (const word of tokenizeWords(passage.text)) {
      wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
      words.push(word);
    }
    return words;
  });
  const { postings } = buildItemIndex(passages, passageFields(options.index));
  const vocabulary = vocabularyOf(wordCounts);
  const parts = {
    postings,
    vocabulary,
    passageWords: passageTermsOf(wordsByPassage, vocabulary.words),
    wordTerms: wordTermsOf(vocabulary.words, postings.terms),
  };
  return assembleSearchIndex(passages, parts, buildSpeller(vocabulary, options.spelling));
}

export function searchIndexParts(index: SearchIndex): SearchIndexParts {
  const { postings, vocabulary, passageWords, wordTerms } = index;
  return { postings, vocabulary, passageWords, wordTerms, deletionKeys: index.speller.deletionKeys };
}

/**
 * Restores a search index from its parts, taking the arrays as they are (nothing is rebuilt entry by entry);
 * `options` must be those it was built with (the snapshot key sees to it).
 */
export function restoreSearchIndex(passages: readonly Passage[], parts: SearchIndexParts, options: SearchIndexOptions = DEFAULT_ENGINE_OPTIONS): SearchIndex {
  return assembleSearchIndex(passages, parts, spellerOf(parts.vocabulary, parts.deletionKeys, options.spelling));
}

/** The index over its parts, with the read-only views of them other modules use. */
function assembleSearchIndex(passages: readonly Passage[], parts: Omit<SearchIndexParts, 'deletionKeys'>, speller: Speller): SearchIndex {
  const { postings, vocabulary, passageWords, wordTerms } = parts;
  // The text field's document counts are the passages holding each stem in their text, as counted when
  // stems were arrays of strings (the tests check it): no table of its own needed.
  const textFrequency = (stem: string) => fieldDocumentCount(postings, stem, TEXT_FIELD);
  return {
    passages: { items: passages },
    vocabulary,
    speller,
    wordTerms,
    sortedWords: { length: stringCount(vocabulary.words), at: (index) => stringAt(vocabulary.words, index) },
    documentFrequency: {
      get: (stem) => textFrequency(stem) || undefined,
      has: (stem) => textFrequency(stem) > 0,
    },
    postings,
    passageWords,
    wordOccurrences: wordOccurrencesOf(passageWords, vocabulary.counts),
  };
}

/** An item's position in its index and its score for a query. */
export interface ItemMatch {
  readonly position: number;
  readonly score: number;
}

/**
 * Searches an item index for stems, each with its weight (typed words 1, related words less), every
 * match best first (ties by position), scored as MiniSearch scores them (BM25+, `bm25`, over the fields
 * with their boosts), except that MiniSearch multiplies a score by how many query terms matched, whatever
 * their weight: a passage met by four weak related words would outscore one met by two words the user
 * typed. The count is replaced by the matched terms' weights (see `topPositions`).
 */
export function searchItems<T>(
  itemIndex: ItemIndex<T>,
  weights: ReadonlyMap<string, number>,
  bm25: Bm25Options = DEFAULT_ENGINE_OPTIONS.search.bm25,
): ItemMatch[] {
  return topPositions(itemIndex.postings, weights, itemIndex.items.length, bm25);
}

/** Words of the knowledge base that start with `prefix`, most frequent first. */
export function completeWord(index: SearchIndex, prefix: string, limit: number): string[] {
  const { words, counts } = index.vocabulary;
  const matches: { word: string; count: number }[] = [];
  for (let at = lowerBound(words, prefix); at < stringCount(words); at += 1) {
    const word = stringAt(words, at) ?? '';
    if (!word.startsWith(prefix)) break;
    matches.push({ word, count: counts[at] ?? 0 });
    if (matches.length >= 500) break; // a one-letter prefix: the most frequent of the first 500 is plenty
  }
  return matches.sort((a, b) => b.count - a.count).slice(0, limit).map((match) => match.word);
}
