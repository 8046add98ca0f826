import { ADDRESS_AFTER, COUNT_WORDS, REGULAR_PAST_ED, daysInMonth, findDateMentions, mayMentionDates, type DateMention, type DateRelation, type DayOfWriting } from './dates.ts';
import { findChineseDateMentions, mayMentionChineseDates } from './chinese-dates.ts';
import { splitSentences } from '../documents/sentences.ts';
import { SECTION_SEPARATOR } from '../documents/markdown.ts';
import { widenToWholeSentences } from '../documents/whole-sentences.ts';
import { yearFromWriting } from './relative-years.ts';
import { mergeCopies, type FoundEntry } from './copies.ts';
import { comparesWithEarlier, isComparisonBase, latestUpToWriting, yearOfCountedBackBase } from './comparisons.ts';
import { DEFAULT_ENGINE_OPTIONS, type TimelineOptions } from '../options.ts';
import { isIrregularVerbForm } from '../search/irregular.ts';
import { isScheduledPresentBefore } from './scheduled-present.ts';
import { dropSpanEnds } from './span-ends.ts';
import { dropPointedBack } from './pointed-back.ts';
import { weekdaysCountedFrom } from './week-of-writing.ts';
import type { DatePrecision, Passage, TimelineEntry } from '../types.ts';
import { MONTHS_IN_FULL } from '../month-names.ts';

/** What one document has said about time so far, read in order. */
interface TimeContext {
  readonly document: string;
  /** The year a yearless "February 7" falls in: the last event's, or the time of writing after a "since". */
  narrativeYear: number | null;
  /** The year "that year" and "since then" point back to; a vague phrase ("in recent years") clears it. */
  lastYear: number | null;
  /** The passage that named `lastYear`. */
  lastYearPassage: string | null;
  /** Whether a count of years has moved the story on since `lastYear` was named ("He remained there for four years"). */
  yearsCountedSince: boolean;
  /** The passage before the one read, and which sentence of its own passage the one read is (0 for its first). */
  passageBefore: string | null;
  sentenceOfPassage: number;
  /** Sentences read since `narrativeYear` was last set by a dated statement. */
  narrativeAge: number;
  /** The month of the last dated statement, when it had one: a yearless month after a winter is counted from it. */
  narrativeMonth: number | null;
  /** Whether the text has spoken of a winter since that statement ("remained through a winter so cold …"). */
  winterSince: boolean;
  /** Whether the document is a history, every year it writes long before its time of writing (`historyGap`). */
  readonly history: boolean;
  /** The day a dateline gave the story under it ("London, Feb. 9" in a paper of Feb. 10): the day its "today" is. */
  storyDay: Written | null;
  /** The first paragraph under that dateline, which its story holds whatever it tells; null until it is read. */
  storyLead: string | null;
  /** The last day the text dated in full ("April 8"), with where: "the following day" counts from it (`dayAfterLastDay`). */
  lastDay: NamedDay | null;
  /** Sentences read so far, to tell the sentence that named `lastDay` and the one after it. */
  sentencesRead: number;
  /** The heading the last passage read fell under: a new one opens a section of its own (`opensSection`). */
  section: string | null;
  /** Whether the sentence read is inside a quotation of a writing no date is given for (`WRITING_QUOTED`). */
  quotingUndatedWriting: boolean;
  /** The day a weekly's weekdays count from, when its "last Monday" tells it was written before its date (`weekdaysCountedFrom`). */
  readonly weekdaysFrom: Written | null;
}

/** A day the text named, the sentence it stood in (`TimeContext.sentencesRead` then) and its passage. */
interface NamedDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly sentence: number;
  readonly passageId: string;
  /** Whether its month was written ("December 9, 1957", "the next day" after it), not told by a weekday. */
  readonly monthNamed: boolean;
}

/** An entry of a sentence, before copies are merged, with where its date phrase starts and ends in the sentence. */
type SentenceEntry = Pick<FoundEntry, 'entry' | 'nearbyYear'> & { readonly start: number; readonly end: number; readonly namesThing: boolean; readonly countedFromWriting: boolean; readonly pointsBack: boolean };

/**
 * A modal's perfect tells what did or did not happen, not a plan: "a bond issue which would have provided $3.5 million
 * was defeated in January", "the dispatch must have been sent on September 1" ("would have a capacity" still plans).
 */
const NOT_MODAL_PERFECT = String.raw`(?!\s+(?:not\s+)?have\s+(?:been|had|\w+ed|\w+en)\b)`;
/** "in the spirit of peace and good will", "against his will": a "will" after an article, a possessive or an adjective of it is the noun. */
const NOT_NOUN_WILL = String.raw`(?<!\b(?:good|ill|free|the|a|his|her|its|their|my|your|our)\s+)`;
/**
 * Words of a plan, forecast or request: a "by 2025" near them is a goal, and so is "this year" ("we must pass, this
 * year, a tax bill"; "I ask the Congress to act this year"; "output for this year is forecast at 129%"). A plan made
 * by now is one too: "citizens have organized and planned a series of events, beginning on May 28th", "the vote is
 * scheduled for June 3" ("had planned" is a past plan), and so is a present "as they arrange for an annual exhibit".
 */
const FUTURE_TENSE = new RegExp(
  String.raw`\b(?:${NOT_NOUN_WILL}will|shall|(?:would|must|should)${NOT_MODAL_PERFECT}|'ll|expect(?:s|ed)?|(?:is|are|be|been)\s+(?:\w+ly\s+)?forecast|(?:has|have|is|are)\s+(?:\w+\s+and\s+)?(?:planned|scheduled)|arrang(?:e|es|ing)\s+for|aims?|goals?|targets?|plans?|strive|can(?:not)?|let's|let us|urge|ask(?:ing)? (?:you|the|this|congress)|propos(?:e|ing)|call(?:ing)? (?:on|for)|going to|intends?|pledges?|needs? to)\b`,
  'i',
);
/**
 * The Chinese words of a plan, a forecast or a goal (拟 "is to", 预计 "is expected", 预期目标 "expected target", 力争 / 争取
 * "strive to"): the year of writing in such a sentence is a target, as with FUTURE_TENSE ("今年赤字率拟按4%安排").
 * Words inside 《》 name a document ("《行动计划（2024—2027年）》印发" is an issue, not a plan).
 */
const CHINESE_PLAN = /拟|预计|预期|目标|计划|力争|争取/u;
const plansInChinese = (sentence: string) => CHINESE_PLAN.test(sentence.replace(/《[^》]*》/gu, ''));
/** A season's months: "last summer" said after its third month is the summer just ended. */
const MONTHS_OF_A_SEASON = 3;
/** The word that says a story has passed the turn of a year between two months ("through a winter so cold"). */
const WINTER = /\bwinter\b/i;
/** What joins the two ends of a range of dates. */
const RANGE_LINK = /^\s*(?:to|through|until|till|and|[-–—])\s*$/i;
/** The past perfect before a date: the sentence looks back from the story's time ("had happened", "had been"). */
const FLASHBACK = /\bhad\s+(?:\w+ly\s+)?(?:been|\w+ed|\w+en)\b/i;
/** The last clause of the words before a date: a past perfect in an earlier clause is that clause's own. */
const CLAUSE_TAIL = /[^,;:—–()]*$/;
/** A past tense right before a plan word: "was expected to", "were planned". */
const PAST_PLAN = /\b(?:was|were|had been)\s+$/;
/** A verb of saying in the past before a "would": "told Moscow he would give his answer", "said it would open". */
const REPORTED_BEFORE_WOULD = /\b(?:said|told|announced|promised|declared|replied|wrote|indicated|agreed)\b(?:\s+\S+){0,4}\s+$/i;
/**
 * A noun of giving one's word, then the "that" clause it reports ("despite Stavropoulos' assurance to Adolf Berle, …,
 * that nothing would be done until his return on January 22"): its "would" is the story's future, as after "promised".
 */
const PROMISE_BEFORE_WOULD = /\b(?:assurances?|promises?|pledges?|guarantees?)\b[^.;:!?]*\bthat(?:\s+\S+){0,3}\s+$/i;
/** A "by 1990" clause in a past tense reports a state reached, not a goal. */
const PAST_TENSE = /\b(?:had|was|were)\b/;
/** "since 1949": a span of years up to now. */
const SINCE_YEAR = /\bsince\s+(?:1\d{3}|20\d{2})\b/i;
/** "on May 1 just four times", "on Christmas Day twice": the count of times a yearless day is told to have come round. */
const COUNT_OF_TIMES_AFTER = /^[^,;:.]*?\b(?:\w+\s+times|twice)\b/i;

/**
 * "Since 1949, the St. Louis club has been below on May 1 just four times": a yearless day counted in times over the
 * years since a year is that day of each of them, no one date ("hit twice on Sunday", with no span of years, is one).
 */
function isCountedOverYears(sentence: string, mention: DateMention): boolean {
  return SINCE_YEAR.test(sentence) && COUNT_OF_TIMES_AFTER.test(sentence.slice(mention.end));
}

/**
 * "April 15 is usually the final date for filing", "dues are paid each year on January 1": a sentence that says its
 * date comes round again states a rule of every year, so its yearless date is no event of one year.
 */
const RECURRING = /\b(?:usually|normally|ordinarily|customarily|each\s+year|every\s+year|annually|yearly)\b/i;
/**
 * "will be held in the Opera House Wednesday, Aug. 16": a day given with its weekday is one day of one year, as a rule of
 * every year cannot give the weekday, so a "yearly" in the sentence ("The event, staged yearly by Neusteters,") says
 * what recurs, not that this date does.
 */
