import { chineseDictionary } from './chinese-dictionary.ts';
import { nounCountedOf } from './count-asked.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import { stemWord } from './words.ts';

/**
 * Whether an English "how many" asked of Chinese passages counts a thing none of the judged passages names: the noun
 * counted (`nounCountedOf`, the first plural in `maxWords` words after "how many") is held by none of them, by its own
 * word or a translation (`isHeld`), nor with the word before it by a word whose whole gloss they make ("gold medals" →
 * 金牌, `texts` the judged passages'). "How many gold medals did China win at the Beijing Winter Olympics" asked of a
 * report whose Olympics sentence names the Games and no medal cannot be answered by it, though the Games, China and gold
 * are met (half of a question's words held, `minTranslatedShareHeld`, weighs each word alike; the thing counted is what
 * the number answering it must count). A unit asked ("how many kilometres") is the measure's, not read here. Off when
 * `maxWords` is 0.
 */
export function countsUnheldThing(query: ParsedQuery, terms: readonly QueryTerm[], maxWords: number, isHeld: (term: QueryTerm) => boolean, texts: readonly string[]): boolean {
  const noun = nounCountedOf(query, maxWords);
  const term = noun === undefined ? undefined : terms.find((some) => some.typed === noun);
  if (term === undefined || isHeld(term)) return false;
  const before = query.words[query.words.indexOf(term.typed) - 1];
  const dictionary = chineseDictionary();
  const phrase = before === undefined || dictionary === null ? [] : dictionary.wordsGlossed(`${stemWord(before)} ${stemWord(term.typed)}`);
  return !phrase.some((chinese) => texts.some((text) => text.includes(chinese)));
}
