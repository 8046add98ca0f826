import type { ChineseDictionary } from './chinese-dictionary.ts';

/**
 * Whether the two characters before a noun make it a noun said by the act it comes of, not a name: a word whose
 * commonest meaning is a verb's (`isVerb`: 创新 "to innovate", 改革 "to reform"). "创新成果不断涌现" says that results of
 * innovating keep coming, and names none, so it does not answer "量子技术领域的代表成果叫什么名字"; "超长期特别国债" (特别,
 * "special") names the bonds "今年发行的国债叫什么" asks of.
 */
export function saidByAct(dictionary: Pick<ChineseDictionary, 'isVerb'> | null): (before: string) => boolean {
  return (before) => dictionary !== null && dictionary.isVerb(before);
}
