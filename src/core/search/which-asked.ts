import type { SentenceWrites } from './kind-asked.ts';
import { writesName } from './kind-asked.ts';
import { segmentRun } from './segment.ts';

/** "哪些部门", "哪几个城市": the things asked are named by the noun after (the group's first word). */
const WHICH_BEFORE = /哪(?:些|几[个项家位座批])(\p{Script=Han}+)/u;

/** "国家公园都有哪几个", "第一个朝代是哪个": the question ends on its "which", and the noun before it names the things asked. */
const WHICH_AFTER = /(\p{Script=Han}+?)(?:都有|分别是|都是|分别有|是)哪(?:些|几个|一?个)[？?]?$/u;

/**
 * What a clause must write to answer a Chinese question asking which things of a kind (`WHICH_BEFORE`, `WHICH_AFTER`),
 * or null when it asks none: a list of things ("支持汽车、家居、电子产品、旅游等消费政策" for "支持哪些方面的消费政策",
 * whose things are not called 方面), or one of them named, as a name is written (`writesName`): the noun asked after two
 * characters the question lacks ("小微企业" for "哪些企业"), or a quoted or Latin-letter name. "第一批国家公园都有哪几个" is not
 * answered by "第一批国家公园正式设立", whose one park is the question's own, nor "新一轮机构改革撤销了哪些部门" by
 * "新一轮机构改革中央层面基本完成", which names no department.
 */
export function whichAskedOf(question: string): SentenceWrites | null {
  const after = WHICH_BEFORE.exec(question)?.[1];
  const before = after === undefined ? WHICH_AFTER.exec(question)?.[1] : undefined;
  const noun = after !== undefined ? segmentRun(after, 0)[0]?.word : before === undefined ? undefined : segmentRun(before, 0).at(-1)?.word;
  if (noun === undefined) return null;
  return (clause) => clause.includes('、') || writesName(clause, question, [noun]);
}
