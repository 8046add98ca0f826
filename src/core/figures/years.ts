import { readAbbreviatedUnit } from './abbreviated-units.ts';
import { isPluralNoun } from './measures.ts';
import { RELATIVE_YEAR_SOURCE, readRelativeYear, yearFromWriting } from '../timeline/relative-years.ts';
import { ADDRESS_AFTER } from '../timeline/dates.ts';
import { yearOfComparedMonth } from '../timeline/comparisons.ts';
import type { Span } from './sentences.ts';
import { MONTHS_IN_FULL, MONTHS_IN_FULL_BUT_MAY, MONTH_SHORT_WITH_POINT } from '../month-names.ts';
import { namesNoCountable } from './no-countable.ts';
import { yearInTalk } from './year-in-talk.ts';

/** A year written in a passage, at its offset. */
export interface YearMention {
  readonly year: number;
  readonly index: number;
}

/**
 * A year: four digits from 1500 to 2199 standing alone. Not part of a larger number, a decade
 * ("1990s", "1980's"), an amount ("$2000") or a span of years ("2021-2025"), which dates no single year.
 */
const YEAR = /(?<![\p{L}\p{N}.,$€£¥'’:]|\d\s?[-–]\s?)(1[5-9]\d\d|2[01]\d\d)(?![\p{L}\p{N}%]|[.,:]\d|\s?[-–]\s?\d|['’]s\b)/gu;
/** A month's name, in full or cut short with its point ("Dec."). */
const MONTH_NAME = String.raw`(?:${MONTHS_IN_FULL}|${MONTH_SHORT_WITH_POINT})`;
/**
 * A year right after the figure says when it was measured: "2.25 billion yuan in 2020", and so does a date it closes
 * ("increased by 4% in May, 1960", "$3 million as of June 30, 1961").
 */
const YEAR_RIGHT_AFTER = new RegExp(String.raw`^[\s,]*(?:in|by|for|during|of|as of)\s+(?:${MONTH_NAME}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?)?$`, 'i');
/** "compared with", "in comparison to", "as against", "versus": words that set one side of a comparison against another. */
export const COMPARED_SOURCE = String.raw`compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|as\s+against|against|versus|vs\.`;
/** Words that bring in the other side of a comparison: a year after them dates that side only. */
const COMPARISON = new RegExp(String.raw`\b(?:${COMPARED_SOURCE}|than|from)(?!\w)`, 'i');
const COMPARISON_BEFORE = new RegExp(String.raw`\b(?:${COMPARED_SOURCE}|than|from)\s+$`, 'i');
/** A year right after these is the base a figure is measured against ("below 1960 by some 10-15%"), not its own. */
const BASE_BEFORE = new RegExp(String.raw`\b(?:${COMPARED_SOURCE}|than|below|above|behind|ahead\s+of)\s+(?:(?:in|that\s+of)\s+)?$`, 'i');
/** "showed an improvement over 1959", "a gain over 1959": the year a change is counted from. */
const OVER_BEFORE = /\bover\s+$/i;
/** A month named with no year after it: "in August", "since August 1". */
const YEARLESS_MONTH =
  new RegExp(String.raw`\b(?:${MONTHS_IN_FULL_BUT_MAY})\b(?!\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|,?\s+(?:of\s+)?\d{4})`);
/** A second clause joined to the first ("…82 million in 1959, and I look for 188 million … in 1961"): the first one's year is not its own. */
const CLAUSE_JOIN = /,\s+(?:and|but|while|whereas)\s/i;
/** A year's possessive ending right before a figure: "1960's 1,257,700", "1959's $3.2 billion". */
const YEAR_POSSESSIVE_BEFORE = /(?<!\b(?:[Tt]he|[Ee]arly|[Ll]ate|[Mm]id|[Tt]hose|[Tt]hese)[\s-]+)(?<![\p{L}\p{N}$£€¥'’-])(1[5-9]\d\d|2[01]\d\d)['’]s\s+$/u;
const OTHER_TIME = /\b(?:(?:last|this|next|that|previous|following) (?:year|month|week)|yesterday|today|tomorrow)\b/i;
/** A day near the time of writing: a figure after it is of that time, not of a year the sentence named before it. */
const DAY_OF_WRITING = /\b(?:yesterday|today|tonight|tomorrow|(?:last|this|next) week)\b/i;
/**
 * A "from" and an amount that its "to" has not closed yet ("rose from 62 per cent of interest requirements in", "From
 * an initial investment of $1,200 in"): the year after them is the one the change starts from. ("From Gottingen (1801)"
 * writes no amount: a place.)
 */
const FROM_OPEN = /\bfrom\b(?:(?!\bto\b)[^;])*\d(?:(?!\bto\b)[^;])*$/i;
/**
 * A "to" between that year and the figure ("in calendar 1957 to 86 per cent", "in 1943, it has grown … to a present
 * value of"): the figure is on the side the change goes to.
 */
const TO_SIDE_OPENED = /\bto\b/i;
/** "since 1950", "beginning in 1929": a year that opens a span. */
const SPAN_START_BEFORE = /\b(?:since|(?:beginning|starting)\s+in)\s+$/i;
/** A semicolon or a colon (not a clock's "1:35") that ends one statement of a sentence before another. */
const STATEMENT_BREAK = /[;:](?!\d)/;
/** "has been awarded", "have built": a present perfect, which runs the span on to the time of writing. */
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:been\s+)?\p{L}+(?:ed|en|wn|ne|lt|ht)\b/iu;

