import MiniSearch, { type AsPlainObject } from 'minisearch';
import { DEFAULT_ENGINE_OPTIONS, type Bm25Options, type IndexOptions, type SpellingOptions } from '../options.ts';
import { postingsOf, postingsOfAsync, type Postings } from './postings.ts';
import { hanBigrams } from './segment.ts';
import { buildSpeller, type Speller } from './spelling.ts';
import { isStopWord, stemWord, tokenize } from './words.ts';
import type { Passage } from '../types.ts';

/** A text field of an indexed item and how much a match in it counts. */
export interface IndexedField<T> {
  readonly name: string;
  readonly boost: number;
  readonly read: (item: T) => string;
}

/** What MiniSearch holds of an item: its position in `items` and its field texts. */
type IndexedDocument = Record<string, string | number>;

/** A MiniSearch index over items of one kind, keyed by their position in `items`. */
export interface ItemIndex<T> {
  readonly items: readonly T[];
  readonly miniSearch: MiniSearch<IndexedDocument>;
  readonly boosts: Readonly<Record<string, number>>;
}

/** What the passage ranking needs besides the index: the vocabulary, and each passage's terms in order. */
export interface SearchIndex {
  readonly passages: ItemIndex<Passage>;
  /** Lower-cased words of the knowledge base with how often they occur (for spelling and suggestions). */
  readonly wordCounts: ReadonlyMap<string, number>;
  readonly speller: Speller;
  /** Stemmed content terms of each passage in reading order, by passage position, for proximity. */
  readonly passageTerms: readonly (readonly string[])[];
  /** The words of `wordCounts` in code-point order, so completions of a prefix are a binary search away. */
  readonly sortedWords: readonly string[];
  /** How many passages hold each stem: rare words weigh more in coverage. */
  readonly documentFrequency: ReadonlyMap<string, number>;
  /** The passage index's postings in typed arrays, for top-k retrieval (`topPositions`). */
  readonly postings: Postings;
}

/** Index terms are stems of non-stop words; the query side does the same through `parseQuery`. */
const processIndexTerm = (word: string): string | null => (isStopWord(word) ? null : stemWord(word));
const tokenizeWords = (text: string): string[] => tokenize(text).map((token) => token.word);
/** The field indexed by Chinese character bigrams instead of words (empty for English text). */
const BIGRAM_FIELD = 'bigrams';
const tokenizeField = (text: string, fieldName?: string): string[] => (fieldName === BIGRAM_FIELD ? hanBigrams(text) : tokenizeWords(text));

/**
 * Builds a MiniSearch index over any items, with our tokenizer and stemmer on the index side. Queries
 * arrive already as stems (see `searchItems`), so the search side does no processing of its own.
 */
export function buildItemIndex<T>(items: readonly T[], fields: readonly IndexedField<T>[]): ItemIndex<T> {
  const miniSearch = new MiniSearch<IndexedDocument>(miniSearchOptions(fields));
  miniSearch.addAll(items.map((item, id) => Object.fromEntries([['id', id], ...fields.map((field) => [field.name, field.read(item)])])));
  return { items, miniSearch, boosts: boostsOf(fields) };
}

/** Restores an item index saved as `itemIndex.miniSearch.toJSON()` (in a snapshot). */
export function loadItemIndex<T>(items: readonly T[], fields: readonly IndexedField<T>[], saved: AsPlainObject): ItemIndex<T> {
  return { items, miniSearch: MiniSearch.loadJS<IndexedDocument>(saved, miniSearchOptions(fields)), boosts: boostsOf(fields) };
}

/** `loadItemIndex`, yielding to the event loop every thousand terms (MiniSearch's `loadJSAsync`). */
export async function loadItemIndexAsync<T>(items: readonly T[], fields: readonly IndexedField<T>[], saved: AsPlainObject): Promise<ItemIndex<T>> {
  return { items, miniSearch: await MiniSearch.loadJSAsync<IndexedDocument>(saved, miniSearchOptions(fields)), boosts: boostsOf(fields) };
}

function miniSearchOptions<T>(fields: readonly IndexedField<T>[]) {
  return {
    fields: fields.map((field) => field.name),
    tokenize: tokenizeField,
    processTerm: processIndexTerm,
    searchOptions: { tokenize: (query: string) => query.split(' '), processTerm: (term: string) => term },
  };
}

function boostsOf<T>(fields: readonly IndexedField<T>[]): Record<string, number> {
  return Object.fromEntries(fields.map((field) => [field.name, field.boost]));
}

/** A passage's text, and its section lead, which says what it is about even when it doesn't repeat it. */
function passageFields(options: IndexOptions): readonly IndexedField<Passage>[] {
  return [
    { name: 'text', boost: 1, read: (passage) => passage.text },
    { name: 'section', boost: options.sectionBoost, read: (passage) => passage.section ?? '' },
    // Chinese text's character bigrams: matched only by the question's bigrams (see `hanBigrams`).
    { name: BIGRAM_FIELD, boost: 1, read: (passage) => passage.text },
  ];
}

/** What building a search index reads of the engine's options. */
export type SearchIndexOptions = { readonly index: IndexOptions; readonly spelling: SpellingOptions };

