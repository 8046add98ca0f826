import MiniSearch, { type Options } from 'minisearch';
import type { BenchPassage, Engine } from './engine.ts';

/** MiniSearch over the passages' text with these options and its default search options. */
export function createMiniSearchEngine(name: string, config: string, options: Options<BenchPassage>): Engine<MiniSearch<BenchPassage>> {
  return {
    name,
    config,
    typoTolerant: false,
    build(input) {
      const index = new MiniSearch<BenchPassage>(options);
      index.addAll(input.passages);
      return index;
    },
    search: (index, query, limit) => index.search(query).slice(0, limit).map((result) => String(result.id)),
    serialize: (index) => JSON.stringify(index),
    load: (data: string) => MiniSearch.loadJSON<BenchPassage>(data, options),
  };
}

/** MiniSearch as it comes: one field, default tokenizer and search options (OR, no fuzzy, no prefix). */
export const miniSearchEngine = createMiniSearchEngine('minisearch', "fields ['text'], default search options", { fields: ['text'] });
