import { extractFigures } from '../figures/extract.ts';
import { findYearMentions } from '../figures/years.ts';
import type { Knowledge } from '../knowledge.ts';
import { extractTimeline } from '../timeline/extract.ts';
import type { Figure, Passage, TimelineEntry } from '../types.ts';
import { clauseHolding, coverage, namesIn, shared, topicStems } from './clauses.ts';
import { DEFAULT_CHECK_OPTIONS, type CheckOptions } from './options.ts';
import { compareValues, unitKind } from './values.ts';

/** What the sources say of a claim: they state it, they state something else, or they say nothing citable. */
export type Verdict = 'matches' | 'differs' | 'not-found';

interface ClaimBase {
  /** The claim as written in the text: the clause that states it. */
  readonly raw: string;
  /** Where the claim starts in the text, for ordering. */
  readonly offset: number;
}

/** A figure claimed, and the source figure it was compared with (none when nothing citable bears on it). */
export type FigureClaim = ClaimBase & { readonly kind: 'figure'; readonly claimed: Figure } & (
    | {
        readonly verdict: 'matches' | 'differs';
        readonly source: Figure;
        /** The source states the measure in another currency: the values were not compared (no exchange rates). */
        readonly otherUnit: boolean;
      }
    | { readonly verdict: 'not-found' }
  );

/** A dated event claimed, and the source's entry for that event. */
export type DateClaim = ClaimBase & { readonly kind: 'date'; readonly claimed: TimelineEntry } & (
    | { readonly verdict: 'matches' | 'differs'; readonly source: TimelineEntry }
    | { readonly verdict: 'not-found' }
  );

export type CheckedClaim = FigureClaim | DateClaim;

export interface CheckResult {
  /** One per figure and dated event the text states, in the text's order. */
  readonly claims: readonly CheckedClaim[];
}

/** The document slug a text's claims are read under: never one of the knowledge's (slugs have no spaces). */
const CLAIM_DOCUMENT = 'checked text';

/**
 * Checks a text's figures and dated events against the knowledge. The text is read by the extractors
 * that read the documents (`extractFigures`, `extractTimeline`), so a claim is what the knowledge would
 * have found had the text been one of its documents. Each claim gets one verdict, and a verdict other
 * than not-found always carries the source figure or entry it rests on (so its citation):
 *
 * - a **figure** is compared with the knowledge's figures of the same measure (its measure words stand
 *   in the other's clause, both ways: `measureCoverage`), kind of unit, subject (`requireSubjects`) and
 *   year. It **matches** a source whose value it agrees with (`compareValues`: rounding, bounds,
 *   tolerance), and **differs** from one it contradicts, or one that states the measure in another
 *   currency. A claim of a year the source has no figure for is not-found, never "differs" from another
 *   year's; a source figure without a year may confirm a claim but never contradict a dated one (the
 *   value may have changed).
 * - a **date** is compared with the knowledge's entries whose sentence holds the claim's event words
 *   (`eventCoverage`, `minSharedEventWords`): it matches one of the same date at the coarser precision
 *   of the two ("2021" and "2021-06"), else differs from the closest such entry.
 * - a date that only says when a claimed figure holds ("100,000 yuan in 2020") is part of that figure's claim.
 *
 * Pure: the same knowledge, text and options give the same result.
 */
export function checkClaims(knowledge: Knowledge, text: string, overrides: Partial<CheckOptions> = {}): CheckResult {
  const options = { ...DEFAULT_CHECK_OPTIONS, ...overrides };
  const passage = claimPassage(text);
  const figures = extractFigures([passage], knowledge.options.figures, () => options.published);
  const dates = extractTimeline([passage], options.published, knowledge.options.timeline);
  const figureClaims = figures.map((figure) => checkFigure(knowledge, figure, offsetIn(text, figure.text, figure.raw), options));
  // "In 2022, the port handled 4.2 million containers": the year says when the figure holds, and is checked with it.
  const datesAFigure = (entry: TimelineEntry) =>
    figureClaims.some(({ claimed, raw }) => claimed.text === entry.text && (claimed.year === Number(entry.date.slice(0, 4)) || raw.includes(entry.raw)));
  const claims: CheckedClaim[] = [
    ...figureClaims,
    ...dates.filter((entry) => !datesAFigure(entry)).map((entry) => checkDate(knowledge, entry, offsetIn(text, entry.text, entry.raw), options)),
  ];
  return { claims: claims.sort((a, b) => a.offset - b.offset) };
}

/** The text as the one passage of a document of its own, so the extractors read it as they read documents. */
function claimPassage(text: string): Passage {
  return {
    id: `${CLAIM_DOCUMENT}#0`,
    citation: { document: CLAIM_DOCUMENT, title: CLAIM_DOCUMENT, line: 1, paragraph: 1 },
    section: null,
    role: 'paragraph',
    text: text.replace(/\s+/g, ' ').trim(),
    nearDuplicates: [],
    duplicateOf: null,
  };
}

function offsetIn(text: string, sentence: string, written: string): number {
  const at = text.replace(/\s+/g, ' ').trim().indexOf(sentence);
  return Math.max(0, at) + Math.max(0, sentence.indexOf(written));
}

