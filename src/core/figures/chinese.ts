import { CHINESE_NUMERAL_CHARS, parseNumberText } from '../chinese-numerals.ts';
import { splitSentences } from '../documents/sentences.ts';
import { findChineseDateMentions } from '../timeline/chinese-dates.ts';
import type { Figure, FigureQualifier, FigureUnit, Passage } from '../types.ts';

/**
 * Figures stated in Chinese: 7.5万元, 300余万元 (3,000,000, more than), 52万余人 (520,000, more than),
 * 1.2亿吨, 3万亿美元, 百分之三十, 45%, 2个百分点, 三成 (30%), 一百二十家, 两万人, with full-width digits,
 * ranges (200万至600万元) and qualifiers (超过, 近, 约, 不到, 至少 …).
 *
 * Precision before recall: a policy text is full of numbers that are not quantities, so these are
 * not figures: ordinals (第三次分配, 首位), names and slogans in quotation marks (“三个区分开来”,
 * “八八战略”), party congresses and plenums (十九大, 十九届五中全会), plan names (十四五规划), list
 * numbering (（二十八）), runs of numerals that are not one number (一二三产业), the incidental "one"
 * (一项, 一批, 统一), vague amounts (几千年, 若干) and dates (masked by the date reader). A number written in
 * Chinese numerals needs a measure word after it (家, 个, 人, 吨 …); one written in digits may have any
 * character after it that is not a date, ordinal or name word.
 */

/** A passage is read as Chinese when at least this share of its letters are Han characters. */
const CHINESE_TEXT_SHARE = 0.5;
/** Numbers of years below this are lengths of time ("用5年时间"); from it on they are dates, read by the timeline. */
const MAX_YEARS_LENGTH = 1000;

const DIGITS = '[0-9０-９]+(?:[.．,][0-9０-９]+)*';
const NUMERAL = `[${CHINESE_NUMERAL_CHARS}]+`;
const SCALE = '(?:万亿|亿|万|千|百)';
/** A number with its scale and "more than" (余 / 多) wherever they sit: 300余万, 52万余, 三十多. */
const AMOUNT = `(?:(?<digits>${DIGITS})|(?<numeral>${NUMERAL}))(?<more1>余|多)?(?<scale>${SCALE})?(?<more2>余|多)?`;
const CURRENCY = '(?<currency>美元|欧元|英镑|港元|人民币|元)';
/**
 * Measure words (量词) and units a count may carry, longest first so 平方公里 wins over 公里. A number
 * followed by none of them (12345热线, 20世纪, 1号线) is not a figure.
 */
const MEASURE_WORDS = [
  ...['平方公里', '平方千米', '平方米', '立方米', '千瓦时', '标准箱', '个百分点'],
  ...['公顷', '千瓦', '兆瓦', '吉瓦', '千克', '公斤', '公里', '千米', '厘米', '毫米', '毫升', '小时', '分钟', '个月', '人次', '车次', '架次', '班次', '辆次', '万户', '周年'],
  ...['个', '家', '人', '名', '位', '户', '座', '所', '项', '件', '条', '只', '头', '匹', '尾', '辆', '台', '套', '张', '部', '处', '次', '批', '种', '类'],
  ...['吨', '克', '斤', '亩', '米', '升', '箱', '份', '册', '本', '卷', '页', '篇', '首', '幅', '封', '双', '对', '副', '组', '群', '宗', '笔', '起', '场'],
  ...['例', '床', '间', '栋', '幢', '艘', '架', '列', '棵', '株', '枚', '支', '颗', '粒', '块', '片', '根', '口', '门', '所', '倍', '天', '周', '年', '岁', '度'],
].sort((a, b) => b.length - a.length);
const MEASURE_WORD = `(?<measure>${[...new Set(MEASURE_WORDS)].join('|')})`;
const UNIT = `(?:${CURRENCY}|(?<points>个百分点)|(?<percent>[%％])|${MEASURE_WORD})`;
const QUALIFIER_BEFORE = '(?<qualifier>超过|超|逾|多达|高达|近|将近|接近|约|大约|不到|不足|低于|少于|至少|不少于|不低于|最多|不超过)?';
const RANGE_END = `(?:\\s*(?:[—–\\-~～至到])\\s*(?<maxDigits>${DIGITS})(?<maxScale>${SCALE})?)?`;

