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
  /** Passage ids that hold at least one figure / timeline entry, for question intent. */
  readonly passagesWithFigures: ReadonlySet<string>;
  readonly passagesWithDates: ReadonlySet<string>;
}

/** Builds the whole knowledge from loaded documents: passages, then figures and timeline, then indexes. */
export function buildKnowledge(documents: readonly KnowledgeDocument[], lexicon: Lexicon = wordNetLexicon()): Knowledge {
  const passages = markNearDuplicates(documents.flatMap(cutPassages));
  const figures = extractFigures(passages);
  const passagesByDocument = new Map<string, Passage[]>();
  for (const passage of passages) {
    const list = passagesByDocument.get(passage.citation.document);
    if (list === undefined) passagesByDocument.set(passage.citation.document, [passage]);
    else list.push(passage);
  }
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
    passagesWithFigures: new Set(figures.map((figure) => figure.passageId)),
    passagesWithDates: new Set(timeline.map((entry) => entry.passageId)),
  };
}

/** Chronological across documents: by date as written (ISO sorts as text), coarser dates first. */
function compareTimelineEntries(a: TimelineEntry, b: TimelineEntry): number {
  const [aStart, bStart] = [a.date.padEnd(10, ' '), b.date.padEnd(10, ' ')];
  return aStart < bStart ? -1 : aStart > bStart ? 1 : 0;
}
