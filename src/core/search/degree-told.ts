import { measuresHeld } from './measure-held.ts';
import { EVERY_MEASURE, statesMeasure } from './measure.ts';
import type { ParsedQuery } from './query.ts';
import { statesBound } from './bound-told.ts';

/**
 * A degree told without a measure, where a "how" and an adjective asks one and the writer gives none. Three ways:
 * - By what it is enough for, for the questions whose measure is held (`measuresHeld`: "how high", "how hot", "how deep"
 *   ...): "how high should the grill be above the fire" is answered by "keep the grill high enough above the fire so that
 *   ... flames cannot reach the meat"; a reader takes the purpose the height serves for the height asked, as "too hot to
 *   touch" tells how hot. Only the adjective asked itself said "enough" or "too": "deep enough" tells no height. The
 *   degree is told by what it serves or prevents, the clause after it ("to touch", "so that ... flames cannot reach"):
 *   "sprinkle over coals if they are too hot" says no heat, only that there may be too much. The clause's "to", "that" or
 *   "for" at most `resultReach` words after "enough" or the adjective (`AbstainOptions.degreeResultReach`), in the same
 *   clause (no comma between).
 * - By another thing's, for any "how" and adjective ("how old", "how tall", "how big"): "how old is recording the spoken
 *   word" is answered by "the spoken rather than the sung word is as old as Thomas Alva Edison's first experiment in
 *   recorded sound", the degree said equal to a known one's. Only right after a form of "be", or after it and a word
 *   that hedges or scales the degree (`EQUATIVE_HEDGE`: "was nearly as tall as", "must be twice as long as"): "as long
 *   as", "as far as", "as soon as", "as well as" are as often a condition, a time or an "and" ("should be corrected as
 *   soon as possible", "is developed as well as expressed"), after a participle, not after "is" alone. Or after a multiple
 *   or a fraction, wherever it stands (`MULTIPLE`: "About one-third as long, it is less intimate").
 * - By its bound, for any "how" and adjective: "how big an area do they have to search" is answered by "the area to
 *   search is less than a square mile" (`statesBound`), the adjective asked or not; a bound stating a measure states
 *   one of those asked ("less than 30 minutes" tells no "how far").
 * Null for any other question ("how much", "how many", read by their numbers; one of no quantity, which no number answers),
 * or a reach of 0.
 */
export function degreeToldOf(query: ParsedQuery, resultReach: number): ((sentence: string) => boolean) | null {
  const [first, second] = query.words;
  if (resultReach <= 0 || query.intent !== 'quantity' || first !== 'how' || second === undefined || !/^\p{Ll}+$/u.test(second) || second === 'much' || second === 'many') return null;
  // A bound stated in another measure than the one asked is no answer to it.
  const bounded = (sentence: string) => statesBound(sentence, (amount) => query.measures.length === 0 || statesMeasure(amount, query.measures) || !statesMeasure(amount, EVERY_MEASURE));
  // Made at the first sentence read, which most questions never reach: another reading tells their number first.
  let equatedOnce: RegExp | undefined;
  const equated = { test: (sentence: string) => (equatedOnce ??= new RegExp(String.raw`\b(?:is|are|was|were|be|been|being)\s+(?:${EQUATIVE_HEDGE}\s+)?as\s+${second}\s+as\b|\b${MULTIPLE}\s+as\s+${second}\b`, 'iu')).test(sentence) };
  // The first two ways write the adjective asked: a sentence without it, as most are, is passed over before the expressions, whose
  // "\p{L}+ly" and "\p{L}+ times" are tried at every word.
  const mentions = new RegExp(second, 'iu');
  if (measuresHeld(query).length === 0) return (sentence) => (mentions.test(sentence) && equated.test(sentence)) || bounded(sentence);
  const said = new RegExp(String.raw`\b(?:${second}\s+enough|too\s+${second})(?:\s+[\w'-]+){0,${resultReach - 1}}?\s+(?:to|that|for)\b`, 'iu');
  return (sentence) => (mentions.test(sentence) && (said.test(sentence) || equated.test(sentence))) || bounded(sentence);
}

/** A word between "is" and an equative that hedges, negates or scales the degree: "not", "nearly", "twice", any "-ly". */
const EQUATIVE_HEDGE = String.raw`(?:not|just|quite|about|almost|nearly|perhaps|only|often|seldom|twice|half|every\s+bit|at\s+least|\p{L}+ly)`;

/**
 * A multiple or a fraction before the equative, which scales the degree to a known one's wherever it stands ("About
 * one-third as long, it is less intimate", "twice as tall as the tower"): no condition or time is said so.
 */
const MULTIPLE = String.raw`(?:half|twice|thrice|(?:one|two|three)-(?:half|third|quarter|fifth)s?|\p{L}+\s+times)`;
