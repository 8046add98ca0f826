import { type ChineseDictionary, synonyms } from './chinese-dictionary.ts';

/** A Chinese word ending in an aspect particle: 了 (the act done, "涨了" rose) or 过 (done before, "去过" has been). */
const WITH_PARTICLE = /^(\p{Script=Han}+)[了过]$/u;

/**
 * The words the documents write for a Chinese word they never write that is a verb and its aspect particle: the
 * segmenter joins 了 or 过 to a verb it reads in no other word ("物价去年涨了多少" is cut 物价|去年|涨了|多少), and the word,
 * read whole, is met nowhere. Read as its verb, it is met by the verb itself when the documents write it and it is of two
 * characters or more (提高了 → 提高), and by the dictionary words of the documents sharing a gloss and a character with
 * the verb (涨 "to rise" → 上涨 "to rise", `synonyms`): "居民消费价格上涨0.2%" answers it. A verb of one character is not
 * searched itself: it stands inside words of other meanings (涨 in "涨幅", the size of a rise, as a year's target writes
 * it). A word the dictionary holds whole (超过, 为了, 通过) is its own word, and a word before the particle whose
 * commonest meaning is no verb's is no verb's aspect. `read` 0 reads no particle off.
 */
export function verbOfAspect(word: string, dictionary: ChineseDictionary, frequency: (word: string) => number, read: number): string[] {
  const verb = WITH_PARTICLE.exec(word)?.[1];
  if (read <= 0 || verb === undefined || dictionary.hasEntry(word) || !dictionary.isVerb(verb)) return [];
  return [...new Set([...([...verb].length > 1 && frequency(verb) > 0 ? [verb] : []), ...synonyms(dictionary, verb, frequency, 1)])];
}