/** What a snapshot keeps of a search index: what costs the most to compute again. */
export interface SearchIndexParts {
  readonly wordCounts: readonly (readonly [string, number])[];
  readonly documentFrequency: readonly (readonly [string, number])[];
  readonly passageTerms: readonly (readonly string[])[];
  readonly miniSearch: AsPlainObject;
}

/** Builds the passage index and the vocabulary that query parsing and ranking read. */
export function buildSearchIndex(passages: readonly Passage[], options: SearchIndexOptions = DEFAULT_ENGINE_OPTIONS): SearchIndex {
  const wordCounts = new Map<string, number>();
  const passageTerms = passages.map((passage) => {
    const terms: string[] = [];
    for (const { word } of tokenize(passage.text)) {
      wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
      if (!isStopWord(word)) terms.push(stemWord(word));
    }
    return terms;
  });
  const documentFrequency = new Map<string, number>();
  for (const terms of passageTerms) for (const stem of new Set(terms)) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  const passageIndex = buildItemIndex(passages, passageFields(options.index));
  return assembleSearchIndex(passageIndex, postingsOf(passageIndex.miniSearch.toJSON(), passageIndex.boosts), wordCounts, passageTerms, documentFrequency, options.spelling);
}

export function searchIndexParts(index: SearchIndex): SearchIndexParts {
  return {
    wordCounts: [...index.wordCounts],
    documentFrequency: [...index.documentFrequency],
    passageTerms: index.passageTerms,
    miniSearch: index.passages.miniSearch.toJSON(),
  };
}

/** Restores a search index from its parts; `options` must be those it was built with (the snapshot key sees to it). */
export function restoreSearchIndex(passages: readonly Passage[], parts: SearchIndexParts, options: SearchIndexOptions = DEFAULT_ENGINE_OPTIONS): SearchIndex {
  const passageIndex = loadItemIndex(passages, passageFields(options.index), parts.miniSearch);
  return assembleSearchIndex(
    passageIndex,
    postingsOf(parts.miniSearch, passageIndex.boosts),
    new Map(parts.wordCounts),
    parts.passageTerms,
    new Map(parts.documentFrequency),
    options.spelling,
  );
}

/** `restoreSearchIndex` that lets the event loop turn while the passage index is loaded. */
export async function restoreSearchIndexAsync(
  passages: readonly Passage[],
  parts: SearchIndexParts,
  options: SearchIndexOptions = DEFAULT_ENGINE_OPTIONS,
): Promise<SearchIndex> {
  const passageIndex = await loadItemIndexAsync(passages, passageFields(options.index), parts.miniSearch);
  const postings = await postingsOfAsync(parts.miniSearch, passageIndex.boosts);
  return assembleSearchIndex(passageIndex, postings, new Map(parts.wordCounts), parts.passageTerms, new Map(parts.documentFrequency), options.spelling);
}

/** Adds what is derived from the vocabulary (the speller, the sorted words), cheap enough to derive again on restore, to the index and its postings. */
function assembleSearchIndex(
  passages: ItemIndex<Passage>,
  postings: Postings,
  wordCounts: ReadonlyMap<string, number>,
  passageTerms: readonly (readonly string[])[],
  documentFrequency: ReadonlyMap<string, number>,
  spelling: SpellingOptions,
): SearchIndex {
  return {
    passages,
    wordCounts,
    speller: buildSpeller(wordCounts, spelling),
    passageTerms,
    sortedWords: [...wordCounts.keys()].sort(),
    documentFrequency,
    postings,
  };
}

/** An item's position in its index and its score for a query. */
export interface ItemMatch {
  readonly position: number;
  readonly score: number;
}

/**
 * Searches an item index for stems, each with its weight (typed words 1, related words less),
 * best first. MiniSearch does BM25+ (`bm25`, see `SearchOptions`) over the fields with their boosts.
 */
export function searchItems<T>(
  itemIndex: ItemIndex<T>,
  weights: ReadonlyMap<string, number>,
  bm25: Bm25Options = DEFAULT_ENGINE_OPTIONS.search.bm25,
): ItemMatch[] {
  if (weights.size === 0) return [];
  return itemIndex.miniSearch
    .search([...weights.keys()].join(' '), {
      boost: itemIndex.boosts,
      combineWith: 'OR',
      bm25,
      boostTerm: (term) => weights.get(term) ?? 1,
    })
    // MiniSearch multiplies a score by how many query terms matched, whatever their weight: a passage
    // met by four weak related words would outscore one met by two words the user typed. The count is
    // replaced by the matched terms' weights.
    .map((result) => {
      const matchedWeight = result.queryTerms.reduce((sum, term) => sum + (weights.get(term) ?? 1), 0);
      return { position: Number(result.id), score: (result.score / Math.max(1, result.queryTerms.length)) * matchedWeight };
    })
    .sort((a, b) => b.score - a.score);
}

/** Words of the knowledge base that start with `prefix`, most frequent first. */
export function completeWord(index: SearchIndex, prefix: string, limit: number): string[] {
  const words = index.sortedWords;
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((words[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  const matches: string[] = [];
  for (let position = low; position < words.length && (words[position] ?? '').startsWith(prefix); position += 1) {
    matches.push(words[position] ?? '');
    if (matches.length >= 500) break; // a one-letter prefix: the most frequent of the first 500 is plenty
  }
  return matches.sort((a, b) => (index.wordCounts.get(b) ?? 0) - (index.wordCounts.get(a) ?? 0)).slice(0, limit);
}
