import type { Knowledge } from './knowledge.ts';
import { parseQuery } from './search/query.ts';
import { topPositions } from './search/postings.ts';
import { searchWeights } from './search/rank.ts';
import { completeWord, searchItems, type ItemIndex } from './search/search-index.ts';
import { splitSentences } from './documents/sentences.ts';
import { hasUnspacedScript } from './search/segment.ts';
import { sliceWhole, tokenize } from './search/words.ts';
import type { Figure, Passage, TimelineEntry } from './types.ts';

/**
 * How many suggestions to offer and how long each may be. The core knows no platform: a caller that
 * shows suggestions somewhere with limits (Discord's autocomplete: `src/format/choices.ts`) passes them.
 */
export interface SuggestionLimits {
  readonly count: number;
  /** Characters; a longer suggestion is cut with a visible "…". */
  readonly length: number;
}

/** The suggestions of a passage id that was not found: ten ids, uncut. */
const DEFAULT_SUGGESTION_LIMITS: SuggestionLimits = { count: 10, length: Number.POSITIVE_INFINITY };
/**
 * The cost cap of one autocomplete request: text with more words than this is not searched (each word
 * costs a spelling lookup and an index walk); it gets the cheap choices only, the text itself and
 * completions of its last word. A question worth asking rarely runs longer while being typed.
 */
export const MAX_SUGGESTION_WORDS = 12;

/**
 * The items of an index that bear on a topic, best first; every item, in its own order, when there
 * is no topic. A topic is read like a question (typos corrected, related words weaker).
 */
function itemsOnTopic<T>(knowledge: Knowledge, itemIndex: ItemIndex<T>, topic: string | undefined): T[] {
  if (topic === undefined || topic.trim().length === 0) return [...itemIndex.items];
  const { search } = knowledge.options;
  const parsed = parseQuery(topic, knowledge.index, knowledge.lexicon, search);
  return searchItems(itemIndex, searchWeights(parsed.terms, search), search.bm25).flatMap((match) => itemIndex.items[match.position] ?? []);
}

export interface FigureFilter {
  readonly topic?: string | undefined;
  readonly year?: number | undefined;
}

/** Figures on a topic (best first) or all of them (document order), optionally only those of one year. */
export function findFigures(knowledge: Knowledge, filter: FigureFilter = {}): Figure[] {
  const figures = itemsOnTopic(knowledge, knowledge.figureIndex, filter.topic);
  return filter.year === undefined ? figures : figures.filter((figure) => figure.year === filter.year);
}

export interface TimelineFilter {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly topic?: string | undefined;
}

export type TimelineQuery =
  | { readonly kind: 'entries'; readonly entries: readonly TimelineEntry[] }
  | { readonly kind: 'invalid'; readonly message: string };

const ISO_PREFIX = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Timeline entries between two dates (ISO year, month or day; each end optional, inclusive) on an
 * optional topic, always in chronological order. An entry counts when its period overlaps the range.
 */
export function findTimeline(knowledge: Knowledge, filter: TimelineFilter = {}): TimelineQuery {
  for (const [name, value] of [['from', filter.from], ['to', filter.to]] as const) {
    if (value !== undefined && !ISO_PREFIX.test(value.trim())) {
      return { kind: 'invalid', message: `"${name}" must be a date like 2021, 2021-10 or 2021-10-21.` };
    }
  }
  const from = filter.from === undefined ? '' : periodStart(filter.from.trim());
  const to = filter.to === undefined ? '\uffff' : periodEnd(filter.to.trim());
  if (from > to) return { kind: 'invalid', message: '"from" comes after "to".' };
  const onTopic = new Set(itemsOnTopic(knowledge, knowledge.timelineIndex, filter.topic));
  const entries = knowledge.timeline.filter(
    (entry) => onTopic.has(entry) && periodEnd(entry.date) >= from && periodStart(entry.date) <= to,
  );
  return { kind: 'entries', entries };
}

