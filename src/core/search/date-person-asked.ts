import type { SentenceWrites } from './kind-asked.ts';
import { writesName } from './kind-asked.ts';
import { segmentRun } from './segment.ts';
import { segmentedWordsOf } from './tokens-of.ts';
import { findChineseDateMentions } from '../timeline/chinese-dates.ts';
import { sentencesOf } from './measure-asked.ts';
import { datedByYearBefore } from './year-of-paragraph.ts';
import type { DateMention } from '../timeline/dates.ts';

/**
 * A date of a grain asked: a day ("哪一天", "哪天", "几月几日", "几号", "什么日期", "日期是"), a month ("哪个月", "几月份"),
 * a year ("哪一年", "哪年"). Not "什么时候", "何时": the reports answer them with a sentence of their own year that dates
 * nothing ("港珠澳大桥建成通车", "年初出台的…政策"), so only a grain named asks for a date written.
 */
const DAY_ASKED = /哪一?[天日]|几月几[日号]|几号|(?:什么|哪个)日期|日期是/u;
const MONTH_ASKED = /哪一?个月|几月份?/u;
const YEAR_ASKED = /哪一?年(?!级)/u;

/**
 * Whether a date the timeline reads (`findChineseDateMentions`) is of the grain asked: a day for a day, a month or a day
 * for a month, a year written or counted from the time of writing ("今年", "两年前") for a year. Not "一年来", "过去一年":
 * a year's span, which dates what was done in it, not when a thing began ("一年来…稳妥应对中美经贸摩擦" tells no year
 * "中美经贸摩擦是从哪一年开始的").
 */
const WRITES_GRAIN: Readonly<Record<'day' | 'month' | 'year', (date: DateMention) => boolean>> = {
  day: (date) => date.day !== null,
  month: (date) => date.month !== null,
  year: (date) => date.year !== null || (date.reference === 'deictic' && !YEAR_SPAN.test(date.raw)),
};
const YEAR_SPAN = /一年来|过去的?一年/u;

/**
 * What a sentence must write to answer a Chinese question asking a date of a grain (`DAY_ASKED`, `MONTH_ASKED`,
 * `YEAR_ASKED`), or null when it asks none (`WRITES_GRAIN`). `titlesOf` gives the documents' titles, read only where a
 * grain is asked, dated by their documents (a date line under them, their publication): "这份政府工作报告是哪一天
 * 作的" meets the title "政府工作报告". "嫦娥四号是哪一天在月球背面着陆的" meets "嫦娥四号等一批重大科技创新成果相继问世",
 * which dates nothing. `texts` are the passages read, whose opening year may date a sentence after it.
 */
export function dateAskedOf(question: string, titlesOf: () => readonly string[], texts: readonly string[]): SentenceWrites | null {
  const grain = DAY_ASKED.test(question) ? 'day' : MONTH_ASKED.test(question) ? 'month' : YEAR_ASKED.test(question) ? 'year' : null;
  if (grain === null) return null;
  const writesGrain = WRITES_GRAIN[grain];
  // "2022年是……的一年。……召开党的二十大": a year a paragraph opens on dates the sentences after it (`datedByYearBefore`).
  const dated = grain === 'year' ? new Set(texts.flatMap((text) => [...datedByYearBefore(sentencesOf(text))])) : new Set<string>();
  const titles = titlesOf();
  return (sentence) => titles.includes(sentence.trim()) || dated.has(sentence) || findChineseDateMentions(sentence).some(writesGrain);
}

/**
 * A kind asked among kinds: "哪种能源", "哪一类用户". The group is what follows, whose first word is the noun a kind of it
 * is named with. Not "什么样的", which a description of any form answers ("构建舒心安心放心的社会环境").
 */
const SORT_ASKED = /哪一?[种类](\p{Script=Han}+)/u;

/**
 * What a clause must write to answer a Chinese question asking a kind among kinds (`SORT_ASKED`), or null when it asks
 * none: a kind of the noun asked the question does not name, as a name is written (`writesName`): the noun after two
 * characters the question lacks ("可再生能源" for "哪种能源的发电装机规模超过了火电"), or a quoted or Latin-letter name
 * ("5G用户"). "可再生能源发电中哪种能源的装机最多" is not answered by "可再生能源发电装机规模历史性超过火电", whose one
 * kind of 能源 is the question's own, nor "第四代核电机组采用的是哪种反应堆技术" by a clause that writes no reactor.
 */
