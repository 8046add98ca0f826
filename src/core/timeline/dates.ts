import { RELATIVE_YEAR_SOURCE, readRelativeYear } from './relative-years.ts';
import { NOT_SAYING_FIRST_YEAR, NOT_SAYING_SECOND_YEAR } from './year-sayings.ts';
import { isIrregularVerbForm } from '../search/irregular.ts';
import { DAY_WORD_SOURCE, dayOfWord } from './day-words.ts';
import { WRITING_OF_DAY } from './writing-of-day.ts';
import { MONTHS_IN_FULL, MONTH_OR_SHORT, MONTH_SHORT_WITH_POINT } from '../month-names.ts';
import { isPluralNoun } from '../figures/measures.ts';
import { namesNoCountable } from '../figures/no-countable.ts';

/**
 * Finds the date phrases of one sentence: what is written, not yet which year it means. Resolving
 * yearless and relative phrases needs the document's context, which `timeline.ts` keeps.
 *
 * Recognised: "November 15, 2012", "15 November 2012", "the 15th of November, 2012", "2012-11-15",
 * "October 2021", "May of 2020", "February 7", "on the 7th of February", "in October", bare years after
 * a preposition ("in/for/since/by/until/from/during/before/after/prior to 2003", "as far back as 1917", "the end of 2021", "the year
 * 2000", "fiscal year 2020", "mid-2020"), ranges ("from 2019 to 2021", "2021-2025" after a preposition: dated at their
 * start), a year opening a sentence before a comma ("2021, the year…"), "this/last/next year",
 * "that year", "the following year", "the coming year" and their kin (`relative-years.ts`), "October 8th of last
 * year", "since then". Decades ("the 1990s") are not dates: they have
 * no precision to give. Month names must be capitalised, so the modal "may" never reads as May, except before a day
 * and a year ("may 30th, 1791", as an old document or a careless copy writes it).
 */

/** How the phrase places its statement in time: at the date, from it on, or as a deadline. */
export type DateRelation = 'at' | 'since' | 'by';

/**
 * Where the year comes from: written (`absolute`); the year the text is talking about
 * (`narrative`, for "February 7"); the time of writing (`deictic`, "this year"); the last year
 * mentioned (`anaphoric`, "that year", "since then"). A `vague` phrase ("in recent years", "over the next year or so") gives
 * no date but ends what "then" can refer back to.
 */
export type DateReference = 'absolute' | 'narrative' | 'deictic' | 'anaphoric' | 'vague';

export interface DateMention {
  /** Offsets in the sentence; `raw` is `sentence.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly relation: DateRelation;
  readonly reference: DateReference;
  /** The written year, for `absolute` mentions. */
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  /** Years to add to the reference year: "last year" is -1. */
  readonly offset: number;
  /** The month a season named from the time of writing starts in ("next summer": 6), so a coming one may be this year's. */
  readonly seasonStart?: number;
  /** "The coming year", "the past year": see `RelativeYear.twelveMonths`. */
  readonly twelveMonths?: boolean;
  /** "two years later": counted on from the year named last. */
  readonly later?: boolean;
  /**
   * "10 years ago this month", "Seventeen years ago today": the month (`month`) or the day (`day`) of writing in the year
   * counted back, when the document gives them; else the year alone, as "10 years ago" is.
   */
  readonly sameTimeOfYear?: 'month' | 'day';
  /** Months to add to the month of writing, for "last month" (-1); its `month` is then null. */
  readonly monthOffset?: number;
  /** Weeks to add to the day of writing, for "last week" (-1): the entry is the month that day falls in. */
  readonly weekOffset?: number;
  /** "last January", "next March": the named month before (`back`) or after (`on`) the month of writing. */
  readonly monthToward?: 'back' | 'on';
  /** A stray year written right next to the phrase ("2012 On November 15, 2009"): evidence of a garbled copy. */
  readonly nearbyYear: number | null;
  /** A day told from the day of writing (its `year`, `month` and `day` are then null): see `DayOfWriting`. */
  readonly dayOfWriting?: DayOfWriting;
  /** "the following day", "the next day": days after the day the text has just named (its `year`, `month`, `day` are null). */
  readonly dayAfter?: number;
  /** "on the thirteenth": a day of the month the text last named a day of (its `year`, `month`, `day` are null). */
  readonly dayOfMonthNamed?: number;
  /** "the '60 election": a year written by its last two digits (its `year` is then null), in the century the text is in. */
  readonly clippedYear?: number;
  /** "the 1961 hurricane season": a year that names which thing of a series the sentence speaks of, not when it tells it. */
  readonly namesThing?: true;
}

/**
 * "yesterday", "last night", "tomorrow" (`days` from the day of writing), or a weekday ("on Saturday", "last Tuesday",
 * "next Friday"): the one before the day of writing (`back`), the one after it (`on`), or, said bare, the one the
 * sentence's tense points to (`null`). News is told this way; only a document that gives its day of writing can date it.
 */
export type DayOfWriting = { readonly days: number; readonly now?: true } | { readonly weekday: number; readonly toward: 'back' | 'on' | null };

const PREP = String.raw`(?:\b(?<prep>[Oo]n|[Ii]n|[Ff]or|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hrough|[Tt]owards?|[Aa]s of|[Bb]etween|[Aa]s (?:early|late|recently|far back|long ago) as|(?<=\b(?:dat(?:e|es|ed|ing)|go(?:es|ing)?|gone|trac(?:e|es|ed|ing)|reach(?:es|ed|ing)?)\s+)back to|[Pp]rior to|[Pp]revious to|[Ss]ubsequent to)\s+)`;
/** "the first ten months of 1961": the months a year's first or last part spans, in digits or words. */
const MONTHS_OF_YEAR = String.raw`(?:first|last)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months`;
/** A season's name; older prose often gives it a capital ("in the Spring of 1959"). */
const SEASON = String.raw`[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter`;
/** Feasts and quarter days that older prose and records date by ("at Easter, 1625", "Michaelmas 1630", "Christmas, 1900"). */
const FEAST = String.raw`Easter|Christmas|Michaelmas|Candlemas|Whitsun(?:tide)?|Lent|Midsummer|Martinmas|Lammas|Lady Day|Thanksgiving`;
/** Feasts on a fixed day of the year, which with a year date that day: "on Christmas Day, 1890", "New Year's Eve 1899". */
const FIXED_FEAST_DAYS: Readonly<Record<string, { readonly month: number; readonly day: number }>> = {
  'christmas day': { month: 12, day: 25 },
  'christmas eve': { month: 12, day: 24 },
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
};
const PART_WORDS = String.raw`(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)|end|beginning|start|middle|first half|second half|(?:first|second|third|fourth|last) quarter|${MONTHS_OF_YEAR}|${SEASON}`;
/** A part of a date; a headline's or a table's clipped "for first three months of 1961" leaves out "the" after a preposition. */
const PART = String.raw`(?:(?:[Tt]he\s+|(?<=\b(?:for|in|during|through)\s+))(?:${PART_WORDS})\s+of\s+)`;
/** "the year 2000", "fiscal year 2020", and a budget's "fiscal 1986" or "FY 2020". */
const YEAR_WORD = String.raw`(?:(?:(?:[Ff]iscal|[Cc]alendar|[Mm]odel)\s+)?[Yy]ear\s+|[Ff]iscal\s+|FY\s?)`;
const EDGE = String.raw`(?:(?:[Ee]arly|[Ll]ate)[-\s]+|[Mm]id-)`;
/** "in about 1850", "until around 1900", "from circa 1790", and with no preposition "About 1888 McNaughton became": a year given as near. */
const ABOUT_WORD = String.raw`(?:[Aa]bout|[Aa]round|[Cc]irca|c\.|ca\.)`;
const ABOUT = String.raw`(?:(?<about>${ABOUT_WORD})\s+)`;
const MONTH = String.raw`(?<month>(?:${MONTH_OR_SHORT})(?![a-z])\.?)`;
/** Without a year next to it, a bare "Mar" or "Jun" is too likely a word: only full or dotted names. */
const NAMED_MONTH = String.raw`(?<month>(?:${MONTHS_IN_FULL})(?![a-z])|${MONTH_SHORT_WITH_POINT})`;
/** A month in lower case, which only a day and a year after it make a date: "may 30th, 1791". */
const LOWER_MONTH = String.raw`(?<month>(?:${MONTHS_IN_FULL.toLowerCase()})(?![a-z]))`;
const DAY = String.raw`(?<![\d.,])(?<day>3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?(?![A-Za-z])`;
/**
 * A year, and the second year of an Old Style double date ("January 24, 1597/8": the year began on March 25 in England
 * until 1752, so a date of January to March 24 was written with both years).
 */
const YEAR = String.raw`(?<![\d$£€¥])(?<year>1\d{3}|20\d{2}|21\d{2})(?!\d|'?s\b)(?:/(?<newStyle>\d{1,2})(?![\d/]))?`;
/** "the '60 election", "New York's '51 Giants": a year clipped to its last two digits, which a noun after it names one of. */
const CLIPPED_YEAR = String.raw`['’](?<clipped>\d{2})(?![\d'’])`;
/** The Gregorian calendar's last year in Britain and its colonies: the end of Old Style double years. */
const LAST_OLD_STYLE_YEAR = 1752;
/** The end of a range: "2021-2025", "2021-25", "2019 to 2021". */
const RANGE_END = String.raw`(?:1\d{3}|20\d{2}|21\d{2}|(?<=[-–—]\s*)\d{2})(?!\d|'?s\b)`;
const YEAR_ONLY = /(?<!\d)(1\d{3}|20\d{2}|21\d{2})(?!\d)/;
/**
 * A yearless date is not followed by a number, which would be its year or make it a list, nor by an era's year the
 * timeline does not read ("on the third of August, A.D. 32"): that date has a year, just not one to put beside 1961.
 */