const FIGURE = new RegExp(`${QUALIFIER_BEFORE}${AMOUNT}${RANGE_END}${UNIT}?(?<about>左右|以上|以下)?`, 'gu');
const PERCENT_WORDS = new RegExp(`${QUALIFIER_BEFORE}百分之(?<percentOf>${DIGITS}|${NUMERAL})`, 'gu');
/** 三成 = 30%: a single numeral before 成, and 成 not the start of another word (成为, 成果, 一成不变). */
const TENTHS = new RegExp(`${QUALIFIER_BEFORE}(?<![${CHINESE_NUMERAL_CHARS}0-9])(?<tenths>[一二两三四五六七八九十]|[1-9])(?<more>多)?成(?![为立果功本员就熟长绩效不都年型])(?<about>以上|左右)?`, 'gu');

/** Before a number: an ordinal (第三), an approximate word (几十, 数百) or a name's start. */
const NOT_A_FIGURE_BEFORE = /(?:第|几|数|若|每|周|初|星期|礼拜)$/u;
/** The two characters before a numeral of an idiom: a numeral, then one other character (三番|五次). */
const IDIOM_NUMERAL = /^[一二两三四五六七八九十百千万][^一二两三四五六七八九十百千万0-9０-９]$/u;
/** After a Chinese numeral: congresses, plenums and plan names (十九大, 十九届, 五中全会, 十四五). */
const NAME_AFTER = /^(?:大|届|中全会|次全会|五)/u;

const QUALIFIERS: Readonly<Record<string, FigureQualifier>> = {
  超过: 'more-than', 超: 'more-than', 逾: 'more-than', 多达: 'more-than', 高达: 'more-than',
  近: 'about', 将近: 'about', 接近: 'about', 约: 'about', 大约: 'about',
  不到: 'less-than', 不足: 'less-than', 低于: 'less-than', 少于: 'less-than',
  至少: 'at-least', 不少于: 'at-least', 不低于: 'at-least',
  最多: 'at-most', 不超过: 'at-most',
};
const CURRENCY_UNITS: Readonly<Record<string, FigureUnit>> = { 元: 'yuan', 人民币: 'yuan', 美元: 'usd', 港元: 'yuan', 欧元: 'eur', 英镑: 'gbp' };
const SCALES: Readonly<Record<string, number>> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3, 百: 1e2 };
/** Verbs and adverbs between a subject and its number: left out of the measure. */
const TRAILING_VERB = /(?:达到|达|为|是|共|共有|有|超过|约|近|增长|增加|减少|下降|提高|提升|突破|实现|累计|总计|合计|新增|占|仅|已|了|的)+$/u;

/** A figure found in a sentence, before it is placed in its passage. */
interface ChineseReading {
  readonly value: number;
  readonly valueMax?: number;
  readonly unit: FigureUnit;
  readonly unitWord: string;
  readonly qualifier?: FigureQualifier;
  readonly start: number;
  readonly end: number;
}

/** True when most of the text's letters are Han characters: its figures are read by `readChineseFigures`. */
export function isChineseText(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return han > 0 && han >= CHINESE_TEXT_SHARE * (han + latin);
}

/**
 * The figures of a Chinese passage, in reading order. A figure's year, as for English figures: the
 * nearest year written before it in its sentence, else after it, else the last one earlier in the
 * passage (a paragraph opening "2021年，" frames what follows). 今年, 去年 and the other years counted from the time
 * of writing are years too when `publishedYear` is known ("今年赤字率拟按4%安排" in a 2025 report: 2025), as English
 * "this year" is.
 */
