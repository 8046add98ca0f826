import { FROM_BEFORE } from './changes.ts';
import { lastCountedNoun, readCount } from './counted-nouns.ts';
import { PERIOD_UNITS } from './list-members.ts';
import { BOUND_WORDS } from './qualifiers.ts';
import type { UnitContext, UnitRead } from './unit-reads.ts';
import { measureBefore, readNounPhrase } from './measures.ts';
import { findNumbers, NUMBER_SOURCE, type NumberToken } from './numbers.ts';
import { sumNamedUnit } from './unsigned-sums.ts';
import { pairedCountNoun } from './paired-counts.ts';
import { COMPARED_SOURCE } from './years.ts';
import { gappedClauseVerb, isVerb } from './gapped-clauses.ts';
import { isFormOfSameVerb } from './verb-forms.ts';

/** "10 more", "two others": more of what the sentence counted before. */
const MORE_AFTER = /^\s+(?:more|others|other)\b(?!\s+than\b)/i;
const ANOTHER_BEFORE = /\banother\s+$/i;
/** What follows a count whose noun is left out: a stop, or a participle or verb ("another 5,000 reserved for …"). */
const NOUN_LEFT_OUT_AFTER = /^\s*(?:$|[,.;:)]|\s\p{Ll}+(?:ed|en)\b|\s(?:were|are|went|came)\b)/u;

/**
 * "We've sold four corn pickers since Labor Day and have good prospects for 10 more": the noun of the count before,
 * unless one follows ("the 65 other passengers").
 */
export function readMoreOfSame(before: string, after: string, token: NumberToken): UnitRead | null {
  const more = MORE_AFTER.exec(after);
  if (token.yearLike) return null;
  // "185,000 to the public, with another 5,000 reserved for employes": "another" before a bare number, as "more" after it.
  if (more === null) return ANOTHER_BEFORE.test(before) && NOUN_LEFT_OUT_AFTER.test(after) ? { unit: 'count', measure: `another ${lastCountedNoun(before) ?? 'count'}`, length: 0 } : null;
  // "50 more shares", "the 65 other passengers": the noun is written after all.
  const rest = after.slice(more[0].length);
  const own = readNounPhrase(rest);
  if (own?.head != null) {
    const counted = readCount(own, rest, before, token.value);
    return { ...counted, measure: `${more[0].trim()} ${counted.measure}`, length: more[0].length + counted.length };
  }
  const head = lastCountedNoun(before);
  return head === undefined ? null : { unit: 'count', measure: `more ${head}`, length: 0, head };
}

/** "in comparison to", "compared with", "as against", "versus": a comparison, whose other side is a count of the same thing. */
const COMPARED_BEFORE = new RegExp(String.raw`\b(?:${COMPARED_SOURCE})\s+$`, 'i');
/**
 * What may follow a number whose noun was written before it (a comparison's other side, a verb's repeated object):
 * nothing more of the clause, or the time it is dated by ("in 1940", "a year earlier").
 */
const NOUN_WRITTEN_BEFORE_AFTER =
  /^\s*(?:$|[,.;:)]|(?:in|during|for)\s+(?:1[5-9]\d\d|2[01]\d\d)\b|(?:a|one|two|three|five|ten)\s+years?\s+(?:earlier|before|ago)\b|(?:last|the\s+previous|the\s+preceding)\s+year\b)/i;

/**
 * "The state presently owns 389 passenger vehicles in comparison to approximately 200 in 1940", "sold 812 tractors,
 * compared with 640 a year earlier": a bare number on the other side of a comparison counts what the number just
 * before it counted; when that one counted nothing ("ratios 3.3 versus 4.1"), neither does it.
 */
export function readComparedCount(before: string, after: string, token: NumberToken): UnitRead | null {
  if (token.yearLike || !COMPARED_BEFORE.test(before.slice(-30)) || !NOUN_WRITTEN_BEFORE_AFTER.test(after)) return null;
  const other = findNumbers(before).at(-1);
  const head = other === undefined || other.yearLike ? undefined : readNounPhrase(before.slice(other.end))?.head;
  return head == null ? null : { unit: 'count', measure: `compared ${head}`, length: 0, head };
}

