import { MEASURES } from './measure-asked.ts';

/**
 * Measures a "几" question is answered by naming, not by a number: "几个港" by "四港" or a list of ports, "几种文明" by
 * "物质文明、政治文明……", "哪几位", "几家企业", "几项改革": what is counted has kinds or names a passage may list instead.
 * So do sessions: "十九届几次全会" is answered by "十九届二中、三中、四中、五中全会", which writes no number of 次.
 */
const NAMED_MEASURES: ReadonlySet<string> = new Set(['个', '种', '项', '家', '位', '名', '所', '条', '届', '部', '本', '次']);

/** Another question word: "连续几年发行的国债叫什么名字" asks a name, its "几年" only says of which bonds. */
const OTHER_QUESTION = /什么|哪|谁|怎|如何|为何|何时/u;

/** "几" and the measure after it, longest first (`MEASURES`' order). */
const FEW_ASKED = new RegExp(`几(${MEASURES.join('|')})`, 'u');

/**
 * The question with a "几" before a measure a number answers read as "多少" (`measureAskedOf` reads only "多少"): "一共拿了
 * 几枚金牌" asks a number of 枚 as "多少枚" does, and a passage whose sentences write no count of medals beside the rest of
 * the question does not answer it. Left as asked when `on` is 0, when the measure counts what a passage may name instead
 * (`NAMED_MEASURES`), or when the question asks something else too.
 */
export function fewAskedAsMany(question: string, on: number): string {
  if (on <= 0 || OTHER_QUESTION.test(question)) return question;
  const measure = FEW_ASKED.exec(question)?.[1];
  return measure === undefined || NAMED_MEASURES.has(measure) ? question : question.replace(FEW_ASKED, `多少${measure}`);
}