export function sortAskedOf(question: string): SentenceWrites | null {
  const asked = SORT_ASKED.exec(question)?.[1];
  const noun = asked === undefined ? undefined : segmentRun(asked, 0)[0]?.word;
  if (noun === undefined) return null;
  return (clause) => writesName(clause, question, [noun]);
}

/** A person asked: "谁", "哪位", "何人". */
const PERSON_ASKED = /谁|哪位|何人/u;

/**
 * A person asked by the role named: "成都大运会的火炬手是谁" (火炬手), which the sentence answering must write. Not "哪位总理
 * 作的": there the role only says which doer, and the writer's "我代表国务院，向大会报告政府工作" answers it.
 */
const ROLE_ASKED = /的(\p{Script=Han}{1,4}?)(?:是|叫)谁/u;

/** The writer's "我", and persons named by a pronoun: read as words, so "其他" ("other") is none. */
const PRONOUNS: ReadonlySet<string> = new Set(['我', '我们', '他', '她', '他们', '她们']);

/**
 * A person's or a body's noun: a character before the last of such a noun ("县委", "文旅局", "国务院", "干部", "同志",
 * "县政府", "常委会"), and places standing for their governments ("各地区", "地方"). Matched on characters, not words: ICU cuts "县|委", "文|旅|局".
 */
const DOER = /(?<=\p{Script=Han})(?:[人者员手家师长官部院委局厅署办党]|总理|主席|书记|同志|群众|中央|政府|组织|机关|公司|企业|银行|集团|机构|单位|常委会|委员会|地区|地方)/gu;

/**
 * What a sentence must write to answer a Chinese question asking a person (`PERSON_ASKED`), or null when it asks none:
 * the role asked, when the question names one (`ROLE_ASKED`), else a doer the question does not name: a person or a body
 * ("我代表国务院", "以习近平同志为核心的党中央", "全国人大常委会或国务院"), or a place as a host ("成都大运会、杭州亚运会…
 * 成功举办"). "谁主持了第十四届全国人民代表大会第二次会议" meets "2024年3月5日在第十四届全国人民代表大会第二次会议上",
 * whose one body is the question's own; "成都大运会的火炬手是谁" meets a sentence that writes no torchbearer.
 * A document's title (`titlesOf`, read only where a person is asked) is signed by the passages read besides it that name
 * a doer, its head's byline: "谁在会上作了政府工作报告" meets the title "政府工作报告", answered by "国务院总理" under it
 * (`document-head.ts` ranks the byline with its title).
 */
export function personAskedOf(question: string, isPlaceName: ((word: string) => boolean) | null, titlesOf: () => readonly string[] = () => [], texts: readonly string[] = []): SentenceWrites | null {
  if (!PERSON_ASKED.test(question)) return null;
  const role = ROLE_ASKED.exec(question)?.[1];
  if (role !== undefined) return (sentence) => sentence.includes(role);
  const titles = titlesOf();
  const longestTitle = Math.max(0, ...titles.map((title) => title.length));
  const signed = titles.length > 0 && texts.some((text) => !titles.includes(text.trim()) && text.length <= longestTitle && namesDoer(text, question, isPlaceName));
  return (sentence) => (signed && titles.includes(sentence.trim())) || namesDoer(sentence, question, isPlaceName);
}

/** Whether a sentence names a person, a body or a place the question does not write. */
function namesDoer(sentence: string, question: string, isPlaceName: ((word: string) => boolean) | null): boolean {
  // The character before is read, not taken: "地方政府" holds 地方 and 政府.
  for (const { 0: ending, index } of sentence.matchAll(DOER)) if (!question.includes(sentence.slice(index - 1, index + ending.length))) return true;
  return segmentedWordsOf(sentence).some((word) => !question.includes(word) && (PRONOUNS.has(word) || (isPlaceName?.(word) ?? false)));
}
