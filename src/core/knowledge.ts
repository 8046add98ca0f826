import { markNearDuplicates } from './documents/duplicates.ts';
import { extractFigures } from './figures/extract.ts';
import { chineseDictionary } from './search/chinese-dictionary.ts';
import { wordNetLexicon, type Lexicon } from './search/lexicon.ts';
import { hasUnspacedScript } from './search/segment.ts';
import { cutPassages } from './documents/passages.ts';
import {
  buildItemIndex,
  buildSearchIndex,
  restoreSearchIndex,
  searchIndexParts,
  type IndexedField,
  type ItemIndex,
  type SearchIndex,
  type SearchIndexParts,
} from './search/search-index.ts';
import { extractTimeline } from './timeline/extract.ts';
import { nextTurn } from './next-turn.ts';
import type { Postings } from './search/postings.ts';
import { DEFAULT_ENGINE_OPTIONS, mergeEngineOptions, type EngineOptions, type EngineOverrides, type IndexOptions } from './options.ts';
import type { Figure, KnowledgeDocument, Passage, TimelineEntry } from './types.ts';

/**
 * Everything docent knows, built whole from documents and never changed afterwards: a reload builds
 * a new one and swaps it in, so a reader never sees half of one and half of another.
 */
export interface Knowledge {
  readonly documents: readonly KnowledgeDocument[];
  /** Every passage of every document, in document order. */
  readonly passages: readonly Passage[];
  readonly passageById: ReadonlyMap<string, Passage>;
  /** Figures in document order. */
  readonly figures: readonly Figure[];
  /** Timeline entries in chronological order. */
  readonly timeline: readonly TimelineEntry[];
  readonly index: SearchIndex;
  readonly figureIndex: ItemIndex<Figure>;
  readonly timelineIndex: ItemIndex<TimelineEntry>;
  readonly lexicon: Lexicon;
  /** The figures and timeline entries of each passage that has any, so an answer finds them by lookup. */
  readonly figuresByPassage: ReadonlyMap<string, readonly Figure[]>;
  readonly timelineByPassage: ReadonlyMap<string, readonly TimelineEntry[]>;
  /** The options it was built with, defaults filled in; answering uses them unless told otherwise. */
  readonly options: EngineOptions;
}

function figureFields(options: IndexOptions): readonly IndexedField<Figure>[] {
  return [
    { name: 'measure', boost: options.figureMeasureBoost, read: (figure) => figure.measure },
    { name: 'text', boost: 1, read: (figure) => figure.text },
  ];
}
const TIMELINE_FIELDS: readonly IndexedField<TimelineEntry>[] = [{ name: 'text', boost: 1, read: (entry) => entry.text }];

/**
 * Builds the whole knowledge from loaded documents: passages, then figures and timeline, then indexes.
 * `overrides` changes any of `DEFAULT_ENGINE_OPTIONS`; the knowledge keeps the options in full.
 */
export function buildKnowledge(
  documents: readonly KnowledgeDocument[],
  overrides: EngineOverrides = {},
  lexicon: Lexicon = wordNetLexicon(),
): Knowledge {
  const options = mergeEngineOptions(DEFAULT_ENGINE_OPTIONS, overrides);
  const passages = markNearDuplicates(
    documents.flatMap((document) => cutPassages(document, options.passages)),
    options.duplicates,
  );
  // Code is never a source of figures or dates: `port: 8080` or `2024-01-01` in an example is not a fact.
  const prose = passages.filter((passage) => passage.role !== 'code');
  const published = new Map(documents.map((document) => [document.slug, document.meta.published]));
  const figures = extractFigures(prose, options.figures, (slug) => published.get(slug));
  const passagesByDocument = groupBy(prose, (passage) => passage.citation.document);
  const timeline = documents
    .flatMap((document) => extractTimeline(passagesByDocument.get(document.slug) ?? [], document.meta.published, options.timeline))
    .sort(compareTimelineEntries);
  return assembleKnowledge(
    {
      documents,
      passages,
      figures,
      timeline,
      index: buildSearchIndex(passages, options),
      figureIndex: buildItemIndex(figures, figureFields(options.index)),
      timelineIndex: buildItemIndex(timeline, TIMELINE_FIELDS),
      options,
    },
    lexicon,
  );
}