const NO_NUMBER_AFTER = String.raw`(?!\s*,?\s*(?:A\.\s?D\.\s*)?\d)`;
/** A day of a month in digits, as an item of a list: no digit, letter or decimal point after it. */
const LISTED_DAY = String.raw`(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d\p{L}]|\.\d)`;
/**
 * "The cycles are July 26, 27, 28 and 30", "on May 17th, 18th and 20th", "(Sept. 22, 23)": later days of the month
 * after a comma make a day the first of a list, dated at it as "April 8 and 9" is. The first number after it
 * (`nextDay`) must be a later day (`readFirstOfDays`), and no number may follow the list, which would be its year.
 */
const LATER_DAYS_AFTER = String.raw`(?=\s*,\s*(?<nextDay>${LISTED_DAY})(?:(?:\s*,\s*|,?\s+)(?:(?:and|or)\s+)?${LISTED_DAY})*(?!\s*,?\s*\d))`;
/** What pairs a date with a full one after it: "and", "to" or a dash, up to two words, then a day, a month and a year. */
const PAIRED_FULL_DATE = String.raw`\s*,?\s*(?:and|to|or|[-–—])\s+(?:\p{Ll}+\s+){0,2}(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:${MONTH_OR_SHORT})\.?\s*,?\s*(?:1\d{3}|20\d{2}|21\d{2})(?!\d)`;
/** A verb whose subject is a year: "2021 marks", "1960 witnessed", "2008 was". */
const OPENING_YEAR_VERB = String.raw`(?:was|is|will|would|has|had|saw|sees|marks|marked|brought|brings|began|begins|ended|ends|witnessed|proved|became)\b`;
/** Words after which a clause is reported: "said 1960 was a poor year", "believes that 1961 will". */
const REPORTING_VERB = String.raw`(?:said|says|say|that|thinks?|thought|believes?|believed|expects?|expected|feels?|felt|agrees?|agreed)`;
/** Conjunctions that open a clause whose subject may be a year: "although 1960 was", "because 1961 will". */
const CLAUSE_CONJUNCTION = String.raw`(?:[Aa]lthough|[Tt]hough|[Bb]ecause|[Ww]hile|[Ww]hereas|[Ii]f|[Uu]nless|[Ww]hen)`;
/** A day after its month, in digits or as an ordinal word: "August 6", "August sixth", "September the 11th". */
const MONTH_DAY = String.raw`(?:${DAY}|${DAY_WORD_SOURCE})`;
/**
 * A day before its month: "6 August", "the 3rd of August", and as a word only with "the" and "of", "the third of August";
 * a deed's or a treaty's "day" may stand before the "of", and "this" for "the" there ("Done … this fourth day of May
 * 1960", "the 4th day of July").
 */
const DAY_OF_MONTH = String.raw`(?:(?:[Tt]he\s+|[Tt]his\s+(?=\S+\s+day\s+of\b))?${DAY}(?:\s+(?:day\s+)?of)?|(?:[Tt]he|[Tt]his)\s+${DAY_WORD_SOURCE}\s+(?:day\s+)?of)`;
/** "September the 11th": a day after its month, spoken with "the". */
const THE = String.raw`(?:the\s+)?`;
/** Between day and year: "15, 2012", "15 2012", and tokenised text's "15 , 2012". */
const COMMA = String.raw`(?:\s*,\s*|\s+)`;

/** What a match means, before it is placed in the sentence. */
type Meaning = Omit<DateMention, 'start' | 'end' | 'raw' | 'nearbyYear'>;

/** Each pattern and what its match means; the longest match wins where patterns overlap. */
interface Pattern {
  /** A cheap test that a sentence may hold a match: most sentences hold no date at all. */
  readonly cue: RegExp;
  readonly regex: RegExp;
  readonly read: (groups: Record<string, string | undefined>) => Meaning | null;
  /** A year this pattern reads needs no check of the word after it: its own context says it is one. */
  readonly trusted?: boolean;
}

const YEAR_CUE = /(?<!\d)(?:1\d{3}|2[01]\d{2})(?!\d)/;
/** A written year, whole or clipped ("the '60 election"). */
const WRITTEN_YEAR_CUE = /(?<!\d)(?:1\d{3}|2[01]\d{2})(?!\d)|['’]\d{2}(?![\d'’])/;
const MONTH_CUE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const RELATIVE_CUE = /\byear\b/;
const THEN_CUE = /\bthen\b/;
/** "last season", "next season" only: a passage with another "season" ("the off season") holds no date for it. */
const SEASON_OF_SPORT_CUE = /\b(?:[Ll]ast|[Nn]ext)\s+season\b/;
/** "next Spring", "last Fall" only: a capital "Spring" or "Fall" alone is as often a name ("Fall River"). */
const CAPITAL_SEASON_CUE = /\b(?:[Tt]his|[Ll]ast|[Nn]ext)\s+(?:Spring|Summer|Autumn|Fall|Winter)\b/;
const LATER_CUE = /\b(?:years?|decades?)\s+(?:later|afterwards?)\b/;
/** "has been dead seventy-eight years": a death counted back from the time of writing. */
const DEAD_CUE = /\bdead\b/;
const VAGUE_CUE = /\b(?:[Rr]ecent|century|decade|millennium|years|ago|or so)\b/;
/** "two years from now", "a decade hence": a year counted on from the time of writing. */
const FROM_NOW_CUE = /\b(?:from\s+now|hence)\b/;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const DAY_WORDS: Readonly<Record<string, number>> = { yesterday: -1, 'last night': -1, tomorrow: 1 };
/** The day of writing itself, which only a sentence told in the past dates (see `DayOfWriting`'s `now`). */
const NOW_WORDS = String.raw`[Tt]oday|[Tt]onight|[Tt]his\s+(?:morning|afternoon|evening)`;
const DAY_CUE = /\b(?:[Yy]esterday|[Tt]omorrow|[Ll]ast night|[Tt]oday|[Tt]onight|[Tt]his (?:morning|afternoon|evening)|(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day)\b/;
/** "tomorrow's 8 P.M. contest", "Sunday's game": a day's possessive before an event (perhaps with its hour) dates the event, and so does one before a writing published that day ("today's letter", `WRITING_OF_DAY`). */
/** Nouns of an event held on a day ("Sunday's fourth round"): a weekday's possessive ("Saturday's game") or a weekday's part of the day ("a Monday night workshop session") before one names that day's. */
const EVENT_NOUN = String.raw`(?:game|doubleheader|contest|match|race|meet|meeting|session|vote|election|encounter|loss|victory|win|defeat|opener|debate|hearing|fight|bout|concert|performance|ceremony|broadcast|speech|launch|round)`;
const EVENT_AFTER_POSSESSIVE = String.raw`['’]s\s+(?:\d{1,2}(?::\d\d)?\s*[AaPp]\.\s?[Mm]\.\s+|[\p{L}\p{N}-]+\s+)?(?:${EVENT_NOUN}\b|${WRITING_OF_DAY})`;
/**
 * "at a Monday night workshop session": a weekday's part of the day, then at most one modifier, before an event noun;
 * after "the", before any noun ("moved Gibson to the Wednesday night starting assignment"): "the" picks one night, so
 * the thing is that night's, where "a Monday night" may be any Monday's.
 */
const EVENT_AFTER_PART_OF_DAY = String.raw`\s+(?:night|morning|afternoon|evening)(?=\s+(?:[\p{L}-]+\s+)?${EVENT_NOUN}\b|(?<=\b[Tt]he\s+\p{Lu}\p{Ll}+day\s+\p{Ll}+)\s+\p{Ll})`;
/**
 * "finished his Saturday round", "their Sunday game": after an owner's pronoun, a weekday before an event noun says which
 * day that one event was (`POSSESSIVE_PRONOUN`; "a Sunday game" may be any Sunday's).
 */
const EVENT_AFTER_OWNER = String.raw`(?<=\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our)\s+\p{L}+)(?=\s+${EVENT_NOUN}\b)`;
/** "the League's", "Baltimore's": a possessive, not a contraction of "is" ("it's", "that's"). */
const POSSESSIVE_OWNER = String.raw`\b(?!(?:[Ii]t|[Tt]hat|[Tt]here|[Hh]ere|[Ww]hat|[Ww]ho|[Hh]e|[Ss]he|[Ll]et)['’]s)\p{L}{2,}['’]s`;

/** A word between "the" and the noun a year names: quoted ("the “hopeless” campaign") or an abbreviation ("U.S.", "St."). */
const WORD_BEFORE_NOUN = String.raw`(?:[“"]?[\p{L}-]+[”"]?|\p{Lu}[\p{L}.]*\.)`;

/** "the tight 1960 presidential election", "the full 1961 schedule": a lower-case word between the determiner and the year describes what the year names, as an adjective before "the 1960 election" would. */
const ADJECTIVE_BEFORE_YEAR = String.raw`\p{Ll}{3,}\s+`;

/** "his", "its", "their": a possessive that a year naming one of a series may follow, as it follows "the". */
const POSSESSIVE_PRONOUN = String.raw`\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our)`;

/** Words that open a phrase a name ends: a place, a team, a firm's seat ("at Kercheval", "against the Reds", "out of Cleveland", "Union Oil Co. of California"). */
const NAME_OPENER = String.raw`(?:at|in|on|to|from|of|against|near|over|beat|the)`;
/** The first words of holidays named by a weekday ("Easter Sunday", "Good Friday", "Black Monday"). */
const HOLIDAY_WORD = String.raw`(?:Easter|Palm|Ash|Good|Holy|Maundy|Shrove|Whit|Low|Trinity|Passion|Mothering|Plough|Black|Blue|Bloody|Super|Cyber)`;
/** "20 days ago", "one week ago": counted back from the day of writing. */
const DAYS_IN: Readonly<Record<string, number>> = { day: 1, week: 7 };
/** Any cue: text without one holds no date phrase. */
/** "the following day", "the next day". */
const NEXT_DAY_CUE = /\b(?:following|next)\s+day\b/;
/** "on the thirteenth", "on the 16th": a day of the month said alone. */
const DAY_ALONE_CUE = /\b[Oo]n\s+the\s+(?:\d|[a-z-]+(?:st|nd|rd|th)\b)/;
const ANY_CUE = new RegExp([WRITTEN_YEAR_CUE, MONTH_CUE, RELATIVE_CUE, THEN_CUE, VAGUE_CUE, FROM_NOW_CUE, DAY_CUE, NEXT_DAY_CUE, DAY_ALONE_CUE, /\b(?:month|week|spring|summer|autumn|fall|winter)\b/, SEASON_OF_SPORT_CUE, CAPITAL_SEASON_CUE].map((cue) => cue.source).join('|'));

/** "the year 2000", "fiscal 1986", "FY2020": a number the text calls a year is one, whatever word follows ("the fiscal 1986 budget"). */
const NAMED_YEAR = /\b(?:[Yy]ear|[Ff]iscal|FY)\s?\d{4}$/;
/** Two four-digit years joined into a period. */
const YEAR_PERIOD = /\b(?:1\d{3}|20\d{2}|21\d{2})\s*(?:[-–—]|to|through|until|and)\s*(?:1\d{3}|20\d{2}|21\d{2})\b/;
/** Counts in words, for "two decades ago", "Seventeen years ago" (every teen, as every unit), "One hundred years ago". */
export const COUNT_WORDS = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|(?:a|one) hundred)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?';
const WORD_COUNTS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  'a hundred': 100, 'one hundred': 100,
};
/** Nouns of amounts, after which "of 2000" is a quantity, not a year. */
const QUANTITY_NOUNS = new Set(
  'total sum number amount population value average figure output count tally score price cost budget height depth length weight area size'.split(' '),
);

