import type { Knowledge } from './knowledge.ts';
import { DEFAULT_ENGINE_OPTIONS, mergeEngineOptions, type AnswerOverrides } from './options.ts';
import { parseQuery, spellingOf, type ParsedQuery, type QuestionIntent } from './search/query.ts';
import { canJudgeCoverage, coverageOfBest } from './search/abstain.ts';
import { holdsTooLittle } from './search/unspaced-coverage.ts';
import { writesWordOtherwise } from './search/written-otherwise.ts';
import { rankPassages, type RankedPassage } from './search/rank.ts';
import { indexTerms } from './search/words.ts';
import { withCloseRelatives } from './search/close-relatives.ts';
import type { Figure, TimelineEntry } from './types.ts';
import { rememberedBy } from './remembered.ts';

/** The default `answer.maxQuestionLength`, for a command that bounds what a user can type. */
export const MAX_QUESTION_LENGTH = DEFAULT_ENGINE_OPTIONS.answer.maxQuestionLength;

/** A question that names a kind of figure ("what percentage", "how much money") wants that unit first. */
const UNIT_WORDS: readonly (readonly [RegExp, readonly Figure['unit'][]])[] = [
  [/\b(percent|percentage|per cent|share|proportion|rate)\b/i, ['percent', 'percentage-points']],
  [/\b(yuan|rmb|money|income|revenue|investment|dollars?|cost|spend|spending)\b|\bhow much\b/i, ['yuan', 'usd', 'eur', 'gbp']],
  [/\b(ratio)\b/i, ['ratio']],
  [/\b(how long|years?)\b/i, ['years']],
];

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
  | {
      readonly kind: 'no-match';
      readonly query: string;
      readonly suggestions: readonly string[];
      /**
       * The passages that came closest, when some shared a word or two with the question but none held
       * enough of it to be called the answer: shown as "might be related", never as the answer.
       */
      readonly related: readonly RankedPassage[];
    }
  | { readonly kind: 'invalid'; readonly query: string; readonly reason: 'empty' | 'too-long'; readonly message: string };

/**
 * How one question is answered: the page of results, and any of the engine's answer-time options
 * (`search`, `rank`, `answer`) changed for this answer only; the rest are the knowledge's own.
 */
export interface AnswerOptions extends AnswerOverrides {
  /** Results on the page; the knowledge's `answer.resultLimit` when not given. */
  readonly limit?: number;
  /** Skips this many ranked results: the "More results" button's next page. */
  readonly offset?: number;
}

/**
 * Answers a question from the knowledge: ranked, cited passages, with the figures and timeline
 * entries of the best passages that bear on it. Pure, and never throws for any question (an option
 * that is no option, or not a finite number, does throw: see `mergeEngineOptions`).
 */
