import { isChineseText, readChineseFigures } from './chinese.ts';
import { readFigureAt, type Reading } from './reading.ts';
import { groupSentences, type Span } from './sentences.ts';
import { comparedMonthYear, findYearMentions, isDurationToNow, pickYear, sentenceYear, yearsOutsideAsides, type YearFrame, type YearMention } from './years.ts';
import { findNumbers, type NumberToken } from './numbers.ts';
import { MEASURE_HYPHEN } from './non-figures.ts';
import { DEFAULT_ENGINE_OPTIONS, type FigureOptions } from '../options.ts';
import { findConversions } from './conversions.ts';
import { findRaceTimes } from './race-times.ts';
import { findScores } from './scores.ts';
import { documentCurrency } from './unsigned-sums.ts';
import { dropRepeats } from './repeats.ts';
import { widenToWholeSentences, type WholeSentences } from '../documents/whole-sentences.ts';
import type { Figure, FigureUnit, Passage } from '../types.ts';

/**
 * A count a document writes with "the" in this many sentences or more ("the three provinces") is
 * the name of a group it keeps returning to, not a figure it states each time.
 */
const DESIGNATION_MIN_REPEATS = 3;
const DEFINITE_BEFORE = /\bthe\s+$/i;

/**
 * Every figure stated in the passages: amounts, shares, ratios, rates and counts, with what they
 * measure and the year they refer to. A figure that a near-duplicate passage repeats from its
 * canonical copy (same value and unit, the same statement: `dropRepeats`) is listed once, from the
 * canonical copy. "This year" takes the last year named at most `thisYearReach` passages back in the
 * same document.
 */
export function extractFigures(
  passages: readonly Passage[],
  options: FigureOptions = DEFAULT_ENGINE_OPTIONS.figures,
  publishedOf: (document: string) => string | undefined = () => undefined,
): Figure[] {
  const byPassage = new Map<string, DraftFigure[]>();
  let lastYear: { year: number; passage: number; document: string } | undefined;
  const widened = widenToWholeSentences(passages);
  const currencies = currenciesOf(passages);
  passages.forEach((passage, index) => {
    const sameDocument = lastYear?.document === passage.citation.document && index - lastYear.passage <= options.thisYearReach;
    const whole = widened[index] ?? { text: passage.text, offset: 0, length: passage.text.length };
    const published = /^(\d{4})(?:-(\d{2})|$)/.exec(publishedOf(passage.citation.document) ?? '');
    const written = { year: published?.[1] === undefined ? undefined : Number(published[1]), month: published?.[2] === undefined ? undefined : Number(published[2]) };
    const { figures, year } = isChineseText(passage.text)
      ? { figures: readChineseFigures(passage, written.year), year: undefined }
      : readPassage(passage, whole, sameDocument ? lastYear?.year : undefined, written, options, () => currencies(passage.citation.document));
    byPassage.set(passage.id, figures);
    if (year !== undefined) lastYear = { year, passage: index, document: passage.citation.document };
  });
  return dropDesignations(passages.flatMap((passage) => dropRepeats(passage, byPassage)));
}

/**
 * The currency each document counts its sums in (see `unsigned-sums.ts`), read only for a document that has a sum
 * written without one, and then once.
 */
function currenciesOf(passages: readonly Passage[]): (document: string) => FigureUnit | undefined {
  const texts = new Map<string, string[]>();
  for (const passage of passages) {
    const parts = texts.get(passage.citation.document);
    if (parts === undefined) texts.set(passage.citation.document, [passage.text]);
    else parts.push(passage.text);
  }
  const read = new Map<string, FigureUnit | undefined>();
  return (document) => {
    if (!read.has(document)) read.set(document, documentCurrency((texts.get(document) ?? []).join('\n')));
    return read.get(document);
  };
}