const WEEKDAY_OF_DATE = /\b(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day(?:\s+(?:morning|afternoon|evening|night))?,\s*$/;

/**
 * The dated statements of passages given in document order, sorted chronologically (coarser
 * precision first within a date's start, then document order). `published` (ISO) is the time of
 * writing: the year of "this year", and of yearless dates before any other. Year context never
 * crosses from one document to the next. Copies of a paragraph give one entry per statement, with
 * a conflict when they disagree on its date.
 */
export function extractTimeline(
  passages: readonly Passage[],
  published?: string,
  options: TimelineOptions = DEFAULT_ENGINE_OPTIONS.timeline,
): TimelineEntry[] {
  const publishedYear = parsePublishedYear(published);
  const written: Written = { year: publishedYear, month: parsePublishedMonth(published), day: parsePublishedDay(published) };
  const found: FoundEntry[] = [];
  let context: TimeContext | null = null;
  const widened = widenToWholeSentences(passages);
  const latestYears = latestYearsWritten(passages);
  passages.forEach((passage, index) => {
    if (context?.document !== passage.citation.document) {
      const document = passage.citation.document;
      const latest = latestYears.get(document);
      context = startContext(document, publishedYear, publishedYear !== null && latest !== undefined && latest < publishedYear - options.historyGap, weekdaysOfDocument(passages, document, written));
    }
    const opensNewSection = passage.section !== null && passage.section !== context.section;
    const sectionHeading = opensNewSection && passage.section !== null ? headingOfSection(passage.section) : null;
    if (passage.role === 'heading' && isDateline(passage.text, passages[index + 1])) opensStory(context, options, datelineDay(passage.text, written));
    else if (sectionHeading !== null && isDateline(sectionHeading, passage)) opensStory(context, options, datelineDay(sectionHeading, written));
    if (context.storyDay !== null && context.storyLead === null && passage.role !== 'heading') context.storyLead = passage.id;
    if (opensNewSection) opensSection(context, options, written);
    context.section = passage.section ?? context.section;
    const whole = widened[index] ?? { text: passage.text, offset: 0, length: passage.text.length };
    // A quotation a paragraph opens continues the writing the paragraph before introduced ("an article …, which
    // began:"); any other paragraph is the text's own again.
    context.quotingUndatedWriting = context.quotingUndatedWriting && OPENS_WITH_QUOTATION.test(whole.text);
    const mentionsDates = mayMentionDates(whole.text) || mayMentionChineseDates(whole.text);
    // A paragraph of no date is not read sentence by sentence; it may still introduce the writing the next one quotes.
    if (!mentionsDates) context.quotingUndatedWriting = WRITING_QUOTED_AT_END.test(whole.text);
    // A dateline of no day ("New York (AP) -- …") opens its story in a passage with no date as well.
    if (!mentionsDates && !DATELINE_DASH.test(whole.text)) return;
    context.passageBefore = passages[index - 1]?.id ?? null;
    context.sentenceOfPassage = 0;
    for (const sentence of splitSentences(whole.text)) {
      // A sentence split between two passages is read whole, and its dates go to the passage they stand in.
      const own = (offset: number) => offset >= whole.offset && offset < whole.offset + whole.length;
      const dateline = own(sentence.start) ? runInDateline(sentence.text) : null;
      if (dateline !== null) {
        opensStory(context, options, datelineDay(dateline, written));
        context.storyLead = passage.id;
      }
      if (!mentionsDates) continue;
      const sentenceEntries = readSentence(sentence.text, passage.id, context, written, options, (start) => own(sentence.start + start), passage.role === 'heading');
      if (YEARS_COUNTED.test(sentence.text)) context.yearsCountedSince = true;
      context.sentenceOfPassage += 1;
      context.narrativeAge += 1;
      context.sentencesRead += 1;
      const entries = dropSpanEnds(dropPointedBack(dedupeSentence(sentenceEntries)));
      const copyGroup = passage.duplicateOf ?? passage.id;
      for (const { entry, nearbyYear } of entries) found.push({ entry, copyGroup, nearbyYear, order: found.length });
    }
  });
  return mergeCopies(found, options.sameStatementOverlap)
    .sort((a, b) => compareDates(a.entry.date, b.entry.date) || a.order - b.order)
    .map((item) => item.entry);
}

function parsePublishedYear(published: string | undefined): number | null {
  const year = /^(\d{4})(?:-|$)/.exec(published ?? '')?.[1];
  return year === undefined ? null : Number(year);
}

function parsePublishedMonth(published: string | undefined): number | null {
  const month = /^\d{4}-(\d{2})/.exec(published ?? '')?.[1];
  return month === undefined ? null : Number(month);
}

function parsePublishedDay(published: string | undefined): number | null {
  const day = /^\d{4}-\d{2}-(\d{2})/.exec(published ?? '')?.[1];
  return day === undefined ? null : Number(day);
}

/**
 * A yearless date before any year is the time of writing's, except in a history, where only the days its narrator
 * tells of his own time are (`isNarratorsNow`).
 */
function startContext(document: string, publishedYear: number | null, history: boolean, weekdaysFrom: Written | null): TimeContext {
  return { weekdaysFrom, document, narrativeYear: history ? null : publishedYear, lastYear: null, lastYearPassage: null, yearsCountedSince: false, passageBefore: null, sentenceOfPassage: 0, narrativeAge: 0, narrativeMonth: null, winterSince: false, history, storyDay: null, storyLead: null, section: null, lastDay: null, sentencesRead: 0, quotingUndatedWriting: false };
}

/**
 * A dateline heading: a place's name of one to three capitalised words, perhaps with its state and a day ("Washington",
 * "Jackson, Miss.", "London, Feb. 9", "Miami, Fla., March 17", "United Nations, N. Y., June 18", the state's initials
 * spaced), a country or state written out ("Ankara, Turkey, Oct. 24"), and the wire service's initials ("Bonn, Oct. 24
 * (UPI)") or "(special)", a paper's own correspondent's ("Annapolis, Jan. 7 (special)"). A sub-head of the story
 * ("Many buildings", "Court cleared") writes its later words in lower case. A name alone ("Washington") is told from a
 * one-word sub-head ("Answer", "Discussion") by the dash that opens the story after it, a lead passage ("-- Thousands
 * of seats are being erected").
 */
const DATELINE = new RegExp(String.raw`^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?<state>,\s*\p{Lu}[\p{L}.]{0,5}\.(?:\s\p{Lu}\.)?)?(?:,\s*\p{Lu}\p{Ll}+)?(?<day>,?\s*(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}|,?\s*(?:${MONTHS_IN_FULL})\s+\d{1,2})?(?:\s*\((?:\p{Lu}{2,}|special)\))?\.?$`, 'u');
function isDateline(heading: string, next: Passage | undefined): boolean {
  const groups = DATELINE.exec(heading.trim())?.groups;
  return groups !== undefined && (groups['state'] !== undefined || groups['day'] !== undefined || next?.role === 'lead');
}

/** The dash that ends a dateline run into its story ("Dallas, Tex., May 1 -- (AP) -- Kenny Lane …"). */
const DATELINE_DASH = /\s*(?:--|—|–)\s*/;
/** A wire service's initials in brackets, before or after that dash ("New York (AP) --", "New York -- (UPI) --"). */
const WIRE_TAG = /\(\p{Lu}{2,}\)/u;
const WIRE_TAG_FIRST = new RegExp(`^${WIRE_TAG.source}`, 'u');

/**
 * The dateline a sentence opens with, run into its story rather than a heading of its own: at its paragraph's start
 * ("DALLAS, May 1 (AP) -- …") or after the story before, where a layout joined the two ("… will miss his starting turn.
 * Ogden, Utah, May 1 -- (AP) -- Boston Red Sox Outfielder Jackie Jensen said …"). A name alone before a dash is an aside
 * ("Sir -- We are writing", "M. Kegham -- the name is a pseudonym --"), so the place must give its state, a day or a
 * wire service's initials. Null when the sentence opens with none.
 */
function runInDateline(sentence: string): string | null {
  const dash = DATELINE_DASH.exec(sentence);
  if (dash === null) return null;
  const place = sentence.slice(0, dash.index).trim();
  const groups = DATELINE.exec(place)?.groups;
  if (groups === undefined) return null;
  const wire = WIRE_TAG.test(place) || WIRE_TAG_FIRST.test(sentence.slice(dash.index + dash[0].length));
  return groups['state'] !== undefined || groups['day'] !== undefined || wire ? place : null;
}

/**
 * The heading a section opens with, the last of its path ("World › London, Feb. 9"): a markdown heading is no passage,
 * only the section of the passages under it, so a dateline there is read where its section starts. (A plain text's
 * heading is a passage, read just before: its story is opened a second time, the same.)
 */
function headingOfSection(section: string): string {
  return section.split(SECTION_SEPARATOR).at(-1) ?? section;
}

/**
 * A dateline opens a story of its own: the year the story before it was in ("served until December, 1945") does not
 * carry over to it, so its yearless dates ("the parade on Jan. 20") are the latest such dates up to the time of writing
 * until it names a year, as long after any year named. Its day, if it gives one, is the day the story was told on.
 */
function opensStory(context: TimeContext, options: TimelineOptions, day: Written | null): void {
  carriesNoStoryYear(context, options);
  context.lastYear = null;
  context.lastYearPassage = null;
  context.storyDay = day;
  context.storyLead = null;
}

/**
 * A page dated to the month tells each of its sections from its time of writing: the year a section before named ("at
 * Paris a year ago", "in three years ending in 1959") does not carry over a sub-head ("Pre-inaugural position"), so the
 * section's yearless dates ("a letter … late in February") are the latest such dates up to the time of writing until it
 * names a year. With a year of writing alone ("published: 1961") that latest date is a guess, and an annual report's
 * "Early in August we broke ground" under "Stretch yarn machines" is the year it reports on, so its story's year stays.
 */
function opensSection(context: TimeContext, options: TimelineOptions, written: Written): void {
  if (written.month !== null) carriesNoStoryYear(context, options);
}

/** Sets the story's last year out of reach, so a yearless date is the latest such date up to the time of writing. */
function carriesNoStoryYear(context: TimeContext, options: TimelineOptions): void {
  context.narrativeAge = options.narrativeReach + 1;
}

/** The day a dateline writes ("London, Feb. 9"), in the latest year up to the time of writing; null if it writes none. */
function datelineDay(heading: string, written: Written): Written | null {
  const day = findDateMentions(heading).find((mention) => mention.reference === 'narrative' && mention.day !== null);
  return day === undefined ? null : { year: latestUpToWriting(day, written), month: day.month, day: day.day };
}

/** A year-like number in running text ("1598", "1596/7"), not part of a larger number ("12,000", "1598.5"). */
const YEAR_LIKE = /(?<!\d[.,]|[\d$£€¥])(?:1\d{3}|20\d{2}|21\d{2})(?!\d|[.,]\d)/g;

/**
 * The latest year-like number each document writes. A document whose latest is more than `historyGap` years before
 * its time of writing tells only of a time long past (a history); a house number is no year, and a count that looks like a later year ("2000
 * cases") makes it no history, which keeps the reading every other text gets.
 */
function latestYearsWritten(passages: readonly Passage[]): Map<string, number> {
  const latest = new Map<string, number>();
  for (const passage of passages) {
    for (const written of passage.text.matchAll(YEAR_LIKE)) {
      // "at 1213 Walnut St.": a house number.
      if (ADDRESS_AFTER.test(passage.text.slice(written.index + 4, written.index + 40))) continue;
      const { document } = passage.citation;
      latest.set(document, Math.max(latest.get(document) ?? 0, Number(written[0])));
    }
  }
  return latest;
}

/** The time of writing, as far as `published` gives it. */
interface Written {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

/** The entries of one sentence, advancing the context phrase by phrase. */
function readSentence(
  sentence: string,
  passageId: string,
  context: TimeContext,
  writing: Written,
  options: TimelineOptions,
  isOwn: (start: number) => boolean = () => true,
  heading = false,
): SentenceEntry[] {
  const entries: SentenceEntry[] = [];
  const publishedYear = writing.year;
  const mentions = [...findDateMentions(sentence), ...findChineseDateMentions(sentence)].sort((a, b) => a.start - b.start);
  const quotingAtStart = context.quotingUndatedWriting;
  context.quotingUndatedWriting = (quotingAtStart || WRITING_QUOTED.test(sentence)) && !CLOSES_QUOTATION_AT_END.test(sentence);
  let readTo = 0;
  for (const mention of mentions) {
    const quotedWriters = quotedWritersNow(sentence, mention, entries);
    // "Mark Arnold-Foster writes: "People are leaving … They … issued an appeal this week": a day or week counted from
    // the writing a quotation is from, when nothing dates that writing, is no date of this text's.
    if (quotedWriters === undefined && mention.reference === 'deictic' && (quotingAtStart || isInWritingQuoted(sentence, mention))) continue;
    const written = quotedWriters ?? writing;
    if (WINTER.test(sentence.slice(readTo, mention.start))) context.winterSince = true;
    readTo = mention.end;
    if (!isOwn(mention.start) || isSpanEnd(sentence, mention, mentions)) continue;
    if (mention.reference === 'narrative' && RECURRING.test(sentence) && !PAST_TENSE.test(clauseAround(sentence, mention)) && !WEEKDAY_OF_DATE.test(sentence.slice(0, mention.start))) continue;
    if (mention.reference === 'narrative' && mention.year === null && isCountedOverYears(sentence, mention)) continue;
    if (mention.later === true && !countsOnFromYearNamed(context, passageId, mention)) continue;
    // "the budget I will submit on February 1st": a yearless date the sentence plans for falls after the time of
    // writing, not in the year the story was last in (unless the sentence names a year of its own before it, which a
    // base it measures against, "129% of the 1947-49 average", is not).
    // The plan is said before the date: "the events of September the 11th will not…" plans nothing for that day,
    // and neither does "the evil that was done on September the 11th", where a past tense leads to it.
    const lead = sentence.slice(0, mention.start);
    const coming = mention.reference === 'narrative' && COMING_BEFORE.test(lead);
    // "A preview party ... is set for April 8": a day an arrangement made by now is for plans it as a future verb would.
    const arranged = mention.reference === 'narrative' && isArrangedFor(lead, mention.raw);
    // "After the troup has completed the circuit in November …, this is going to be": a plan said after the date.
    // "The events of September the 11th will shape us": a date after "of" names which events; their future is not its.
    const plannedAfter = mention.reference === 'narrative' && !OF_BEFORE.test(lead) && isPlannedAfter(sentence.slice(mention.end), options);
    const planned =
      mention.reference === 'narrative' && publishedYear !== null && (coming || arranged || plannedAfter || isPlan(ownBracketOr(lead))) && !PAST_TENSE.test(lead.slice(-24)) &&
      !mentions.some((other) => other.reference === 'absolute' && other.start < mention.start && !isComparisonBase(sentence, other));
    // "is set for April 8. The event will be open to the public the following day": no day named just before, no date.
    const dayAfter = mention.dayAfter === undefined ? undefined : dayAfterLastDay(context, passageId, mention.dayAfter);
    if (dayAfter === null) continue;
    const dayOfMonthNamed = mention.dayOfMonthNamed === undefined ? undefined : laterDayOfMonthNamed(context, mention.dayOfMonthNamed, options.dayAloneReach);
    if (dayOfMonthNamed === null) continue;
    const rangeEnd = yearOfRangeEnd(sentence, mention, mentions);
    // A day a dateline's story counts from its own day ("tomorrow" there) is ahead of or behind that day, not the paper's.
    // A weekday of a weekly written before its cover date counts from the days it was written in (`weekdaysCountedFrom`).
    const countedFrom = mention.dayOfWriting === undefined
      ? written
      : quotedWriters === undefined && 'weekday' in mention.dayOfWriting && context.weekdaysFrom !== null
      ? context.weekdaysFrom
      : nowOf(mention.dayOfWriting, context, written);
    // "Chicago, Aug. 4 -- … a local junior college last week": a week or month counted back or on is the dateline's too.
    const storyNow = quotedWriters ?? context.storyDay ?? writing;
    if (mention.dayOfWriting !== undefined && endsStory(mention.dayOfWriting, context, passageId, written)) context.storyDay = null;
    // "In August sales were 13% above a year earlier": the August of the time of writing, whatever year the story was in.
    // "Miami, Fla., March 17": a heading opens a story of its own (a dateline), not the one the paragraph before told,
    // so its yearless date is the latest such date up to the time of writing, as in a sentence that compares.
    // "Sales during March showed signs of recovering from the doldrums which have characterized sales this year": a
    // sentence that names the year of writing is told from it, and so is its yearless month, whatever year came before.
    const compared = publishedYear !== null && (
      (heading && !context.history && mention.reference === 'narrative') || comparesWithEarlier(sentence, mention, mentions, publishedYear) || isMonthOfYearOfWriting(mention, mentions));
    const countedBack = yearOfCountedBackBase(sentence, mention, mentions);
    const resolved = dayAfter !== undefined
      ? dayAfter
      : dayOfMonthNamed !== undefined
      ? dayOfMonthNamed
      : rangeEnd !== undefined
      ? rangeEnd
      : countedBack !== undefined
      ? countedBack
      : planned
      ? yearOfPlannedDate(mention, written)
      : compared
      ? latestUpToWriting(mention, written)
      : mention.dayOfWriting !== undefined
      ? resolveDay(mention.dayOfWriting, sentence, mention.start, mention.end, countedFrom)
      : mention.weekOffset !== undefined
      ? resolveWeek(mention.weekOffset, storyNow)
      : yearOfLaterDate(mention, mentions) ?? yearNamedBefore(sentence, mention, mentions) ?? (mention.monthOffset === undefined ? resolveYear(mention, context, written, options, sentence) : resolveMonth(mention.monthOffset, storyNow));
    if (mention.reference === 'vague') context.lastYear = null;
    if (resolved === null) continue;
    // "who reaches a decade come May 25, joined six sluggers": the date after "come" is ahead whatever the sentence's tense,
    // and so is a day an arrangement is for, though its participle looks like a past ("is set for April 8"), and one a
    // future after it plans, though the clause before it is in the perfect ("has completed the circuit in November").
    const year = typeof resolved !== 'number' ? resolved.year : coming || ((arranged || plannedAfter) && planned) ? resolved : yearOfToldMonth(resolved, mention, sentence, written);
    const sameTime = typeof resolved === 'number' ? sameTimeOfYear(mention, written) : { month: null, day: null };
    const month = typeof resolved === 'number' ? mention.month ?? sameTime.month : resolved.month;
    const day = typeof resolved === 'object' && 'day' in resolved ? (resolved.day as number) : mention.day ?? sameTime.day;
    // A day of writing that a clause in the past tells of is past, whatever else the sentence plans ("Kennedy today
    // proposed a program whereby taxes will …"); one its clause plans for is a target ("will begin at 10 a.m. today").
    const toldNow = mention.dayOfWriting !== undefined && 'now' in mention.dayOfWriting && !plansForNow(sentence, mention.start, mention.end) && !HOUR_AFTER_NOW.test(sentence.slice(mention.end));
    const kind = toldNow || countsBack(mention) ? 'past' : countsWeeksOn(mention) ? 'target' : classifyKind(mention.relation, { year, month, day }, sentence, countedFrom);
    // "than in 1960" is what the sentence measures against, not the year its story moves to; nor, once the story has a
    // year to return to, is a look back in the past perfect ("what had happened after the Earl died in 1590") or a year
    // a quotation closed in the sentence names (`isQuotedAside`).
    const aside = context.lastYear !== null && mention.reference === 'absolute' && (FLASHBACK.test(lead.slice(lead.search(CLAUSE_TAIL))) || isQuotedAside(sentence, mention));
    if (!isComparisonBase(sentence, mention) && !aside) advanceContext(context, mention.relation, { year, month }, kind, publishedYear, passageId);
    if (month !== null && day !== null) {
      const monthNamed = mention.month !== null || dayOfMonthNamed !== undefined || (dayAfter !== undefined && context.lastDay?.monthNamed === true);
      context.lastDay = { year, month, day, sentence: context.sentencesRead, passageId, monthNamed };
    }
    const { date, precision } = formatDate(year, month, day);
    entries.push({ entry: { date, precision, kind, raw: mention.raw, text: sentence, passageId }, nearbyYear: mention.nearbyYear, start: mention.start, end: mention.end, namesThing: mention.namesThing === true, countedFromWriting: mention.reference === 'deictic', pointsBack: mention.reference === 'anaphoric' });
  }
  if (WINTER.test(sentence.slice(readTo))) context.winterSince = true;
  return entries;
}

/** A quotation still open at the end of the text before a date: its opening mark, with no closing one after it. */
const OPEN_QUOTATION = /[“"][^”"]*$/;
const CLOSED_QUOTATION = /“[^”]*”|"[^"]*"/g;
/** A closing quotation mark (a straight one after an open one closes it). */
const QUOTATION_CLOSE = /[”"]/;
/**
 * A writing introduced to be quoted ("Mark Arnold-Foster writes: "People are leaving", "an article entitled …, which
 * began:"): what the quotation says of its own day or week is counted from that writing's, not from this text's.
 */
const WRITING_INTRODUCED = String.raw`\b(?:writes|wrote|began|begins|reads|read|states|stated)\s*:\s*`;
const WRITING_QUOTED = new RegExp(String.raw`${WRITING_INTRODUCED}(?:[“"]|$)`);
/** The same at a paragraph's end, the quotation opening in the paragraph after. */
const WRITING_QUOTED_AT_END = new RegExp(`${WRITING_INTRODUCED}$`);
/** A paragraph a quotation opens. */
const OPENS_WITH_QUOTATION = /^\s*[“"]/;
/** A sentence that ends a quotation: its closing mark after its last words. */
const CLOSES_QUOTATION_AT_END = /[”"]\s*[.!?]?\s*$/;

/** Whether a date stands in a quotation this sentence opens after a writing it introduces (`WRITING_QUOTED`). */
function isInWritingQuoted(sentence: string, mention: DateMention): boolean {
  const opener = WRITING_QUOTED.exec(sentence);
  return opener !== null && opener.index < mention.start && !QUOTATION_CLOSE.test(sentence.slice(opener.index + opener[0].length, mention.start));
}

/** A date the timeline writes: a year, a month or a day. */
const ENTRY_DATE = /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?$/;

/**
 * "By 1924 he ruled the North Side. … Pasley continued: "They … marked the way to the collapse … in 1928-29". … On
 * Election Day -- November 4 --": a year inside a quotation that closes later in the sentence is the quoted speaker's;
 * the narrator goes on in the story's year. A quotation still open at the sentence's end goes on speaking, so its year
 * holds for its next sentences ("“In 1951 she was a prostitute. In the spring of that year she met …").
 */
function isQuotedAside(sentence: string, mention: DateMention): boolean {
  const lead = sentence.slice(0, mention.start).replace(CLOSED_QUOTATION, (quoted) => ' '.repeat(quoted.length));
  return OPEN_QUOTATION.test(lead) && QUOTATION_CLOSE.test(sentence.slice(mention.end));
}

/**
 * "(on August 3, 1915), Lucy Upton wrote …: "I studied … exactly forty years ago"", "an article of last November …
 * states that a Commission "reported last month"": a date counted from the time of writing inside a quotation is
 * counted from the quoted writer's, the date the sentence gives before the quotation opens; undefined when the
 * sentence dates no such writing.
 */
function quotedWritersNow(sentence: string, mention: DateMention, before: readonly SentenceEntry[]): Written | undefined {
  if (mention.reference !== 'deictic') return undefined;
  // Closed quotations blanked to their length, so the open one's mark keeps its place in the sentence; a date inside
  // one is a speaker's, no writing's ("“We'll work hard Tuesday, … Thursday”, Meek said, “and … Friday”").
  const lead = sentence.slice(0, mention.start).replace(CLOSED_QUOTATION, (quoted) => ' '.repeat(quoted.length));
  const opening = OPEN_QUOTATION.exec(lead)?.index;
  const dated = opening === undefined ? undefined : before.findLast((entry) => entry.end <= opening && lead.slice(entry.start, entry.end).trim() !== '');
  const date = dated === undefined ? null : ENTRY_DATE.exec(dated.entry.date);
  if (date === null) return undefined;
  const [, year, month, day] = date;
  return { year: Number(year), month: month === undefined ? null : Number(month), day: day === undefined ? null : Number(day) };
}

/**
 * The day `days` after the day the text named last, when it named it in the same paragraph, in this sentence or the one
 * before ("is set for April 8. The event will be open to the public the following day"); null when it named none there
 * (a story's "The next day Sherman issued his orders" counts from a day it never wrote).
 */
function dayAfterLastDay(context: TimeContext, passageId: string, days: number): { year: number; month: number; day: number } | null {
  const last = context.lastDay;
  if (last === null || last.passageId !== passageId || context.sentencesRead - last.sentence > 1) return null;
  const after = new Date(Date.UTC(last.year, last.month - 1, last.day + days));
  return { year: after.getUTCFullYear(), month: after.getUTCMonth() + 1, day: after.getUTCDate() };
}

/**
 * "on the thirteenth": that day of the month the text last dated a day in by the month's name ("a telegram dated
 * December 9, 1957, … on the thirteenth, he met the group"), when it falls later in that month, as a story moves on,
 * and was named at most `reach` sentences before; null when the last day was told by a weekday (a golf story's "on the
 * 16th, a …" is a hole), is further back, or the day is not later.
 */
function laterDayOfMonthNamed(context: TimeContext, day: number, reach: number): { year: number; month: number; day: number } | null {
  const last = context.lastDay;
  if (last === null || !last.monthNamed || context.sentencesRead - last.sentence > reach || day <= last.day || day > daysInMonth(last.month, last.year)) return null;
  return { year: last.year, month: last.month, day };
}

/** "for four years", "one season", "several more years": a count of years that moves a story on from the year it named. */
const YEARS_COUNTED = new RegExp(`\\b(?:\\d{1,3}|an?|${COUNT_WORDS}|several|many|few)\\s+(?:more\\s+)?(?:years?|seasons?)\\b`, 'i');

/**
 * "A year later" counts from a year its own paragraph named, not from one a few paragraphs back (a travel piece's "in
 * 1928" is not what "completed twenty years later" counts from). A paragraph that opens on it goes on from the one just
 * before ("… was graduated … in 1947." / "Five years later, he was awarded …"), unless that one counted years on after
 * its year ("in 1949. He remained there for four years …"), from which the count would start instead.
 */
function countsOnFromYearNamed(context: TimeContext, passageId: string, mention: DateMention): boolean {
  if (context.lastYearPassage === passageId) return true;
  const opensParagraph = context.sentenceOfPassage === 0 && mention.start === 0;
  return opensParagraph && context.lastYearPassage !== null && context.lastYearPassage === context.passageBefore && !context.yearsCountedSince;
}

/**
 * "debuting next week at Drury Lane": a week counted on from the day of writing is ahead, though it may fall in the month
 * of writing (see `resolveWeek`) and its sentence have no future verb.
 */
function countsWeeksOn(mention: DateMention): boolean {
  return mention.reference === 'deictic' && (mention.weekOffset ?? 0) > 0;
}

/**
 * "was arrested in Phoenix last week and will be returned", "rose last month; it will rise again": a time counted back
 * from the time of writing has passed, whatever the rest of the sentence plans.
 */
function countsBack(mention: DateMention): boolean {
  return mention.reference === 'deictic' && (mention.offset < 0 || (mention.monthOffset ?? 0) < 0 || (mention.weekOffset ?? 0) < 0 || mention.monthToward === 'back');
}

/**
 * A clause subordinated by a conjunction of condition, cause or time has a tense of its own: in "would normally begin
 * to flow if it had held its solidarity in the November election" the flow recurs, but the election, told in the past,
 * was one event ("April 15 is usually the final date, because the tax year ends on December 31" is a rule throughout).
 */
const SUBORDINATOR = /\b(?:if|unless|because|although|though|since|after|before|when|whenever|while|until)\b/gi;

/** The words from the last subordinating conjunction before a date up to the next after it. */
function clauseAround(sentence: string, mention: DateMention): string {
  const marks = [...sentence.matchAll(SUBORDINATOR)].map((mark) => mark.index);
  const start = Math.max(0, ...marks.filter((index) => index < mention.start));
  const end = Math.min(sentence.length, ...marks.filter((index) => index >= mention.end));
  return sentence.slice(start, end);
}

/** "who reaches a decade in the big leagues come May 25": "come" before a yearless date tells it as still ahead, as a plan does. */
const COMING_BEFORE = /\bcome\s+$/i;

/**
 * Whether the words before a date plan it from the time of writing: a plan word not told in the past ("the bailiff was
 * expected to reach London on November 1" was a plan of its story's time), nor a "would" reporting what was said then
 * ("Mr. Kennedy told Moscow he would give his answer by May 20", set the week before a paper of May 21).
 */
function isPlan(lead: string): boolean {
  const plan = FUTURE_TENSE.exec(lead);
  if (plan === null) return false;
  const before = lead.slice(0, plan.index);
  return !PAST_PLAN.test(before) && !(plan[0].toLowerCase() === 'would' && (REPORTED_BEFORE_WOULD.test(before) || PROMISE_BEFORE_WOULD.test(before)));
}

/** A future verb after a date, and the words between them: "in November …, this is going to be", "on Dec. 9 will introduce". */
const FUTURE_AFTER = /^([^.;:!?]*?)\b(?:will|shall|(?:is|are)\s+going\s+to)\b/i;
/** "The events of": a date after it names a thing. */
const OF_BEFORE = /\bof\s+$/i;
/** A word that opens a clause of its own, whose future is its own: "With the March pickup, dealers are optimistic that … will". */
const CLAUSE_OPENER = /\b(?:that|when|which|who|whom|because|while|although|though|if|unless)\b/i;

/**
 * Whether a future verb a few words after a date plans it ("After the troup has completed the circuit in November …,
 * this is going to be", "The first broadcast on Dec. 9 will introduce her"): not where a past comes between ("Early in
 * August we broke ground for a plant which will house": the plant's future, not August's), nor where another clause
 * opens ("With the March pickup, dealers are optimistic that the April-June quarter will equal").
 */
function isPlannedAfter(after: string, options: TimelineOptions): boolean {
  const between = FUTURE_AFTER.exec(after)?.[1];
  return between !== undefined && between.split(/\s+/).filter(Boolean).length <= options.futureAfterWords && !isToldInPast(between) && !CLAUSE_OPENER.test(between);
}

/**
 * "is set for April 8", "is firmly booked into the Shrine Auditorium, Nov. 21", "the gayety planned by members of the
 * Thrift Shop Committee for May 6": a day an arrangement made by now is for lies ahead of the time of writing, as a
 * future verb's does, though its participle looks like a past. Told in the past ("was set for", "had booked") it is a
 * story's arrangement; "set aside", "set up" arrange nothing.
 */
const ARRANGEMENT = String.raw`(?:set|slated|booked|planned|scheduled|arranged)(?!\s+(?:aside|up|off|out|down|apart|back|free)\b)`;
/** The arrangement in the present or present perfect anywhere before the date: "is set for", "have been booked into". */
const ARRANGED_NOW = new RegExp(String.raw`\b(?:is|are|has|have)\s+(?:been\s+)?(?:\w+ly\s+)?${ARRANGEMENT}`, 'i');
/** The participle after its noun, its "for" right before the date: "the gayety planned by members of … for May 6". */
const ARRANGED_FOR = new RegExp(String.raw`(?<!\b(?:was|were|had|been)\s+)\b${ARRANGEMENT}(?:\s+by\s+[^,;:]*?)?\s+for\s+$`, 'i');
/** The "for" a date phrase opens with ("for May 6"), which `ARRANGED_FOR` reads before the date. */
const FOR_BEFORE_DATE = /^for\s+/i;

/** Whether the words before a date, with its own "for", say it is a day an arrangement made by now is for. */
function isArrangedFor(lead: string, raw: string): boolean {
  return ARRANGED_NOW.test(lead) || ARRANGED_FOR.test(lead + (FOR_BEFORE_DATE.exec(raw)?.[0] ?? ''));
}

/**
 * What joins a span's start to its end: "May 28th to June 3rd", "beginning on May 28th and continuing through June 3rd",
 * and the press's "thru" ("Nov. 21 thru Dec. 4", "Sept. 28 thru Oct. 1").
 */
const SPAN_LINK = /^\s*(?:,?\s*(?:and\s+)?(?:continuing|running|lasting|ending)\s+)?(?:to|through|thru|until|till|[-–—])\s*$/i;

/**
 * "the week-long observance, May 28th to June 3rd": a span of days is one statement, dated at its start; its yearless
 * end is no entry of its own. (An end with its year, "January 1 to June 20, 1961", is a date the text writes out.)
 */
function isSpanEnd(sentence: string, mention: DateMention, mentions: readonly DateMention[]): boolean {
  if (mention.reference !== 'narrative' || mention.day === null) return false;
  const start = mentions.filter((other) => other.end <= mention.start).at(-1);
  if (start === undefined || start.day === null) return false;
  const preposition = /^(?:through|until|till)\s+/i.exec(mention.raw)?.[0] ?? '';
  return SPAN_LINK.test(sentence.slice(start.end, mention.start) + preposition);
}

/** "January 1 to June 20, 1961": a yearless date that opens a range takes the year written on its end. */
function yearOfRangeEnd(sentence: string, mention: DateMention, mentions: readonly DateMention[]): number | undefined {
  if (mention.reference !== 'narrative') return undefined;
  const next = mentions.find((other) => other.start >= mention.end);
  if (next?.reference !== 'absolute' || next.year === null || next.month === null) return undefined;
  return RANGE_LINK.test(sentence.slice(mention.end, next.start)) ? next.year : undefined;
}

/**
 * "The queen agreed on December 17, a warrant was signed on January 27, and the Exchequer paid on February 27, 1598/9":
 * yearless dates a sentence tells before a date it writes in full lead up to it, within the year before it: the same
 * year when no later in the calendar, the year before when later (December 17 of 1598).
 */
function yearOfLaterDate(mention: DateMention, mentions: readonly DateMention[]): number | undefined {
  if (mention.reference !== 'narrative' || mention.month === null) return undefined;
  const later = mentions.find((other) => other.start >= mention.end && other.reference === 'absolute' && other.year !== null && other.month !== null);
  if (later?.year == null || later.month === null) return undefined;
  return mention.month <= later.month ? later.year : later.year - 1;
}

/**
 * "rates will decline into the spring of 1961 and then turn up during the second half of the year": "the year" is the
 * one its sentence has just named, even a year ahead, which moves no story on; not one it measures against ("than in
 * 1960").
 */
function yearNamedBefore(sentence: string, mention: DateMention, mentions: readonly DateMention[]): number | undefined {
  if (mention.reference !== 'narrative' || mention.month !== null) return undefined;
  const named = mentions.filter((other) => other.end <= mention.start && other.reference === 'absolute' && !isComparisonBase(sentence, other)).at(-1);
  return named?.year ?? undefined;
}

/**
 * "if it had held its solidarity in the November election", written in January: a yearless month the story puts later
 * in the year of writing than the time of writing, in a clause told in the past and planning nothing, has happened
 * already, so it is the year before's.
 */
function yearOfToldMonth(year: number, mention: DateMention, sentence: string, written: Written): number {
  if (mention.reference !== 'narrative' || mention.month === null || written.month === null || year !== written.year || mention.month <= written.month) return year;
  const clause = clauseOfDate(sentence, mention);
  return isToldInPast(clause) && !FUTURE_TENSE.test(clause) ? year - 1 : year;
}

/** The clause whose verb tells when a date falls: the one before it in its clause, else the clause around it. */
function clauseOfDate(sentence: string, mention: DateMention): string {
  return clauseOfVerbBefore(sentence, mention) ?? clauseAround(sentence, mention);
}

/** A quotation: its tense is the speaker's, not the narrator's ("“They that have turned the world upside down”"). */
const QUOTATION = /“[^”]*”?|"[^"]*"?/g;

/**
 * Whether a history's narrator tells a yearless date of his own time: its clause, quotations left out, is not told in
 * the simple past, which is the story's ("The trial was held September 10"), but in the present or the future ("On
 * September 16, Sam Rayburn will have served as Speaker twice as long", "the rest of the year only one boat is needed").
 */
function isNarratorsNow(sentence: string, mention: DateMention): boolean {
  return !isToldInSimplePast(clauseOfDate(sentence, mention).replace(QUOTATION, ' '));
}

/**
 * "(one of the strongest is a vista of 'Gloucester Harbor' in 1915) … The current exhibition, which remains on view
 * through Oct. 29", "his election to city council in 1923. The mayor's present term of office expires Jan. 1": a
 * yearless date that a later sentence's clause tells in the present or the future is the writer's own time, not the
 * past year the sentences before were in: the latest such date up to the time of writing, as before any year (a plan
 * said before the date, "will be held Sept. 8", is read in `readSentence`). Undefined for a clause told in the
 * simple past, the date's own ("Early in August we broke ground for a new plant, which will house …") or the one whose
 * verb tells the date ("On July 11 the head of the province of Katanga, Moise Tshombe, announced"; "On May 3, he
 * married"), in a history (`isNarratorsNow` reads its narrator's time), and for a date written in Chinese, whose verbs
 * carry no tense to read ("2020年，合作社成立。10月12日，第一批茶叶上市": the story's year holds).
 */
function writersNowAfterStory(context: TimeContext, written: Written, sentence: string, mention: DateMention): number | null | undefined {
  if (context.history || context.narrativeAge === 0 || context.narrativeYear === null || written.year === null || context.narrativeYear >= written.year) return undefined;
  if (WRITTEN_IN_HAN.test(mention.raw)) return undefined;
  const clause = clauseAt(sentence, mention.start);
  if (isToldInSimplePast(clause) || isToldInSimplePast(clauseOfDate(sentence, mention))) return undefined;
  return latestUpToWriting(mention, written);
}

/** An opening bracket not yet closed before a date: "Mr. George Hough (Oct. 30) sounds like" cites a day gone by. */
const IN_BRACKETS_BEFORE = /\([^)]*$/;

/**
 * "I would like to add one more reform to those mentioned by Russell Kirk (Dec. 16)": a date in brackets is an aside
 * with its own tense, so only its bracket's words before it may plan it ("(the vote will be on May 3)"); the sentence's
 * "would like" plans the letter's reform, not the day the cited article ran.
 */
function ownBracketOr(lead: string): string {
  const bracket = IN_BRACKETS_BEFORE.exec(lead);
  return bracket === null ? lead : bracket[0];
}

/**
 * "try these events: the auto race on May 27", "Michigan offers the Tulip Festival, May 12-14" in an April magazine,
 * after a section heading, far from any year named: a yearless date no past tells of (its sentence, quotations left
 * out, has no past verb) is the year of writing's, a month still to come the coming one, not the latest such date up
 * to the time of writing ("The race was on May 27": last year's). A date after "of" names a thing ("your editorial of Sept. 30"), and one in brackets cites it: both gone by.
 */
function isToldAsComing(sentence: string, mention: DateMention): boolean {
  const lead = sentence.slice(0, mention.start);
  return !OF_BEFORE.test(lead) && !IN_BRACKETS_BEFORE.test(lead) && !isToldInPast(sentence.replace(QUOTATION, ' '));
}

/** A date phrase in Chinese characters ("10月12日"), whose sentence tells no tense. */
const WRITTEN_IN_HAN = /\p{Script=Han}/u;

/** "a rally to be held Sept. 8", "will be made Sunday": a participle a future leads to plans the date after it. */
const PLANNED_PARTICIPLE_BEFORE = /\b(?:will|shall|would|to)\s+be\s+\S+\s+(?:on\s+)?$/i;

/**
 * "to be printed", "will be delayed": a participle after "be" is a passive of a plan, no past; and so is a present
 * passive of saying ("are reported trying to induce him"), which tells what is said now. "It is dated December 18th"
 * tells of a past date.
 */
const PRESENT_PASSIVE = /\b(?:be\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed|(?:am|is|are)\s+(?:reported|said|believed|thought|understood|known))\b/gu;

/**
 * The clause of a date whose verb comes before it, from the comma or clause word before it to the first after it: the
 * verb of the next clause ("whose terms will expire after the April 18 primary, received gifts") or of the attribution
 * ("before March 1 to be printed on the April 4 ballot, Roberts said") tells nothing of when the date falls, nor does a
 * present passive of saying ("are reported trying to induce him … in the Sept. 7 primary"). A date planned by the
 * participle before it ("a rally to be held Sept. 8 in Savannah at which") is a plan, no past: its clause is empty.
 * Undefined where no verb comes before the date in its clause ("At 6 o'clock on the morning of August 12, they were"):
 * its verb follows the comma.
 */
function clauseOfVerbBefore(sentence: string, mention: DateMention): string | undefined {
  const start = clauseStartBefore(sentence, mention.start);
  const lead = sentence.slice(start, mention.start);
  if (PLANNED_PARTICIPLE_BEFORE.test(lead)) return '';
  if (lead.search(PRESENT_PASSIVE) < 0 && !FUTURE_TENSE.test(lead) && !NOT_SIMPLE_PAST.test(lead) && !isToldInPast(lead)) return undefined;
  const end = mention.end + ([...sentence.slice(mention.end).matchAll(OWN_CLAUSE_END)][0]?.index ?? sentence.length);
  return sentence.slice(start, end).replace(PRESENT_PASSIVE, '');
}

/** A yearless month in a sentence whose only year is the year of writing ("this year"), named after it or before. */
function isMonthOfYearOfWriting(mention: DateMention, mentions: readonly DateMention[]): boolean {
  if (mention.reference !== 'narrative' || mention.month === null) return false;
  const years = mentions.filter((other) => other !== mention && other.reference !== 'narrative');
  return years.length > 0 && years.every((other) => other.reference === 'deictic' && other.offset === 0 && other.month === null && other.dayOfWriting === undefined && other.monthOffset === undefined);
}

/**
 * The year of a yearless date a sentence plans: the first such date after the day of writing ("He will take over his
 * new post Jan. 1" in a paper of November 29 is next year's). Only a document that gives its day says when it was
 * written: a magazine dated by its month was written weeks before ("the observance, beginning on May 28th" in a July
 * issue is that year's).
 */
function yearOfPlannedDate(mention: DateMention, written: Written): number | null {
  if (written.year === null || written.month === null || written.day === null || mention.month === null) return written.year;
  const passed = mention.month < written.month || (mention.month === written.month && mention.day !== null && mention.day < written.day);
  return passed ? written.year + 1 : written.year;
}

const DAY_MS = 86_400_000;
const DAYS_IN_WEEK = 7;
/** A calendar week's Thursday, counted from its Monday: its middle day. */
const THURSDAY_FROM_MONDAY = 3;
/** `Date.getUTCDay()`'s Sunday. */
const SUNDAY = 0;
/**
 * A regular past ("played", "signed", "carried"); not the end of a compound ("the fun-filled Fishing Derby", "the
 * world-renowned auto race"), an adjective.
 */
const REGULAR_PAST = new RegExp(String.raw`(?<![\w-])(?:${REGULAR_PAST_ED}|[a-z]+ied)\b`);

/** Present forms the irregular-verb table also holds (it lists every form of "be", "have", "do", "go"). */
const IRREGULAR_PRESENT = new Set(['am', 'is', 'are', 'has', 'does', 'goes']);

/**
 * Whether words tell of the past: "was", "had", a regular past or an irregular one ("lost", "met"; not "is", "has", nor
 * the "-ing" forms the table lists for their doubled letter: "beginning", "running"), nor a compound's end ("well-known").
 */
function isToldInPast(words: string): boolean {
  return PAST_TENSE.test(words) || REGULAR_PAST.test(words) || (words.match(/(?<![\w-])[a-z]+\b/g) ?? []).some((word) => isIrregularVerbForm(word) && !IRREGULAR_PRESENT.has(word) && !word.endsWith('ing'));
}

/**
 * Where a clause ends: a comma, a semicolon, a colon, a dash (typed as two hyphens too, as the Brown corpus and any
 * typewritten text give it: "were back home Monday with their third victory -- a 19-12 triumph -- but their visit will
 * be a short one"), or a word that opens another ("when the Orioles were told that …").
 */
const CLAUSE_MARK = /[,;:—–]|--|\b(?:when|that|which|who|whom|because|while|although|though|if|unless)\b/gi;
/** Where the clause of a date ends: a clause mark, or the bracket a clause set in brackets closes ("(his birthday is May 29) with …"). */
const OWN_CLAUSE_END = new RegExp(String.raw`\)|${CLAUSE_MARK.source}`, 'gi');
/**
 * What may follow a day of writing that a past verb tells of: the verb ("tonight retained"), its adverbs, or what no
 * verb is (a stop, a preposition, an article, a pronoun opening what is reported: "rested together today in closed
 * caskets", "found today they had the help"). Another word is the verb of
 * a present: "millions of homes today display pieces", "the peasant today still thrives".
 */
const AFTER_NOW = /^\s*(?:(?:still|also|again|just|even|once|\p{Ll}+ly)\s+)*(?<word>\p{Ll}+)?/u;
const NOT_A_VERB_AFTER_NOW = new Set('in at on to for from with by of as after before when while and but or nor the a an his her its their than against during over under into near amid he she it they we i you'.split(' '));
/** "have won", "has been": a perfect tells of now; "is", "will": a present or a future. */
const NOT_SIMPLE_PAST = /\b(?:is|are|am|will|shall|can|must|have|has)\b|['’](?:m|re|ve|ll)\b/i;

/**
 * Whether a clause tells what happened on the day of writing ("The Orioles tonight retained …", "donated four runs to
 * the White Sox today", "But today he wanted to make a statement", "who today increased from three to four"): its verb
 * in the simple past, the day inside it. "Today, our deficits have fallen" (a clause of the day alone), "what I offer
 * tonight is" and "So tonight I've asked" speak of the speaker's now: no day.
 */
function tellsWhatHappenedNow(sentence: string, start: number, end: number): boolean {
  const next = AFTER_NOW.exec(sentence.slice(end))?.groups?.['word'];
  if (next !== undefined && !NOT_A_VERB_AFTER_NOW.has(next) && !isToldInPast(next)) return false;
  return isToldInSimplePast(clauseAt(sentence, start));
}

/**
 * "Tonight at 8 o'clock the Cardinals … will get", "today at 3:30 p.m.": a "today" or "tonight" with its hour is the day,
 * whatever verb follows, as an era has no hour; its tense says whether it is past or ahead.
 */
const HOUR_AFTER_NOW = /^\s+at\s+\d{1,2}(?::\d\d)?\s*(?:o['’]clock|[AaPp]\.\s?[Mm]\.)/;

/** Whether a clause is told in the simple past: a past verb, no present, perfect or future ("donated", not "have won"). */
function isToldInSimplePast(clause: string): boolean {
  return !NOT_SIMPLE_PAST.test(clause) && isToldInPast(clause);
}

/** The clause a phrase at `start` stands in: from the last `CLAUSE_MARK` before it to the first after it. */
function clauseAt(sentence: string, start: number): string {
  const rest = sentence.slice(start);
  return sentence.slice(clauseStartBefore(sentence, start), start + ([...rest.matchAll(CLAUSE_MARK)][0]?.index ?? rest.length));
}

/** Where the clause of a phrase at `start` begins: after the last `CLAUSE_MARK` before it. */
function clauseStartBefore(sentence: string, start: number): number {
  const marks = [...sentence.slice(0, start).matchAll(CLAUSE_MARK)];
  return Math.max(...marks.map((mark) => mark.index + mark[0].length), 0);
}

/** A plan for the day itself: "will be discussed … today", "are expected to register today". */
const PLANS_FOR_NOW = /\b(?:will|shall|(?:is|are)\s+(?:expected|scheduled|slated)\s+to)\b/i;
/** A day set against another ("yesterday … today", "today … tomorrow"): an era's today, unless it is told in the past. */
const OTHER_DAY = /\b(?:yesterday|tomorrow)\b/i;

/**
 * Whether a "today" or "tonight" is the day its clause plans for, the plan told before it and no verb after it ("will be
 * honored at the dinner tonight", "are expected to register today for the session"): not an era's ("Today the detective
 * will also investigate", "whatever in the Church today stands"), nor one another day stands against ("who invests
 * today will own the economy tomorrow").
 */
function plansForNow(sentence: string, start: number, end: number): boolean {
  const next = AFTER_NOW.exec(sentence.slice(end))?.groups?.['word'];
  const verbAfter = next !== undefined && !NOT_A_VERB_AFTER_NOW.has(next);
  return isScheduledPresentBefore(sentence, start) || (!verbAfter && PLANS_FOR_NOW.test(sentence.slice(clauseStartBefore(sentence, start), start)) && !OTHER_DAY.test(sentence));
}

/**
 * Whether a sentence says "today" of an era, not of a day told in the past; the date read itself is not such a
 * "today" ("today's letter", an event of the day whatever the tense).
 */
function isSetAgainstEra(sentence: string, start: number): boolean {
  return [...sentence.matchAll(/\btoday\b/gi)].some((today) => today.index !== start && !tellsWhatHappenedNow(sentence, today.index, today.index + today[0].length));
}

/** "efforts will be made Sunday", "are to be held Friday": a participle a future or a present leads to plans. */
const FUTURE_PARTICIPLE_BEFORE = /\b(?:will|shall|would|to|is|are|am)\s+(?:be\s+)?\S+\s+(?:on\s+)?$/i;
/** "6 p.m. Friday had been set for a canvass": a day appointed for something, which is what is still to come. */
const APPOINTED_AFTER = /^\s*(?:(?:had|has|have)\s+been|is|was)\s+(?:set|scheduled|slated|fixed)\b/i;
/** The same appointment written before the day: "A hearing was set for 10 a.m. Tuesday", "scheduled to begin here Sunday". */
const APPOINTED_BEFORE = /\b(?:set|scheduled|slated|fixed)\s+(?:for|to\s+\p{L}+)(?:\s+\S+){0,3}\s+$/iu;

/**
 * "Mr. and Mrs. Jerry Chase announce the birth of a daughter, Sheila, on Wednesday": a birth a paper reports has taken
 * place, though the announcing is told in the present.
 */
const BIRTH_BEFORE = /\bbirth\s+of\b[^.;:]{0,60}$/i;

/**
 * "Murtaugh said he hadn't decided between Mizell and Law for Wednesday's game", "has yet to decide on a starter for
 * Sunday": a choice still unmade at the telling is for a day ahead, whatever the tense of the telling.
 */
const UNDECIDED_FOR_BEFORE = /(?:(?:\bnot|n['’]t|\byet\s+to)\s+(?:yet\s+)?decided?|\bundecided)\b[^.;:]*\bfor\s+$/i;

/**
 * "On Monday, the Hughes concern was formally declared bankrupt after its directors indicated they could not draw up a
 * plan for reorganization": a plan, an aim, a goal or a target a determiner makes a noun is a thing talked of, no tense
 * of planning; a weekday's way is told by the verbs alone. (A year beside such a noun is still a target: "the goal for
 * 1965".)
 */
const PLAN_NOUN = /\b(?:a|an|the|its|his|her|their|our|my|your|no|any)\s+(?:plans?|aims?|goals?|targets?)\b/gi;

/**
 * Which way a bare weekday counts from the day of writing: back after a birth (`BIRTH_BEFORE`), on after a choice not
 * yet made (`UNDECIDED_FOR_BEFORE`), on after a participle a future or a present leads to ("will
 * be made Sunday"), back after a verb in the past ("said Tuesday his line would face…"), on when it is the day appointed for something ("Friday had been set for a canvass", "was set for 10 a.m. Tuesday"), else by the tense of
 * its own clause where that has one ("would allow … today, and revealed that surpluses had been used to provide a nurse
 * Monday": back), else of its sentence: on where it plans ("will play Saturday") or tells in the present ("the Orioles
 * play the Reds Saturday"), else back ("lost to the Hawks on Wednesday").
 */
function towardOfBareWeekday(written: string, start: number, end: number): 'back' | 'on' {
  const sentence = written.replace(PLAN_NOUN, (noun) => ' '.repeat(noun.length));
  if (BIRTH_BEFORE.test(sentence.slice(0, start))) return 'back';
  if (UNDECIDED_FOR_BEFORE.test(sentence.slice(0, start))) return 'on';
  const before = sentence.slice(Math.max(0, start - 40), start);
  const wordBefore = /(\S+)\s+(?:on\s+)?$/i.exec(before)?.[1] ?? '';
  if (FUTURE_PARTICIPLE_BEFORE.test(before)) return 'on';
  if (isToldInPast(wordBefore)) return 'back';
  if (APPOINTED_AFTER.test(sentence.slice(end)) || APPOINTED_BEFORE.test(before)) return 'on';
  const clause = clauseAt(sentence, start);
  if (FUTURE_TENSE.test(clause)) return 'on';
  if (isToldInPast(clause)) return 'back';
  return FUTURE_TENSE.test(sentence) || !isToldInPast(sentence) ? 'on' : 'back';
}

/** A weekday's name, to count the days a sentence names. */
const WEEKDAY_NAME = /\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;

/** A past participle opening a phrase after a comma ("the laws, designed to reduce prices"): it tells no past. */
const PARTICIPLE_PHRASE = /,\s+[a-z]+ed\s+(?:to|by)\b/g;

/**
 * "the laws, designed to reduce prices on Monday, Wednesday and Friday, become a tool … on Tuesday, Thursday and
 * Saturday", "if the due date falls on Saturday, Sunday, or a legal holiday": three weekdays or more in a sentence that
 * neither plans nor tells a past are the days of any week, a schedule or a rule, not days to date. Days that are dates
 * are told in a tense: "We'll work hard Tuesday, Wednesday and Thursday", "he worked Monday, Tuesday and Friday".
 */
function isWeeklySchedule(sentence: string): boolean {
  return (sentence.match(WEEKDAY_NAME) ?? []).length >= 3 && !FUTURE_TENSE.test(sentence) && !isToldInPast(sentence.replace(PARTICIPLE_PHRASE, ' '));
}

/**
 * "an orchestra playing nightly except Sunday and Monday", "open daily except on Mondays": weekdays "except" leaves out of
 * something that recurs are days of any week, not dates.
 */
const EXCEPTED_BEFORE = /\bexcept\s+(?:on\s+)?(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)days?(?:\s*,\s*|\s+(?:and|or)\s+))*$/;

/**
 * "training sessions … generally held on Sunday night", "It was often re-enacted … at the Wednesday night prayer meeting":
 * an adverb of habit in a bare weekday's clause tells what happens on that day of any week, not on one date.
 */
const HABIT_ADVERB = /\b(?:often|usually|always|regularly|generally|customarily|normally|ordinarily|typically|habitually)\b/i;

/**
 * "the fair will close Saturday evening" in a Saturday paper: a bare weekday a sentence plans for, the weekday of
 * writing, is that very day (a week ahead is "next Saturday"). Not in a list of days ("will work hard Tuesday,
 * Wednesday and Thursday", which runs on from its first), nor where nothing is planned ("Others meet on Sunday night").
 */
function isPlannedForDayOfWriting(dayOfWriting: DayOfWriting, sentence: string): boolean {
  return 'toward' in dayOfWriting && dayOfWriting.toward === null && FUTURE_TENSE.test(sentence) && (sentence.match(WEEKDAY_NAME) ?? []).length === 1;
}

/**
 * "yesterday", "last Tuesday", "on Saturday" from the day of writing; null when the document gives no day. A bare
 * weekday is the one before the day of writing, or the one after it in a sentence that plans ("will play on Saturday").
 */
function resolveDay(dayOfWriting: DayOfWriting, sentence: string, start: number, end: number, written: Written): { year: number; month: number; day: number } | null {
  if (written.year === null || written.month === null || written.day === null) return null;
  const writing = Date.UTC(written.year, written.month - 1, written.day);
  let days: number;
  if ('days' in dayOfWriting) {
    // "goes all-in on innovation today will own the global economy tomorrow": set against today, it is an era, not a
    // day; set against a today that is a day ("whose mother died yesterday …, found today they had help"), a day.
    if (dayOfWriting.now === true ? !HOUR_AFTER_NOW.test(sentence.slice(end)) && !tellsWhatHappenedNow(sentence, start, end) && !plansForNow(sentence, start, end) : isSetAgainstEra(sentence, start)) return null;
    days = dayOfWriting.days;
  }
  else {
    if (dayOfWriting.toward === null && (isWeeklySchedule(sentence) || EXCEPTED_BEFORE.test(sentence.slice(0, start)) || HABIT_ADVERB.test(clauseAt(sentence, start)))) return null;
    const toward = dayOfWriting.toward ?? towardOfBareWeekday(sentence, start, end);
    const weekdayOfWriting = new Date(writing).getUTCDay();
    days = toward === 'on' ? (dayOfWriting.weekday - weekdayOfWriting + 7) % 7 || (isPlannedForDayOfWriting(dayOfWriting, sentence) ? 0 : 7) : -((weekdayOfWriting - dayOfWriting.weekday + 7) % 7 || 7);
  }
  const date = new Date(writing + days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * "the awards list was completed yesterday", "was robbed last night": the day before the paper's is told from the
 * paper's own day, so after the dateline story's first paragraph it is the paper's next item, begun with no heading;
 * its "today" and "tonight" are the paper's again, until the next dateline. The first paragraph is the dateline's
 * story whatever it tells ("St. Johns, Mich., April 19 -- A jury found him guilty yesterday"). With no day of writing
 * the dateline's day stays the nearest day known for a "today".
 */
function endsStory(dayOfWriting: DayOfWriting, context: TimeContext, passageId: string, written: Written): boolean {
  return 'days' in dayOfWriting && dayOfWriting.days === -1 && context.storyLead !== passageId && written.day !== null;
}

/** The day a document's weekdays count from when it is not its date (see `weekdaysCountedFrom`), else null. */
function weekdaysOfDocument(passages: readonly Passage[], document: string, written: Written): Written | null {
  if (written.year === null || written.month === null || written.day === null) return null;
  const text = passages.filter((passage) => passage.citation.document === document).map((passage) => passage.text).join('\n');
  return weekdaysCountedFrom(text, { year: written.year, month: written.month, day: written.day });
}

/**
 * The day a "today", "tonight" or "tomorrow" is counted from: a dateline's ("London, Feb. 9 -- … agents testified
 * today", in a morning paper of Feb. 10; "Washington, June 18 -- Congress starts another week tomorrow", the 19th;
 * "Chicago, Aug. 7 -- I concur … with today's letter", the 7th), until its story ends (`endsStory`), else the day of
 * writing. Only these words take the dateline's day: a "today" told in the past there is the dateline's, as a paper's
 * own items rarely tell one, and its "tomorrow" the day after that today; a "yesterday" or "last night" is the paper's,
 * whose next item may follow with no heading ("was robbed last night").
 */
function nowOf(dayOfWriting: DayOfWriting, context: TimeContext, written: Written): Written {
  const fromStoryDay = 'days' in dayOfWriting && dayOfWriting.days >= 0;
  return fromStoryDay && context.storyDay !== null ? context.storyDay : written;
}

/**
 * The month, or month and day, of writing that "10 years ago this month" or "a year ago today" keeps in the year it
 * counts back to; nulls when the document gives none (the entry is then the year alone).
 */
function sameTimeOfYear(mention: DateMention, written: Written): { month: number | null; day: number | null } {
  if (mention.sameTimeOfYear === undefined || written.month === null) return { month: null, day: null };
  return { month: written.month, day: mention.sameTimeOfYear === 'day' ? written.day : null };
}

/** "Last month" from the month of writing; null when the document gives no month. */
function resolveMonth(monthOffset: number, written: Written): { year: number; month: number } | null {
  if (written.year === null || written.month === null) return null;
  const index = written.year * 12 + written.month - 1 + monthOffset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * A week counted from the day of writing ("next week", "last week", "the past week"): a calendar week, Monday to Sunday,
 * dated at the month most of its days fall in, its Thursday's (ISO 8601 gives a week its year the same way). "might
 * arrive here next week" in a paper of Thursday, October 26 is the week of October 30 (November). A Sunday stands
 * between two weeks: its "last week" is the week it ends ("last week at the Masters", "sold during the past week" in a
 * paper of Sunday, April 9: April 3 to 9), its "next week" the one that starts the day after ("will return next week"
 * on Sunday, March 26: March 27 to April 2, March). Null when the document gives no day.
 */
function resolveWeek(weekOffset: number, written: Written): { year: number; month: number } | null {
  if (written.year === null || written.month === null || written.day === null) return null;
  const writing = new Date(Date.UTC(written.year, written.month - 1, written.day));
  const lookingBackFromSunday = weekOffset < 0 && writing.getUTCDay() === SUNDAY;
  const day = new Date(writing.getTime() + ((lookingBackFromSunday ? 1 : 0) + weekOffset * DAYS_IN_WEEK) * DAY_MS);
  const daysSinceMonday = (day.getUTCDay() + DAYS_IN_WEEK - 1) % DAYS_IN_WEEK;
  return monthOf(new Date(day.getTime() + (THURSDAY_FROM_MONDAY - daysSinceMonday) * DAY_MS));
}

function monthOf(date: Date): { year: number; month: number } {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

function resolveYear(mention: DateMention, context: TimeContext, written: Written, options: TimelineOptions, sentence: string): number | null {
  const publishedYear = written.year;
  // A yearless date long after the last year named, or before any: the latest such date up to the time of writing,
  // unless the document is a history, whose days are the story's, save those its narrator tells of his own time; one
  // no past tells of is the year of writing's, as before any year, so a month still to come is ahead (`isToldAsComing`).
  const noStoryYear = context.narrativeAge > options.narrativeReach || context.narrativeYear === null;
  if (mention.reference === 'narrative' && publishedYear !== null && noStoryYear && (!context.history || isNarratorsNow(sentence, mention))) {
    return !context.history && isToldAsComing(sentence, mention) ? publishedYear : latestUpToWriting(mention, written);
  }
  const writersNow = mention.reference === 'narrative' && !noStoryYear ? writersNowAfterStory(context, written, sentence, mention) : undefined;
  if (writersNow !== undefined) return writersNow;
  // "In the past year there had been too many examples of his self-confidence", in a history: the past perfect looks
  // back from the story's time, so a year counted from "now" is counted from the story's year and month.
  if (isStorysNow(mention, context, sentence) && context.narrativeYear !== null) return yearFromWriting({ reference: 'deictic', offset: mention.offset, twelveMonths: mention.twelveMonths === true }, context.narrativeYear, context.narrativeMonth);
  // "The coming year" in a January text, "the past year" in an October one, is the year of writing itself.
  if (mention.twelveMonths === true && publishedYear !== null) return yearFromWriting({ reference: 'deictic', offset: mention.offset, twelveMonths: true }, publishedYear, written.month);
  // "late next summer" in March is the summer to come, this year's.
  if (mention.seasonStart !== undefined && mention.offset === 1 && publishedYear !== null && written.month !== null && written.month < mention.seasonStart) return publishedYear;
  // "last spring" said in August, "last winter" said after February: the season just ended, in the year of writing
  // (the winter's January and February are); said before it has ended ("last spring" in March), the one a year back.
  if (mention.seasonStart !== undefined && mention.offset === -1 && publishedYear !== null && written.month !== null && written.month > lastMonthOfSeason(mention.seasonStart)) return publishedYear;
  const toward = monthTowardFromWriting(mention, written);
  if (toward !== null) return toward;
  const base = {
    absolute: mention.year ?? unclip(mention.clippedYear, publishedYear ?? context.lastYear),
    narrative: narrativeYearOf(mention, context),
    // "This year" is the time of writing; a document without a date falls back on its story's year.
    deictic: publishedYear ?? context.narrativeYear,
    anaphoric: context.lastYear,
    vague: null,
  }[mention.reference];
  return base === null ? null : base + mention.offset;
}

/**
 * Whether a year counted from the time of writing ("the past year", "last year", not "ten years ago") stands in a
 * history's sentence told in the past perfect, whose "now" is the story's.
 */
function isStorysNow(mention: DateMention, context: TimeContext, sentence: string): boolean {
  return context.history && mention.reference === 'deictic' && mention.month === null && mention.dayOfWriting === undefined && !/\bago\b/i.test(mention.raw) && FLASHBACK.test(sentence.replace(QUOTATION, ' '));
}

/**
 * The year a clipped "'60" means: the one ending in those digits nearest the time of writing, or the year the text was
 * last on when it gives no date ("the '60 election" in 1961 is 1960, "the '62 session" 1962); null with neither.
 */
function unclip(clipped: number | undefined, near: number | null): number | null {
  if (clipped === undefined || near === null) return null;
  const inCentury = Math.floor(near / 100) * 100 + clipped;
  return [inCentury - 100, inCentury, inCentury + 100].reduce((best, year) => (Math.abs(year - near) < Math.abs(best - near) ? year : best));
}

/** The last month of a season that starts in `startMonth`, in the calendar year it ends in (winter, 12: February). */
function lastMonthOfSeason(startMonth: number): number {
  return ((startMonth + MONTHS_OF_A_SEASON - 2) % 12) + 1;
}

/**
 * The year of "last January" (the one before the month of writing) or "next March" (the one after); null for another
 * phrase. Without a month of writing, the year before or after: "last March" said in a year's first weeks (a State of
 * the Union) is last year's.
 */
function monthTowardFromWriting(mention: DateMention, written: Written): number | null {
  if (mention.monthToward === undefined || mention.month === null || written.year === null) return null;
  if (written.month === null) return written.year + (mention.monthToward === 'back' ? -1 : 1);
  if (mention.monthToward === 'back') return mention.month < written.month ? written.year : written.year - 1;
  return mention.month > written.month ? written.year : written.year + 1;
}

/**
 * `target` for goals: "by 2025" unless told in a past tense or before the time of writing, any
 * date after the time of writing (a later year, or a later month of its year: "scheduled for completion in
 * November of this year" in a March text), and the year of writing itself where the sentence plans ("will").
 * "In 2021, X will…" in a 2022 text is still 2021's statement.
 */
function classifyKind(relation: DateRelation, date: { year: number; month: number | null; day?: number | null }, sentence: string, written: Written): TimelineEntry['kind'] {
  const { year } = date;
  const publishedYear = written.year;
  if (publishedYear !== null && year > publishedYear) return 'target';
  if (year === publishedYear && date.month !== null && written.month !== null && date.month > written.month) return 'target';
  // "The Orioles meet the Reds tomorrow" plans; "lost on Wednesday" tells, whatever else the sentence plans.
  if (year === publishedYear && date.month === written.month && date.day != null && written.day !== null && date.day !== written.day) return date.day > written.day ? 'target' : 'past';
  // "This year we will launch six more": a plan for the year of writing.
  if (publishedYear !== null && year === publishedYear && relation !== 'since' && (FUTURE_TENSE.test(sentence) || plansInChinese(sentence))) return 'target';
  if (relation !== 'by' || (publishedYear !== null && year < publishedYear)) return 'past';
  return FUTURE_TENSE.test(sentence) || !PAST_TENSE.test(sentence) ? 'target' : 'past';
}

/**
 * The year of a yearless month or day in the story: the year of the last dated statement, or the next one when the
 * text has passed a winter since and the month comes earlier in the calendar than that statement's ("snow fell on
 * October 15, 1825, and remained … through a winter so cold …. In April came a rapid thaw": April 1826). Without a
 * winter between them, a month earlier in the calendar may look back ("In October 1825 … In April, the first
 * settlers had …"), so the year stays.
 */
function narrativeYearOf(mention: DateMention, context: TimeContext): number | null {
  if (context.narrativeYear === null) return null;
  const crossesWinter = context.winterSince && mention.month !== null && context.narrativeMonth !== null && mention.month < context.narrativeMonth;
  return crossesWinter ? context.narrativeYear + 1 : context.narrativeYear;
}

/** A "since" statement runs up to the time of writing, so a following yearless date falls there. */
function advanceContext(
  context: TimeContext,
  relation: DateRelation,
  date: { year: number; month: number | null },
  kind: TimelineEntry['kind'],
  publishedYear: number | null,
  passageId: string,
): void {
  if (kind === 'target') return;
  const since = relation === 'since';
  context.lastYear = date.year;
  context.lastYearPassage = passageId;
  context.yearsCountedSince = false;
  context.narrativeYear = since ? (publishedYear ?? date.year) : date.year;
  context.narrativeMonth = since ? null : date.month;
  context.narrativeAge = 0;
  context.winterSince = false;
}

function formatDate(year: number, month: number | null, day: number | null): { date: string; precision: DatePrecision } {
  const yyyy = String(year).padStart(4, '0');
  if (month === null) return { date: yyyy, precision: 'year' };
  const mm = String(month).padStart(2, '0');
  if (day === null) return { date: `${yyyy}-${mm}`, precision: 'month' };
  return { date: `${yyyy}-${mm}-${String(day).padStart(2, '0')}`, precision: 'day' };
}

/** A date phrase that writes its year in digits. */
const WRITTEN_YEAR = /\d{4}/;

/**
 * Drops what a sentence repeats: a date it writes again in the same words ("in 2021 … in 2021"),
 * or a written year a finer date of the same kind contains ("On January 5, 2022, … investment in
 * 2022" is one statement). Two phrases of one year ("the reform of 1994 … between 1994 and 2002")
 * date two things, and stay two entries, and so does a year that names a thing ("the 1961 hurricane season … can't be
 * blamed in November": the season is 1961's, whenever the sentence's November is), and so do "Last month … last year's cuts", where the year is
 * a time of its own, not the finer date written again ("by October of that year" is one date), and "In
 * 1819 grasshoppers destroyed the crop and in December 1819, twenty men left", two clauses joined with a date each;
 * and so does a written year beside a finer date counted from the time of writing (`countedFromWriting`: "money-winner
 * in 1960 … in the Canada Cup matches last June" takes June's year from the writing, not from the 1960 it does not restate).
 */
function dedupeSentence(entries: readonly SentenceEntry[]): SentenceEntry[] {
  return entries.filter((coarser, index) =>
    !entries.some((finer, otherIndex) => {
      const { entry } = coarser;
      const other = finer.entry;
      if (other.kind !== entry.kind) return false;
      if (other.date === entry.date) return otherIndex < index && other.raw.toLowerCase() === entry.raw.toLowerCase();
      return other.date.startsWith(`${entry.date}-`) && (WRITTEN_YEAR.test(entry.raw) || isYearOf(other, entry)) && !coarser.namesThing && !isOwnClauseBefore(coarser, finer) && !(WRITTEN_YEAR.test(entry.raw) && finer.countedFromWriting);
    }),
  );
}

/** What opens a second clause with its own date: "… and in December", "…; in December". */
const CLAUSE_JOIN_BEFORE_DATE = /(?:\s(?:and|but)|;)\s*$/i;

/** A year that dates a clause of its own before the one a finer date of that year opens ("In 1819 … and in December 1819"). */
function isOwnClauseBefore(coarser: SentenceEntry, finer: SentenceEntry): boolean {
  if (coarser.end > finer.start) return false;
  const between = coarser.entry.text.slice(coarser.end, finer.start);
  return between.trim().split(/\s+/).length >= 2 && CLAUSE_JOIN_BEFORE_DATE.test(between);
}

/** "by October of that year": the year phrase is the finer date's own, written after "of". */
function isYearOf(finer: TimelineEntry, coarser: TimelineEntry): boolean {
  return finer.text.toLowerCase().includes(`${finer.raw} of ${coarser.raw}`.toLowerCase());
}

/** ISO dates of mixed precision compare as strings: "2021" < "2021-10" < "2021-10-01". */
function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
