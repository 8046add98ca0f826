import type { Reading } from './reading.ts';
import type { Span } from './sentences.ts';

/**
 * A game's score or a team's record, two counts written as one: "by a score of 5 to 3", "a 5-to-2 victory", "a 15-1
 * record", "a 5-4 decision". Each side is a figure of its own (the winners' 5 and the losers' 3), though the second is
 * glued to the first by its hyphen and no number of its own to the tokeniser.
 */
const SCORE = /(?<![\p{L}\p{N}.,$£€¥/-])(\d{1,3})(\s+to\s+|-to-|-)(\d{1,3})(?![\p{N}.,%/]\d|[\p{N}%/]|-\p{N})/gu;
/** "a score of 5 to 3", "by a count of 3 to 2": the words that name a score before it. */
const SCORE_BEFORE = /\b(?:score|count|tally|vote)\s+of\s+$/i;
/** The outcome a score is the score of, right after it, perhaps after one modifier ("a 5-3 extra-inning win"). */
const OUTCOME_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+)?(?<noun>victory|victories|win|wins|loss|losses|defeat|decision|record|lead|deadlock|tie|edge|advantage|triumph|margin|verdict|vote|upset|setback|shutout)\b/iu;

/** The two sides of each score in a sentence, in order, as counts of what the score decided. */
export function findScores(text: string, sentence: Span): Reading[] {
  const readings: Reading[] = [];
  const body = text.slice(sentence.start, sentence.end);
  for (const match of body.matchAll(SCORE)) {
    const [raw, first = '', link = '', second = ''] = match;
    const start = sentence.start + match.index;
    const end = start + raw.length;
    const outcome = OUTCOME_AFTER.exec(text.slice(end, sentence.end))?.groups?.['noun'];
    if (outcome === undefined && !SCORE_BEFORE.test(body.slice(0, match.index))) continue;
    const measure = `${(outcome ?? 'score').toLowerCase()} (score)`;
    const secondStart = start + first.length + link.length;
    // "a 1-0 lead": a side of nothing is no count, as "0" is none elsewhere; "a 3-to-3 deadlock" states its count once.
    if (Number(first) > 0) readings.push({ value: Number(first), unit: 'count', measure, raw, start, numberStart: start, end });
    if (second !== first && Number(second) > 0) readings.push({ value: Number(second), unit: 'count', measure, raw, start, numberStart: secondStart, end });
  }
  return readings;
}
