import MiniSearch from 'minisearch';
import type { BenchPassage, Engine } from './engine.ts';

const OPTIONS = { fields: ['text'] };

/** MiniSearch as it comes: one field, default tokenizer and search options (OR, no fuzzy, no prefix). */
export const miniSearchEngine: Engine<MiniSearch<BenchPassage>> = {
  name: 'minisearch',
  config: "fields ['text'], default search options",
  typoTolerant: false,
  build(input) {
    const index = new MiniSearch<BenchPassage>(OPTIONS);
    index.addAll(input.passages);
    return index;
  },
  search: (index, query, limit) => index.search(query).slice(0, limit).map((result) => String(result.id)),
  serialize: (index) => JSON.stringify(index),
  load: (data) => MiniSearch.loadJSON<BenchPassage>(data, OPTIONS),
};
