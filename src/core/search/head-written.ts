import type { ChineseDictionary } from './chinese-dictionary.ts';

/** The longest dictionary word read around a character (CC-CEDICT's common words are of four characters or fewer). */
const MAX_WORD_CHARACTERS = 4;

/**
 * Whether the documents write a character as the thing `head` names, not only inside a word of another sense: some
 * passage writes it where no dictionary word of two characters or more holds it (the character as a word of its own,
 * 购车's 车), or as the last character of a word whose head is a kind of `head` (汽车, a "car", a kind of "vehicle").
 * "中国历史上第一个朝代是哪个" asks of a dynasty, and a report writing 代 only in 时代 ("age") and 代表 ("representative")
 * never mentions one; 电动车's 车 ("vehicle") is written in 汽车, a kind of it. `textsWriting` gives the passages'
 * texts holding the character.
 */
export function writesAsKind(
  character: string,
  head: string,
  textsWriting: (word: string) => readonly string[],
  dictionary: Pick<ChineseDictionary, 'hasEntry' | 'headsOf'>,
  isKindOf: (word: string, kind: string) => boolean,
): boolean {
  const isKind = (word: string) => dictionary.headsOf(word).some((wordHead) => wordHead === head || isKindOf(wordHead, head));
  return textsWriting(character).some((text) => {
    for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) {
      const words = wordsHolding(text, at, dictionary.hasEntry);
      if (words.length === 0 || words.some((word) => word.endsWith(character) && isKind(word))) return true;
    }
    return false;
  });
}

/** The dictionary words of two characters or more that hold the character at `at` of the text. */
function wordsHolding(text: string, at: number, hasEntry: (word: string) => boolean): string[] {
  const words: string[] = [];
  for (let length = 2; length <= MAX_WORD_CHARACTERS; length += 1) {
    for (let start = Math.max(0, at - length + 1); start <= at && start + length <= text.length; start += 1) {
      const word = text.slice(start, start + length);
      if (hasEntry(word)) words.push(word);
    }
  }
  return words;
}
