import { parseNumberText, toHalfWidthDigits } from '../chinese-numerals.ts';
import { pickLongest, type DateMention, type DateReference, type DateRelation } from './dates.ts';

/**
 * Finds the date phrases of a Chinese sentence, as `findDateMentions` does for English, in the same
 * shape, so the timeline resolves and classifies both alike.
 *
 * Recognised: 2021年10月21日 (and 号), 2021年10月, 2021年 (a year with 年), 二〇二一年十月, with full-width
 * digits; 2021年底 / 年末 / 年初 / 上半年 (year precision); 到2025年 / 到2025年底 / 力争到 as a deadline
 * ("by"), 2019年以来 / 自2019年起 as "since"; periods 2021—2025年 and 2021年至2025年 (dated at their
 * start, as English ranges are); 今年 / 去年 / 明年 / 前年 / 后年, 过去一年 / 一年来 (the year before) and 两年前 / 3年后
 * against the time of writing;
 * 当年 / 同年 / 次年 / 这一年 against the last year named; 10月21日 and 10月 without a year from the story's year;
 * 近年来 / 多年来 / 几年前 as vague. A year of more than 4 digits, or one followed by 历史 or 之久, counts years.
 */

/** The earliest and latest years read as dates; outside them "1000年" is a count of years. */
const MIN_YEAR = 1000;
const MAX_YEAR = 2199;

const NUM = '[0-9０-９〇零一二两三四五六七八九十]';
const YEAR = `(?<year>[0-9０-９]{4}|[〇零一二三四五六七八九]{4})`;
const MONTH = `(?<month>[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])`;
const DAY = `(?<day>[0-9０-９]{1,2}|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])`;
/** Words before a year that make it a deadline, or a point something runs from. */
const BY = '(?<by>(?:力争|争取|预计|计划|预期|有望)?(?:到|至|截至|截止到?|于)?)';
const SINCE_BEFORE = '(?<from>自|从|自从)?';
/** What may follow a year: a part of it, or "since" / "before" / "after". */
const YEAR_PART = '(?<part>年?底|年?末|年?初|年中|上半年|下半年|前后|以来|以前|之前|前|起|开始|后|以后|之后)?';
/** A number of years right after "年" that is a length, not a date: "1000年历史", "2000年之久". */
const NOT_A_DATE_AFTER = /^(?:历史|之久|左右|以上|多|来(?![看说]))/u;

interface ChinesePattern {
  readonly regex: RegExp;
  readonly read: (groups: Record<string, string | undefined>) => Omit<DateMention, 'start' | 'end' | 'raw' | 'nearbyYear'> | null;
}

const PATTERNS: readonly ChinesePattern[] = [
  // A period: 2021—2025年, 2021-2025年, 2021年至2025年, 2021～2025年.
  { regex: new RegExp(`${BY}${YEAR}年?\\s*(?:[—–\\-~～至到])\\s*(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年`, 'gu'), read: readYearDate },
  { regex: new RegExp(`${SINCE_BEFORE}${BY}${YEAR}\\s*年\\s*${MONTH}\\s*月\\s*${DAY}\\s*[日号]${YEAR_PART}`, 'gu'), read: readYearDate },
  { regex: new RegExp(`${SINCE_BEFORE}${BY}${YEAR}\\s*年\\s*${MONTH}\\s*月份?(?![0-9０-９一二三四五六七八九十])${YEAR_PART}`, 'gu'), read: readYearDate },
  { regex: new RegExp(`${SINCE_BEFORE}${BY}${YEAR}\\s*年(?![0-9０-９])${YEAR_PART}`, 'gu'), read: readYearDate },
  // Yearless: 10月21日, and a month alone only in digits (十月 alone is too often a name: 十月革命).
  // Not after 每 ("每年3月" recurs every year) or 个 ("3个月" is a length).
  { regex: new RegExp(`(?<![年0-9０-９个每])${MONTH}\\s*月\\s*${DAY}\\s*[日号]`, 'gu'), read: readYearless },
  { regex: /(?<![年0-9０-９个每])(?<month>[0-9０-９]{1,2})\s*月份?(?![0-9０-９日号])/gu, read: readYearless },
  {
    regex: new RegExp(`${BY}(?<relative>今年|去年|明年|前年|后年|过去的?一年|(?<![0-9０-９〇零一二两三四五六七八九十百几多])一年来|当年|同年|次年|翌年|这一年|那一年)(?:${MONTH}月(?:${DAY}[日号])?)?${YEAR_PART}`, 'gu'),
    read: readRelative,
  },
  { regex: new RegExp(`(?<count>${NUM}{1,3})年(?<direction>前|后|以前|以后|之前|之后)`, 'gu'), read: readYearsAgo },
  { regex: /近(?:几|些|两|三)?年(?:来|以来)?|多年(?:来|以来)|几年(?:前|来)|近年/gu, read: () => vague() },
];

