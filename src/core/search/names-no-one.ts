/**
 * Whether a passage goes on about someone without naming anyone: it refers by a personal pronoun of a person ("he",
 * "her", "their") and writes no capitalised word within a sentence ("But it was fun those first days, kidding about the
 * trail of garments he left ... Half slyly he enjoyed seeing her stoop"). A reader takes its "he" and "her" for the
 * nearest ones named before it, so a name the passage before it writes is still whom the story is about in the passage
 * after. A capitalised word after a small letter, a digit or a comma names someone, or something, of its own ("he
 * played Sir Giles"), and the nearest name is then that one; a sentence's or a quote's first word does not.
 */
export function goesOnUnnamed(text: string): boolean {
  return PERSON_PRONOUN.test(text) && !NAME_WITHIN_SENTENCE.test(text);
}

/** A personal pronoun that stands for a person or people, not "it", which stands for a thing as often. */
const PERSON_PRONOUN = /\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Tt]hey|[Tt]hem|[Tt]heir)\b/u;
/**
 * A capitalised word of two letters or more after a word of the same sentence ("I" is no name). The word before is read
 * behind the capital: led by it, the expression was tried at every small letter (1.6 times the cost on the article).
 */
const NAME_WITHIN_SENTENCE = /(?<=[\p{Ll}\d,;)]\s+)[(\[]?\p{Lu}\p{Ll}/u;
