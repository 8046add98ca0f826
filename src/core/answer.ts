import type { Knowledge } from './knowledge.ts';
import { parseQuery, type ParsedQuery, type QuestionIntent } from './query.ts';
import { rankPassages, type RankedPassage } from './rank.ts';
import { indexTerms } from './text.ts';
import type { Figure, TimelineEntry } from './types.ts';

/** Longer questions are refused: nobody types 500 characters into a search, and it bounds the work. */
export const MAX_QUESTION_LENGTH = 500;
/** Passages returned when the caller does not say. */
export const DEFAULT_RESULT_LIMIT = 5;
/** Figures and timeline entries shown beside an answer, at most. */
export const MAX_RELATED_FACTS = 3;
/** Figures and dates are looked for in this many of the best passages. */
const FACT_SOURCE_PASSAGES = 3;

/** A spelling the engine corrected, shown so the user knows what was searched. */
export interface Correction {
  readonly typed: string;
  readonly correctedTo: string;
}

export type Answer =
  | {
      readonly kind: 'answer';
      readonly query: string;
      readonly intent: QuestionIntent;
      /** The passages of this page, best first. */
      readonly results: readonly RankedPassage[];
      /** Position of the first result among all ranked results (for paging). */
      readonly offset: number;
      /** How many ranked results there are in all. */
      readonly total: number;
      readonly figures: readonly Figure[];
      readonly timeline: readonly TimelineEntry[];
      readonly corrections: readonly Correction[];
    }
  | { readonly kind: 'no-match'; readonly query: string; readonly suggestions: readonly string[] }
  | { readonly kind: 'invalid'; readonly query: string; readonly reason: 'empty' | 'too-long'; readonly message: string };

export interface AnswerOptions {
  readonly limit?: number;
  /** Skips this many ranked results: the "More results" button's next page. */
  readonly offset?: number;
}

/**
 * Answers a question from the knowledge: ranked, cited passages, with the figures and timeline
 * entries of the best passages that bear on it. Pure, and never throws for any string.
 */
export function answerQuestion(knowledge: Knowledge, question: string, options: AnswerOptions = {}): Answer {
  const query = question.normalize('NFKC').replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (query.length === 0) {
    return { kind: 'invalid', query, reason: 'empty', message: 'Ask a question: the question is empty.' };
  }
  if (query.length > MAX_QUESTION_LENGTH) {
    return {
      kind: 'invalid',
      query: query.slice(0, MAX_QUESTION_LENGTH),
      reason: 'too-long',
      message: `Questions are limited to ${MAX_QUESTION_LENGTH} characters; this one has ${query.length}.`,
    };
  }
  const parsed = parseQuery(query, knowledge.index, knowledge.lexicon);
  const ranked = rankPassages(knowledge.index, parsed, evidenceOf(knowledge), Number.MAX_SAFE_INTEGER);
  // A passage met only by related words is too weak to call an answer.
  const answered = ranked.filter((result) => parsed.terms.some((term) => result.matchedStems.includes(term.stem)));
  if (answered.length === 0) return { kind: 'no-match', query, suggestions: suggestionsFor(knowledge, parsed) };

  const limit = Math.max(1, options.limit ?? DEFAULT_RESULT_LIMIT);
  const offset = Math.max(0, Math.min(options.offset ?? 0, answered.length - 1));
  const sources = answered.slice(0, FACT_SOURCE_PASSAGES).map((result) => result.passage.id);
  const stems = new Set(parsed.terms.flatMap((term) => [term.stem, ...term.related]));
  return {
    kind: 'answer',
    query,
    intent: parsed.intent,
    results: answered.slice(offset, offset + limit),
    offset,
    total: answered.length,
    figures: factsOf(knowledge.figuresByPassage, sources, stems, (figure) => ({ own: figure.measure, sentence: figure.text })),
    timeline: factsOf(knowledge.timelineByPassage, sources, stems, (entry) => ({ own: entry.raw, sentence: entry.text })),
    corrections: parsed.terms.flatMap((term) => (term.correctedTo === undefined ? [] : [{ typed: term.typed, correctedTo: term.correctedTo }])),
  };
}

function evidenceOf(knowledge: Knowledge) {
  return {
    hasFigure: (passageId: string) => knowledge.figuresByPassage.has(passageId),
    hasDate: (passageId: string) => knowledge.timelineByPassage.has(passageId),
  };
}

/**
 * The facts (figures or dates) of the best-ranked passage that has any bearing on the question: those
 * whose sentence shares a word with it, the ones whose own words (a figure's measure) match first.
 */
function factsOf<T>(
  factsByPassage: ReadonlyMap<string, readonly T[]>,
  sourcePassageIds: readonly string[],
  stems: ReadonlySet<string>,
  textsOf: (fact: T) => { readonly own: string; readonly sentence: string },
): T[] {
  for (const passageId of sourcePassageIds) {
    const bearing = (factsByPassage.get(passageId) ?? [])
      .map((fact) => ({ fact, own: countStems(textsOf(fact).own, stems), sentence: countStems(textsOf(fact).sentence, stems) }))
      .filter(({ sentence }) => sentence > 0);
    if (bearing.length > 0) {
      return bearing
        .sort((a, b) => b.own - a.own)
        .slice(0, MAX_RELATED_FACTS)
        .map(({ fact }) => fact);
    }
  }
  return [];
}

function countStems(text: string, stems: ReadonlySet<string>): number {
  return new Set(indexTerms(text).filter((stem) => stems.has(stem))).size;
}

/** "Did you mean": the question with misspelt words replaced, else the knowledge base's section titles. */
function suggestionsFor(knowledge: Knowledge, query: ParsedQuery): string[] {
  const corrected = query.terms.map((term) => knowledge.index.speller.correct(term.typed) ?? term.typed);
  const suggestions = corrected.some((word, index) => word !== query.terms[index]?.typed) ? [corrected.join(' ')] : [];
  const sections = [...new Set(knowledge.passages.flatMap((passage) => (passage.role === 'heading' ? [passage.text] : [])))];
  return [...suggestions, ...sections].slice(0, 3);
}
