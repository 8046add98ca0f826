import type { ChineseDictionary } from './chinese-dictionary.ts';
import { segmentRun } from './segment.ts';
import { stemWord } from './words.ts';

/** "one" as the dictionary's glosses write it (stemmed). */
const ONE = stemWord('one');

/** A gloss's words of four letters or more (`fullFormsOf` reads meanings so): what two words' meanings share, not "of". */
const glossWords = (dictionary: ChineseDictionary, word: string): Set<string> => new Set(dictionary.glossesOf(word).flatMap((gloss) => gloss.split(' ').filter((part) => part.length >= 4)));

/**
 * The phrases the documents write, across the segmenter's cuts, for a Chinese time word of two characters whose meaning
 * is a modifier and its last character's unit ("去年" "last year": 年 "year"): a word of that modifier, then "one" or
 * nothing, then the unit. 去年 is written "过去一年" (过去 holds 去 and shares its meaning "pass"), 明年 "下一年" (下 "next"),
 * 今年 "本年" (本 "this"). The modifier is read as a whole word of the text (回去一年 is no "last year": 回去 means "return"),
 * and the digit-like middle only as "one" (过去五年 is five years). At most `maxPhrases`; 0 reads none.
 */
export function timePhrasesOf(word: string, dictionary: ChineseDictionary, texts: readonly string[], maxPhrases: number): string[] {
  const [first, unit, ...rest] = [...word];
  if (maxPhrases <= 0 || first === undefined || unit === undefined || rest.length > 0) return [];
  const unitMeanings = new Set(dictionary.glossesOf(unit));
  // The modifier of a meaning "<modifier> <unit>": "last" of "last year".
  const modifiers = new Set(dictionary.glossesOf(word).map((gloss) => gloss.split(' ')).filter((parts) => parts.length === 2 && unitMeanings.has(parts[1] ?? '')).map((parts) => parts[0] ?? ''));
  if (modifiers.size === 0) return [];
  const ownMeaning = glossWords(dictionary, first);
  const saysModifier = (modifier: string) =>
    dictionary.glossesOf(modifier).some((gloss) => modifiers.has(gloss)) || (modifier.length > 1 && modifier.includes(first) && [...glossWords(dictionary, modifier)].some((part) => ownMeaning.has(part)));
  const saysOne = (middle: string) => middle === '' || dictionary.glossesOf(middle).includes(ONE);
  const phrases = new Set<string>();
  for (const text of texts) {
    if (!text.includes(unit)) continue;
    const words = segmentRun(text, 0);
    for (const modifierWord of words) {
      const after = text.slice(modifierWord.end, modifierWord.end + 2);
      const middle = after.startsWith(unit) ? '' : after.slice(0, 1);
      if ((middle === '' ? after.startsWith(unit) : after.endsWith(unit)) && saysOne(middle) && saysModifier(modifierWord.word)) {
        const phrase = `${modifierWord.word}${middle}${unit}`;
        if (phrase !== word) phrases.add(phrase);
        if (phrases.size >= maxPhrases) return [...phrases];
      }
    }
  }
  return [...phrases];
}
