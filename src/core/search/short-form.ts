import type { ChineseDictionary } from './chinese-dictionary.ts';

/**
 * A word's meanings as their words of four letters or more, stemmed ("high speed rail" → high, speed, rail): what two
 * words' glosses share, not "of", "the", "and".
 */
const glossWords = (dictionary: ChineseDictionary, word: string): Set<string> => new Set(dictionary.glossesOf(word).flatMap((gloss) => gloss.split(' ').filter((part) => part.length >= 4)));

/**
 * The full forms the documents write of a Chinese word of two characters they never write, a short form made of the
 * first characters of two words: 高铁 for 高速铁路 (高速 "high speed" + 铁路), as 医保 is for 医疗保险 and 北大 for 北京大学.
 * A full form is four characters the passages write, its halves both dictionary words, the first of each the short form's,
 * and one half sharing a word of meaning with it ("high speed" for 高铁's "high speed rail"): a chance run such as
 * 高速公路 for 高公 would share none. Only a word the dictionary holds is read, so no run of two characters that is no word.
 */
export function fullFormsOf(word: string, dictionary: ChineseDictionary, texts: readonly string[], maxForms: number): string[] {
  const [first, second, ...rest] = [...word];
  if (maxForms <= 0 || first === undefined || second === undefined || rest.length > 0 || !dictionary.hasEntry(word)) return [];
  const meaning = glossWords(dictionary, word);
  const sharesMeaning = (half: string) => [...glossWords(dictionary, half)].some((gloss) => meaning.has(gloss));
  const forms = new Set<string>();
  const pattern = new RegExp(`${first}\\p{Script=Han}${second}\\p{Script=Han}`, 'gu');
  for (const text of texts) {
    for (const [form] of text.matchAll(pattern)) {
      const halves = [form.slice(0, 2), form.slice(2)];
      if (halves.every((half) => dictionary.hasEntry(half)) && halves.some(sharesMeaning)) forms.add(form);
      if (forms.size >= maxForms) return [...forms];
    }
  }
  return [...forms];
}
