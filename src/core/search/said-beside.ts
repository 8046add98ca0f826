import { sentencesOf } from './fact-near-topic.ts';
import { tokensOf } from './tokens-of.ts';

/**
 * Whether a passage says a question's noun in a noun of its own beside the question's other words: one sentence holds a
 * word of `related` stems (the noun's related words the passage meets: "task" for "job", "form" for "shape", "auto" for
 * "car") that `isNoun` takes for a noun, and one of `beside` (the stems of the question's other words). "That is
 * the task of the artist now" says "the job of the artist". A related word in another sentence says nothing of them
 * together, and a verb of a related stem names no thing: "the gap between the mountainous counties and the whole
 * country still exists" says nothing of "the tallest mountain in the world" ("existence" is one of its senses).
 * But the sentence right after goes on about the noun where it takes it up by a pronoun of its number: "… are home to 60
 * children, ages eight to fourteen. From fourteen states and three foreign countries they come …" says where the
 * children come from (`isPlural` reads the noun's number: "they" takes up "children", "he" or "it" a "child").
 */
export function saysBeside(
  passage: { readonly text: string },
  related: readonly string[],
  beside: ReadonlySet<string>,
  isNoun: (word: string) => boolean,
  isPlural: (word: string) => boolean,
): boolean {
  // The sentences and their stems are cut once a passage (`sentencesOf`); a sentence's words only where it holds a word beside.
  const sentences = sentencesOf(passage);
  const relatedNouns = ({ text, stems }: (typeof sentences)[number]) => tokensOf(text).filter(({ word }, at) => related.includes(stems[at] ?? '') && isNoun(word));
  return sentences.some((sentence, at) => {
    if (!sentence.stems.some((stem) => beside.has(stem))) return false;
    if (relatedNouns(sentence).length > 0) return true;
    const before = sentences[at - 1];
    if (before === undefined) return false;
    const pronouns = tokensOf(sentence.text).map(({ word }) => word.toLowerCase());
    const takesUp = (plural: boolean) => pronouns.some((word) => (plural ? PLURAL_PRONOUNS : SINGULAR_PRONOUNS).has(word));
    return (takesUp(true) || takesUp(false)) && relatedNouns(before).some(({ word }) => takesUp(isPlural(word)));
  });
}

/** The pronouns that take up a plural noun of the sentence before, and a singular one. */
const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them', 'their']);
const SINGULAR_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'she', 'her', 'it', 'its']);