/**
 * What a snapshot keeps of a knowledge: everything built from the documents that is slow to build again.
 * The search index's part is typed arrays (`parts-codec.ts` writes them as they are), the rest plain data.
 */
export interface KnowledgeParts {
  readonly passages: readonly Passage[];
  readonly figures: readonly Figure[];
  readonly timeline: readonly TimelineEntry[];
  readonly index: SearchIndexParts;
  readonly figureIndex: Postings;
  readonly timelineIndex: Postings;
  /** The options the parts were built with: a restored knowledge answers with them too. */
  readonly options: EngineOptions;
}

export function knowledgeParts(knowledge: Knowledge): KnowledgeParts {
  return {
    passages: knowledge.passages,
    figures: knowledge.figures,
    timeline: knowledge.timeline,
    index: searchIndexParts(knowledge.index),
    figureIndex: knowledge.figureIndex.postings,
    timelineIndex: knowledge.timelineIndex.postings,
    options: knowledge.options,
  };
}

/**
 * Knowledge from saved parts and the documents they were built from, without building again, with
 * the options the parts were built with (checked: a saved option that is no option throws).
 */
export function restoreKnowledge(documents: readonly KnowledgeDocument[], parts: KnowledgeParts, lexicon: Lexicon = wordNetLexicon()): Knowledge {
  const options = mergeEngineOptions(DEFAULT_ENGINE_OPTIONS, parts.options);
  return assembleKnowledge(
    {
      documents,
      passages: parts.passages,
      figures: parts.figures,
      timeline: parts.timeline,
      index: restoreSearchIndex(parts.passages, parts.index, options),
      figureIndex: { items: parts.figures, postings: parts.figureIndex },
      timelineIndex: { items: parts.timeline, postings: parts.timelineIndex },
      options,
    },
    lexicon,
  );
}

/**
 * `restoreKnowledge` between turns of the event loop: the indexes are taken as they are (typed arrays), so
 * what is left (the lookups by passage) is tens of milliseconds at 30,000 passages, one step.
 */
export async function restoreKnowledgeAsync(
  documents: readonly KnowledgeDocument[],
  parts: KnowledgeParts,
  lexicon: Lexicon = wordNetLexicon(),
): Promise<Knowledge> {
  await nextTurn();
  const knowledge = restoreKnowledge(documents, parts, lexicon);
  await nextTurn();
  return knowledge;
}


type CoreParts = Pick<Knowledge, 'documents' | 'passages' | 'figures' | 'timeline' | 'index' | 'figureIndex' | 'timelineIndex' | 'options'>;

/** Adds the lookups derived from the parts: cheap, so they are never saved. */
function assembleKnowledge(parts: CoreParts, lexicon: Lexicon): Knowledge {
  // Chinese text sorts last among the words: read the dictionary now, not on the first question.
  if (hasUnspacedScript(parts.index.sortedWords.at(-1) ?? '')) chineseDictionary();
  return {
    ...parts,
    passageById: new Map(parts.passages.map((passage) => [passage.id, passage])),
    lexicon,
    figuresByPassage: groupBy(parts.figures, (figure) => figure.passageId),
    timelineByPassage: groupBy(parts.timeline, (entry) => entry.passageId),
  };
}

/** Items by a key, each group in the items' order. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group === undefined) groups.set(keyOf(item), [item]);
    else group.push(item);
  }
  return groups;
}

/** Chronological across documents: by date as written (ISO sorts as text), coarser dates first. */
function compareTimelineEntries(a: TimelineEntry, b: TimelineEntry): number {
  const [aStart, bStart] = [a.date.padEnd(10, ' '), b.date.padEnd(10, ' ')];
  return aStart < bStart ? -1 : aStart > bStart ? 1 : 0;
}