export function answerQuestion(knowledge: Knowledge, question: string, options: AnswerOptions = {}): Answer {
  const { limit: askedLimit, offset: askedOffset, ...overrides } = options;
  const engine = mergeEngineOptions(knowledge.options, overrides);
  const { maxQuestionLength, resultLimit, maxRelatedFacts, factSourcePassages, maxSuggestions, formsHeld, chineseWrittenOtherwise, relativesHeld } = engine.answer;
  const query = question.normalize('NFKC').replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (query.length === 0) {
    return { kind: 'invalid', query, reason: 'empty', message: 'Ask a question: the question is empty.' };
  }
  if (query.length > maxQuestionLength) {
    return {
      kind: 'invalid',
      query: query.slice(0, maxQuestionLength),
      reason: 'too-long',
      message: `Questions are limited to ${maxQuestionLength} characters; this one has ${query.length}.`,
    };
  }
  const parsed = parseQuery(query, knowledge.index, knowledge.lexicon, engine.search);
  const ranked = rankPassages(knowledge.index, parsed, evidenceOf(knowledge), Number.MAX_SAFE_INTEGER, knowledge.lexicon, engine);
  // A passage met only by related words is too weak to call an answer; one that holds the question word for word is
  // the answer, and so is one whose lead-in holds a word of the question (the paragraph after "Why choose Zhejiang?"),
  // or that holds two of its words in other forms (`AnswerLimits.formsHeld`), or, among the judged passages only, meets
  // two by relatives of their commonest sense (`AnswerLimits.relativesHeld`, `withCloseRelatives`).
  const { abstain } = engine.answer;
  const answered = withCloseRelatives(ranked, ranked.filter((result) => result.quoted || holdsAWord(result, parsed, formsHeld, chineseWrittenOtherwise)), parsed, knowledge.lexicon, relativesHeld, abstain.judgedPassages);
  if (answered.length === 0) return { kind: 'no-match', query, suggestions: suggestionsFor(knowledge, parsed, maxSuggestions), related: [] };
  // A question that quotes the documents is about what they say there, however little of it the index's content words weigh.
  if (
    !(answered[0]?.quoted ?? false) &&
    (canJudgeCoverage(query, parsed)
      ? coverageOfBest(parsed, answered, evidenceOf(knowledge), knowledge.index, knowledge.lexicon, abstain, engine.search, engine.rank.weights.leadIn) < abstain.minCoverage
      : holdsTooLittle(query, parsed, ranked.slice(0, abstain.judgedPassages), abstain, yearsDated(knowledge), (word) => knowledge.passages.some((passage) => passage.text.includes(word)), () => presentYear(knowledge), (word) => knowledge.passages.flatMap((passage) => (passage.text.includes(word) ? [passage.text] : []))))
  ) {
    // The closest passages stand in for the section titles: only a spelling correction is still worth offering.
    const corrected = suggestionsFor(knowledge, parsed, maxSuggestions, { sections: false });
    return { kind: 'no-match', query, suggestions: corrected, related: answered.slice(0, abstain.judgedPassages) };
  }

  const limit = Math.max(1, askedLimit ?? resultLimit);
  const offset = Math.max(0, Math.min(askedOffset ?? 0, answered.length - 1));
  const sourcesFor = (asked: boolean) => answered.slice(offset, offset + (asked ? factSourcePassages : 1)).map((result) => result.passage.id);
  const stems = new Set(parsed.terms.flatMap((term) => [term.stem, ...term.related]));
  const wantedUnits = UNIT_WORDS.flatMap(([pattern, units]) => (pattern.test(query) ? units : []));
  const unitRank = (figure: Figure) => (wantedUnits.includes(figure.unit) ? 0 : 1);
  return {
    kind: 'answer',
    query,
    intent: parsed.intent,
    results: answered.slice(offset, offset + limit),
    offset,
    total: answered.length,
    figures: factsOf(knowledge.figuresByPassage, sourcesFor(parsed.intent === 'quantity'), stems, maxRelatedFacts, (figure) => ({ ...figureTexts(figure), rank: unitRank(figure) })),
    timeline: factsOf(knowledge.timelineByPassage, sourcesFor(parsed.intent === 'date'), stems, maxRelatedFacts, timelineTexts),
    corrections: parsed.terms.flatMap((term) => (term.correctedTo === undefined ? [] : [{ typed: term.typed, correctedTo: term.correctedTo }])),
  };
}

/**
 * Whether the passage or its lead-in holds a word of the question by its own stem (a Chinese one in the documents' own
 * form too, `writesWordOtherwise`), or the passage holds `formsHeld` of
 * its words in another form ("preach" and "sin" for "preacher" and "sinners"; `AnswerLimits.formsHeld`): a loop, as
 * `some` made a closure a ranked passage.
 */
function holdsAWord(result: RankedPassage, query: ParsedQuery, formsHeld: number, writtenOtherwise: number): boolean {
  let heldInForm = 0;
  for (const term of query.terms) {
    if (result.matchedStems.includes(term.stem) || result.leadInStems.includes(term.stem) || writesWordOtherwise(term, result.matchedStems, writtenOtherwise)) return true;
    if (term.forms?.some((form) => result.matchedStems.includes(form)) === true) heldInForm += 1;
  }
  return formsHeld > 0 && heldInForm >= formsHeld;
}

