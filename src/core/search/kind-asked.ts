import { DIGITS, MEASURES } from './measure-asked.ts';
import { segmentedWordsOf } from './tokens-of.ts';

/** Whether a sentence writes a thing of the kind a question asks. */
export type SentenceWrites = (sentence: string) => boolean;

/** A place asked: "哪个省", "哪些省份", "哪座城市", "哪个区", "哪里", "在哪", "何地"; not "在哪次会议", which asks a meeting, nor "在哪天", "在哪年", a time. */
const PLACE_ASKED = /哪[一个座些]?(?:省份?|城市|市|县|区|镇|乡)|哪里|哪儿|在哪(?![一个次些种家位项款类天年月日])|何地|何处/u;

/** A magnitude asked with no measure: "是多少", "有多少", "多大", "多高", "多长", "几级", "百分之几". */
const MAGNITUDE_ASKED = /多少|多[大高长远重快深宽]|几级|几度|百分之几/u;

/**
 * A name asked: "X叫什么(名字)", "X的名字/名称是什么" (X the two characters before), "哪家X" (X an organisation's noun),
 * or a noun whose every instance is a name, "X的口号/吉祥物/型号/代号/全称/简称/称号是什么" (X that noun). The group
 * holds the noun the name is of. Not "哪种", "哪些", "是什么" alone: a kind or a thing is answered by words of any form
 * ("哪些高端装备" by "航空发动机、燃气轮机"); nor "哪个部门", answered by "国家发展改革委牵头" (家 is the measure of firms).
 */
const NAME_ASKED =
  /(\p{Script=Han}{2})(?:叫什么|的?(?:名字|名称)是什么)|哪家(公司|企业|银行|集团|机构|单位|医院|大学)|(口号|吉祥物|型号|代号|全称|简称|称号)(?:叫|是)什么/u;

/** Nouns a company or another organisation is named with: a "哪家企业" is as often answered by "某某公司" or "某某集团". */
const ORGANISATIONS: readonly string[] = ['公司', '企业', '银行', '集团', '机构', '单位', '医院', '大学'];

/**
 * A number as a magnitude is written: digits ("66.2%", "5.2"), or a Chinese numeral with a measure, a magnitude or a
 * fraction ("两次", "一半", "三成", "上千万"). A bare Chinese numeral is no magnitude: it stands in names and phrases
 * ("一带一路", "二十大", "第一年"); nor is a lone 一 before a measure, which is an article as often ("过去一年", "一座水库").
 */
export const QUANTITY = new RegExp(
  `${DIGITS}|(?<!第)(?!一(?:${MEASURES.join('|')}))[〇零一二两三四五六七八九十百千]+(?:多|余)?(?:[万亿]|半|成|${MEASURES.join('|')})|[几数上][十百千万亿]+`,
  'u',
);

/**
 * Whether a Chinese question asks a place (`PLACE_ASKED`): its place is weighed by clauses, as a name is, since a sentence
 * lists facts of several things and the place of one ("首届中国国际进口博览会成功举办，海南自贸试验区启动建设") is none of
 * the next's ("首届中国国际进口博览会在哪个城市举办").
 */
export const asksPlace = (question: string): boolean => PLACE_ASKED.test(question);

/**
 * What a sentence must write to answer a Chinese question that asks a place or a magnitude with no measure
 * (`measureAskedOf` reads "多少辆", "多少亿元"), or null when it asks neither: a place name other than the question's own
 * for "哪个省", "哪座城市", "在哪里" (the dictionary's, `isPlaceName`; not read without one), a number for "是多少", "有多高",
 * "几级": a percentage for a rate ("利率降到了多少", `RATE_ASKED`), a number of a length or a weight for "多长", "多重"
 * (`MAGNITUDE_UNITS`), a number not a percentage for a count ("座位数是多少", `COUNT_ASKED`). "第四代核电机组建在哪个省"
 * meets "航空发动机、燃气轮机、第四代核电机组等高端装备研制取得长足进展", which names no place,
 * where "积石山地震发生在哪个省" meets "做好甘肃积石山地震等抢险救援" (甘肃, a province); "甘肃积石山地震是几级地震" meets the
 * same sentence, which writes no number. A name is read apart (`nameAskedOf`); other kinds are not read: "哪个部门牵头"
 * is answered by "国家发展改革委牵头", a body no sentence calls 部门.
 */
export function kindAskedOf(question: string, isPlaceName: ((word: string) => boolean) | null): SentenceWrites | null {
  if (PLACE_ASKED.test(question)) return isPlaceName === null ? null : (sentence) => namesPlace(sentence, question, isPlaceName);
  if (!MAGNITUDE_ASKED.test(question)) return null;
  if (RATE_ASKED.test(question)) return (sentence) => SHARE.test(sentence);
  const unit = MAGNITUDE_UNITS.find(([asked]) => asked.test(question));
  if (unit !== undefined) return (sentence) => unit[1].test(sentence);
  if (COUNT_ASKED.test(question)) return (sentence) => QUANTITY.test(sentence.replace(PERCENTAGES, ''));
  return (sentence) => QUANTITY.test(sentence);
}

