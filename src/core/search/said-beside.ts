import { sentencesOf } from './fact-near-topic.ts';
import { tokensOf } from './tokens-of.ts';

/**
 * Whether a passage says a question's noun in a noun of its own beside the question's other words: one sentence holds a
 * word of `related` stems (the noun's related words the passage meets: "task" for "job", "form" for "shape", "auto" for
 * "car") that `isNoun` takes for a noun, and one of `beside` (the stems of the question's other words). "That is
 * the task of the artist now" says "the job of the artist". A related word in another sentence says nothing of them
 * together, and a verb of a related stem names no thing: "the gap between the mountainous counties and the whole
 * country still exists" says nothing of "the tallest mountain in the world" ("existence" is one of its senses).
 */
export function saysBeside(passage: { readonly text: string }, related: readonly string[], beside: ReadonlySet<string>, isNoun: (word: string) => boolean): boolean {
  // The sentences and their stems are cut once a passage (`sentencesOf`); a sentence's words only where it holds both.
  return sentencesOf(passage).some(({ text, stems }) => stems.some((stem) => beside.has(stem)) && tokensOf(text).some(({ word }, at) => related.includes(stems[at] ?? '') && isNoun(word)));
}