/** The first day of a year, month or day, as an ISO string. */
function periodStart(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last possible day of a year, month or day (day 31 of any month sorts after every real day). */
function periodEnd(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

export type CiteResult =
  | { readonly kind: 'passage'; readonly passage: Passage; readonly before: readonly Passage[]; readonly after: readonly Passage[] }
  | { readonly kind: 'not-found'; readonly id: string; readonly suggestions: readonly string[] };

/** A passage by id with up to `context` passages of the same document on each side. */
export function citePassage(knowledge: Knowledge, id: string, context = 1): CiteResult {
  const passage = knowledge.passageById.get(id.trim());
  if (passage === undefined) return { kind: 'not-found', id, suggestions: suggestPassageIds(knowledge, id).map((choice) => choice.value) };
  const position = knowledge.passages.indexOf(passage);
  const sameDocument = (candidate: Passage | undefined): candidate is Passage =>
    candidate !== undefined && candidate.citation.document === passage.citation.document;
  return {
    kind: 'passage',
    passage,
    before: knowledge.passages.slice(Math.max(0, position - context), position).filter(sameDocument),
    after: knowledge.passages.slice(position + 1, position + 1 + context).filter(sameDocument),
  };
}

/** An autocomplete choice: what the user sees and what is filled in. */
export interface Suggestion {
  readonly name: string;
  readonly value: string;
}

/**
 * Passage ids for a partial id or words: ids that start with what was typed, else the passages whose
 * text best matches it, each shown with the start of its text.
 */
export function suggestPassageIds(knowledge: Knowledge, typed: string, limits: SuggestionLimits = DEFAULT_SUGGESTION_LIMITS): Suggestion[] {
  const partial = typed.trim().toLowerCase();
  const byId = knowledge.passages.filter((passage) => passage.id.startsWith(partial)).slice(0, limits.count);
  const passages = byId.length > 0 || partial.length === 0 ? byId : rankedPassagesFor(knowledge, partial, limits.count);
  return passages.map((passage) => ({ name: fitSuggestion(`${passage.id} · ${passage.text}`, limits.length), value: passage.id }));
}

function rankedPassagesFor(knowledge: Knowledge, text: string, count: number): Passage[] {
  if ((text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) > MAX_SUGGESTION_WORDS) return [];
  const { search } = knowledge.options;
  const parsed = parseQuery(text, knowledge.index, knowledge.lexicon, search);
  // The same top-k over the postings as the answer path: the passages' MiniSearch is not kept.
  return topPositions(knowledge.index.postings, searchWeights(parsed.terms, search), count, search.bm25).flatMap(
    (match) => knowledge.index.passages.items[match.position] ?? [],
  );
}

/**
 * Completions for a question being typed: the last word completed from the knowledge base's words,
 * then the opening sentences of the passages that best match, which a user can pick to ask about.
 */
export function suggestQuestions(knowledge: Knowledge, typed: string, limits: SuggestionLimits = DEFAULT_SUGGESTION_LIMITS): Suggestion[] {
  const text = sliceWhole(typed.replace(/\s+/g, ' ').trimStart(), limits.length);
  if (text.trim().length === 0) return [];
  const { lastWord, head } = splitLastWord(text);
  const completions = lastWord === undefined ? [] : completeWord(knowledge.index, lastWord, 3).filter((word) => word !== lastWord).map((word) => `${head}${word}`);
  const sentences = rankedPassagesFor(knowledge, text, limits.count).map((passage) => splitSentences(passage.text)[0]?.text ?? passage.text);
  const unique = [...new Set([text.trim(), ...completions, ...sentences].map((choice) => fitSuggestion(choice, limits.length)))].filter((choice) => choice.length > 0);
  return unique.slice(0, limits.count).map((choice) => ({ name: choice, value: choice }));
}

/**
 * The word being typed at the end of the text, and what stands before it. Chinese has no spaces: its
 * last word is the segmenter's last word ("共同富" → "富", completed to "富裕").
 */
function splitLastWord(text: string): { lastWord: string | undefined; head: string } {
  const lastWord = /([\p{L}\p{N}]+)$/u.exec(text.toLowerCase())?.[1];
  if (lastWord === undefined) return { lastWord, head: text };
  if (hasUnspacedScript(lastWord)) {
    const last = tokenize(text).at(-1);
    if (last !== undefined && last.end === text.length) return { lastWord: last.word, head: text.slice(0, last.start) };
  }
  return { lastWord, head: text.slice(0, text.length - lastWord.length) };
}

/** Cuts a suggestion to one line of at most `length` characters, with a visible ellipsis. */
function fitSuggestion(text: string, length: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= length ? oneLine : `${sliceWhole(oneLine, length - 1).trimEnd()}…`;
}
