import type { QueryTerm } from './query.ts';

/**
 * The measure words and units a Chinese count or amount is written with ("1244万人", "4.06万亿元", "1.39万亿斤",
 * "两次"), longest first so that "平方公里" is read before "公里" and "美元" before "元". A word of a question outside this
 * list ("多少纳税人", "多少钱") asks nothing this check can read, and is left alone.
 */
export const MEASURES: readonly string[] = [
  ...['平方公里', '平方米', '千瓦时', '万千瓦', '千瓦', '公里', '千米', '公顷', '公斤', '千克', '美元', '欧元', '人次'],
  ...['元', '米', '亩', '吨', '斤', '人', '名', '位', '个', '辆', '座', '家', '所', '枚', '架', '艘', '台', '套', '项', '件', '次'],
  ...['条', '只', '头', '种', '届', '岁', '年', '倍', '户', '本', '部'],
].sort((a, b) => b.length - a.length);

/** Measures of persons: a count of people is written with any of them ("3300万人", "2977名"). */
const PERSON_MEASURES: ReadonlySet<string> = new Set(['人', '名', '位', '人次']);

/** What else a measure is written as: an anniversary counts years ("成立75周年"). */
const SAME_MEASURE: Readonly<Record<string, readonly string[]>> = { 年: ['年', '周年'] };

/**
 * "多少", an optional magnitude ("多少亿元", "多少万人"), then a measure of `MEASURES`, then the two characters after it.
 * Not "几": "几个港", "几种文明" are answered by naming them ("物质文明、政治文明……"), a count no number writes.
 */
const ASKED = new RegExp(`多少[十百千万亿]*(${MEASURES.join('|')})(\\p{Script=Han}{0,2})`, 'u');

/** Digits, with "多" or "余" (more than) and magnitudes: "1244万", "6600多万", "1.39万亿". */
export const DIGITS = '(?<![A-Za-z\\d.])\\d+(?:\\.\\d+)?(?:多|余)?[十百千万亿]*(?:多|余)?';

/** A number as Chinese writes one before its measure: digits, Chinese numerals ("两次"), or a vague one ("几千年", "上千万"). */
const NUMBER = `(?:${DIGITS}|[〇零一二两三四五六七八九十百千]+(?:多|余)?[十百千万亿]*|[几数上][十百千万亿]+)`;

/**
 * A count of persons is as often written with the noun it counts, one or two characters and then a character of persons:
 * "6600多万纳税人", "1100多万学生", "农民工", "劳动者", "居民", "农户". After digits only: Chinese numerals stand in names
 * ("第十四届全国人民代表大会").
 */
const PERSONS_NAMED = `${DIGITS}\\p{Script=Han}{0,2}?[人生者员民工户]`;

/** A count in the ten thousands written bare at a clause's end ("脱贫人口务工规模超过3300万"): it counts what its clause names. */
const BARE_COUNT = `${DIGITS.replace('[十百千万亿]*', '[十百千]*[万亿]+')}(?=[，。；、）]|$)`;

/** What a "多少X" question counts, as a pattern over a sentence: the numbers of its measure. */
export interface MeasureAsked {
  readonly pattern: RegExp;
}

/**
 * The measure a Chinese question asks a number of ("2023年新能源汽车产量是多少辆" asks 辆, "去年城镇新增就业多少人" 人), or
 * null when it asks none this check reads. A number of that measure answers it, and so does a number written with the
 * noun the question puts after the measure ("多少名代表" by "2977代表", "多少个港" by "四港"), a bare count in the ten
 * thousands, and for persons any measure of persons or a noun of persons. A year is no duration: "多少年" is not answered
 * by "2024年".
 */
