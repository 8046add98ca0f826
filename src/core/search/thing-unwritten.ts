import type { ChineseDictionary } from './chinese-dictionary.ts';
import { CHINESE_STOP_WORDS } from './chinese-words.ts';
import { dictionaryWordsOf } from './dictionary-words.ts';
import { stemWord } from './words.ts';

/**
 * Whether a Chinese question asks about a thing the documents neither write nor stand for: a word of two characters or
 * more (`dictionaryWordsOf`, so 比特币 is one) whose commonest meaning's head names a thing (`namesThing`, WordNet's:
 * "green tea", "former imperial palace", "computer"; not "at most", "to preserve", "shortage of money", nor a name or a
 * kind of value, "model", "growth rate", which a passage gives without writing the word), written nowhere (`isWritten`, so
 * not inside a longer written word either), and standing for nothing written: no word of it of two characters or more
 * is written (空气污染's 污染, 年收入's 收入) and no word a head of its meanings glosses is (老百姓, "ordinary people", for
 * 人民; 异地, "different place", for 地方; 电动车, "electric vehicle", for its own head character 车, written in 汽车).
 * The word's own last character stands for it only where `lastWritten` (given the character and the head) finds it
 * written as that thing (`writesAsKind`): 朝代's 代 ("dynasty") written only in 时代 and 代表 stands for nothing.
 * "绿茶应该怎么保存才不变味", asked of a report that writes 保持 for 保存 and 变 for 变味, is about green tea, which it
 * never mentions; "老百姓去年收入实际涨了多少" is about its 居民收入 in a reader's words. Only the question's topic is
 * read (`topicOf`), not the kind of answer it asks for.
 */
export function asksUnwrittenThing(
  question: string,
  dictionary: ChineseDictionary,
  isWritten: (word: string) => boolean,
  namesThing: (word: string) => boolean,
  lastWritten: (character: string, head: string) => boolean,
): boolean {
  return (topicOf(question).match(/\p{Script=Han}+/gu) ?? [])
    .flatMap((run) => dictionaryWordsOf(run, dictionary.hasEntry))
    .some((word) => {
      const heads = dictionary.headsOf(word);
      return [...word].length >= 2 && !CHINESE_STOP_WORDS.has(word) && heads.length > 0 && namesThing(heads[0] ?? '') && !isWritten(word) && !standsForWritten(word, heads, dictionary, isWritten, lastWritten);
    });
}

/** Whether a part of the word, or a word one of its heads glosses (of two characters, or the word's own last one, as `lastWritten` reads it), is written. */
function standsForWritten(word: string, heads: readonly string[], dictionary: ChineseDictionary, isWritten: (word: string) => boolean, lastWritten: (character: string, head: string) => boolean): boolean {
  const characters = [...word];
  for (let start = 0; start < characters.length; start += 1) {
    for (let end = start + 2; end <= characters.length; end += 1) {
      const part = characters.slice(start, end).join('');
      if (part !== word && dictionary.hasEntry(part) && isWritten(part)) return true;
    }
  }
  const last = characters.at(-1);
  return heads.some((head) => dictionary.wordsGlossed(stemWord(head)).some((other) => ([...other].length >= 2 && isWritten(other)) || (other === last && lastWritten(other, head))));
}

/** A Chinese question's first question word. */
const QUESTION_WORD = /哪|多少|几|什么|谁|怎|如何|何/u;

/**
 * What a Chinese question asks about: the words before its first question word, for those after it are the kind of
 * answer asked (哪种作物, 多少观众, 哪座城市: the answer names an instance, not the kind), and without the last "的"'s
 * words when a verb of being joins them to the question word ("茶文化节的游客数量是多少", "龙舟节的主持人是谁": what is
 * asked of the topic, which the answer gives without writing it).
 */
function topicOf(question: string): string {
  const asked = QUESTION_WORD.exec(question);
  const before = asked === null ? question : question.slice(0, asked.index);
  return /[是为叫有]$/u.test(before) && before.includes('的') ? before.slice(0, before.lastIndexOf('的')) : before;
}
