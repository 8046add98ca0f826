import { markNearDuplicates } from './duplicates.ts';
import { extractFigures } from './figures.ts';
import { wordNetLexicon, type Lexicon } from './lexicon.ts';
import { cutPassages } from './passages.ts';
import { buildItemIndex, buildSearchIndex, type ItemIndex, type SearchIndex } from './search-index.ts';
import { extractTimeline } from './timeline.ts';
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

/** Builds the whole knowledge from loaded documents: passages, then figures and timeline, then indexes. */
export function buildKnowledge(documents: readonly KnowledgeDocument[], lexicon: Lexicon = wordNetLexicon()): Knowledge {
  const passages = markNearDuplicates(documents.flatMap(cutPassages));
  const figures = extractFigures(passages);
  const passagesByDocument = groupBy(passages, (passage) => passage.citation.document);
  const timeline = documents.flatMap((document) =>
    extractTimeline(passagesByDocument.get(document.slug) ?? [], document.meta.published),
  );
  const sortedTimeline = [...timeline].sort(compareTimelineEntries);
  return {
    documents,
    passages,
    passageById: new Map(passages.map((passage) => [passage.id, passage])),
    figures,
    timeline: sortedTimeline,
    index: buildSearchIndex(passages),
    figureIndex: buildItemIndex(figures, [
      { name: 'measure', boost: 2, read: (figure) => figure.measure },
      { name: 'text', boost: 1, read: (figure) => figure.text },
    ]),
    timelineIndex: buildItemIndex(sortedTimeline, [{ name: 'text', boost: 1, read: (entry) => entry.text }]),
    lexicon,
    figuresByPassage: groupBy(figures, (figure) => figure.passageId),
    timelineByPassage: groupBy(sortedTimeline, (entry) => entry.passageId),
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
