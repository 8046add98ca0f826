import { splitSentences } from '../documents/sentences.ts';
import { stemWord, tokenize } from './words.ts';

/**
 * Whether a passage says a question's noun in a noun of its own beside the question's other words: one sentence holds a
 * word of `related` stems (the noun's related words the passage meets: "task" for "job", "form" for "shape", "auto" for
 * "car") that `isNoun` takes for a noun, and one of `beside` (the stems of the question's other words). "That is
 * the task of the artist now" says "the job of the artist". A related word in another sentence says nothing of them
 * together, and a verb of a related stem names no thing: "the gap between the mountainous counties and the whole
 * country still exists" says nothing of "the tallest mountain in the world" ("existence" is one of its senses).
 */
export function saysBeside(text: string, related: readonly string[], beside: ReadonlySet<string>, isNoun: (word: string) => boolean): boolean {
  return splitSentences(text).some((sentence) => {
    const words = tokenize(sentence.text).map((token) => [token.word, stemWord(token.word)] as const);
    return words.some(([, stem]) => beside.has(stem)) && words.some(([word, stem]) => related.includes(stem) && isNoun(word));
  });
}