const RELATIVE: Readonly<Record<string, { reference: DateReference; offset: number }>> = {
  今年: { reference: 'deictic', offset: 0 },
  去年: { reference: 'deictic', offset: -1 },
  明年: { reference: 'deictic', offset: 1 },
  前年: { reference: 'deictic', offset: -2 },
  后年: { reference: 'deictic', offset: 2 },
  // "The past year" of a report, as English "the past year" is read: the calendar year before the time of writing.
  过去一年: { reference: 'deictic', offset: -1 },
  过去的一年: { reference: 'deictic', offset: -1 },
  一年来: { reference: 'deictic', offset: -1 },
  当年: { reference: 'anaphoric', offset: 0 },
  同年: { reference: 'anaphoric', offset: 0 },
  次年: { reference: 'anaphoric', offset: 1 },
  翌年: { reference: 'anaphoric', offset: 1 },
  这一年: { reference: 'anaphoric', offset: 0 },
  那一年: { reference: 'anaphoric', offset: 0 },
};

/** A cheap test: a text without 年 or 月 holds no Chinese date phrase. */
export function mayMentionChineseDates(text: string): boolean {
  return /[年月]/u.test(text);
}

/** The Chinese date phrases of a sentence, in order, none overlapping (the first, then the longest, wins). */
export function findChineseDateMentions(sentence: string): DateMention[] {
  if (!mayMentionChineseDates(sentence)) return [];
  const candidates: DateMention[] = [];
  for (const { regex, read } of PATTERNS) {
    for (const match of sentence.matchAll(regex)) {
      const meaning = read(match.groups ?? {});
      if (meaning === null || match[0].length === 0) continue;
      const end = match.index + match[0].length;
      if (meaning.reference === 'absolute' && NOT_A_DATE_AFTER.test(sentence.slice(end))) continue;
      if (/[0-9０-９.．]$/u.test(sentence.slice(0, match.index))) continue; // the tail of a longer number
      candidates.push({ ...meaning, start: match.index, end, raw: match[0], nearbyYear: null });
    }
  }
  return pickLongest(candidates);
}

function readYearDate(groups: Record<string, string | undefined>): ReturnType<ChinesePattern['read']> {
  const year = parseNumberText(groups['year'] ?? '');
  if (year === null || year < MIN_YEAR || year > MAX_YEAR) return null;
  const monthDay = readMonthDay(groups, year);
  if (monthDay === null) return null;
  return { relation: relationOf(groups), reference: 'absolute', year, ...monthDay, offset: 0 };
}

function readYearless(groups: Record<string, string | undefined>): ReturnType<ChinesePattern['read']> {
  const monthDay = readMonthDay(groups, null);
  if (monthDay === null || monthDay.month === null) return null;
  return { relation: 'at', reference: 'narrative', year: null, ...monthDay, offset: 0 };
}

function readRelative(groups: Record<string, string | undefined>): ReturnType<ChinesePattern['read']> {
  const relative = RELATIVE[groups['relative'] ?? ''];
  const monthDay = readMonthDay(groups, null);
  if (relative === undefined || monthDay === null) return null;
  return { relation: relationOf(groups), reference: relative.reference, year: null, ...monthDay, offset: relative.offset };
}

/** "两年前" is two years before the time of writing; "3年后" three after it. */
function readYearsAgo(groups: Record<string, string | undefined>): ReturnType<ChinesePattern['read']> {
  const count = parseNumberText(groups['count'] ?? '');
  if (count === null || count === 0 || count > 100) return null;
  const sign = /前/u.test(groups['direction'] ?? '') ? -1 : 1;
  return { relation: 'at', reference: 'deictic', year: null, month: null, day: null, offset: sign * count };
}

function vague(): ReturnType<ChinesePattern['read']> {
  return { relation: 'at', reference: 'vague', year: null, month: null, day: null, offset: 0 };
}

function readMonthDay(groups: Record<string, string | undefined>, year: number | null): { month: number | null; day: number | null } | null {
  const month = groups['month'] === undefined ? null : parseNumberText(toHalfWidthDigits(groups['month']));
  const day = groups['day'] === undefined ? null : parseNumberText(toHalfWidthDigits(groups['day']));
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (month === null || day < 1 || day > new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate())) return null;
  return { month, day };
}

/** 到2025年 and 2025年前 are deadlines; 2019年以来 and 自2019年 run from the date; 截至 reports a state reached. */
function relationOf(groups: Record<string, string | undefined>): DateRelation {
  const by = groups['by'] ?? '';
  const part = groups['part'] ?? '';
  if (groups['from'] !== undefined || /^(?:以来|起|开始)$/u.test(part)) return 'since';
  if (/截至|截止/u.test(by)) return 'at';
  if (/到|至/u.test(by) || /^(?:前|以前|之前)$/u.test(part)) return 'by';
  return 'at';
}
