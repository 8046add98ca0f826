import type { DocumentRecord, Gap, HistoryEntry, RemoveResult } from '../admin/types.ts';
import type { Answer } from '../core/answer.ts';
import type { CiteResult, TimelineQuery } from '../core/browse.ts';
import type { Knowledge } from '../core/knowledge.ts';
import type { Citation, Figure, Passage, TimelineEntry } from '../core/types.ts';

/**
 * The JSON CLI's shapes: a stable interface for scripts. Fields are added, never renamed or removed.
 */
export interface JsonSource {
  readonly document: string;
  readonly title: string;
  readonly line: number;
  readonly paragraph: number;
  /** A Markdown passage's heading path, when it has one. */
  readonly section?: string;
  /** The document's `url` (at the heading's anchor), when the document has one. */
  readonly url?: string;
}

function sourceOf(citation: Citation): JsonSource {
  return {
    document: citation.document,
    title: citation.title,
    line: citation.line,
    paragraph: citation.paragraph,
    ...(citation.section === undefined ? {} : { section: citation.section }),
    ...(citation.url === undefined ? {} : { url: citation.url }),
  };
}

function citationOf(knowledge: Knowledge, passageId: string): JsonSource | null {
  const passage = knowledge.passageById.get(passageId);
  return passage === undefined ? null : sourceOf(passage.citation);
}

export function figureJson(knowledge: Knowledge, figure: Figure) {
  return {
    value: figure.value,
    ...(figure.valueMax === undefined ? {} : { valueMax: figure.valueMax }),
    unit: figure.unit,
    measure: figure.measure,
    ...(figure.qualifier === undefined ? {} : { qualifier: figure.qualifier }),
    raw: figure.raw,
    ...(figure.conversionOf === undefined ? {} : { conversionOf: figure.conversionOf }),
    text: figure.text,
    year: figure.year ?? null,
    source: citationOf(knowledge, figure.passageId),
  };
}

export function timelineJson(knowledge: Knowledge, entry: TimelineEntry) {
  return {
    date: entry.date,
    precision: entry.precision,
    kind: entry.kind,
    raw: entry.raw,
    text: entry.text,
    source: citationOf(knowledge, entry.passageId),
    ...(entry.conflict === undefined ? {} : { conflict: entry.conflict }),
  };
}

function passageJson(passage: Passage, score?: number) {
  return {
    id: passage.id,
    text: passage.text,
    ...(score === undefined ? {} : { score: Math.round(score * 1000) / 1000 }),
    section: passage.section,
    source: sourceOf(passage.citation),
  };
}

export function answerJson(knowledge: Knowledge, answer: Answer) {
  switch (answer.kind) {
    case 'answer':
      return {
        query: answer.query,
        kind: answer.kind,
        intent: answer.intent,
        results: answer.results.map((result) => ({ ...passageJson(result.passage, result.score), matched: result.matchedStems })),
        figures: answer.figures.map((figure) => figureJson(knowledge, figure)),
        timeline: answer.timeline.map((entry) => timelineJson(knowledge, entry)),
        corrections: answer.corrections,
      };
    case 'no-match':
      // `related`: the closest passages, which do not answer the question; never in `results`.
      return {
        query: answer.query,
        kind: answer.kind,
        results: [],
        figures: [],
        timeline: [],
        suggestions: answer.suggestions,
        related: answer.related.map((result) => passageJson(result.passage, result.score)),
      };
    case 'invalid':
      return { query: answer.query, kind: answer.kind, reason: answer.reason, message: answer.message, results: [], figures: [], timeline: [] };
  }
}

export function figuresJson(knowledge: Knowledge, figures: readonly Figure[]) {
  return { figures: figures.map((figure) => figureJson(knowledge, figure)) };
}

export function timelineQueryJson(knowledge: Knowledge, result: TimelineQuery) {
  return result.kind === 'invalid'
    ? { entries: [], error: result.message }
    : { entries: result.entries.map((entry) => timelineJson(knowledge, entry)) };
}

export function citeJson(result: CiteResult) {
  return result.kind === 'not-found'
    ? { kind: result.kind, id: result.id, suggestions: result.suggestions }
    : {
        kind: result.kind,
        passage: passageJson(result.passage),
        before: result.before.map((passage) => passageJson(passage)),
        after: result.after.map((passage) => passageJson(passage)),
      };
}

/** `knowledge add --json`: what was added, as the contract fixes it. */
export function addedJson(record: DocumentRecord) {
  return { added: { document: record.document, title: record.title, passages: record.passages, figures: record.figures, timeline: record.timeline, hash: record.hash } };
}

function documentJson(record: DocumentRecord) {
  return {
    document: record.document,
    title: record.title,
    passages: record.passages,
    figures: record.figures,
    timeline: record.timeline,
    hash: record.hash,
    addedAt: record.addedAt,
    addedBy: record.addedBy,
    scope: record.scope,
  };
}

/** `knowledge list --json`: the base's documents, then the server's. */
export function documentsJson(records: readonly DocumentRecord[]) {
  return { documents: records.map(documentJson) };
}

/** `knowledge remove --json`: the document removed, or null when there was none of that id. */
export function removedJson(result: RemoveResult) {
  return { removed: result.kind === 'removed' ? documentJson(result.record) : null };
}

/** `knowledge history --json`: newest first. */
export function historyJson(entries: readonly HistoryEntry[]) {
  return { history: entries.map((entry) => ({ action: entry.action, document: entry.document, hash: entry.hash, by: entry.by, at: entry.at })) };
}

/** `gaps --json`: most frequent first. */
export function gapsJson(gaps: readonly Gap[]) {
  return { gaps: gaps.map((gap) => ({ question: gap.question, count: gap.count, lastAsked: gap.lastAsked, kind: gap.kind })) };
}