/** A regular past in "-ed" ("played", "signed"), not a word that only ends so ("hundred", "need", "speed"). */
export const REGULAR_PAST_ED = String.raw`(?!hundred\b)[a-z]{2,}[^e\W]ed`;

/**
 * A past that does not end in "-ed" and names no thing, so that a weekday before it is a time ("Thomas early Sunday
 * went to the home of his uncle"), as a regular past is.
 */
const IRREGULAR_PAST = String.raw`(?:went|came|met|won|lost|beat|took|gave|got|made|held|ran|left|told|saw|began|fell|rose|brought|struck|paid|sent)`;

/**
 * What may follow a weekday that dates something: a stop (a dash typed as two hyphens among them: "Willie's wonderful
 * walloping Sunday -- four home runs -- served"), a part of the day, a clock time ("will be Monday 1 p.m."),
 * or a word that starts the next part of the clause ("beat the Reds Saturday at Tampa", "said Monday that", a reported
 * clause's subject: "said Monday the club would", "indicated Monday night this would", "said Sunday night there was"),
 * a past among them ("in an election Thursday voted to decertify", "the market Tuesday staged a recovery", "early Sunday
 * went"), and "as" opening a clause of the same time after a part of the day ("his pinpoint pitching Monday night as the Bears
 * made it two"; a bare weekday before "as" may be a thing: "kept Sunday as a day of rest"). A
 * noun after it makes it a kind of thing ("Sunday school", "the Saturday matinee"), a capital a name ("the Saturday
 * Evening Post"), a date after it is read whole by the patterns above ("Saturday, March 18", "Saturday afternoon, Jan.
 * 7": the weekday names the date, no day of its own).
 */
const AFTER_WEEKDAY = String.raw`(?:\s+(?<part>night|morning|afternoon|evening))?(?=\s*(?:[,.;:!?)"”’—–]|--|$)|\s+\d{1,2}(?::\d\d)?\s*[AaPp]\.\s?[Mm]\.|\s+(?:at|in|on|against|when|while|and|or|to|after|before|for|with|from|by|that|the|a|an|he|she|it|they|we|this|there|his|her|their|its|was|were|is|are|will|would|had|has|have|said|says|announced|${IRREGULAR_PAST}|${REGULAR_PAST_ED})\b|(?<=night|morning|afternoon|evening)\s+as\b)(?!,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|,?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|,?\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)`;

/**
 * "proved last Monday what it can do", "until late last Saturday afternoon Palmer had": after "last" or "next" a weekday
 * is a day whatever follows it (no name is "last Monday"), so the words `AFTER_WEEKDAY` asks for are not needed; not
 * "the last Monday of each month" nor "every last Friday", which name a day of a month or a habit.
 */
const AFTER_LAST_WEEKDAY = String.raw`(?<=(?<!\b(?:[Tt]he|[Ee]very)\s)\b(?:[Ll]ast|[Nn]ext)\s+\p{L}+)(?!s\b|['’]s|-)(?:\s+(?:night|morning|afternoon|evening)\b)?`;

