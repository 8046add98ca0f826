import MiniSearch from 'minisearch';
import type { BenchPassage, Engine } from './engine.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** Intl.Segmenter's word-like segments, lower-cased: what plain MiniSearch needs to index Chinese at all. */
const tokenize = (text: string): string[] => [...segmenter.segment(text)].filter((segment) => segment.isWordLike === true).map((segment) => segment.segment.toLowerCase());
const OPTIONS = { fields: ['text'], tokenize };

/**
 * MiniSearch with `Intl.Segmenter('zh', { granularity: 'word' })` as its tokenizer and otherwise as it
 * comes: the anchor the Chinese quality is compared with (issue 12).
 */
export const miniSearchSegmenterEngine: Engine<MiniSearch<BenchPassage>> = {
  name: 'minisearch+segmenter',
  config: "fields ['text'], Intl.Segmenter('zh') tokenizer, default search options",
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
