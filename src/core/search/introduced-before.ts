import type { Passage } from '../types.ts';
import type { SearchIndex } from './search-index.ts';
import { passageBefore } from './named-before.ts';
import { rememberedBy } from '../remembered.ts';
import { isStopWord } from './words.ts';

/** A personal or demonstrative pronoun: a passage that has one may go on about what the passage before brought in. */
const REFERS_BACK = /\b(?:he|she|it|his|her|its|him|they|their|them|this|these)\b/i;

/**
 * Of the question's nouns asked with "the" ("where does the book get its title", "what was the poet searching for"), those
 * a passage up to `reach` passages before this one in the same document introduces in small letters after an article or
 * "this" ("comes a book that gives the reader ...", "the poet's youth"): a text brings a thing in so and goes on about it
 * in "his title", "it", "the author", and a question that says "the book" asks of the one it brought in. A common noun
 * only (a name is `wordsNamedBefore`'s); "the" in the question, since "which hymns should be sung" asks of no one thing.
 * The passage must refer back, in a personal pronoun or "this" / "these" ("Was not this dropped primarily in order to
 * 'appease' the Chinese"): one that names things of its own ("The old mill by the bridge became a museum") has moved on
 * from the librarian the passage before brought in. A noun phrase may put up to `modifierWords` words between its article
 * and its noun, in the question ("why did the russians drop the huge bomb") and in the passage before ("this brings us
 * inevitably to the 30- or 50-megaton bomb"): the noun is still the one brought in.
 */
export function wordsIntroducedBefore(index: SearchIndex, passage: Passage, asked: readonly string[], questionWords: readonly string[], reach: number, modifierWords: number): Set<string> {
  const introduced = new Set<string>();
  const definite = asked.filter((word) => questionWords.some((typed, at) => typed === word && asksWithThe(questionWords, at, modifierWords)));
  if (definite.length === 0 || !REFERS_BACK.test(passage.text)) return introduced;
  for (let back = 1; back <= reach; back += 1) {
    const before = passageBefore(index, passage, back);
    if (before === undefined) break;
    // Two back, the passage between must go on about it too ("he watched them pass"): one that does not has moved on.
    if (back > 1 && !REFERS_BACK.test(passageBefore(index, passage, back - 1)?.text ?? '')) break;
    for (const word of definite) if (introducingOf(`${modifierWords} ${word}`).test(before.text)) introduced.add(word);
  }
  return introduced;
}

/**
 * Whether the question's word at `at` is asked with "the": right after it ("the book"), or as the noun ending a phrase
 * of up to `modifierWords` words after it, none a function word ("the huge bomb"): the last word before a function word
 * or the question's end, not a modifier ("grand" in "the fulton county grand jury") nor a word of a clause ("the baby
 * who died in").
 */
function asksWithThe(words: readonly string[], at: number, modifierWords: number): boolean {
  if (words[at - 1] === 'the') return true;
  const next = words[at + 1];
  if (next !== undefined && !isStopWord(next)) return false;
  for (let before = at - 1; before >= Math.max(0, at - modifierWords); before -= 1) {
    const word = words[before] ?? '';
    if (isStopWord(word)) return false;
    if (words[before - 1] === 'the') return true;
  }
  return false;
}

/**
 * The expression of a word brought in ("the book", "a book", "this book", "the 30- or 50-megaton bomb"), keyed by the modifier words allowed and the word, made once a word, not once a passage before of
 * each candidate; bounded, as the words asked are the users'. The word leads and its article is read behind it: led by
 * the article, V8 tried the words after each "the" in the passage, three to six times the cost.
 */
const MAX_REMEMBERED = 20_000;
const introducingOf = rememberedBy(MAX_REMEMBERED, (key) => {
  const [modifierWords, word] = key.split(' ');
  return new RegExp(`${word}(?<=\\b(?:[Tt]his|[Tt]he|[Aa]n?) (?:[\\w-]+ ){0,${modifierWords}}${word})\\b`);
});
