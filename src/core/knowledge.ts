import { markNearDuplicates } from './documents/duplicates.ts';
import { extractFigures } from './figures/extract.ts';
import { wordNetLexicon, type Lexicon } from './search/lexicon.ts';
import { cutPassages } from './documents/passages.ts';
import { buildItemIndex, buildSearchIndex, type IndexedField, type ItemIndex, type SearchIndex, type SearchIndexParts } from './search/search-index.ts';
import { extractTimeline } from './timeline/extract.ts';
import { assembleKnowledge, groupBy } from './restore.ts';
import { DEFAULT_ENGINE_OPTIONS, mergeEngineOptions, type EngineOptions, type EngineOverrides, type IndexOptions } from './options.ts';
import type { Postings } from './search/postings.ts';
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

/** Chronological across documents: by date as written (ISO sorts as text), coarser dates first. */
function compareTimelineEntries(a: TimelineEntry, b: TimelineEntry): number {
  const [aStart, bStart] = [a.date.padEnd(10, ' '), b.date.padEnd(10, ' ')];
  return aStart < bStart ? -1 : aStart > bStart ? 1 : 0;
}