/** What a knowledge's passages hold, made once a knowledge (its closures cost a question as much as some of its checks). */
export function evidenceOf(knowledge: Knowledge): ReturnType<typeof readEvidence> {
  let evidence = evidenceByKnowledge.get(knowledge);
  if (evidence === undefined) {
    evidence = readEvidence(knowledge);
    evidenceByKnowledge.set(knowledge, evidence);
  }
  return evidence;
}
const evidenceByKnowledge = new WeakMap<Knowledge, ReturnType<typeof readEvidence>>();

function readEvidence(knowledge: Knowledge) {
  // A passage's figure or date sentences, read once and kept: ranking and abstaining ask the same candidates' lists
  // question after question, and a new array each time was a share of their reading. Bounded by the passages (one entry
  // each, never cleared), held by the evidence: dropped with the knowledge.
  const byPassage = <T,>(read: (passageId: string) => T) => rememberedBy(Math.max(1, knowledge.passages.length), read);
  return {
    hasFigure: (passageId: string) => knowledge.figuresByPassage.has(passageId),
    hasDate: (passageId: string) => knowledge.timelineByPassage.has(passageId),
    // The stems each fact's sentence has once it was stemmed for any question (`termsOfFact`), not again a candidate.
    datedSentenceTerms: byPassage((passageId) => (knowledge.timelineByPassage.get(passageId) ?? []).map((entry) => termsOfFact(entry, timelineTexts(entry)).sentence)),
    datedEntries: (passageId: string) => knowledge.timelineByPassage.get(passageId) ?? [],
    figureSentenceTerms: byPassage((passageId) => (knowledge.figuresByPassage.get(passageId) ?? []).map((figure) => termsOfFact(figure, figureTexts(figure)).sentence)),
    figureSentences: byPassage((passageId) => (knowledge.figuresByPassage.get(passageId) ?? []).map((figure) => figure.text)),
    figures: (passageId: string) => knowledge.figuresByPassage.get(passageId) ?? [],
    yearWritten: (passageId: string) => yearsWritten(knowledge).get(passageId.slice(0, passageId.indexOf('#'))),
  };
}

/** Each document's year of writing (its `published` date's year) by slug, made at a knowledge's first question. */
function yearsWritten(knowledge: Knowledge): ReadonlyMap<string, string> {
  let years = yearsWrittenByKnowledge.get(knowledge);
  if (years === undefined) {
    years = new Map(knowledge.documents.flatMap((document) => (document.meta.published === undefined ? [] : [[document.slug, document.meta.published.slice(0, 4)] as const])));
    yearsWrittenByKnowledge.set(knowledge, years);
  }
  return years;
}
const yearsWrittenByKnowledge = new WeakMap<Knowledge, ReadonlyMap<string, string>>();

/**
 * Every year the knowledge's timeline dates (relative dates resolved) or a passage writes before 年 (a year the timeline
 * did not take, in a name or a list), made once a knowledge: a Chinese question's year is looked up in it.
 */
function yearsDated(knowledge: Knowledge): ReadonlySet<string> {
  let years = yearsDatedByKnowledge.get(knowledge);
  if (years === undefined) {
    const written = knowledge.passages.flatMap((passage) => passage.text.match(/(?<!\d)\d{4}(?=年)/gu) ?? []);
    years = new Set([...knowledge.timeline.map((entry) => entry.date.slice(0, 4)), ...written]);
    yearsDatedByKnowledge.set(knowledge, years);
  }
  return years;
}
const yearsDatedByKnowledge = new WeakMap<Knowledge, ReadonlySet<string>>();

/**
 * The year the documents call "今年" (the timeline resolves it by their publication), the one most of their entries
 * give it; null when they never write it. A Chinese question's "2024年" is their "今年", its "2023年" their "去年".
 */
function presentYear(knowledge: Knowledge): number | null {
  if (presentYearByKnowledge.has(knowledge)) return presentYearByKnowledge.get(knowledge) ?? null;
  const counts = new Map<string, number>();
  for (const entry of knowledge.timeline) if (entry.raw === '今年') counts.set(entry.date.slice(0, 4), (counts.get(entry.date.slice(0, 4)) ?? 0) + 1);
  const [year] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  const present = year === undefined ? null : Number(year);
  presentYearByKnowledge.set(knowledge, present);
  return present;
}
const presentYearByKnowledge = new WeakMap<Knowledge, number | null>();

