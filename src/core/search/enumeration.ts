import type { TopicListOptions } from '../options.ts';

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
