import type { ChineseDictionary } from './chinese-dictionary.ts';
import { dictionaryWordsOf } from './dictionary-words.ts';

/**
 * Whether a Chinese question names a person, a place or a thing by a proper name (`isProperName`: the dictionary's, of two
 * characters or more) that no passage of the documents writes (`isWritten`): the question is about what the documents
 * never name, however much of its other wording a passage holds. "日本2019年的经济增长率是多少", asked of a report that
 * writes 经济增长, 2019年 and 增长率 but never 日本, is a near miss; "北京冬奥会…" asked of one that writes "北京冬奥会"
 * is not, a name written inside a longer word counting as written. A name the segmenter cuts is read whole
 * (`dictionaryWordsOf`: 比特币, 世界杯). The English side reads the same in `coverageOfBest`
 * (a name the knowledge base lacks is what the question is about).
 */
export function namesUnwrittenName(question: string, dictionary: Pick<ChineseDictionary, 'isProperName' | 'hasEntry'>, isWritten: (word: string) => boolean): boolean {
  return question
    .split(/[^\p{Script=Han}]+/u)
    .some((run) => dictionaryWordsOf(run, dictionary.hasEntry).some((word) => [...word].length >= 2 && dictionary.isProperName(word) && !isWritten(word)));
}
