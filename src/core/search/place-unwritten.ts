import type { ChineseDictionary } from './chinese-dictionary.ts';
import type { Lexicon } from './lexicon.ts';
import { stemWord } from './words.ts';

/** A capitalised word inside the question, not its first: a name as the asker writes it. */
const NAME_INSIDE = /(?<=\S\s+)[A-Z][a-z]+/gu;

/**
 * Whether an English question asked of Chinese documents names a place (a capitalised word WordNet reads as a name of a
 * location: "Canada", "Australia", "Beijing") that the documents write by none of its entries: the English word itself,
 * a Chinese word of two characters or more whose whole gloss it is (加拿大 "Canada"; 加 "Canada" too, but a text's 加 is
 * mostly "add", 澳 mostly 港澳's Macao), or a proper name whose first meaning opens on it (北京 "Beijing municipality, capital of …",
 * `wordsNamed`). "What is the population of Canada" asked of a report that never names Canada
 * holds "population" and is no question about it; half of its words held (`minTranslatedShareHeld`) cannot tell. Off
 * when `on` is 0.
 */
export function namesUnwrittenPlace(question: string, on: number, dictionary: ChineseDictionary, lexicon: Lexicon, isWritten: (word: string) => boolean): boolean {
  if (on === 0) return false;
  return [...question.matchAll(NAME_INSIDE)].some(([name]) => {
    const word = name.toLowerCase();
    if (!lexicon.isName(word) || !lexicon.isKindOf(word, 'location')) return false;
    const stem = stemWord(word);
    return !isWritten(name) && ![...dictionary.wordsGlossed(stem), ...dictionary.wordsNamed(stem)].some((chinese) => [...chinese].length > 1 && isWritten(chinese));
  });
}
