import { isChineseText, readChineseFigures } from './chinese.ts';
import { readFigureAt, type Reading } from './reading.ts';
import { groupSentences, type Span } from './sentences.ts';
import { findYearMentions, pickYear } from './years.ts';
import { findNumbers } from './numbers.ts';
import type { Figure, Passage } from '../types.ts';

/** How many passages back "this year" may look for the year it means. */
const THIS_YEAR_REACH = 3;

/**
 * Every figure stated in the passages: amounts, shares, ratios, rates and counts, with what they
 * measure and the year they refer to. A figure that a near-duplicate passage repeats from its
 * canonical copy (same value and unit) is listed once, from the canonical copy.
 */
export function extractFigures(passages: readonly Passage[]): Figure[] {
  const byPassage = new Map<string, Figure[]>();
  let lastYear: { year: number; passage: number; document: string } | undefined;
  passages.forEach((passage, index) => {
    const sameDocument = lastYear?.document === passage.citation.document && index - lastYear.passage <= THIS_YEAR_REACH;
    const { figures, year } = isChineseText(passage.text)
      ? { figures: readChineseFigures(passage), year: undefined }
      : readPassage(passage, sameDocument ? lastYear?.year : undefined);
    byPassage.set(passage.id, figures);
    if (year !== undefined) lastYear = { year, passage: index, document: passage.citation.document };
  });
  return passages.flatMap((passage) => dropRepeats(passage, byPassage));
}

/** The passage's figures, and the last year it names (for a later "this year"). */
function readPassage(passage: Passage, previousYear: number | undefined): { figures: Figure[]; year: number | undefined } {
  const text = passage.text;
  const sentences = groupSentences(text);
  const readings: { reading: Reading; sentence: Span }[] = [];
  let sentenceIndex = 0;
  let consumedTo = 0;
  for (const token of findNumbers(text)) {
    // The upper bound of a range was read with its lower one.
    if (token.start < consumedTo) continue;
    while ((sentences[sentenceIndex]?.end ?? Infinity) <= token.start) sentenceIndex += 1;
    const sentence = sentences[sentenceIndex];
    if (sentence === undefined || sentence.start > token.start) continue;
    const reading = readFigureAt(text, sentence, token);
    if (reading === null) continue;
    readings.push({ reading, sentence });
    consumedTo = reading.end;
  }
  const mentions = findYearMentions(text).filter(
    (mention) => !readings.some(({ reading }) => reading.numberStart <= mention.index && mention.index < reading.end),
  );
  const figures = readings.map(({ reading, sentence }) =>
    toFigure(reading, text.slice(sentence.start, sentence.end), passage.id, pickYear(text, mentions, sentence, reading, previousYear)),
  );
  return { figures, year: mentions.at(-1)?.year };
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

/** A repeated passage keeps only the figures its canonical copy does not already state. */
function dropRepeats(passage: Passage, byPassage: ReadonlyMap<string, Figure[]>): Figure[] {
  const own = byPassage.get(passage.id) ?? [];
  const canonical = passage.duplicateOf === null ? undefined : byPassage.get(passage.duplicateOf);
  if (canonical === undefined) return own;
  return own.filter((figure) => !canonical.some((other) => other.value === figure.value && other.unit === figure.unit));
}