/** "… and ten in September": the second of a pair counts the first's noun, a period as a term ("four years at X and two at Y"). */
export function readPairedCount(before: string, after: string, token: NumberToken): UnitRead | null {
  const phrase = token.yearLike ? undefined : pairedCountNoun(before, after);
  if (phrase === undefined) return null;
  const { head } = phrase;
  const period = PERIOD_UNITS[head];
  return period === undefined ? { unit: 'count', measure: phrase.words.join(' '), length: 0, head } : { unit: period, measure: head, length: 0 };
}

/** "a year", "per annum", "each week": the period a bare number is counted in, written right after it. */
const RATE_PERIOD_AFTER = /^\s+(?:a|an|per|each|every)\s+(?:year|annum|month|week|day)\b/i;
/** "5 per year per 1,000 men": a rate of a population, read as per-thousand or not at all, never as a count. */
const PER_POPULATION_AFTER = /^\s+per\s+(?:1,000|1000|thousand|100,000|hundred\s+thousand)\b/i;

/**
 * "a quota of 25,000 a year", "beyond 25,000 per annum", "only 700 a week", "has increased 125,000 each year": a bare
 * number with the period it recurs in is a count of so many each period, of what the sentence counted before, or a sum
 * when the clause names one ("the rent would run close to two hundred a month"; no figure where the document names no
 * money). A year is no count of years ("in 1960 a year later").
 */
export function readRateCount(before: string, after: string, at: UnitContext): UnitRead | null {
  const period = RATE_PERIOD_AFTER.exec(after);
  // ("declined from 60 to 40 a week": the start of a change is read with its end's unit, which the period is not.)
  if (at.token.yearLike || period === null || PER_POPULATION_AFTER.test(after.slice(period[0].length)) || FROM_BEFORE.test(before)) return null;
  const sum = sumNamedUnit(before, at.currency);
  if (sum !== undefined) return sum === null ? null : { unit: sum, measure: `${measureBefore(before, false) ?? 'amount'} ${period[0].trim()}`, length: period[0].length };
  const counted = lastCountedNoun(before) ?? measureBefore(before, false) ?? 'count';
  return { unit: 'count', measure: `${counted} ${period[0].trim()}`, length: period[0].length };
}

/** The verb right before a number: "he sold seven". */
const VERB_BEFORE = /\b(\p{Ll}{3,})\s+$/u;
/** Words before a number that join or place it, which are no verb of the sentence: "between three and ten". */
const NOT_A_VERB = new Set(['and', 'but', 'nor', 'than', 'then', 'for', 'from', 'with', 'between', 'among', 'about', 'over', 'under', 'into', 'per', 'each', 'every', 'only', 'also', 'still', 'just', 'the', 'its', 'their',
  // "their first 13": a word of order before a number is no verb either.
  'first', 'last', 'next', 'final', 'other', 'top']);

/**
 * A verb before a number, anywhere in the text before: "sold 21 tractors", or past the word that bounds it, "has at least
 * thirteen years of training" (the bound is the number's, not the verb's).
 */
const VERB_AND_NUMBER = new RegExp(String.raw`\b(\p{Ll}{3,})\s+(?:(?:${BOUND_WORDS})\s+)?(?:${NUMBER_SOURCE})`, 'giu');

/**
 * "Mr. Martin sold 21 tractors in August; in August of 1960, he sold seven": a verb the sentence wrote before with a
 * count of a noun, written again before a bare number, perhaps in another form ("point f has seven nearest neighbors,
 * h and e have six"; "the Russian competitor … has at least thirteen years of training … The American is very lucky if
 * he has three"), counts that noun again. A sentence written in parallel to the one before counts what that one
 * counted ("After 108 games in 1927, Ruth had 35 home runs. After 108 games in 1961, Mickey Mantle has 43"), when the
 * bare number's own sentence counts nothing with that verb.
 */
export function readRepeatedVerbCount(before: string, after: string, token: NumberToken, previousSentence: string): UnitRead | null {
  const written = VERB_BEFORE.exec(before);
  const verb = written?.[1];
  if (token.yearLike || written === null || verb === undefined || NOT_A_VERB.has(verb) || !NOUN_WRITTEN_BEFORE_AFTER.test(after)) return null;
  for (const earlier of [before.slice(0, written.index), previousSentence]) {
    const counted = [...earlier.matchAll(VERB_AND_NUMBER)].filter((match) => isFormOfSameVerb(match[1] ?? '', verb)).at(-1);
    if (counted === undefined) continue;
    const rest = earlier.slice(counted.index + counted[0].length);
    const phrase = readNounPhrase(rest);
    // "Hardy was eighty years old … when he was twenty-five": the noun's own unit, years of an age among them.
    return phrase?.head == null ? null : { ...readCount(phrase, rest, earlier, token.value), length: 0 };
  }
  return null;
}