export function readChineseFigures(passage: Passage, publishedYear?: number): Figure[] {
  const figures: Figure[] = [];
  let earlierYear: number | undefined;
  for (const sentence of splitSentences(passage.text)) {
    const dates = findChineseDateMentions(sentence.text);
    const years = dates.flatMap((mention) => {
      const year = mention.reference === 'absolute' ? mention.year : mention.reference === 'deictic' && publishedYear !== undefined ? publishedYear + mention.offset : null;
      return year === null ? [] : [{ year, start: mention.start }];
    });
    for (const reading of readSentence(sentence.text, dates)) {
      const year = years.filter((mention) => mention.start < reading.start).at(-1)?.year ?? years.find((mention) => mention.start > reading.start)?.year ?? earlierYear;
      const raw = sentence.text.slice(reading.start, reading.end);
      const subject = subjectBefore(sentence.text, reading.start);
      const object = wordsAfter(sentence.text, reading.end);
      figures.push({
        value: reading.value,
        ...(reading.valueMax === undefined ? {} : { valueMax: reading.valueMax }),
        unit: reading.unit,
        measure: subject.length >= 2 ? subject : object.length > 0 ? object : reading.unitWord,
        ...(reading.qualifier === undefined ? {} : { qualifier: reading.qualifier }),
        ...(year === undefined ? {} : { year }),
        raw,
        text: sentence.text,
        passageId: passage.id,
      });
    }
    earlierYear = years.at(-1)?.year ?? earlierYear;
  }
  return figures;
}

/** Readings of one sentence, none overlapping another or a date. */
function readSentence(sentence: string, dates: readonly { start: number; end: number }[]): ChineseReading[] {
  const taken: { start: number; end: number }[] = [...dates];
  const overlaps = (start: number, end: number) => taken.some((span) => start < span.end && span.start < end);
  const readings: ChineseReading[] = [];
  const quoted = quotedSpans(sentence);
  for (const [regex, read] of [[PERCENT_WORDS, readPercentWords], [TENTHS, readTenths], [FIGURE, readAmount]] as const) {
    for (const match of sentence.matchAll(regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlaps(start, end) || quoted.some((span) => start >= span.start && start < span.end)) continue;
      if (NOT_A_FIGURE_BEFORE.test(sentence.slice(0, start))) continue;
      // Numerals in an idiom's pattern X…Y… (三番五次, 一心一意) count nothing.
      if (IDIOM_NUMERAL.test(sentence.slice(Math.max(0, start - 2), start)) && /^[一二两三四五六七八九十百千万]/u.test(match[0])) continue;
      const reading = read(match.groups ?? {}, sentence.slice(end));
      if (reading === null) continue;
      readings.push({ ...reading, start, end });
      taken.push({ start, end });
    }
  }
  return readings.sort((a, b) => a.start - b.start);
}

type Read = (groups: Record<string, string | undefined>, after: string) => Omit<ChineseReading, 'start' | 'end'> | null;

const readAmount: Read = (groups, after) => {
  const numberText = groups['digits'] ?? groups['numeral'] ?? '';
  const written = parseNumberText(numberText);
  if (written === null || !isOneNumber(groups)) return null;
  // A bare 百, 千, 万 or 亿 is "many", as in idioms (千家万户, 万人空巷), not a count.
  if (/^[百千万亿]$/u.test(groups['numeral'] ?? '')) return null;
  const scale = SCALES[groups['scale'] ?? ''] ?? 1;
  const value = roundValue(written * scale);
  const more = groups['more1'] !== undefined || groups['more2'] !== undefined || groups['about'] === '以上';
  const qualifier = QUALIFIERS[groups['qualifier'] ?? ''] ?? (more ? 'more-than' : groups['about'] === '左右' ? 'about' : undefined);
  const maxWritten = groups['maxDigits'] === undefined ? null : parseNumberText(groups['maxDigits']);
  const valueMax = maxWritten === null ? undefined : roundValue(maxWritten * (SCALES[groups['maxScale'] ?? ''] ?? scale));
  const unit = unitOf(groups, value, after);
  if (unit === null) return null;
  return { value, ...(valueMax === undefined || valueMax <= value ? {} : { valueMax }), ...unit, ...(qualifier === undefined ? {} : { qualifier }) };
};

const readPercentWords: Read = (groups) => {
  const value = parseNumberText(groups['percentOf'] ?? '');
  if (value === null) return null;
  const qualifier = QUALIFIERS[groups['qualifier'] ?? ''];
  return { value, unit: 'percent', unitWord: '%', ...(qualifier === undefined ? {} : { qualifier }) };
};