/** A figure's own words (its measure) and its sentence, as `factsOf` and abstaining read them. */
const figureTexts = (figure: Figure) => ({ own: figure.measure, sentence: figure.text, rank: 0 });

/** A timeline entry's own words (the date as written) and its sentence, as `factsOf` and the date intent read them. */
const timelineTexts = (entry: TimelineEntry) => ({ own: entry.raw, sentence: entry.text, rank: 0 });

/**
 * At most `limit` facts (figures or dates) of the best-ranked passage that has any bearing on the question: those
 * whose sentence shares a word with it; first those of the kind asked for (`rank` 0), then those whose
 * own words (a figure's measure) match. `textsOf` gives a fact's own words and sentence, the same for a fact whatever
 * the question (its terms are kept by fact), and its rank for this question.
 */
function factsOf<T extends object>(
  factsByPassage: ReadonlyMap<string, readonly T[]>,
  sourcePassageIds: readonly string[],
  stems: ReadonlySet<string>,
  limit: number,
  textsOf: (fact: T) => { readonly own: string; readonly sentence: string; readonly rank: number },
): T[] {
  for (const passageId of sourcePassageIds) {
    const bearing = (factsByPassage.get(passageId) ?? [])
      .map((fact) => {
        const texts = textsOf(fact);
        const terms = termsOfFact(fact, texts);
        return { fact, rank: texts.rank, own: countIn(terms.own, stems), sentence: countIn(terms.sentence, stems) };
      })
      .filter(({ sentence }) => sentence > 0);
    if (bearing.length > 0) {
      return bearing
        .sort((a, b) => a.rank - b.rank || b.own - a.own)
        .slice(0, limit)
        .map(({ fact }) => fact);
    }
  }
  return [];
}

/**
 * Each fact's distinct index terms, of its own words and of its sentence, worked out at its first question: tokenising
 * and stemming them again for every question was a twentieth of `answerQuestion` on the article. By fact object, so
 * a knowledge's facts take theirs with them when it goes.
 */
const factTerms = new WeakMap<object, { readonly own: readonly string[]; readonly sentence: readonly string[] }>();

function termsOfFact(fact: object, texts: { readonly own: string; readonly sentence: string }): { readonly own: readonly string[]; readonly sentence: readonly string[] } {
  let terms = factTerms.get(fact);
  if (terms === undefined) {
    terms = { own: [...new Set(indexTerms(texts.own))], sentence: [...new Set(indexTerms(texts.sentence))] };
    factTerms.set(fact, terms);
  }
  return terms;
}

/** How many of the distinct `terms` are among `stems`. */
function countIn(terms: readonly string[], stems: ReadonlySet<string>): number {
  let count = 0;
  for (const term of terms) if (stems.has(term)) count += 1;
  return count;
}

/** "Did you mean": the question with misspelt words replaced (as the query read them), else the knowledge base's section titles. */
function suggestionsFor(knowledge: Knowledge, query: ParsedQuery, limit: number, include = { sections: true }): string[] {
  const corrected = query.terms.map((term) => spellingOf(term.typed, knowledge.index, knowledge.lexicon) ?? term.typed);
  const suggestions = corrected.some((word, index) => word !== query.terms[index]?.typed) ? [corrected.join(' ')] : [];
  const sections = include.sections ? sectionTitlesOf(knowledge) : [];
  return [...suggestions, ...sections].slice(0, limit);
}

/** Each knowledge's section titles, worked out at its first no-match: a knowledge never changes, and the pass reads every passage (30,000 at scale). */
const sectionTitles = new WeakMap<Knowledge, readonly string[]>();

/** The knowledge's distinct headings, in document order. */
function sectionTitlesOf(knowledge: Knowledge): readonly string[] {
  let titles = sectionTitles.get(knowledge);
  if (titles === undefined) {
    titles = [...new Set(knowledge.passages.flatMap((passage) => (passage.role === 'heading' ? [passage.text] : [])))];
    sectionTitles.set(knowledge, titles);
  }
  return titles;
}
