import MiniSearch from 'minisearch';
import type { BenchPassage, Engine } from './engine.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** Words as Node's ICU segments them: Chinese into words, other scripts at spaces and punctuation. */
const tokenize = (text: string) => [...segmenter.segment(text)].filter((segment) => segment.isWordLike).map((segment) => segment.segment);
const OPTIONS = { fields: ['text'], tokenize };

/** The Chinese anchor: MiniSearch as it comes, but tokenized by `Intl.Segmenter('zh', { granularity: 'word' })`. */
export const miniSearchSegmenterEngine: Engine<MiniSearch<BenchPassage>> = {
  name: 'minisearch+segmenter',
  config: "fields ['text'], Intl.Segmenter('zh') words as tokens, default search options",
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