const readTenths: Read = (groups) => {
  const tenths = parseNumberText(groups['tenths'] ?? '');
  if (tenths === null || tenths === 0) return null;
  const more = groups['more'] !== undefined || groups['about'] === '以上';
  const qualifier = QUALIFIERS[groups['qualifier'] ?? ''] ?? (more ? 'more-than' : groups['about'] === '左右' ? 'about' : undefined);
  return { value: tenths * 10, unit: 'percent', unitWord: '成', ...(qualifier === undefined ? {} : { qualifier }) };
};

/** The unit of an amount, or null when what follows makes it no figure. */
function unitOf(groups: Record<string, string | undefined>, value: number, after: string): { unit: FigureUnit; unitWord: string } | null {
  const inDigits = groups['digits'] !== undefined;
  const scaled = groups['scale'] !== undefined || /[十百千万亿]/u.test(groups['numeral'] ?? '');
  if (groups['currency'] !== undefined) {
    // 二元结构 is a dual structure, not two yuan: money in numerals needs a scale.
    if (!inDigits && !scaled) return null;
    return { unit: CURRENCY_UNITS[groups['currency']] ?? 'yuan', unitWord: groups['currency'] };
  }
  if (groups['points'] !== undefined) return { unit: 'percentage-points', unitWord: '个百分点' };
  if (groups['percent'] !== undefined) return inDigits ? { unit: 'percent', unitWord: '%' } : null;
  const measure = groups['measure'];
  // "人口超过1000万": digits scaled by 万 or 亿 are a count even without a measure word.
  if (measure === undefined) return inDigits && /^(?:万|亿|万亿)$/u.test(groups['scale'] ?? '') ? { unit: 'count', unitWord: '' } : null;
  if (!inDigits && NAME_AFTER.test(`${measure}${after}`)) return null;
  if (measure === '年') return inDigits && value < MAX_YEARS_LENGTH && !/^(?:级|代|版)/u.test(after) ? { unit: 'years', unitWord: '年' } : null;
  // An anniversary (成立75周年) counts years; without 年, 75周 would be weeks.
  if (measure === '周年') return { unit: 'years', unitWord: '周年' };
  if (measure === '分钟') return { unit: 'minutes', unitWord: '分钟' };
  if (measure === '倍') return { unit: 'ratio', unitWord: '倍' };
  // The incidental "one" (一项, 一批, 一个): a count of one is not a figure worth listing.
  if (!inDigits && value === 1) return null;
  return { unit: 'count', unitWord: measure };
}

/**
 * False for numeral runs that are not one number: 一二三 (a list), 十四五 (a plan's name), 四五 (an
 * approximation, "four or five").
 */
function isOneNumber(groups: Record<string, string | undefined>): boolean {
  const numeral = groups['numeral'];
  if (numeral === undefined) return true;
  return !/[〇零一二两三四五六七八九]{2}/u.test(numeral.replace(/零/gu, '')) || /^[〇零一二三四五六七八九]{4}$/u.test(numeral);
}

/** The clause words before a figure, without the verb that joins them to it: "全市常住人口达到" → "全市常住人口". */
function subjectBefore(sentence: string, start: number): string {
  const clause = sentence.slice(0, start).split(/[，。；：、！？,;:（）()“”"《》\s]/u).at(-1) ?? '';
  const withoutDate = clause.replace(/^.*?(?:年底|年末|年初|年|月|日)/u, (dated) => (/\d|[〇一二三四五六七八九十]/u.test(dated) ? '' : dated));
  return withoutDate.replace(TRAILING_VERB, '').slice(-24);
}

/** The clause words after a figure ("两个孩子" → "孩子"), for a figure whose clause names nothing before it. */
function wordsAfter(sentence: string, end: number): string {
  return (sentence.slice(end).split(/[，。；：、！？,;:（）()“”"《》\s]/u)[0] ?? '').replace(/^的/u, '').slice(0, 12);
}

/** Spans inside “…” or 「…」 quotation marks up to 12 characters: names and slogans, not statements. */
function quotedSpans(sentence: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of sentence.matchAll(/[“「『]([^”」』]{1,12})[”」』]/gu)) spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

/** 7.5 × 10⁴ in floating point is 74999.99…: values are rounded to a millionth. */
function roundValue(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