const PATTERNS: readonly Pattern[] = [
  {
    // "The event will be open to the public the following day", "wrote on October 29 and again perhaps the next day":
    // the day after the one the text has just named; not "in the next day or two", a span, nor "the next day's paper".
    cue: NEXT_DAY_CUE,
    regex: /(?:\b(?<prep>[Oo]n)\s+)?\b[Tt]he\s+(?:following|next)\s+day\b(?!\s+or\b|['’]s)/g,
    read: () => ({ relation: 'at', reference: 'anaphoric', year: null, month: null, day: null, offset: 0, dayAfter: 1 }),
  },
  {
    // "because on the thirteenth, he met the group of three", "after his second meeting on the sixteenth the Dane
    // refused": a day said alone, its month the one the story last dated a day in (`laterDayOfMonthNamed`); only where a
    // comma or a clause's first word follows, so "on the 16th hole" or "on the first tee" names a thing, and not as the
    // first of a list ("on the first, ninth, and fifteenth floors").
    cue: DAY_ALONE_CUE,
    regex: new RegExp(String.raw`\b(?<prep>[Oo]n)\s+the\s+(?:${DAY}|${DAY_WORD_SOURCE})(?=\s*,|\s+(?:the|he|she|they|it|we|I|his|her|their)\b)(?!\s*,\s*(?:and\s+)?(?:\d+(?:st|nd|rd|th)|[a-z-]+(?:st|nd|rd|th))\b)`, 'g'),
    read: (groups) => {
      const day = groups['day'] !== undefined ? Number.parseInt(groups['day'], 10) : dayOfWord(groups['dayWord'] ?? '');
      return day === null ? null : { relation: 'at', reference: 'anaphoric', year: null, month: null, day: null, offset: 0, dayOfMonthNamed: day };
    },
  },
  {
    // "yesterday", "last night", "tomorrow": not "yesterday's news", "the world of tomorrow" nor "the last night of…".
    // "today", "tonight", "late this afternoon": the day of writing, when the sentence tells what happened on it (see
    // `now`); a speech's "Tonight, I ask…" dates nothing. A possessive dates only an event: "tomorrow's 8 P.M. contest".
    cue: DAY_CUE,
    regex: new RegExp(
      String.raw`(?<!\b(?:of|the)\s)\b(?:(?<prep>[Ss]ince|[Bb]y|[Uu]ntil)\s+)?(?:(?:[Ll]ate|[Ee]arly|[Ee]arlier|[Ll]ater)\s+)?(?<word>[Yy]esterday|[Tt]omorrow|[Ll]ast night|${NOW_WORDS})\b(?!['’]s)|(?<!\b(?:of|the)\s)\b(?<owner>[Yy]esterday|[Tt]omorrow|${NOW_WORDS})(?=${EVENT_AFTER_POSSESSIVE})`,
      'gu',
    ),
    read: (groups) => {
      // An event of today ("tonight's game") is dated whatever the tense; a bare "today" only where told in the past.
      const owner = groups['owner'];
      const days = DAY_WORDS[(groups['word'] ?? owner ?? '').toLowerCase()];
      return dayOfWritingMeaning(groups['prep'], days !== undefined ? { days } : owner !== undefined ? { days: 0 } : { days: 0, now: true });
    },
  },
  {
    // "one week ago", "ten days ago": counted back from the day of writing.
    cue: /\bago\b/,
    regex: new RegExp(`\\b(?<count>\\d{1,3}|an?|${COUNT_WORDS})\\s+(?<span>days?|weeks?)\\s+ago\\b`, 'gi'),
    read: (groups) => {
      const count = countOf(groups['count']);
      const span = DAYS_IN[(groups['span'] ?? '').toLowerCase().replace(/s$/, '')];
      return count === null || span === undefined ? null : dayOfWritingMeaning(undefined, { days: -count * span });
    },
  },
  {
    // "on Saturday", "last Tuesday", "said Monday": not a name ("Easter Sunday", "Black Monday": a capital before it
    // that opens no sentence), nor a habit ("every Saturday", "on Saturdays"). A name that a preposition or "the"
    // opens ends its phrase, so the weekday after it is a time ("at Kercheval Monday afternoon", "beat the Reds
    // Saturday", a name of up to four words: "to Willamette University Young Republicans Thursday night"), unless it is
    // a holiday's first word ("on Easter Sunday").
    cue: DAY_CUE,
    regex: new RegExp(
      String.raw`(?<!\b(?:every|each)\s)(?:\b(?<prep>[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter)\s+)?(?:\b(?<which>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?:(?<!\b(?!(?:On|Since|By|Until|Before|After|Last|Next|This)\s)[A-Z][\p{L}.]*\s)|(?<=\b${NAME_OPENER}\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4})(?<!\b${HOLIDAY_WORD}\s))\b(?<weekday>(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day)(?:(?=${EVENT_AFTER_POSSESSIVE})|${EVENT_AFTER_PART_OF_DAY}|(?!s\b|['’]s)${AFTER_WEEKDAY}|${AFTER_LAST_WEEKDAY}|${EVENT_AFTER_OWNER})`,
      'gu',
    ),
    read: (groups) => {
      const which = groups['which']?.toLowerCase();
      const toward = which === 'last' ? 'back' : which === 'next' || which === 'this' ? 'on' : null;
      return dayOfWritingMeaning(groups['prep'], { weekday: WEEKDAY_NAMES.indexOf(groups['weekday'] as (typeof WEEKDAY_NAMES)[number]), toward });
    },
  },
  { cue: YEAR_CUE, regex: new RegExp(`${PREP}?${PART}?${MONTH}\\s+${THE}${MONTH_DAY}${COMMA}${YEAR}`, 'g'), read: readWrittenDate },
  { cue: YEAR_CUE, regex: new RegExp(`${PREP}?${PART}?${DAY_OF_MONTH}\\s+${MONTH}${COMMA}${YEAR}`, 'g'), read: readWrittenDate },
  { cue: YEAR_CUE, regex: new RegExp(`${PREP}?\\b${LOWER_MONTH}\\s+${DAY}\\s*,\\s*${YEAR}`, 'g'), read: readWrittenDate },
  {
    cue: YEAR_CUE,
    regex: new RegExp(`${PREP}?(?<![\\d-])(?<year>1\\d{3}|20\\d{2}|21\\d{2})-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])(?![\\d-])`, 'g'),
    read: readWrittenDate,
  },
  { cue: YEAR_CUE, regex: new RegExp(`${PREP}?${PART}?${EDGE}?${MONTH}${COMMA}(?:of\\s+)?${YEAR}`, 'g'), read: readWrittenDate },
  // "at the end of November (1881) he makes a note": a month (or a day of it) with its year in brackets, as with a
  // comma; not after a name, whose bracket cites a work ("Rollo May (1953)").
  {
    cue: YEAR_CUE,
    regex: new RegExp(`(?:${PREP}|(?<!\\p{Lu}[\\p{L}.'’-]*\\s))${PART}?${EDGE}?${MONTH}(?:\\s+${DAY})?\\s+\\(${YEAR}\\)`, 'gu'),
    read: readWrittenDate,
  },
  { cue: MONTH_CUE, regex: new RegExp(`${PREP}?${PART}?${NAMED_MONTH}\\s+${THE}${MONTH_DAY}${NO_NUMBER_AFTER}`, 'g'), read: readYearlessDate },
  { cue: MONTH_CUE, regex: new RegExp(`${PREP}?${PART}?${NAMED_MONTH}\\s+${THE}${DAY}${LATER_DAYS_AFTER}`, 'gu'), read: readFirstOfDays },
  // "scheduled for November 14 and 18", "to be presented Aug. 8 and 12": the second of two days of a month names an
  // occasion of its own, read after its "and" (`readSecondOfPair`); not the next day ("April 8 and 9", one event dated at its first).
  { cue: MONTH_CUE, regex: new RegExp(`(?<=${NAMED_MONTH}\\s+${DAY}\\s+)and\\s+(?<secondDay>${LISTED_DAY})${NO_NUMBER_AFTER}`, 'gu'), read: readSecondOfPair },
  // "5 May" or "the 4th of July" alone is too often a count or a holiday's name: it needs "on".
  { cue: MONTH_CUE, regex: new RegExp(`${PREP}${DAY_OF_MONTH}\\s+${NAMED_MONTH}${NO_NUMBER_AFTER}`, 'g'), read: readYearlessDate },
  // "ordained deacon 16 June and priest 22 December 1633": without "on", a day before its month is a date when a full
  // date is paired with it, as "May 3 to June 19, 1956" is read; the year it lacks is the pair's.
  { cue: MONTH_CUE, regex: new RegExp(`${DAY_OF_MONTH}\\s+${NAMED_MONTH}(?=${PAIRED_FULL_DATE})`, 'gu'), read: readYearlessDate },
  { cue: MONTH_CUE, regex: new RegExp(`${PREP}${PART}?${EDGE}?${NAMED_MONTH}${NO_NUMBER_AFTER}`, 'g'), read: readYearlessDate },
  // "at mid-September", "early June": "mid-" or "early" says a month is a time, with or without a preposition.
  { cue: MONTH_CUE, regex: new RegExp(`\\b${EDGE}${NAMED_MONTH}${NO_NUMBER_AFTER}`, 'g'), read: readYearlessDate },
  // "The trial will be held, probably the first week of March": a week of a month is a time, as "mid-" says one is.
  // (Any part, "the beginning of March", would also read a present's "payments at the beginning of March", a habit.)
  { cue: MONTH_CUE, regex: new RegExp(`\\b[Tt]he\\s+(?:first|second|third|fourth|last)\\s+week\\s+of\\s+${NAMED_MONTH}${NO_NUMBER_AFTER}`, 'g'), read: readYearlessDate },
  // "During the month of November", "The month of June was wet", "publishing the book this month of April": a month
  // named as "the month of" is a time, as a week of it is, with or without a preposition; "this month of April" is April,
  // whatever the month of writing.
  { cue: MONTH_CUE, regex: new RegExp(`${PREP}?\\b(?:[Tt]he|[Tt]his|[Tt]hat)\\s+month\\s+of\\s+${NAMED_MONTH}${NO_NUMBER_AFTER}`, 'g'), read: readYearlessDate },
  {
    // "the March level", "the January low": a month naming which one of a series, like "the 1982 census"; so does its
    // possessive, before a noun or the month's figure: "February's volume was 1 per cent above January's", "sales
    // jumped 14 per cent over February's 2,963" (not after a name: "Rollo May's book").
    cue: MONTH_CUE,
    regex: new RegExp(
      `(?:\\b(?<the>[Tt]he)\\s+|(?<!\\p{Lu}[\\p{L}.'’-]*\\s)\\b)${NAMED_MONTH}(?<possessive>['’]s)?(?=\\s+(?:(?<noun>\\p{Ll}{3,})\\b|\\d))`,
      'gu',
    ),
    read: (groups) => {
      const possessive = groups['possessive'] !== undefined;
      if ((groups['the'] !== undefined) === possessive) return null;
      const noun = groups['noun'];
      return (noun === undefined ? possessive : isSingularNoun(noun)) ? readYearlessDate(groups) : null;
    },
  },
  {
    cue: YEAR_CUE,
    regex: new RegExp(
      `(?:(?:${PREP}|\\b(?=${ABOUT_WORD}\\s))(?:${ABOUT}|(?:the\\s+)?${YEAR_WORD}?${PART}?(?:the\\s+${YEAR_WORD})?)|\\b(?:[Tt]he\\s+)?${YEAR_WORD}|${PART}(?:the\\s+${YEAR_WORD})?)${EDGE}?${YEAR}` +
        `(?:(?:\\s*[-–—]\\s*|\\s+(?:to|through|until)\\s+|(?<=[Bb]etween\\s+\\d{4})\\s+and\\s+)${RANGE_END})?`,
      'g',
    ),
    read: readBareYear,
  },
  // "Edward Greville, born about 1565", "died c. 1620": a year of a life's event needs no preposition, and may be
  // approximate.
  {
    cue: YEAR_CUE,
    regex: new RegExp(`\\b(?:born|died|baptized|baptised|christened|buried)\\s+(?:(?:about|around|circa|c\\.|ca\\.)\\s+)?${YEAR}`, 'g'),
    read: readBareYear,
  },
  // "at Easter, 1625", "Michaelmas 1630", "in the late Spring of 1940", "early summer of 1900", "Drexel's fall 1961
  // keynote": a feast or a season named right before a year (its "of" and comma optional) is a time of that year, with
  // or without a preposition; "a fall of 2000 feet" is a drop, not an autumn.
  {
    cue: YEAR_CUE,
    regex: new RegExp(`${PREP}?(?<!\\b[Aa]n?\\s)(?:\\b[Tt]he\\s+)?\\b(?:${EDGE})?(?:${SEASON}|${FEAST})(?:\\s+of|,)?\\s+${YEAR}`, 'g'),
    read: readBareYear,
    trusted: true,
  },
  // "on Christmas Day, 1890, Hardy wrote": a feast of a fixed day, with its year, is that day.
  {
    cue: YEAR_CUE,
    regex: new RegExp(`${PREP}?(?:\\b[Tt]he\\s+)?\\b(?<feast>Christmas\\s+(?:Day|Eve)|New\\s+Year['’]s\\s+(?:Day|Eve))(?:\\s+of|,)?\\s+${YEAR}`, 'g'),
    read: (groups) => {
      const feast = FIXED_FEAST_DAYS[(groups['feast'] ?? '').toLowerCase().replace(/\s+/g, ' ').replace('’', "'")];
      return feast === undefined ? null : { ...readBareYear(groups), month: feast.month, day: feast.day };
    },
    trusted: true,
  },
  // "A third Thomas Bushell (1594-1674), much loved by Bacon": a life's years in brackets after a name, dated at its
  // start as any span is. A shorter span there names a plan's or a term's period ("The Plan (2016-2020)"), no event.
  {
    cue: YEAR_CUE,
    regex: new RegExp(`(?<=\\p{Lu}[\\p{L}.'’-]*\\s)\\(${YEAR}\\s*[-–—]\\s*(?<end>${RANGE_END})\\)`, 'gu'),
    read: (groups) => (isLifeSpan(groups) ? readBareYear(groups) : null),
  },
  // "2021, the year…", and "2021 marks the centenary": a year opening a sentence, before a comma or a verb it is the
  // subject of; or opening what a dash after a word sets off, which is read as a sentence's start ("only one year for
  // which there is no dated poem -- 1903, when Hardy was at work", "long after the war -- 1950, in fact -- did they").
  { cue: YEAR_CUE, regex: new RegExp(`(?<=(?:^|\\p{L}\\s*(?:--|—|–))[\\s"'“‘(\\[—–-]*)${YEAR}(?=,|\\s+${OPENING_YEAR_VERB})`, 'gu'), read: readWrittenDate, trusted: true },
  // "And yet, despite it all, 1960 has been a good year", "The industry has said 1960 was a poor year", "although 1960
  // was a year of mild recession": a year after a comma, or opening a clause a verb of saying, "that" or a conjunction
  // opens, subject of its verb; not a count after a quantity word ("of 2000 were sold", "about 1500 have").
  { cue: YEAR_CUE, regex: new RegExp(`(?<=(?:,|\\b(?:${REPORTING_VERB}|${CLAUSE_CONJUNCTION}))\\s+)${YEAR}(?=\\s+${OPENING_YEAR_VERB})`, 'g'), read: readWrittenDate, trusted: true },
  // "What does 1961 offer in political developments", "How was 1960 for the trade": a year a question asks about, subject
  // of a verb in the singular, which no count of two or more takes ("does 2000 sit-ups" is no question's opening).
  { cue: YEAR_CUE, regex: new RegExp(`(?<=(?:^|\\b(?:[Ww]hat|[Hh]ow|[Ww]hy|[Ww]here|[Ww]hen)\\s+)(?:[Dd]oes|[Hh]as|[Ii]s|[Ww]as)\\s+)${YEAR}(?=\\s+\\p{Ll})`, 'gu'), read: readWrittenDate, trusted: true },
  // "His best years were 1954 when he hit with 41 homers", "The year was 1776": a year a noun of years is said to be,
  // where the clause ends or goes on with "when" or another year. Not after a time the noun is ("Sales this year were
  // 1500 units", "Enrolment per year is 2000", "the total for ten years was 1960"), whose count is the subject's.
  {
    cue: YEAR_CUE,
    regex: new RegExp(`(?<=(?<!\\b(?:[Tt]his|[Ll]ast|[Nn]ext|[Tt]hat|[Pp]er|[Ee]ach|[Ee]very|[Aa]|[Mm]any|[Ss]everal|[Ff]ew|\\d+|${COUNT_WORDS})\\s+)\\b(?:[Yy]ears?|[Ss]easons?)\\s+(?:was|were|is|are)\\s+)${YEAR}(?=[,.;:)]|\\s+(?:and|or|to|when)\\b|\\s*$)`, 'g'),
    read: readWrittenDate,
    trusted: true,
  },
  {
    // "20 years ago", "two decades ago", "a year ago", "A century ago": counted back from the time of writing (not "half
    // a century ago" nor "a quarter of a century ago", fractions no count here reads); "ago today" and "ago this month"
    // are one date, that day or month so many years back, not a second entry of the time of writing.
    cue: VAGUE_CUE,
    regex: new RegExp(`(?<!\\b(?:half|quarter)(?:\\s+of)?\\s+)\\b(?<count>\\d{1,3}|an?|${COUNT_WORDS})\\s+(?<span>years?|decades?|centur(?:y|ies))\\s+ago(?:,?\\s+(?<same>today|this\\s+month))?\\b`, 'gi'),
    read: (groups) => {
      const ago = readTimeAgo(groups);
      const same = groups['same']?.toLowerCase();
      return ago === null || same === undefined ? ago : { ...ago, sameTimeOfYear: same === 'today' ? 'day' : 'month' };
    },
  },
  {
    // "a financial crisis two years from now", "a decade hence": counted on from the time of writing, as "two years ago"
    // is counted back; not "millions of years hence", which no count here reads.
    cue: FROM_NOW_CUE,
    regex: new RegExp(`\\b(?<count>\\d{1,3}|an?|${COUNT_WORDS})\\s+(?<span>years?|decades?|centur(?:y|ies))\\s+(?:from\\s+now|hence)\\b`, 'gi'),
    read: (groups) => {
      const ago = readTimeAgo(groups);
      return ago === null ? null : { ...ago, offset: -ago.offset };
    },
  },
  {
    // "he has been dead seventy-eight years", "She's been dead for a decade": a death so many years before the time of
    // writing, as "died seventy-eight years ago" is. Only the present perfect counts from writing; "had been dead for
    // thirty-nine years" counts from a time the story names ("before 1655, when Shakespeare had been dead …").
    cue: DEAD_CUE,
    regex: new RegExp(`(?<=(?:\\b(?:has|have)|\\p{L}['’]s)\\s+been\\s+)dead\\s+(?:for\\s+)?(?<count>\\d{1,3}|an?|${COUNT_WORDS})\\s+(?<span>years?|decades?|centur(?:y|ies))\\b`, 'giu'),
    read: readTimeAgo,
  },
  {
    // "Thomas was living at Packwood two years later", "a decade later": counted on from the year the text named last;
    // not "more than five years later", which counts nothing exactly (see `dropRestatedLater` for a year written after it).
    cue: LATER_CUE,
    regex: new RegExp(`(?<!\\b(?:more\\s+than|over|nearly|almost|some|about|at\\s+least)\\s+)\\b(?<count>\\d{1,3}|an?|${COUNT_WORDS})\\s+(?<span>years?|decades?)\\s+(?<later>later|afterwards?)\\b`, 'gi'),
    read: (groups) => {
      const ago = readTimeAgo(groups);
      return ago === null ? null : { ...ago, reference: 'anaphoric', offset: -ago.offset, later: true };
    },
  },
  {
    // "in June of this year", "in September last year", "On October 8th of last year", "this July", "last January".
    cue: MONTH_CUE,
    regex: new RegExp(`${PREP}?${PART}?${NAMED_MONTH}(?:\\s+${DAY})?,?\\s+(?:of\\s+)?(?<relative>this|last|next)\\s+year\\b|\\b(?<relative2>[Tt]his|[Ll]ast|[Nn]ext)\\s+${NAMED_MONTH.replace('<month>', '<month2>')}(?:\\s+${DAY.replace('<day>', '<day2>')})?`, 'g'),
    read: readDeicticMonth,
  },
  {
    // "in March of the following year", "On November 26 of that year": a month of the year the text last named, or of one
    // counted from it, read whole (the month alone would take the story's year, and the year phrase would follow it).
    cue: MONTH_CUE,
    regex: new RegExp(`${PREP}?${PART}?${NAMED_MONTH}(?:\\s+${DAY})?,?\\s+of\\s+(?<anaphoric>that\\s+(?:same\\s+)?year|the\\s+(?:same|following|next|previous|preceding)\\s+year|the\\s+year\\s+before)\\b`, 'g'),
    read: readAnaphoricMonth,
  },
  {
    cue: /\bmonth\b/,
    regex: /\b(?:(?<prep>[Ss]ince|[Bb]y)\s+)?(?<phrase>[Tt]his|[Ll]ast|[Nn]ext) month\b/g,
    read: (groups) => countedFromWriting(groups['prep'], { monthOffset: stepOf(groups['phrase']) ?? 0 }),
  },
  {
    // "a month ago", "six months ago": the month that many before the month of writing, as "last month" is one; "ten
    // days ago" and "20 years ago" are read beside it. A vague count ("a few months ago") names no month.
    cue: /\bago\b/,
    regex: new RegExp(`\\b(?<count>\\d{1,2}|an?|${COUNT_WORDS})\\s+months?\\s+ago\\b`, 'gi'),
    read: (groups) => {
      const count = countOf(groups['count']);
      return count === null ? null : countedFromWriting(undefined, { monthOffset: -count });
    },
  },
  {
    // "the 1982 census", "the 2019 conference": a year naming which one of a series; also after a name ("the 1960
    // Oriole high"), after a possessive ("the League's 1961 expansion") and after a possessive pronoun ("his 1922
    // indictment", "its 1958 convention"), as a determiner. A name may be the noun itself, its last word the head, where
    // a verb, a closed-class word or a stop ends it: "The 1962 General Assembly has", "the 1919 Curzon Line,".
    cue: WRITTEN_YEAR_CUE,
    regex: new RegExp(
      `(?:\\b[Tt]he|${POSSESSIVE_OWNER}|${POSSESSIVE_PRONOUN})\\s+(?:${ADJECTIVE_BEFORE_YEAR})?(?:${YEAR}|${CLIPPED_YEAR})(?=\\s+(?<name>(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2})(?:(?<noun>\\p{Ll}{3,})\\b|(?<last>\\p{Lu}[\\p{L}-]*)(?=\\s*(?:[,;:!?)]|\\.(?:\\s|$)|$))))`,
      'gu',
    ),
    read: (groups) => {
      const head = headOfName(groups);
      const named = isEventOfYear(groups['noun'] ?? '') || (head !== undefined && isEventOfYear(head.toLowerCase()));
      return named ? { ...readNamingYear(groups), namesThing: true } : null;
    },
    trusted: true,
  },
  {
    // "retrieved from a 1928 failure", "a 1958 cut of more than 50%", "During a 1933 tsunami in Japan": after "a", a
    // year before the noun that heads its phrase names which one, as after "the". A noun that modifies another is the
    // unit of a measure instead ("a 1311 acre tract", "a 1000 watt lamp"), so only a stop or a closed-class word may follow it.
    cue: YEAR_CUE,
    regex: new RegExp(`\\b[Aa]n?\\s+${YEAR}(?=\\s+(?<noun>\\p{Ll}{3,})(?:\\s*(?:[,;:!?)]|\\.(?:\\s|$)|$)|\\s+(?<after>\\p{Ll}+)\\b))`, 'gu'),
    read: (groups) => (isEventOfYear(groups['noun'] ?? '') && (groups['after'] === undefined || YEAR_FOLLOWERS.has(groups['after'])) ? { ...readBareYear(groups), namesThing: true } : null),
    trusted: true,
  },
  {
    // "the big story in 1960's industrial development effort": a year's possessive, owner of what follows; "the 1960's"
    // and "the early 1960's" are a decade, no date.
    cue: YEAR_CUE,
    regex: new RegExp(`(?<!\\b(?:[Tt]he|[Ee]arly|[Ll]ate|[Mm]id|[Tt]hose|[Tt]hese)[\\s-]+)(?<![\\d$£€¥'’-])(?<year>1\\d{3}|20\\d{2}|21\\d{2})['’]s(?=\\s+[\\p{Ll}\\d])`, 'gu'),
    read: readBareYear,
    trusted: true,
  },
  {
    // "the Treaty of Aigun (1858)": a year in brackets after a name dates it; so it does after a title in quotes,
    // "“Revulsion” (1866)", the year the work was written or came out.
    cue: YEAR_CUE,
    regex: new RegExp(`(?<=[\\p{L}'’".”]\\s?)\\(${YEAR}\\)`, 'gu'),
    read: readBareYear,
    trusted: true,
  },
  {
    // "the reforms of 1998-2002", "the unsatisfactory 1958-60 expansion": two years joined by a dash are a period,
    // dated at its start; a two-digit end is in the start's century (not a date's "2000-05-06", read above).
    cue: YEAR_CUE,
    regex: new RegExp(`(?<![\\d(.,$-])${YEAR}\\s?[-–]\\s?(?<end>1\\d{3}|20\\d{2}|21\\d{2}|\\d{2}(?![-\\d]))(?![\\d)%])`, 'g'),
    read: (groups) => (periodEnd(groups) > Number(groups['year']) ? readBareYear(groups) : null),
    trusted: true,
  },
  {
    // "the tax-sharing reform of 1994", but not "the total of 2000"; after a possessive too, a count among its words:
    // "Babe Ruth's 60 homers of 1927", "Means's study of 1932", "its championship team of 1925". A name the year ends
    // is dated so too: "The George-Barden Act of 1946 raised", "the Treaty of 1783", "the Great Flood of 1927". A word
    // may be quoted or abbreviated: "the “hopeless” campaign of 1948", "the Metropolitan St. Louis Survey of 1957".
    cue: YEAR_CUE,
    regex: new RegExp(`(?<=(?:\\b[Tt]he\\s+(?:${WORD_BEFORE_NOUN}\\s+){0,3}|(?:${POSSESSIVE_OWNER}|${POSSESSIVE_PRONOUN})\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3})[“"]?(?<noun>\\p{L}[\\p{Ll}-]*)[”"]?\\s+)of\\s+${YEAR}`, 'gu'),
    read: (groups) => (QUANTITY_NOUNS.has((groups['noun'] ?? '').toLowerCase()) ? null : readBareYear(groups)),
  },
  {
    // "John Ledyard, class of 1773, who scooped a canoe", "a big man at Hanford, Class of 1935": a graduate's class set
    // off after his name is the year he finished (after "the", the pattern above reads it).
    cue: YEAR_CUE,
    regex: new RegExp(`(?<=,\\s+)[Cc]lass\\s+of\\s+${YEAR}`, 'g'),
    read: readBareYear,
    trusted: true,
  },
  {
    // "the record $1.1 billion of 1958": an amount of a year is that year's.
    cue: YEAR_CUE,
    regex: new RegExp(`(?<=[$£€¥]\\d[\\d.,]*(?:\\s+(?:thousand|million|billion|trillion))?\\s+)of\\s+${YEAR}`, 'g'),
    read: readBareYear,
  },
  {
    // "in 1998 and 2004", "in 1998, 2004 and 2010", "in late 1960 and early 1961": every year of a list after a dated one.
    cue: YEAR_CUE,
    regex: new RegExp(`(?<=\\b(?:1\\d{3}|20\\d{2}|21\\d{2})(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+))${EDGE}?${YEAR}`, 'g'),
    read: readBareYear,
  },
  {
    // "For 2021, the plan …": a year opening a sentence after "For".
    cue: YEAR_CUE,
    regex: new RegExp(`(?<=^[\\s"'“‘(\\[—–-]*)[Ff]or\\s+${YEAR}(?=,)`, 'g'),
    read: readBareYear,
    trusted: true,
  },
  {
    // "by the end of this year" (the time of writing), "in the second half of the year" (the year the text is on).
    cue: RELATIVE_CUE,
    regex: new RegExp(`${PREP}?[Tt]he\\s+(?:${PART_WORDS}|rest)\\s+of\\s+(?<which>this|the|that)\\s+(?:(?:fiscal|calendar)\\s+)?year\\b`, 'g'),
    read: (groups) => ({
      relation: relationOf(groups['prep']),
      reference: groups['which'] === 'this' ? 'deictic' : groups['which'] === 'that' ? 'anaphoric' : 'narrative',
      year: null,
      month: null,
      day: null,
      offset: 0,
    }),
  },
  {
    // "during the past week", "last week", "this week": the week before or of the day of writing, dated at its month
    // (a week names no day); not "the past week or two", nor a story's "The next week, forty soldiers were sent",
    // counted from a time it tells of.
    cue: /\bweek\b/,
    regex: /\b(?:(?<prep>[Ss]ince|[Bb]y)\s+)?(?:(?<phrase>[Tt]his|[Ll]ast|(?<![Tt]he\s)[Nn]ext)|[Tt]he\s+(?<span>past|coming))\s+week\b(?!\s+or\b)/g,
    read: (groups) => countedFromWriting(groups['prep'], { weekOffset: stepOf(groups['phrase']) ?? (groups['span'] === 'past' ? -1 : 1) }),
  },
  {
    // "last spring", "this summer", "next autumn", a capital as older prose gives it ("until next Spring"): a season of
    // a year counted from the time of writing.
    cue: new RegExp(`\\b(?:${SEASON})\\b`),
    regex: new RegExp(`\\b(?:(?<prep>[Bb]y|[Ss]ince)\\s+)?(?<relative>[Tt]his|[Ll]ast|[Nn]ext)\\s+(?<season>${SEASON})\\b`, 'g'),
    read: (groups) => ({
      relation: relationOf(groups['prep']),
      reference: 'deictic',
      year: null,
      month: null,
      day: null,
      offset: stepOf(groups['relative']) ?? 0,
      seasonStart: SEASON_STARTS[(groups['season'] ?? '').toLowerCase()] ?? 1,
    }),
  },
  {
    // "who retired at the end of last season", "next season it would be giving twenty-five programs": a sport's or a
    // stage's season before or after the one of writing is counted as "last year" and "next year" are. ("This season"
    // is not read: it is often the time of year, "winds are gusty during this season".)
    cue: SEASON_OF_SPORT_CUE,
    regex: /\b(?:(?<prep>[Bb]y|[Ss]ince)\s+)?(?<relative>[Ll]ast|[Nn]ext)\s+season\b/g,
    read: (groups) => ({ relation: relationOf(groups['prep']), reference: 'deictic', year: null, month: null, day: null, offset: stepOf(groups['relative']) ?? 0 }),
  },
  {
    // "in the first year, 1963.", "one sensational triple-crown season, 1959, when he batted": a year (or a sport's
    // season) that a written year restates in apposition is that year.
    cue: YEAR_CUE,
    regex: new RegExp(`(?<=\\b(?:year|season),\\s+)${YEAR}(?=\\s*[,;.)—–])`, 'g'),
    read: readBareYear,
    trusted: true,
  },
  {
    // "In the following year, 1803, Oersted …": a relative year that a written one restates is that written year.
    cue: YEAR_CUE,
    regex: new RegExp(`${PREP}?(?:${RELATIVE_YEAR_SOURCE}),\\s+${YEAR}(?=\\s*[,;.)—–-])`, 'gi'),
    read: readBareYear,
    trusted: true,
  },
  {
    // Not after a possessive: "paintings executed in his last year (1951)" is the painter's final year, not the one
    // before the time of writing; nor in a saying equating two years' things (`year-sayings.ts`).
    cue: RELATIVE_CUE,
    regex: new RegExp(`(?<!\\b(?:his|her|their|its|my|our|your)\\s+)${NOT_SAYING_SECOND_YEAR}\\b(?:(?<prep>by|since)\\s+)?(?<phrase>${RELATIVE_YEAR_SOURCE})\\b${NOT_SAYING_FIRST_YEAR}`, 'gi'),
    read: readRelativePhrase,
  },
  {
    cue: THEN_CUE,
    regex: /\b(?:[Ee]ver\s+)?[Ss]ince then\b|\b[Ff]rom then on(?:wards?)?\b/g,
    read: () => ({ relation: 'since', reference: 'anaphoric', year: null, month: null, day: null, offset: 0 }),
  },
  {
    cue: VAGUE_CUE,
    regex: /\b(?:[Ii]n )?[Rr]ecent (?:years|decades|months)\b|\b(?:[Aa]t|[Ss]ince|[Ii]n|[Bb]y|[Ff]rom) the (?:beginning|start|turn|end|middle) of the (?:new |last |previous |past |next |\d+(?:st|nd|rd|th) )?(?:century|decade|millennium)\b|\b[Ii]n the (?:past|last) (?:few |several |many |\w+ )?(?:years|decades)\b|\b(?:years|decades|centuries) ago\b|\b(?:[Tt]he\s+)?(?:next|coming|past|last)\s+(?:year|decade)\s+or\s+so\b/g,
    read: () => ({ relation: 'at', reference: 'vague', year: null, month: null, day: null, offset: 0 }),
  },
];

/**
 * Closed-class words: prepositions, conjunctions, determiners, pronouns, auxiliaries and quantifiers. A count is
 * followed by the noun it counts ("in 2000 cases"); none of these is a noun, so a bare year may stand before any of them.
 */
const CLOSED_CLASS = new Set(
  (
    // prepositions
    'to through until till at in on for with within after before since during from by of as despite against amid ' +
    'among versus toward towards under over above below beyond than into onto upon via throughout across ' +
    // "set up in 1844 between Baltimore and Washington", "since 1891 except for one year": a count is not followed by these either.
    'between except without around along near beside besides behind beneath inside outside like unlike ' +
    // conjunctions and relatives
    'and or but nor when while where whereas because although though if unless so then which who whose ' +
    // determiners and pronouns
    'the a an this that these those his her its their our my your he she it they we i you there itself him them us me ' +
    // auxiliaries, negation and adverbs that attach to a clause
    'was were is are be been being has had have will would could should can may might must shall did do does ' +
    'not no also alone only onward onwards again already still yet ever even just respectively ' +
    // "in 1823 several families paid guides", "by 1844 some of the merchants": a quantifier opens the clause the year dates.
    'several some many most all few both each every much half another other such'
  ).split(' '),
);
/** Words that may follow a bare year: the closed classes, and verbs a year is often the subject of ("1960 saw"). */
const YEAR_FOLLOWERS = new Set([...CLOSED_CLASS, ...'saw marked brought began ended compared rose fell grew stood came went'.split(' ')]);
/**
 * Irregular pasts (WordNet's exception list, `isIrregularVerbForm`) that are also a noun or an adjective after a count
 * ("1500 left", "1000 won", "felt", "born"): after a year they are not read as its verb, as "found", "took" or "built" are.
 */
const PAST_ALSO_AFTER_COUNT = new Set('left won felt born worn ground bound wound drawn spent shot hung'.split(' '));
/** An irregular past read as the "-ed" of a regular one is (see `isYearContext`): "the election of 1859 found". */
function isIrregularPast(word: string): boolean {
  return isIrregularVerbForm(word) && !PAST_ALSO_AFTER_COUNT.has(word);
}
/** "of 1630 Lake Av.", "in the 2100 block": a house number, which the name of a street or "block" follows. */
export const ADDRESS_AFTER = /^\s+(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Av|Ave|Avenue|St|Street|Road|Rd|Blvd|Boulevard|Cir|Circle|Drive|Dr|Lane|Ln|Place|Pl|Court|Ct|Terrace|Way)\b|block\b)/u;
const NOT_A_YEAR_AFTER = /^\s*(?:%|percent\b|per\s?cent\b|B\.?C\.?|BCE\b)/;
const SENTENCE_OPENING = /^[\s"“'‘(\[—–-]*$/;
/**
 * "…, but in 1917 time was in short supply": a noun and then a finite verb after "in 1917" make the noun the verb's
 * subject, so the number counts nothing (a count would leave "in 1917 times" a phrase and the verb with no subject).
 */
const SUBJECT_AND_VERB_AFTER = /^\s+\p{Ll}+\s+(?:was|were|is|are|has|had|have|will|would|could|did)\b/u;
/** A capitalised word inside a sentence right before "for": the name of a plan or a vision. */
const TITLE_BEFORE = /(?<=\S\s+)\p{Lu}[\p{L}'’-]*\s+$/u;
/** "reduced by 1841 to 4 per cent": the level a change reached, a percentage, after the year it reached it by. */
const TO_PERCENT_AFTER = /^\s+to\s+\d+(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b)/i;
/** "increased by 2000." counts people, not years. */
const CHANGE_BEFORE_BY = /\b(?:increased?|decreased?|rose|rise|fell|fall|grew|grow|dropped?|up|down|cut|reduced?|raised?|exceeded?|more|less|outnumbered)\s+$/i;

/** The month each season starts in, as the northern calendar counts them. */
const SEASON_STARTS: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** False when a text surely holds no date phrase, so a caller may skip cutting it into sentences. */
export function mayMentionDates(text: string): boolean {
  return ANY_CUE.test(text);
}

/** The date phrases of a sentence, in order, none overlapping. */
export function findDateMentions(sentence: string): DateMention[] {
  const candidates: DateMention[] = [];
  for (const { cue, regex, read, trusted } of PATTERNS) {
    if (!cue.test(sentence)) continue;
    for (const match of sentence.matchAll(regex)) {
      const raw = match[0];
      const meaning = read(match.groups ?? {});
      if (meaning === null) continue;
      const start = match.index;
      const end = start + raw.length;
      // Two years joined ("between 1994 and 1999", "from 2019 to 2021") are a period whatever word follows.
      const isPeriod = YEAR_PERIOD.test(raw);
      // "In about 1500 cases": a number given as near is a count as often as a year, even opening a sentence, so the
      // preposition before it does not vouch for it; the word after it must.
      const vouching = match.groups?.['about'] === undefined ? match.groups?.['prep'] : undefined;
      // "In May first prizes went to …": a yearless day in a word is one only where no noun it could modify follows.
      if (match.groups?.['dayWord'] !== undefined && meaning.year === null && !isDayWordContext(sentence, end)) continue;
      // "in the 2100 block Aiken Street": a house number, whatever pattern read it as a year.
      if (meaning.reference === 'absolute' && meaning.month === null && ADDRESS_AFTER.test(sentence.slice(end, end + 40))) continue;
      if (meaning.reference === 'absolute' && meaning.month === null && trusted !== true && !isPeriod && !NAMED_YEAR.test(raw) && !isYearContext(sentence, start, end, vouching)) continue;
      candidates.push({ ...meaning, start, end, raw, nearbyYear: null });
    }
  }
  return attachNearbyYears(sentence, dropRestatedLater(sentence, pickLongest(candidates)));
}

/** "Now", "last week": a sentence told from the time of writing, whose "nine years later" counts from no year the text named. */
const NOW = /\b(?:now|today|nowadays|(?:last|this)\s+week|yesterday)\b/i;

/** What leads from a "later" to the year that states it: ", in 1820", ", when Janssen and Loeser (1931)". */
const RESTATING = /^,?\s+(?:(?:in\s+)?$|when\b[^,;]*$)/i;

/**
 * "Two years later, in 1820", "came a decade later, when Janssen (1931) used": a "later" that a year written right
 * after it states exactly, or one told from now ("Now it was nine years later"), is no date of its own; a year of
 * another clause ("two years later and sold the manor in 1622") leaves it be.
 */
function dropRestatedLater(sentence: string, mentions: readonly DateMention[]): DateMention[] {
  return mentions.filter((mention, index) => {
    if (mention.later !== true) return true;
    const next = mentions[index + 1];
    const restated = next !== undefined && next.reference === 'absolute' && RESTATING.test(sentence.slice(mention.end, next.start).replace(/\(\s*$/, ''));
    return !restated && !NOW.test(sentence);
  });
}

function readWrittenDate(groups: Record<string, string | undefined>): Meaning | null {
  const year = groups['year'] === undefined ? null : yearOf(groups);
  const month = groups['month'] === undefined ? null : monthNumber(groups['month']);
  const day = groups['day'] !== undefined ? Number.parseInt(groups['day'], 10) : groups['dayWord'] !== undefined ? dayOfWord(groups['dayWord']) : null;
  if (month !== null && day !== null && day > daysInMonth(month, year)) return null;
  return { relation: relationOf(groups['prep']), reference: 'absolute', year, month, day, offset: 0 };
}

/** A range is dated at its start: "from 2019 to 2021" is 2019's statement. */
/** The years a life in brackets may span: a plan's or an office's period is shorter, a dynasty's longer. */
const LIFE_YEARS = { min: 20, max: 110 } as const;

/** True when "(1594-1674)" spans a life's years; a two-digit end ("1594-74") is in the start's century. */
function isLifeSpan(groups: Record<string, string | undefined>): boolean {
  const start = Number(groups['year']);
  const end = periodEnd(groups);
  return end - start >= LIFE_YEARS.min && end - start <= LIFE_YEARS.max;
}

/** The last year of a period written "1958-1960" or "1958-60" (a two-digit end is in the start's century). */
function periodEnd(groups: Record<string, string | undefined>): number {
  const written = groups['end'] ?? '';
  return written.length === 2 ? Math.floor(Number(groups['year']) / 100) * 100 + Number(written) : Number(written);
}

/** A year before the noun it names one of, written in full or clipped ("the '60 election"). */
function readNamingYear(groups: Record<string, string | undefined>): Meaning {
  const clipped = groups['clipped'];
  return clipped === undefined ? readBareYear(groups) : { relation: 'at', reference: 'absolute', year: null, month: null, day: null, offset: 0, clippedYear: Number(clipped) };
}

function readBareYear(groups: Record<string, string | undefined>): Meaning {
  return { relation: relationOf(groups['prep']), reference: 'absolute', year: yearOf(groups), month: null, day: null, offset: 0 };
}

/**
 * The year as a historian writes it: an Old Style double year ("1597/8", "1600/1") is its second, New Style year, the
 * one the date falls in by the modern calendar. A later "2019/20" is a fiscal or school year, dated at its start, and
 * so is a slash that does not write the next year ("1597/9").
 */
function yearOf(groups: Record<string, string | undefined>): number {
  const year = Number(groups['year']);
  const second = groups['newStyle'];
  if (second === undefined || year >= LAST_OLD_STYLE_YEAR) return year;
  const next = year + 1;
  return next % 10 ** second.length === Number(second) ? next : year;
}

function readYearlessDate(groups: Record<string, string | undefined>): Meaning | null {
  const written = readWrittenDate(groups);
  return written === null ? null : { ...written, reference: 'narrative' };
}

/** The first day of a list of days (`LATER_DAYS_AFTER`); a smaller number after the comma is no later day of it. */
function readFirstOfDays(groups: Record<string, string | undefined>): Meaning | null {
  return Number.parseInt(groups['nextDay'] ?? '', 10) > Number.parseInt(groups['day'] ?? '', 10) ? readYearlessDate(groups) : null;
}

/**
 * The second day of "November 14 and 18": a day of its own when it is later than the first by more than one; two days
 * in a row name one event over both, dated at the first as a span is.
 */
function readSecondOfPair(groups: Record<string, string | undefined>): Meaning | null {
  const second = Number.parseInt(groups['secondDay'] ?? '', 10);
  return second > Number.parseInt(groups['day'] ?? '', 10) + 1 ? readYearlessDate({ ...groups, day: String(second) }) : null;
}

function readTimeAgo(groups: Record<string, string | undefined>): Meaning | null {
  const count = countOf(groups['count']);
  if (count === null) return null;
  const span = groups['span'] ?? '';
  const years = /^decade/i.test(span) ? count * 10 : /^centur/i.test(span) ? count * 100 : count;
  return { relation: 'at', reference: 'deictic', year: null, month: null, day: null, offset: -years };
}

/** The count of "20 years ago", "twenty-one days ago", "a week ago": digits or words; null for none or nothing read. */
function countOf(written: string | undefined): number | null {
  const lower = (written ?? '').toLowerCase();
  const [first = '', second] = lower.split('-');
  const count = /^\d+$/.test(lower) ? Number(lower) : (WORD_COUNTS[first] ?? Number.NaN) + (second === undefined ? 0 : (WORD_COUNTS[second] ?? Number.NaN));
  return Number.isFinite(count) && count > 0 ? count : null;
}

/** How many units from the time of writing "this", "last" or "next" point ("last month": -1); undefined for other words. */
function stepOf(word: string | undefined): number | undefined {
  return ({ this: 0, last: -1, next: 1 } as Readonly<Record<string, number>>)[(word ?? '').toLowerCase()];
}

function readDeicticMonth(groups: Record<string, string | undefined>): Meaning | null {
  const month = groups['month'] ?? groups['month2'];
  const offset = stepOf(groups['relative'] ?? groups['relative2']);
  if (month === undefined || offset === undefined) return null;
  const writtenDay = groups['day'] ?? groups['day2'];
  const day = writtenDay === undefined ? null : Number.parseInt(writtenDay, 10);
  const meaning: Meaning = { relation: relationOf(groups['prep']), reference: 'deictic', year: null, month: monthNumber(month), day, offset };
  // "last January" is the January before the month of writing, whichever year that falls in; not the year before's.
  return groups['relative2'] === undefined || offset === 0 ? meaning : { ...meaning, offset: 0, monthToward: offset < 0 ? 'back' : 'on' };
}

function readAnaphoricMonth(groups: Record<string, string | undefined>): Meaning | null {
  const relative = readRelativeYear(groups['anaphoric'] ?? '');
  const month = groups['month'];
  if (relative?.reference !== 'anaphoric' || month === undefined) return null;
  const day = groups['day'] === undefined ? null : Number.parseInt(groups['day'], 10);
  return { relation: relationOf(groups['prep']), reference: 'anaphoric', year: null, month: monthNumber(month), day, offset: relative.offset };
}

/** "census", "conference", but not "cases" or "and". */
function isSingularNoun(word: string): boolean {
  return !YEAR_FOLLOWERS.has(word) && (!/s$/.test(word) || /(?:ss|us|is)$/.test(word));
}

/**
 * "the 1982 census", "his 1922 indictment": a singular noun after a year that names which one it is, and so does a
 * plural that names no countable thing ("the 1961 statistics", "his 1921 ventures"), as the figures read it; before a
 * countable one the number is a count ("their 1500 acres", "its 1200 employees"). "His 1958 model" is a make of car,
 * no event.
 */
function isEventOfYear(noun: string): boolean {
  return noun !== 'model' && (isSingularNoun(noun) || (isPluralNoun(noun) && namesNoCountable(noun)));
}

/**
 * The last word of a name after a year, where nothing but a verb, a closed-class word or a stop follows it ("General
 * Assembly has", "Amendments completely", "Curzon Line,"): that word is the noun the year names one of. Undefined where
 * a noun follows the name, which is then its head ("the 1961 American League pennant").
 */
function headOfName(groups: Record<string, string | undefined>): string | undefined {
  if (groups['last'] !== undefined) return groups['last'];
  const noun = groups['noun'] ?? '';
  const endsName = YEAR_FOLLOWERS.has(noun) || isLyAdverb(noun);
  return endsName ? groups['name']?.trim().split(/\s+/).at(-1) || undefined : undefined;
}

function readRelativePhrase(groups: Record<string, string | undefined>): Meaning | null {
  const relative = readRelativeYear(groups['phrase'] ?? '');
  if (relative === undefined) return null;
  const meaning = { relation: relationOf(groups['prep']), reference: relative.reference, year: null, month: null, day: null, offset: relative.offset };
  return relative.twelveMonths === true ? { ...meaning, twelveMonths: true } : meaning;
}

/** "last month", "the past week": a month or a week counted from the time of writing. */
function countedFromWriting(prep: string | undefined, step: Pick<Meaning, 'monthOffset'> | Pick<Meaning, 'weekOffset'>): Meaning {
  return { relation: relationOf(prep), reference: 'deictic', year: null, month: null, day: null, offset: 0, ...step };
}

function dayOfWritingMeaning(prep: string | undefined, dayOfWriting: DayOfWriting): Meaning {
  return { relation: relationOf(prep), reference: 'deictic', year: null, month: null, day: null, offset: 0, dayOfWriting };
}

function relationOf(prep: string | undefined): DateRelation {
  const word = prep?.toLowerCase();
  if (word === 'since') return 'since';
  if (word === 'by') return 'by';
  return 'at';
}

function monthNumber(written: string): number {
  if (/^\d/.test(written)) return Number.parseInt(written, 10);
  return MONTH_PREFIXES.indexOf(written.slice(0, 3).toLowerCase()) + 1;
}

/** February has 29 days when the year is not known yet. */
export function daysInMonth(month: number, year: number | null): number {
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

/** A bare year is trusted only where a count could not stand: see `YEAR_FOLLOWERS`. */
function isYearContext(sentence: string, start: number, end: number, prep: string | undefined): boolean {
  const after = sentence.slice(end, end + 40);
  if (NOT_A_YEAR_AFTER.test(after)) return false;
  // "In 1959 prices fell", "Since 1950 farm output has doubled": a time preposition opening the sentence dates it.
  if (prep !== undefined && (SENTENCE_OPENING.test(sentence.slice(0, start)) || SUBJECT_AND_VERB_AFTER.test(after))) return true;
  const words = /^\s+([a-z][a-z']*)(?:\s+([a-z]+))?(?:\s+([a-z]+))?/.exec(after) ?? [];
  // "in 1947 expressly as a Muslim state", "in 1957 finally bowed to": an adverb in -ly says nothing of a year or a
  // count, so the words after it tell them apart as they would right after the number ("in 2000 newly registered voters").
  const [word, following] = isLyAdverb(words[1]) && words[2] !== undefined ? [words[2], words[3]] : [words[1], words[2]];
  // A word in -ed or -ing, or an irregular past, before no noun is a verb, not a modifier of what a count counts: "in
  // 1960 exceeded $300 million", "for 1961 recommended in this budget", "in 1593 asking his consent", "of 1859 found
  // Republican candidates"; "in 2000 registered voters" and "in 1500 fighting men" count.
  const verb = (/(?:ed|ing)$/.test(word ?? '') || isIrregularPast(word ?? '')) && (following === undefined || CLOSED_CLASS.has(following));
  if (word !== undefined && !YEAR_FOLLOWERS.has(word) && !verb) return false;
  const lead = sentence.slice(Math.max(0, start - 24), start);
  // "the Vision for 2035", "an Agenda for 2030": a year a title names is no date; "the budget for 1962" is one.
  if (prep?.toLowerCase() === 'for' && TITLE_BEFORE.test(lead)) return false;
  // "the duty was reduced by 1841 to 4 per cent": a change to a percentage is no change of some 1,841 of anything.
  return prep?.toLowerCase() !== 'by' || !CHANGE_BEFORE_BY.test(lead) || TO_PERCENT_AFTER.test(after);
}

/**
 * "she died on August sixth.", "September first, when the show opens", "on June fifth at noon": an ordinal word after a
 * month is its day when the sentence or clause ends there or a closed-class word follows; before any other word it is
 * that word's modifier ("In May first prizes went", "In March second thoughts prevailed").
 */
function isDayWordContext(sentence: string, end: number): boolean {
  const next = /^\s+([A-Za-z][a-z']*)/.exec(sentence.slice(end, end + 24))?.[1];
  return next === undefined || CLOSED_CLASS.has(next.toLowerCase());
}

/** An adverb in -ly ("expressly", "finally"); one a year may stand before already ("respectively") is read as before. */
function isLyAdverb(word: string | undefined): boolean {
  return word !== undefined && /^[a-z]{3,}ly$/.test(word) && !YEAR_FOLLOWERS.has(word);
}

/** Keeps, from overlapping candidates, the one that starts first, then the longest. */
export function pickLongest(candidates: DateMention[]): DateMention[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateMention[] = [];
  for (const candidate of candidates) {
    const last = kept[kept.length - 1];
    if (last === undefined || candidate.start >= last.end) kept.push(candidate);
  }
  return kept;
}

/** Records a year standing alone just before or after a written date, outside any other phrase. */
function attachNearbyYears(sentence: string, mentions: DateMention[]): DateMention[] {
  return mentions.map((mention, index) => {
    if (mention.reference !== 'absolute') return mention;
    const before = sentence.slice(Math.max(mentions[index - 1]?.end ?? 0, mention.start - 8), mention.start);
    const after = sentence.slice(mention.end, Math.min(mentions[index + 1]?.start ?? sentence.length, mention.end + 8));
    const written = YEAR_ONLY.exec(before)?.[1] ?? YEAR_ONLY.exec(after)?.[1];
    const nearbyYear = written === undefined ? null : Number(written);
    return nearbyYear === null || nearbyYear === mention.year ? mention : { ...mention, nearbyYear };
  });
}
