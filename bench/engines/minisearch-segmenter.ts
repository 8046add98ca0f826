import { createMiniSearchEngine } from './minisearch.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** Intl.Segmenter's word-like segments, lower-cased: what plain MiniSearch needs to index Chinese at all. */
const tokenize = (text: string): string[] => [...segmenter.segment(text)].filter((segment) => segment.isWordLike === true).map((segment) => segment.segment.toLowerCase());

/**
 * MiniSearch with `Intl.Segmenter('zh', { granularity: 'word' })` as its tokenizer and otherwise as it
 * comes: the anchor the Chinese quality is compared with (issue 12).
 */
export const miniSearchSegmenterEngine = createMiniSearchEngine(
  'minisearch+segmenter',
  "fields ['text'], Intl.Segmenter('zh') tokenizer, default search options",
  { fields: ['text'], tokenize },
);
