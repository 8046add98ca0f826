import { DIGITS, MEASURES } from './measure-asked.ts';
import { segmentRun } from './segment.ts';

/** Whether a sentence writes a thing of the kind a question asks. */
export type SentenceWrites = (sentence: string) => boolean;

/** A place asked: "哪个省", "哪些省份", "哪座城市", "哪个区", "哪里", "在哪", "何地"; not "在哪次会议", which asks a meeting. */
const PLACE_ASKED = /哪[一个座些]?(?:省份?|城市|市|县|区|镇|乡)|哪里|哪儿|在哪(?![一个次些种家位项款类])|何地|何处/u;

/** A magnitude asked with no measure: "是多少", "有多少", "多大", "多高", "多长", "几级", "百分之几". */
const MAGNITUDE_ASKED = /多少|多[大高长远重快深宽]|几级|几度|百分之几/u;

/**
 * A number as a magnitude is written: digits ("66.2%", "5.2"), or a Chinese numeral with a measure, a magnitude or a
 * fraction ("两次", "一半", "三成", "上千万"). A bare Chinese numeral is no magnitude: it stands in names and phrases
 * ("一带一路", "二十大", "第一年"); nor is a lone 一 before a measure, which is an article as often ("过去一年", "一座水库").
 */
const QUANTITY = new RegExp(
  `${DIGITS}|(?<!第)(?!一(?:${MEASURES.join('|')}))[〇零一二两三四五六七八九十百千]+(?:多|余)?(?:[万亿]|半|成|${MEASURES.join('|')})|[几数上][十百千万亿]+`,
  'u',
);

/**
 * What a sentence must write to answer a Chinese question that asks a place or a magnitude with no measure
 * (`measureAskedOf` reads "多少辆", "多少亿元"), or null when it asks neither: a place name other than the question's own
 * for "哪个省", "哪座城市", "在哪里" (the dictionary's, `isPlaceName`; not read without one), a number for "是多少", "有多高",
 * "几级". "第四代核电机组建在哪个省" meets "航空发动机、燃气轮机、第四代核电机组等高端装备研制取得长足进展", which names no place,
 * where "积石山地震发生在哪个省" meets "做好甘肃积石山地震等抢险救援" (甘肃, a province); "甘肃积石山地震是几级地震" meets the
 * same sentence, which writes no number. Other kinds are not read: "哪个部门牵头" is answered by "国家发展改革委牵头", a
 * body no sentence calls 部门, and only a place or a number is told by its form.
 */
export function kindAskedOf(question: string, isPlaceName: ((word: string) => boolean) | null): SentenceWrites | null {
  if (PLACE_ASKED.test(question)) return isPlaceName === null ? null : (sentence) => namesPlace(sentence, question, isPlaceName);
  if (MAGNITUDE_ASKED.test(question)) return (sentence) => QUANTITY.test(sentence);
  return null;
}

/**
 * Whether a sentence names a place the question does not: one of its words, or two of them joined (ICU cuts 积|石山),
 * is a place name. "浙江省的省会是哪个城市" is not answered by a sentence naming 浙江 alone.
 */
function namesPlace(sentence: string, question: string, isPlaceName: (word: string) => boolean): boolean {
  const words = segmentRun(sentence, 0).map((word) => word.word);
  const isNewPlace = (word: string) => isPlaceName(word) && !question.includes(word);
  return words.some((word, index) => isNewPlace(word) || isNewPlace(word + (words[index + 1] ?? '')));
}
