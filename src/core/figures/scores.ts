import type { Reading } from './reading.ts';
import type { Span } from './sentences.ts';
import { isIrregularVerbForm } from '../search/irregular.ts';

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
  /^\)?\s+(?:[\p{Ll}-]+\s+)?(?<noun>victory|victories|win|wins|loss|losses|defeat|decision|record|lead|deadlock|tie|edge|advantage|triumph|margin|verdict|vote|upset|setback|shutout)\b/iu;

/**
 * A verb that decides a game or a vote, before a score set off after it, perhaps past its object: "the bill passed,
 * 114 to 4", "the House voted through 87-31", "beat Anson, 3-0, in a 1953 district game", "we were defeated, 34 to 9",
 * "to pass -- 85 to 0 -- the largest … budget". The outcome is the verb's, so no noun need follow the score.
 */
const RESULT_VERB =
  String.raw`(?<verb>won|beat|beaten|defeated|downed|edged|blanked|whipped|trounced|routed|passed|pass|voted|approved|rejected|adopted|carried|lost|tied)`;
const RESULT_VERB_BEFORE = new RegExp(String.raw`\b${RESULT_VERB}\b(?:\s+[\p{L}.'’&]+){0,5}?\s*(?:,|--)?\s*$`, 'iu');
/** The same verb right after a score in parentheses before it: "the House (by 224-170) passed … the farm bill". */
const RESULT_VERB_AFTER = new RegExp(String.raw`^\)\s+${RESULT_VERB}\b`, 'iu');
/** A score set off from what follows: by a comma, a dash, a parenthesis, a quotation mark or the sentence's end. */
const SET_OFF_AFTER = /^\s*(?:[,;.:)”"]|--|$)/;

/** The two sides of each score in a sentence, in order, as counts of what the score decided. */
export function findScores(text: string, sentence: Span): Reading[] {
  const readings: Reading[] = [];
  const body = text.slice(sentence.start, sentence.end);
  for (const match of body.matchAll(SCORE)) {
    const [raw, first = '', link = '', second = ''] = match;
    const start = sentence.start + match.index;
    const end = start + raw.length;
    const rest = text.slice(end, sentence.end);
    const lead = body.slice(0, match.index);
    const outcome =
      OUTCOME_AFTER.exec(rest)?.groups?.['noun'] ??
      RESULT_VERB_AFTER.exec(rest)?.groups?.['verb'] ??
      (SET_OFF_AFTER.test(rest) ? RESULT_VERB_BEFORE.exec(lead)?.groups?.['verb'] : undefined);
    if (outcome === undefined && !SCORE_BEFORE.test(lead)) continue;
    const measure = `${(outcome ?? 'score').toLowerCase()} (score)`;
    const secondStart = start + first.length + link.length;
    // "a 1-0 lead": a side of nothing is no count, as "0" is none elsewhere; "a 3-to-3 deadlock" states its count once.
    if (Number(first) > 0) readings.push({ value: Number(first), unit: 'count', measure, raw, start, numberStart: start, end });
    if (second !== first && Number(second) > 0) readings.push({ value: Number(second), unit: 'count', measure, raw, start, numberStart: secondStart, end });
  }
  return readings;
}

/**
 * A score named by itself after an indefinite article or a possessive, perhaps with a modifier or two: "who had a 70",
 * "finished with a tremendous 65", "a disappointing one-over-par 73", "for a 2-over-par 74", "a 213 by Bill Collins",
 * "scored a 4 for the embedded ball", "Palmer's 281 for the four rounds", "his second straight 69.", "whose excellent
 * 71". No count of things takes "a" or an owner with no noun after it, so the number is what a round, a hole or a test
 * came to; but "their first 13", "his last 10" count the first or last of what came before, "his own 44" is a yard
 * line and "his age as 71" an age. Set off by punctuation or a preposition that no number follows ("a 4 to 1 vote" is a
 * score's two sides, read above; "a 1: 1 correspondence" a ratio; "his 12 to 15 men" a range).
 */
const ARTICLE_BEFORE =
  /(?<![\p{L}\p{N}'’-])(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|\p{Lu}\p{Ll}+['’]s)\s+(?:(?!(?:per|of|in|as|own|at)\s)(?:\d+-)?[\p{Lu}\p{Ll}-]+\s+){0,2}(?<!\b(?:first|last|next|past)\s+)$/u;
const SCORE_SET_OFF = /^(?:\s*(?:[,;)]|:(?!\s*\d)|\.(?!\d)|--|$)|\s+(?:by|for|to|and|with|on|at)\s+(?!\d))/u;
/**
 * A score also ends its phrase where a clause goes on with no noun after the number: before "but" ("a somewhat shaky 72
 * but was bound to do better"), before a verb in the past ("whose excellent 71 made one wonder", "Palmer's 68 got him
 * off to an early lead": the number is the subject), or before the event it was made in, named ("an 11 in the Texas
 * Open", "a 19 in the United States Open"). A verb is an irregular one's past form (WordNet's exception list), so a
 * noun after the number ("his 12 men", "a 12 mile walk") never passes for one.
 */
const CLAUSE_AFTER = /^\s+(?:but\s|in\s+the\s+\p{Lu}|(?<word>\p{Ll}+)\b)/u;
const setOffAfter = (after: string): boolean => {
  if (SCORE_SET_OFF.test(after)) return true;
  const clause = CLAUSE_AFTER.exec(after);
  const word = clause?.groups?.['word'];
  return clause !== null && (word === undefined || isIrregularVerbForm(word));
};

/** The unit of a whole number under 1,000 in digits that is a score named by itself, or null. */
export function readBareScore(before: string, after: string, token: { readonly words: string | undefined; readonly yearLike: boolean; readonly value: number }): { unit: 'count'; measure: string; length: number } | null {
  if (token.words !== undefined || token.yearLike || !Number.isInteger(token.value) || token.value >= 1000) return null;
  return ARTICLE_BEFORE.test(before) && setOffAfter(after) ? { unit: 'count', measure: 'score', length: 0 } : null;
}
