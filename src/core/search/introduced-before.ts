import type { Passage } from '../types.ts';
import type { SearchIndex } from './search-index.ts';
import { passageBefore } from './named-before.ts';
import { rememberedBy } from '../remembered.ts';

/** A personal pronoun: a passage that has one may go on about what the passage before brought in. */
const REFERS_BACK = /\b(?:he|she|it|his|her|its|him|they|their|them)\b/i;

/**
 * Of the question's nouns asked with "the" ("where does the book get its title", "what was the poet searching for"), those
 * a passage up to `reach` passages before this one in the same document introduces in small letters after an article or
 * "this" ("comes a book that gives the reader ...", "the poet's youth"): a text brings a thing in so and goes on about it
 * in "his title", "it", "the author", and a question that says "the book" asks of the one it brought in. A common noun
 * only (a name is `wordsNamedBefore`'s); "the" in the question, since "which hymns should be sung" asks of no one thing.
 * The passage must refer back, in a personal pronoun: one that names things of its own ("The old mill by the bridge became
 * a museum") has moved on from the librarian the passage before brought in.
 */
export function wordsIntroducedBefore(index: SearchIndex, passage: Passage, asked: readonly string[], questionWords: readonly string[], reach: number): Set<string> {
  const introduced = new Set<string>();
  const definite = asked.filter((word) => questionWords.some((typed, at) => typed === word && questionWords[at - 1] === 'the'));
  if (definite.length === 0 || !REFERS_BACK.test(passage.text)) return introduced;
  for (let back = 1; back <= reach; back += 1) {
    const before = passageBefore(index, passage, back);
    if (before === undefined) break;
    for (const word of definite) if (introducingOf(word).test(before.text)) introduced.add(word);
  }
  return introduced;
}

/**
 * The expression of a word brought in ("the book", "a book", "this book"), made once a word, not once a passage before of
 * each candidate; bounded, as the words asked are the users'.
 */
const MAX_REMEMBERED = 20_000;
const introducingOf = rememberedBy(MAX_REMEMBERED, (word) => new RegExp(`\\b(?:[Tt]his|[Tt]he|[Aa]n?) ${word}\\b`));
