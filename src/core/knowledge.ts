import type { AsPlainObject } from 'minisearch';
import { markNearDuplicates } from './documents/duplicates.ts';
import { extractFigures } from './figures/extract.ts';
import { chineseDictionary } from './search/chinese-dictionary.ts';
import { wordNetLexicon, type Lexicon } from './search/lexicon.ts';
import { hasUnspacedScript } from './search/segment.ts';
import { cutPassages } from './documents/passages.ts';
import {
  buildItemIndex,
  buildSearchIndex,
  loadItemIndex,
  restoreSearchIndex,
  searchIndexParts,
  type IndexedField,
  type ItemIndex,
  type SearchIndex,
  type SearchIndexParts,
} from './search/search-index.ts';
import { extractTimeline } from './timeline/extract.ts';
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
}

const FIGURE_FIELDS: readonly IndexedField<Figure>[] = [
  { name: 'measure', boost: 2, read: (figure) => figure.measure },
  { name: 'text', boost: 1, read: (figure) => figure.text },
];
const TIMELINE_FIELDS: readonly IndexedField<TimelineEntry>[] = [{ name: 'text', boost: 1, read: (entry) => entry.text }];

/** Builds the whole knowledge from loaded documents: passages, then figures and timeline, then indexes. */
export function buildKnowledge(documents: readonly KnowledgeDocument[], lexicon: Lexicon = wordNetLexicon()): Knowledge {
  const passages = markNearDuplicates(documents.flatMap(cutPassages));
  const figures = extractFigures(passages);
  const passagesByDocument = groupBy(passages, (passage) => passage.citation.document);
  const timeline = documents
    .flatMap((document) => extractTimeline(passagesByDocument.get(document.slug) ?? [], document.meta.published))
    .sort(compareTimelineEntries);
  return assembleKnowledge(
    {
      documents,
      passages,
      figures,
      timeline,
      index: buildSearchIndex(passages),
      figureIndex: buildItemIndex(figures, FIGURE_FIELDS),
      timelineIndex: buildItemIndex(timeline, TIMELINE_FIELDS),
    },
    lexicon,
  );
}

/** What a snapshot keeps of a knowledge: everything built from the documents that is slow to build again. */
export interface KnowledgeParts {
  readonly passages: readonly Passage[];
  readonly figures: readonly Figure[];
  readonly timeline: readonly TimelineEntry[];
  readonly index: SearchIndexParts;
  readonly figureIndex: AsPlainObject;
  readonly timelineIndex: AsPlainObject;
}

export function knowledgeParts(knowledge: Knowledge): KnowledgeParts {
  return {
    passages: knowledge.passages,
    figures: knowledge.figures,
    timeline: knowledge.timeline,
    index: searchIndexParts(knowledge.index),
    figureIndex: knowledge.figureIndex.miniSearch.toJSON(),
    timelineIndex: knowledge.timelineIndex.miniSearch.toJSON(),
  };
}

/** Knowledge from saved parts and the documents they were built from, without building again. */
export function restoreKnowledge(documents: readonly KnowledgeDocument[], parts: KnowledgeParts, lexicon: Lexicon = wordNetLexicon()): Knowledge {
  return assembleKnowledge(
    {
      documents,
      passages: parts.passages,
      figures: parts.figures,
      timeline: parts.timeline,
      index: restoreSearchIndex(parts.passages, parts.index),
      figureIndex: loadItemIndex(parts.figures, FIGURE_FIELDS, parts.figureIndex),
      timelineIndex: loadItemIndex(parts.timeline, TIMELINE_FIELDS, parts.timelineIndex),
    },
    lexicon,
  );
}

type CoreParts = Pick<Knowledge, 'documents' | 'passages' | 'figures' | 'timeline' | 'index' | 'figureIndex' | 'timelineIndex'>;

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