/** Drops the counts that name a group the document keeps returning to: see `DESIGNATION_MIN_REPEATS`. */
function dropDesignations(figures: DraftFigure[]): Figure[] {
  const keyOf = (figure: DraftFigure) =>
    figure.unit === 'count' && figure.definite === true ? `${figure.passageId.split('#')[0]}|${figure.value}|${figure.measure.split(' ').at(-1)}` : null;
  const sentences = new Map<string, Set<string>>();
  for (const figure of figures) {
    const key = keyOf(figure);
    if (key !== null) sentences.set(key, (sentences.get(key) ?? new Set()).add(figure.text));
  }
  return figures
    .filter((figure) => (sentences.get(keyOf(figure) ?? '')?.size ?? 0) < DESIGNATION_MIN_REPEATS)
    .map(({ definite: _definite, ...figure }) => figure);
}

/**
 * The passage's figures, and the last year it names (for a later "this year"). They are read in
 * `whole`, the passage with the rest of any sentence a length cut split, and kept when their number
 * stands in the passage itself.
 */
/** A figure as read, with whether "the" stands before it, until designations are dropped. */
type DraftFigure = Figure & { readonly definite?: boolean };

function readPassage(
  passage: Passage,
  whole: WholeSentences,
  previousYear: number | undefined,
  written: { readonly year: number | undefined; readonly month: number | undefined },
  options: FigureOptions,
  currency: () => FigureUnit | undefined,
): { figures: DraftFigure[]; year: number | undefined } {
  const text = whole.text;
  const ownEnd = whole.offset + whole.length;
  const sentences = groupSentences(text);
  // Scores and race times are written in notations of their own ("a 5-to-2 victory", "in 1.10.1"), read first.
  const readings: { reading: Reading; sentence: Span }[] = sentences.flatMap((sentence) =>
    [...findScores(text, sentence), ...findRaceTimes(text, sentence)]
      .filter((reading) => reading.numberStart >= whole.offset && reading.numberStart < ownEnd)
      .map((reading) => ({ reading, sentence })),
  );
  const notations = readings.map(({ reading }) => reading);
  let sentenceIndex = 0;
  let consumedTo = 0;
  for (const token of findNumbers(text)) {
    // The upper bound of a range was read with its lower one, and a number inside a count's noun phrase with the
    // count, unless it measures in that phrase ("two thirty-foot towers": 2 towers, 30 feet).
    if ((token.start < consumedTo && !isHyphenedMeasure(text, token)) || token.start < whole.offset || token.start >= ownEnd) continue;
    if (notations.some((notation) => notation.start <= token.start && token.start < notation.end)) continue;
    while ((sentences[sentenceIndex]?.end ?? Infinity) <= token.start) sentenceIndex += 1;
    const sentence = sentences[sentenceIndex];
    if (sentence === undefined || sentence.start > token.start) continue;
    const reading = readFigureAt(text, sentence, token, options, currency);
    if (reading === null) continue;
    readings.push({ reading, sentence });
    consumedTo = reading.end;
  }
  readings.sort((a, b) => a.reading.numberStart - b.reading.numberStart);
  const mentions = findYearMentions(text).filter(
    (mention) => !readings.some(({ reading }) => reading.numberStart <= mention.index && mention.index < reading.end),
  );
  const conversions = findConversions(text, readings.map(({ reading }) => reading));
  const figures = readings.map(({ reading, sentence }, index) => {
    const earlier = mentions.filter((mention) => mention.index < sentence.start).at(-1)?.year;
    const frame = framingYear(text, sentences, sentence, mentions, reading, { published: written.year, publishedMonth: written.month });
    const year = isDurationToNow(text, sentence, reading)
      ? written.year
      : pickYear(text, yearsOutsideAsides(text, sentence, reading, mentions), sentence, reading, { earlier: frame, published: written.year, publishedMonth: written.month, previous: earlier ?? previousYear });
    const definite = DEFINITE_BEFORE.test(text.slice(sentence.start, reading.start));
    const original = readings[conversions[index] ?? -1]?.reading;
    const conversionOf = original === undefined ? {} : { conversionOf: { value: original.value, unit: original.unit, raw: original.raw } };
    return { ...toFigure(reading, text.slice(sentence.start, sentence.end), passage.id, year), ...conversionOf, definite };
  });
  return { figures, year: mentions.filter((mention) => mention.index < ownEnd).at(-1)?.year };
}

