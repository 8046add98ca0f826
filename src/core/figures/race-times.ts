import type { Reading } from './reading.ts';
import type { Span } from './sentences.ts';

/**
 * A race time as the track and the turf write it: minutes, seconds and tenths joined by points ("in 1.10.1", "a clocking
 * of 1.09.3"), or minutes and seconds then fifths of a second ("in 1.24 3-5"). Read in seconds (70.1, 84.6). Section
 * numbers are written alike ("see 1.10.1"), so the sentence must speak of a race or a time.
 */
const RACE_TIME = /(?<![\p{N}.,])(\d{1,2})\.([0-5]\d)(?:\.(\d)|\s+([1-4])-5)(?![\p{N}]|[.,-]\p{N})/gu;
/** What a time follows: "in", "of", "at". */
const TIME_BEFORE = /\b(?:in|of|at)\s+$/i;
/** Words of a race or of its timing. */
const RACE_WORDS =
  /\b(?:race[sd]?|run|ran|runs|mile|miles|furlongs?|yards?|meters?|metres?|records?|mark|timed?|clocking|clocked|finish(?:ed)?|heat|dash|relay|laps?|won|beat(?:ing)?|duel|stakes|swim|sprint)\b/i;

/** The race times of a sentence, in seconds. */
export function findRaceTimes(text: string, sentence: Span): Reading[] {
  const body = text.slice(sentence.start, sentence.end);
  if (!RACE_WORDS.test(body)) return [];
  const readings: Reading[] = [];
  for (const match of body.matchAll(RACE_TIME)) {
    if (!TIME_BEFORE.test(body.slice(0, match.index))) continue;
    const [raw, minutes = '0', seconds = '0', tenths, fifths] = match;
    const fraction = tenths !== undefined ? Number(tenths) / 10 : Number(fifths) / 5;
    const start = sentence.start + match.index;
    readings.push({ value: Number(minutes) * 60 + Number(seconds) + fraction, unit: 'count', measure: 'seconds (time)', raw, start, numberStart: start, end: start + raw.length });
  }
  return readings;
}