/** What a clause is about, read once per figure or entry. */
interface Reading {
  readonly clause: string;
  readonly topic: Set<string>;
}

function readFigure(figure: Figure): Reading & { readonly measure: Set<string> } {
  const clause = clauseHolding(figure.text, figure.raw);
  return { clause, topic: topicStems(clause), measure: topicStems(figure.measure) };
}

function checkFigure(knowledge: Knowledge, read: Figure, offset: number, options: CheckOptions): FigureClaim {
  const claim = readFigure(read);
  const claimed = withClauseYear(read, claim.clause);
  const base = { kind: 'figure' as const, raw: claim.clause.trim(), offset, claimed };
  const names = namesIn(claim.clause, claimed.text.startsWith(claim.clause));
  let contradiction: { source: Figure; otherUnit: boolean; score: number } | null = null;
  let agreement: { source: Figure; score: number } | null = null;
  for (const source of knowledge.figures) {
    if (unitKind(source.unit) !== unitKind(claimed.unit) || !yearsMayAgree(claimed, source)) continue;
    const other = readFigure(source);
    if (coverage(other.measure, claim.topic) < options.measureCoverage || coverage(claim.measure, other.topic) < options.measureCoverage) continue;
    if (options.requireSubjects && !namesStandIn(names, knowledge, source.passageId)) continue;
    const score = shared(claim.topic, other.topic) / (claim.topic.size + other.topic.size);
    const otherUnit = source.unit !== claimed.unit;
    const verdict = otherUnit ? 'contradicts' : compareValues(claimed, source, options);
    if (verdict === 'agrees' && (agreement === null || score > agreement.score)) agreement = { source, score };
    // A contradiction needs the same year on both sides (or none on either): see `checkClaims`.
    if (verdict === 'contradicts' && claimed.year === source.year && (contradiction === null || score > contradiction.score)) {
      contradiction = { source, otherUnit, score };
    }
  }
  if (agreement !== null) return { ...base, verdict: 'matches', source: agreement.source, otherUnit: false };
  if (contradiction !== null) return { ...base, verdict: 'differs', source: contradiction.source, otherUnit: contradiction.otherUnit };
  return { ...base, verdict: 'not-found' };
}

/**
 * A claim's year is the one written in its own clause when there is one: "X was 5 in 2020, and Y
 * reached 700 in 2022" dates Y 2022, where the extractor, reading a document's sentence, takes the
 * year nearest before. Otherwise the extractor's.
 */
function withClauseYear(figure: Figure, clause: string): Figure {
  const years = new Set(findYearMentions(clause.replace(figure.raw, ' ')).map((mention) => mention.year));
  const [year] = years;
  return years.size === 1 && year !== undefined ? { ...figure, year } : figure;
}

/** A claim of one year is never compared with another year's figure. */
function yearsMayAgree(claimed: Figure, source: Figure): boolean {
  return claimed.year === undefined || source.year === undefined || claimed.year === source.year;
}

/** Every name of the claim stands in the source's paragraph or its document's title. */
function namesStandIn(names: readonly string[], knowledge: Knowledge, passageId: string): boolean {
  if (names.length === 0) return true;
  const passage = knowledge.passageById.get(passageId);
  if (passage === undefined) return false;
  const words = `${passage.text} ${passage.citation.title}`.toLowerCase();
  return names.every((name) => words.includes(name));
}

function checkDate(knowledge: Knowledge, claimed: TimelineEntry, offset: number, options: CheckOptions): DateClaim {
  const clause = clauseHolding(claimed.text, claimed.raw);
  // A clause that is only its date ("In June 2021, …") leaves the event to the rest of the sentence.
  const raw = (topicStems(clause).size >= options.minSharedEventWords ? clause : claimed.text).trim();
  const names = namesIn(raw, claimed.text.startsWith(raw));
  const event = topicStems(raw);
  const base = { kind: 'date' as const, raw, offset, claimed };
  let agreement: { source: TimelineEntry; score: number } | null = null;
  let contradiction: { source: TimelineEntry; score: number } | null = null;
  for (const source of knowledge.timeline) {
    if (options.requireSubjects && !namesStandIn(names, knowledge, source.passageId)) continue;
    const words = topicStems(source.text);
    const score = coverage(event, words);
    if (score < options.eventCoverage || shared(event, words) < options.minSharedEventWords) continue;
    if (datesAgree(claimed.date, source.date)) {
      if (agreement === null || score > agreement.score) agreement = { source, score };
      continue;
    }
    // Of the event's other dates, the one of the claim's kind (a past event, or a target) is the one it contradicts.
    const ranked = score + (source.kind === claimed.kind ? 1 : 0);
    if (contradiction === null || ranked > contradiction.score) contradiction = { source, score: ranked };
  }
  if (agreement !== null) return { ...base, verdict: 'matches', source: agreement.source };
  return contradiction === null ? { ...base, verdict: 'not-found' } : { ...base, verdict: 'differs', source: contradiction.source };
}

/** The same date at the coarser precision of the two: "2021" and "2021-06-10" agree, "2021-05" and "2021-06" do not. */
function datesAgree(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}