/** "of 1680 letters each", "1 inch to 2000 feet": four digits before a plural noun count it, unless a time preposition dates them. */
const TIME_PREPOSITION_BEFORE = /\b(?:in|since|during|until|till|before|after|by|through|from)\s+$/i;
const NEXT_WORD = /^\s+(\p{Ll}+)/u;
/**
 * "the 1961 statistics", "his 1788 operations": after "the", "this", "that" or a possessive, four digits written without
 * a comma say which year's of a plural noun that names no thing one counts (an act, a record, an idea); before a unit or
 * a thing ("the 1500 acres", "its 1200 employees") they count. ("These 1750 cases": a plural determiner, a count.)
 */
const DETERMINER_BEFORE = /(?:\b(?:the|this|that|his|her|its|their|our|my|your)|\p{L}['’]s)\s+$/iu;

/** The years written in a text, in order; the caller drops those that are part of a figure. */
export function findYearMentions(text: string): YearMention[] {
  return Array.from(text.matchAll(YEAR), (match) => ({ year: Number(match[1]), index: match.index })).filter(({ index }) => {
    if (ADDRESS_AFTER.test(text.slice(index + 4, index + 40))) return false;
    // "from 540 kc. to 1600 kc.": four digits before a unit written short measure something, whatever comes before.
    if (readAbbreviatedUnit(text.slice(index + 4, index + 40)) !== null) return false;
    const next = NEXT_WORD.exec(text.slice(index + 4, index + 40))?.[1];
    if (next === undefined || !isPluralNoun(next)) return true;
    const before = text.slice(Math.max(0, index - 12), index);
    return TIME_PREPOSITION_BEFORE.test(before) || (DETERMINER_BEFORE.test(before) && namesNoCountable(next));
  });
}

/**
 * The year of a sentence that goes on into the next one, from the years it writes (`mentions`, in order): its last
 * one that is not the base it measures against ("Sales for the year ended December 31, 1960 showed an improvement
 * over 1959. Net income was $2,557,111": 1960), or the last one when every one is a base. A year that opens a span
 * ("It's been going since 1908. Last count showed eighty-three varieties") runs to the time of writing: the next
 * sentence goes on in no year of it.
 */
export function sentenceYear(text: string, sentence: Span, mentions: readonly YearMention[]): number | undefined {
  const own = mentions.filter(
    (mention) => mention.index >= sentence.start && mention.index < sentence.end && !SPAN_START_BEFORE.test(leadOf(text, sentence, mention.index)),
  );
  const isBase = (mention: YearMention) => {
    const lead = leadOf(text, sentence, mention.index);
    return BASE_BEFORE.test(lead) || OVER_BEFORE.test(lead);
  };
  return (own.filter((mention) => !isBase(mention)).at(-1) ?? own.at(-1))?.year;
}

/** The words just before a year in its sentence, where what sets it apart is written ("over 1959", "since 1950"). */
function leadOf(text: string, sentence: Span, index: number): string {
  return text.slice(Math.max(sentence.start, index - 20), index);
}

/** "This year", "the coming year", "that year" and their kin: see `relative-years.ts`. */
const RELATIVE_PHRASE = new RegExp(`\\b(?:${RELATIVE_YEAR_SOURCE})\\b`, 'i');
const RELATIVE_RIGHT_AFTER = new RegExp(`^[\\s,]*(?:(?:in|during|for|over)\\s+)?(?:${RELATIVE_YEAR_SOURCE})\\b`, 'i');
/** "two years ago", "5 years ago": counted back from the time of writing. */
const YEARS_AGO = /\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)\s+years?\s+ago\b/i;
const AGO_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, thirty: 30,
};
/** "this March": a month of the year of writing (capitalised: "This may be" is no month). */
const THIS_MONTH = new RegExp(String.raw`\b[Tt]his\s+(?:${MONTHS_IN_FULL})\b`);
/** A relative clause set off by commas: ", who was to retire in 1946 with thirty years' service,". */
const ASIDE = /,\s+(?:who|whom|whose|which)\b[^,;:]*,/giu;

