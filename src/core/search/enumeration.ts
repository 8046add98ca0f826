import type { TopicListOptions } from '../options.ts';
import type { SearchIndex } from './search-index.ts';

/** An inline item label: "(A)", "(b)", "(3)". */
const LABEL = /\(([A-Za-z]|\d{1,2})\)/g;

/**
 * Whether a passage is a list of topics: an inline enumeration of at least `minItems` labelled items, in order
 * ("(A)", "(B)", "(C)" or "(1)", "(2)", "(3)"), each a short phrase ("Meaningful policies include: (A) kinds of cars the
 * state should own, (B) when cars should be traded, …"). Such a passage is an index of what a document tells
 * elsewhere: it names many topics in passing and tells about none, so it answers no question about one, however
 * many of the question's words its items hold. Items that are sentences ("(1) The state purchases and assigns
 * grades of cars according to need and position status …") tell, and make no index.
 */
export function isTopicList(text: string, options: TopicListOptions): boolean {
  const labels = [...text.matchAll(LABEL)];
  if (labels.length < options.minItems) return false;
  // Labels in sequence from the first one: "(a)", "(b)", "(c)"; a stray "(3)" in a sentence is a reference, not a list.
  const ordinal = (label: string) => (/\d/.test(label) ? Number(label) : label.toLowerCase().charCodeAt(0) - 96);
  if (labels.some((label, at) => ordinal(label[1] ?? '') !== at + 1)) return false;
  const first = labels[0]?.index ?? 0;
  const items = text.slice(first).split(LABEL).filter((_, at) => at % 2 === 0).slice(1);
  const words = items.reduce((sum, item) => sum + item.split(/\s+/).filter(Boolean).length, 0);
  return words / items.length <= options.maxItemWords;
}

/**
 * Each index's answers of `isTopicList` by position, per options (`minItems`, `maxItemWords`), each read at the first
 * question that ranks the passage: a passage's text is the knowledge's, and matching its labels was a tenth of the
 * ranking at 30,000 passages.
 */
const topicListsByIndex = new WeakMap<SearchIndex, Map<string, Int8Array>>();
const UNKNOWN = 0;
const LIST = 1;
const NOT_LIST = 2;

/** `isTopicList` of the passage at `position`, read once an index and options. */
export function isTopicListAt(index: SearchIndex, position: number, options: TopicListOptions): boolean {
  let byOptions = topicListsByIndex.get(index);
  if (byOptions === undefined) topicListsByIndex.set(index, (byOptions = new Map()));
  const key = `${options.minItems} ${options.maxItemWords}`;
  let known = byOptions.get(key);
  if (known === undefined) byOptions.set(key, (known = new Int8Array(index.passages.items.length)));
  if (known[position] === UNKNOWN) known[position] = isTopicList(index.passages.items[position]?.text ?? '', options) ? LIST : NOT_LIST;
  return known[position] === LIST;
}
