import { Charset, Index, type IndexOptions, type SearchOptions } from 'flexsearch';
import type { Engine } from './engine.ts';

/** A FlexSearch Index variant: how it is created and searched. */
interface FlexVariant {
  readonly name: string;
  readonly typoTolerant: boolean;
  readonly options: IndexOptions;
  readonly searchOptions: SearchOptions;
}

/** The default Index: strict whole-word tokens, and a query's words must all match. */
const DEFAULT_VARIANT: FlexVariant = { name: 'flexsearch', typoTolerant: false, options: { preset: 'default' }, searchOptions: {} };

/**
 * The README's route to fuzziness: the "match" preset, its tokenizer swapped for "tolerant" (swapped
 * and missing letters), and `suggest` so that a query whose words do not all match still finds passages.
 */
const FUZZY_VARIANT: FlexVariant = {
  name: 'flexsearch-fuzzy',
  typoTolerant: true,
  options: { preset: 'match', tokenize: 'tolerant' },
  searchOptions: { suggest: true },
};

/**
 * The other configuration the independent check found best at scale: forward (prefix) tokens and the
 * LatinBalance encoder (folds letters that sound alike), with `suggest` so a query need not match whole.
 */
const FORWARD_BALANCE_VARIANT: FlexVariant = {
  name: 'flexsearch-forward',
  typoTolerant: true,
  options: { tokenize: 'forward', encoder: Charset.LatinBalance },
  searchOptions: { suggest: true },
};

/** Passage ids are strings; FlexSearch keys them by position, mapped back on search. */
interface FlexIndex {
  readonly index: Index;
  readonly ids: readonly string[];
}

function makeFlexEngine(variant: FlexVariant): Engine<FlexIndex> {
  return {
    name: variant.name,
    config: `Index ${JSON.stringify(variant.options)}, search ${JSON.stringify(variant.searchOptions)}`,
    typoTolerant: variant.typoTolerant,
    build(input) {
      const index = new Index(variant.options);
      input.passages.forEach((passage, position) => index.add(position, passage.text));
      return { index, ids: input.passages.map((passage) => passage.id) };
    },
    search: ({ index, ids }, query, limit) =>
      index.search(query, { ...variant.searchOptions, limit }).map((position) => ids[Number(position)] ?? ''),
    serialize({ index, ids }) {
      const parts: Record<string, string> = {};
      index.export((key, data) => {
        parts[key] = data;
      });
      return JSON.stringify({ ids, parts });
    },
    load(data: string) {
      const { ids, parts } = JSON.parse(data) as { ids: string[]; parts: Record<string, string> };
      const index = new Index(variant.options);
      for (const [key, part] of Object.entries(parts)) index.import(key, part);
      return { index, ids };
    },
  };
}

export const flexSearchEngine = makeFlexEngine(DEFAULT_VARIANT);
export const flexSearchFuzzyEngine = makeFlexEngine(FUZZY_VARIANT);
export const flexSearchForwardEngine = makeFlexEngine(FORWARD_BALANCE_VARIANT);