/**
 * The years of a sentence that may date a figure: a year inside a relative clause set off by commas ("In 1931 Mrs.
 * Briggs, who was to retire in 1946, led the offices in sales with $2,490") dates that clause only, when the
 * sentence writes another year outside it; a figure inside the clause keeps every year.
 */
export function yearsOutsideAsides(text: string, sentence: Span, figure: Span, mentions: readonly YearMention[]): readonly YearMention[] {
  const asides = Array.from(text.slice(sentence.start, sentence.end).matchAll(ASIDE), (match) => ({ start: sentence.start + match.index, end: sentence.start + match.index + match[0].length }));
  const inAside = (offset: number) => asides.find((aside) => aside.start <= offset && offset < aside.end);
  const own = inAside(figure.start);
  const kept = mentions.filter((mention) => mention.index < sentence.start || mention.index >= sentence.end || inAside(mention.index) === undefined || inAside(mention.index) === own);
  const keptInSentence = kept.some((mention) => mention.index >= sentence.start && mention.index < sentence.end);
  return keptInSentence ? kept : mentions;
}

/** A clause of a sentence: "in 2011, X; beginning in 2014, Y" dates X and Y apart. */
const CLAUSE_BREAK = /[;；]/g;

/** Where the figure's year may come from, besides its own sentence. */
export interface YearFrame {
  /** The year that frames the sentence from before it: its predecessor's, or its paragraph's opening year. */
  readonly earlier: number | undefined;
  /** The document's year of writing, for "this year" and "last year". */
  readonly published: number | undefined;
  /** Its month, when `published` gives one: "the coming year" of a January text is that year. */
  readonly publishedMonth?: number | undefined;
  /** The last year named before the sentence, in this paragraph or one just before, for "that year". */
  readonly previous: number | undefined;
}

/**
 * The year a figure at [start, end) refers to, from its own sentence first: one written right after
 * it; else the nearest one before it in its clause (a stretch between semicolons), then after it in
 * its clause; else a "this year" or "last year" in its clause, from the time of writing, or a "that
 * year" from the year named last; else a year before, then after, it in the sentence; else such a
 * relative year elsewhere in the sentence; else the year that frames it from just before (see
 * `YearFrame.earlier`). Never one from another paragraph, nor from further back or later on.
 */