/**
 * A rate or a share asked: its noun before the question phrase ("赤字率拟按多少安排", "普及率有多高", "增幅有多大") or
 * right after it ("占多大份额"). Not a rate named after the verb: "多少次降低存款准备金率" counts cuts, not the rate.
 */
const RATE_ASKED = /(?:率|比重|比例|占比|份额|增幅|涨幅|降幅)\p{Script=Han}*?(?:多少|多[大高]|百分之几)|(?:多少|多大)的?(?:比重|比例|份额)/u;

/** A rate or a share as written: "66.2%", "百分之三", "0.2个百分点", "三成", "一半", "两倍". */
const SHARE = /\d%|百分之|百分点|[一二三四五六七八九十]成|一半|半数|倍/u;

/** A number written with a measure (digits or a Chinese numeral, magnitudes and "多"/"余" after). */
const numberOf = (measures: string) =>
  new RegExp(`(?:${DIGITS}|[〇零一二两三四五六七八九十百千]+(?:多|余)?[万亿]*)(?:${measures})`, 'u');

/**
 * A magnitude asked by its dimension, with the measures a number of it is written with: a length ("有多长", "多高",
 * "多远", "多深", "多宽"; not "多长时间") in metres or kilometres, a weight ("多重") in tons or jin. "国产大型邮轮有多长" is
 * not answered by "…新能源汽车产销量占全球比重超过60%".
 */
const MAGNITUDE_UNITS: readonly (readonly [RegExp, RegExp])[] = [
  [/多[长高远深宽](?!时间)/u, numberOf('千米|公里|厘米|米|海里')],
  [/多重/u, numberOf('万吨|吨|公斤|千克|克|斤')],
];

/**
 * A count or a quantity asked: "座位数是多少", "出口量是多少", "数量是多少". A share is no count: "新能源汽车的出口量是多少"
 * is not answered by "产销量占全球比重超过60%".
 */
const COUNT_ASKED = /(?:数|量)(?:是|有|为)?多少/u;

/** Percentages, taken out of a sentence before it is read for a count. */
const PERCENTAGES = /\d+(?:\.\d+)?%/gu;

/**
 * What a clause must write to answer a Chinese question asking a name (`NAME_ASKED`), or null when it asks none: a name
 * the question does not write (`writesName`). A clause, not a sentence: a sentence lists facts of several things, and
 * the name of one ("国产大飞机C919投入商业运营，国产大型邮轮成功建造") is none of the next's ("国产大型邮轮叫什么名字").
 */
export function nameAskedOf(question: string, notName: (before: string) => boolean = () => false): SentenceWrites | null {
  const name = NAME_ASKED.exec(question);
  if (name === null) return null;
  const [, before, organisation, nameNoun] = name;
  const nouns = organisation !== undefined ? ORGANISATIONS : [before ?? nameNoun ?? ''];
  return (clause) => writesName(clause, question, nouns, notName);
}

/** A quoted phrase ("“三北”工程", "《意见》"), or a word of Latin letters and digits with a letter ("C919", "5G"). */
const NAME_FORMS = /[“「『《‘"]([^”」』》’"]+)[”」』》’"]|[A-Za-z\d]*[A-Za-z][A-Za-z\d]*/gu;

/**
 * Whether a clause writes a name the question does not: a quoted phrase or a word in Latin letters (`NAME_FORMS`), or
 * a noun of `nouns` after two characters the question does not write ("超长期特别国债" answers "今年发行的国债叫什么";
 * "国产大型邮轮" does not answer "国产大型邮轮叫什么名字", nor does "…的口号" say one). "国产大飞机C919的制造商叫什么" is not
 * answered by "国产大飞机C919投入商业运营": its one name is the question's own.
 */
export function writesName(clause: string, question: string, nouns: readonly string[], notName: (before: string) => boolean = () => false): boolean {
  const asked = question.toLowerCase();
  for (const [form, quoted] of clause.matchAll(NAME_FORMS)) if (!asked.includes((quoted ?? form).toLowerCase())) return true;
  return nouns.some((noun) => {
    for (let at = clause.indexOf(noun); at >= 0; at = clause.indexOf(noun, at + 1)) {
      const before = clause.slice(Math.max(0, at - 2), at);
      if (/^\p{Script=Han}{2}$/u.test(before) && !/[的之]/u.test(before) && !question.includes(before) && !notName(before)) return true;
    }
    return false;
  });
}

/**
 * Whether a sentence names a place the question does not: one of its words, or two of them joined (ICU cuts 积|石山),
 * is a place name. "浙江省的省会是哪个城市" is not answered by a sentence naming 浙江 alone.
 */
function namesPlace(sentence: string, question: string, isPlaceName: (word: string) => boolean): boolean {
  const words = segmentedWordsOf(sentence);
  const isNewPlace = (word: string) => isPlaceName(word) && !question.includes(word);
  return words.some((word, index) => isNewPlace(word) || isNewPlace(word + (words[index + 1] ?? '')));
}
