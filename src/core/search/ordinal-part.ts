import type { SentenceWrites } from './kind-asked.ts';
import { clausesOf } from './measure-asked.ts';

/** An ordinal part of a whole a question asks of: "第一期", "第二批", "首期", "第三阶段", "第一季度". */
const ORDINAL_PART = /(第([一二三四五六七八九十\d]+)|首)(期|批|阶段|轮|季度)/u;

/**
 * `writes` narrowed to the clauses that write the ordinal part the question asks of (`ORDINAL_PART`), or `writes` itself
 * when it asks none: the number of a whole, or of another part, is not the part's. "政策性开发性金融工具第一期投放了多少"
 * is not answered by "分两期投放政策性开发性金融工具7400亿元", the sum of both. The first is written 第一 or 首 ("首批",
 * "第一批"), a quarter with or without 第 ("一季度").
 */
export function ordinalPartWrites(question: string, writes: SentenceWrites): SentenceWrites {
  const part = ORDINAL_PART.exec(question);
  if (part === null) return writes;
  const [, , number = '一', unit = ''] = part;
  const forms = [`第${number}${unit}`, ...(number === '一' ? [`首${unit}`] : []), ...(unit === '季度' ? [`${number}${unit}`] : [])];
  return (sentence) => clausesOf(sentence).some((clause) => forms.some((form) => clause.includes(form)) && writes(clause));
}