export function pickYear(
  text: string,
  mentions: readonly YearMention[],
  sentence: Span,
  figure: Span,
  frame: YearFrame,
): number | undefined {
  // "from 1960's 1,257,700 housing starts": a year's possessive right before the figure owns it (not "the 1960's", a decade).
  const owner = YEAR_POSSESSIVE_BEFORE.exec(text.slice(Math.max(sentence.start, figure.start - 30), figure.start));
  if (owner !== null) return Number(owner[1]);
  const clause = clauseAround(text, sentence, figure.start);
  let before: YearMention | undefined;
  let after: YearMention | undefined;
  let clauseBefore: YearMention | undefined;
  let clauseAfter: YearMention | undefined;
  let fromSide = false;
  let spanAfter = false;
  for (const mention of mentions) {
    if (mention.index < sentence.start || mention.index >= sentence.end) continue;
    const inClause = mention.index >= clause.start && mention.index < clause.end;
    if (mention.index < figure.start) {
      // "rose from 62 per cent … in calendar 1957 to 86 per cent in the 12 months ended Feb. 28, 1961": a change's
      // starting year dates the figure it starts from, not the one it goes to, which has its own year or none.
      const startsChange = FROM_OPEN.test(text.slice(clause.start, mention.index));
      if (startsChange && TO_SIDE_OPENED.test(text.slice(mention.index + 4, figure.start))) {
        fromSide = true;
        continue;
      }
      // A base year dates the figure only when the sentence names no other before it.
      const isBase = BASE_BEFORE.test(text.slice(Math.max(sentence.start, mention.index - 20), mention.index));
      if (isBase && before !== undefined) continue;
      before = mention;
      if (inClause) clauseBefore = mention;
    } else if (mention.index >= figure.end && after === undefined) {
      // "lost 47.6 percent of its passengers since 1949", "Moss, 61, … canning plant chief since 1946": a year after
      // "since" opens a span that runs to the time of writing; it is no year of the figure before it, whatever the tense.
      if (SPAN_START_BEFORE.test(leadOf(text, sentence, mention.index))) {
        spanAfter = true;
        continue;
      }
      const between = text.slice(figure.end, mention.index);
      if (YEAR_RIGHT_AFTER.test(between)) return mention.year;
      // "a 52-year-old veteran 30 years in the air, it was an old story: His plane was being hijacked … in 1930", "a youth
      // of twenty; and General the Count …, met at Madrid in December, 1780": past a semicolon or a colon another
      // statement begins, and its year is no year of a figure before it.
      if (STATEMENT_BREAK.test(between)) continue;
      // "$5m last year and £3.5bn in 2019": a year further on dates only what follows another time phrase; "$2.5
      // million, compared to $2.3 million in 1959": only what follows a comparison, which it is the base of.
      if (!OTHER_TIME.test(between) && !COMPARISON.test(between) && !OVER_BEFORE.test(between)) {
        after = mention;
        if (inClause) clauseAfter = mention;
      }
    }
  }
  if (before !== undefined) {
    const sinceBefore = text.slice(before.index + 4, figure.start);
    // "for the murder in 1935 of her son-in-law, appealed yesterday before two board members": the day of writing's.
    if (DAY_OF_WRITING.test(sinceBefore)) return frame.published;
    // "Over the years, beginning in 1929, Mason has been awarded seventeen prizes": summed over a span up to now, no one year's.
    if (SPAN_START_BEFORE.test(leadOf(text, sentence, before.index)) && PRESENT_PERFECT.test(sinceBefore)) return undefined;
  }
  // "$5 billion this fiscal year", "600 tonnes last year": a relative year right after the figure dates it, as a written one does.
  const relativeAfter = RELATIVE_RIGHT_AFTER.exec(text.slice(figure.end, clause.end));
  const relativeAfterYear = relativeAfter === null ? undefined : relativeYear(relativeAfter[0], { ...frame, previous: before?.year ?? frame.previous });
  if (relativeAfterYear !== undefined) return relativeAfterYear;
  // "Last year, after a record 4-year decline, I challenged the Nation to move 2 million off welfare by the year
  // 2000": a relative time phrase in the clause dates the figure when it stands nearer to it than any year written.
  const relativeFrom = Math.max(clause.start, clauseBefore?.index ?? clause.start);
  const relativeBefore = relativeYearAt(text, relativeFrom, figure.start, { ...frame, previous: clauseBefore?.year ?? before?.year ?? frame.previous });
  if (relativeBefore !== undefined && (clauseAfter === undefined || figure.start - relativeBefore.end < clauseAfter.index - figure.end)) return relativeBefore.year;
  // The nearest year of the figure's own part of the clause: one after it, when a joined clause keeps the one before apart.
  const joinedAway = clauseBefore !== undefined && clauseAfter !== undefined && CLAUSE_JOIN.test(text.slice(clauseBefore.index, figure.start));
  const inClause = (joinedAway ? clauseAfter : (clauseBefore ?? clauseAfter))?.year;
  if (inClause !== undefined) return inClause;
  const clauseRelative = relativeYear(text.slice(clause.start, clause.end), frame);
  if (clauseRelative !== undefined) return clauseRelative;
  const written = (before ?? after)?.year;
  if (YEARLESS_MONTH.test(text.slice(clause.start, clause.end))) {
    // "during October totaled $77,389,000, up to 10 per cent compared to October, 1960": a month compared with an
    // earlier time is of the time of writing, the year written the base; the timeline dates that month so. Not the
    // figure on the base's side ("rose to 2,418 units from 869 in the like period a year earlier").
    const onBaseSide = COMPARISON_BEFORE.test(text.slice(sentence.start, figure.start));
    const compared = onBaseSide ? undefined : comparedMonthYear(text.slice(sentence.start, sentence.end), frame);
    if (compared !== undefined) return compared;
    // "Mr. Martin sold 21 tractors in August; in August of 1960, he sold seven": a clause with a month of its own, which
    // it gives no year, is not in the year another clause writes.
    if (written !== undefined) return undefined;
  }
  if (written !== undefined) return written;
  const sentenceRelative = relativeYear(text.slice(sentence.start, sentence.end), frame) ?? yearInTalk(text.slice(sentence.start, sentence.end), frame);
  if (sentenceRelative !== undefined) return sentenceRelative;
  // Nor does the sentence before date it: the change's own starting year was written, and this side is later; a span
  // opened after the figure ("since 1949") says its sentence runs on to the time of writing.
  return fromSide || spanAfter ? undefined : frame.earlier;
}