const BE_FORM = /^(?:is|are|was|were|be|been|am)$/;
const THERE_BEFORE = /\bthere\s+$/i;
/** A verb right before a number, perhaps with its particle or "only": "got", "picked up", "ended up with only". */
const OTHER_VERB_BEFORE = /\b(\p{Ll}{3,})(?:\s+(?:up|out|off|in|on|down))?(?:\s+(?:with|into|to))?(?:\s+only)?\s+$/u;

/**
 * "Davis received 1,119 votes in Saturday's election, and Bush got 402", "Investors who wanted 100 shares … ended up
 * with 25", "the two weeks dragged into three": a bare number that a verb other than the count's gives, ending its
 * clause, counts the noun the sentence counted last (English leaves a noun out when the clause before said it).
 */
export function readElidedCount(before: string, after: string, token: NumberToken): UnitRead | null {
  const written = token.yearLike || !NOUN_WRITTEN_BEFORE_AFTER.test(after) ? null : OTHER_VERB_BEFORE.exec(before);
  // A form of "be" says what its subject is ("when Henrietta was eight", an age; "12.8 per cent are under fifteen"),
  // save after "there" ("today there are 48,500"), which says how many there are.
  const verb = written?.[1] ?? '';
  if (written === null || !isVerb(verb) || (BE_FORM.test(verb) && !THERE_BEFORE.test(before.slice(0, written.index)))) return null;
  const head = lastCountedNoun(before.slice(0, written.index));
  return head === undefined ? null : { unit: 'count', measure: head, length: 0, head };
}

/** "Mr. Kennedy carried 26 and Mr. Nixon 14": both sides of a clause pair whose second leaves out the verb count what it counts. */
export function readGappedClause(before: string, after: string, token: NumberToken): UnitRead | null {
  const verb = gappedClauseVerb(before, after, token);
  return verb === undefined ? null : { unit: 'count', measure: verb, length: 0, gapped: true };
}

/** "its breadth thirty-four", "a width of 20": a dimension named right before a bare number. */
const DIMENSION_BEFORE = /\b(?<dimension>length|breadth|width|height|depth|diameter|thickness|weight)\s+(?:(?:is|was|of)\s+)?$/i;
/** A number written right before a unit: "1030 feet", "thirty feet". */
const NUMBER_BEFORE_UNIT = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{Ll}+teen|\p{Ll}+ty(?:-\p{Ll}+)?|hundred|thousand))\s+$/u;
/** The units a dimension is measured in, as a text writes them on an earlier number of the sentence. */
const UNITS_OF: Readonly<Record<string, RegExp>> = {
  length: /(?<unit>feet|foot|inches|yards|miles|rods|(?:kilo|centi|milli)?met(?:er|re)s)\b/giu,
  weight: /(?<unit>pounds|tons|ounces|(?:kilo|milli)?grams)\b/giu,
};

/**
 * "The whole length … is one thousand and thirty feet and its breadth thirty-four": a bare number after a dimension
 * is in the unit the sentence measured that kind of dimension in before it (feet), or no figure when it measured none.
 */
export function readDimension(before: string, token: NumberToken): UnitRead | null {
  const dimension = DIMENSION_BEFORE.exec(before.slice(-30))?.groups?.['dimension']?.toLowerCase();
  if (dimension === undefined || token.yearLike) return null;
  const units = UNITS_OF[dimension === 'weight' ? 'weight' : 'length'] ?? null;
  if (units === null) return null;
  const written = [...before.matchAll(units)].filter((match) => NUMBER_BEFORE_UNIT.test(before.slice(Math.max(0, match.index - 12), match.index))).at(-1);
  const unit = written?.groups?.['unit']?.toLowerCase();
  return unit === undefined ? null : { unit: 'count', measure: `${unit === 'foot' ? 'feet' : unit} (${dimension})`, length: 0 };
}