/** A number hyphened to a unit it measures in: "thirty-foot", "700-mile". */
function isHyphenedMeasure(text: string, token: NumberToken): boolean {
  return MEASURE_HYPHEN.test(text.slice(token.end, token.end + 24));
}

/**
 * A sentence about the present ("is now worth", "today") or an open future ("in the future", "from now on") takes no
 * year from the sentences before it.
 */
const PRESENT = /\b(?:now|today|currently|at present|nowadays|in the future|hereafter)\b/i;
/**
 * "821,220 common shares currently outstanding", "the plant now being built": a "now" between a noun and its
 * participle says when that noun is so, not that the sentence is about the present (after a verb or a pronoun, "is now
 * expected", "we now expected", it does).
 */
const NOUN_NOW_PARTICIPLE =
  /(?<!\b(?:am|is|are|was|were|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|does|do|did|I|we|you|he|she|it|they|who|which|that)\s+)\b(?:now|currently)\s+\p{Ll}+(?:ing|ed)\b/giu;
/** A paragraph opening with a year phrase ("In 2021, …", "Since 2003, …") is framed by that year. */
const OPENING_YEAR = /^[\s"“'‘(]*(?:(?:In|Since|During|By|Throughout|As of|From|On\s+[^,.;]{3,30}?,)\s+)?(?:the\s+(?:year\s+)?)?(1[5-9]\d\d|2[01]\d\d)\b(?!['’]s\b)/u;

/**
 * The year that frames a figure in a sentence with none of its own: the year the sentence just before it names
 * (a sentence goes on in its predecessor's time), else the year its paragraph opens with. Nothing
 * from further back: in a long paragraph or a speech with no breaks, that year is about something else.
 */
function framingYear(
  text: string,
  sentences: readonly Span[],
  sentence: Span,
  mentions: readonly YearMention[],
  figure: Span,
  writing: Pick<YearFrame, 'published' | 'publishedMonth'>,
): number | undefined {
  const words = text.slice(sentence.start, sentence.end);
  // The figure whose noun the "now" follows is of the present itself: "821,220 common shares currently outstanding".
  const nounsNow = Array.from(words.matchAll(NOUN_NOW_PARTICIPLE), (match) => sentence.start + match.index);
  if (nounsNow.some((start) => text.slice(figure.end, start).trim() === '')) return undefined;
  if (PRESENT.test(words.replace(NOUN_NOW_PARTICIPLE, ''))) return undefined;
  const index = sentences.indexOf(sentence);
  const previous = sentences[index - 1];
  // "Traffic slumped in January and February, as compared with those same months in 1960. Then March brought an 18 per
  // cent rise": the sentence before is in the time of its compared months, not in its base year.
  const inPrevious = previous === undefined ? undefined : comparedMonthYear(text.slice(previous.start, previous.end), writing) ?? sentenceYear(text, previous, mentions);
  if (inPrevious !== undefined) return inPrevious;
  const first = sentences[0];
  const opening = first === undefined ? null : OPENING_YEAR.exec(text.slice(first.start, first.end));
  return opening?.[1] === undefined ? undefined : Number(opening[1]);
}

function toFigure(reading: Reading, sentence: string, passageId: string, year: number | undefined): Figure {
  return {
    value: reading.value,
    ...(reading.valueMax === undefined ? {} : { valueMax: reading.valueMax }),
    unit: reading.unit,
    measure: reading.measure,
    ...(reading.qualifier === undefined ? {} : { qualifier: reading.qualifier }),
    ...(year === undefined ? {} : { year }),
    raw: reading.raw,
    text: sentence,
    passageId,
  };
}