/** The year of the yearless month a sentence compares with an earlier time, from the time of writing (see `yearOfComparedMonth`). */
export function comparedMonthYear(sentence: string, frame: Pick<YearFrame, 'published' | 'publishedMonth'>): number | undefined {
  if (frame.published === undefined || !YEARLESS_MONTH.test(sentence)) return undefined;
  return yearOfComparedMonth(sentence, { year: frame.published, month: frame.publishedMonth ?? null });
}

/** The last relative phrase between two offsets ("Last year, after …"), the year it means and where it ends. */
function relativeYearAt(text: string, start: number, end: number, frame: YearFrame): { year: number; end: number } | undefined {
  const words = text.slice(start, end);
  let last: { year: number; end: number } | undefined;
  for (const pattern of [YEARS_AGO, RELATIVE_PHRASE, THIS_MONTH]) {
    const match = new RegExp(pattern.source, 'gi');
    for (let found = match.exec(words); found !== null; found = match.exec(words)) {
      const year = relativeYear(found[0], frame);
      const foundEnd = start + found.index + found[0].length;
      if (year !== undefined && (last === undefined || foundEnd > last.end)) last = { year, end: foundEnd };
    }
  }
  return last;
}

/** The year "this year", "the coming year", "two years ago" or "that year" in `words` means; undefined when none is there. */
/**
 * The first relative year phrase in `words` that is not the base of a comparison: "an increase of 510 billion yuan
 * over last year" and "higher than last year" date the other side, not the figure. ("Over the past year" is a period.)
 */
function firstRelativePhrase(words: string): string | undefined {
  for (const match of words.matchAll(new RegExp(RELATIVE_PHRASE.source, 'gi'))) {
    const lead = words.slice(Math.max(0, match.index - 20), match.index);
    if (!COMPARISON_BEFORE.test(lead) && !(OVER_BEFORE.test(lead) && !/^the\b/i.test(match[0]))) return match[0];
  }
  return undefined;
}

function relativeYear(words: string, frame: YearFrame): number | undefined {
  const ago = YEARS_AGO.exec(words)?.[1]?.toLowerCase();
  if (ago !== undefined && frame.published !== undefined) return frame.published - (AGO_WORDS[ago] ?? Number(ago));
  // "compared with March 1960 new car sales of 4,441, this March was off 23 per cent": this March is the year of writing's.
  if (THIS_MONTH.test(words) && frame.published !== undefined) return frame.published;
  const phrase = firstRelativePhrase(words);
  const relative = phrase === undefined ? undefined : readRelativeYear(phrase);
  if (relative === undefined) return undefined;
  if (relative.reference === 'deictic') {
    if (frame.published !== undefined) return yearFromWriting(relative, frame.published, frame.publishedMonth ?? null);
    // Without a date of writing, "this year" is the year the text was last talking about.
    return relative.offset === 0 ? frame.previous : undefined;
  }
  return frame.previous === undefined ? undefined : frame.previous + relative.offset;
}

/** "has been in place for 20 years", "have lived here for almost 70 years": a present perfect up to a duration. */
const PERFECT_FOR = /\b(?:has|have)\s+(?:been|\p{L}+ed)\b[^.;:]*\bfor\s+$/iu;

/**
 * A duration a present-perfect clause runs up to now ("has been in place for 20 years") is measured at the time
 * of writing, whatever year the sentence or the paragraph named before it.
 */
export function isDurationToNow(text: string, sentence: Span, figure: Span & { readonly unit: string }): boolean {
  if (figure.unit !== 'years' && figure.unit !== 'months') return false;
  const clause = clauseAround(text, sentence, figure.start);
  return PERFECT_FOR.test(text.slice(clause.start, figure.start));
}

function clauseAround(text: string, sentence: Span, offset: number): Span {
  let start = sentence.start;
  let end = sentence.end;
  CLAUSE_BREAK.lastIndex = sentence.start;
  for (let match = CLAUSE_BREAK.exec(text); match !== null && match.index < sentence.end; match = CLAUSE_BREAK.exec(text)) {
    if (match.index < offset) start = match.index + 1;
    else {
      end = match.index;
      break;
    }
  }
  return { start, end };
}