export function measureAskedOf(question: string): MeasureAsked | null {
  const asked = ASKED.exec(question);
  if (asked === null) return null;
  const [, measure = '', after = ''] = asked;
  const persons = PERSON_MEASURES.has(measure);
  const measures = persons ? [...PERSON_MEASURES] : (SAME_MEASURE[measure] ?? [measure]);
  const words = after.length === 2 ? [...measures, after] : measures;
  // A four-digit number before 年 is a year, not a count of years.
  const notAYear = measure === '年' ? '(?!\\d{4}年)' : '';
  const counts = [`${notAYear}${NUMBER}个?[“"]?(?:${words.join('|')})`, BARE_COUNT, ...(persons ? [PERSONS_NAMED] : [])];
  return { pattern: new RegExp(counts.join('|'), 'u') };
}

/** The sentences of a Chinese passage, cut at its full stops, question and exclamation marks: not at a semicolon, which parts a list of one sentence ("今年发展主要预期目标是：……；粮食产量1.3万亿斤以上；……"). */
export function sentencesOf(text: string): string[] {
  return text.split(/[。！？!?\n]/u).filter((sentence) => sentence.trim().length > 0);
}

/** The clauses of a Chinese passage, cut at commas and semicolons too: "国产大飞机C919投入商业运营，国产大型邮轮成功建造" is two. */
export function clausesOf(text: string): string[] {
  return text.split(/[。！？!?\n，；,;]/u).filter((clause) => clause.trim().length > 0);
}

/** A sentence of the best passages, and the share of the question's content it holds. */
export interface SentenceShare {
  readonly sentence: string;
  readonly share: number;
}

/**
 * Each sentence of the passages with the share of the question's content (its `terms`, weighed by characters) it holds,
 * the most first; null when the question has no content to weigh. The sentence that holds the rest of the question
 * must hold the answer too: "2023年居民人均可支配收入是多少元" meets "居民人均可支配收入增长6.1%" (a rate, no yuan) and the
 * yuan of "国内生产总值超过126万亿元" (none of its words).
 */
export function sentenceShares(
  terms: readonly QueryTerm[],
  texts: readonly string[],
  cut: (text: string) => string[] = sentencesOf,
  holds: (term: QueryTerm, sentence: string) => boolean = (term, sentence) => [term.stem, ...term.related].some((stem) => sentence.includes(stem)),
  fixesOnly: (term: QueryTerm) => boolean = () => false,
): SentenceShare[] | null {
  const weightOf = (term: QueryTerm) => [...term.typed].length;
  const total = terms.reduce((sum, term) => sum + weightOf(term), 0);
  if (total === 0) return null;
  // A sentence holding only words that fix which number is meant ("今年", "目标") holds nothing of what it is a number of.
  const heldIn = (sentence: string) => {
    const held = terms.filter((term) => holds(term, sentence));
    return held.every(fixesOnly) ? 0 : held.reduce((sum, term) => sum + weightOf(term), 0);
  };
  return texts
    .flatMap(cut)
    .map((sentence) => ({ sentence, share: heldIn(sentence) / total }))
    .sort((a, b) => b.share - a.share);
}

/**
 * The largest share among the sentences that `writes` a thing of the kind asked (a number of the measure asked, or what
 * `kindAskedOf` reads), 0 when none does. `shares` come most first, so the first that writes it is the one; the test,
 * which may segment the sentence, runs on as few as that takes.
 */
export function bestShareWhere(shares: readonly SentenceShare[], writes: (sentence: string) => boolean): number {
  return shares.find(({ sentence }) => writes(sentence))?.share ?? 0;
}

/**
 * Whether no sentence that `writes` what is asked holds `shareOfBest` of what the sentence holding the most of the
 * question holds: the sentence a reader finds the question's topic in is where its answer stands. False when the
 * question has no content to weigh (`shares` null) or no sentence holds any of it.
 */
export function writtenAwayFromTopic(shares: readonly SentenceShare[] | null, writes: (sentence: string) => boolean, shareOfBest: number): boolean {
  return shares !== null && bestShareWhere(shares, writes) < shareOfBest * (shares[0]?.share ?? 0);
}
