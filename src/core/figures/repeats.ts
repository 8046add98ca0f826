import { indexTerms } from '../search/words.ts';
import type { Figure, Passage } from '../types.ts';

/**
 * A repeated passage keeps only the figures its canonical copy does not already state. A figure of the
 * same value and unit is stated already only when one of the two sentences it stands in says nothing the
 * other does not (the same paragraph twice, a headline's figure again in its story, a translator's "the"
 * added): parallel passages written alike ("producers of lead … below 14-1/2 cents per pound", "producers
 * of zinc … below 14-1/2 cents per pound"; "For grant …" and "For loan … not more than $538 million") each
 * name what their own figure is of, so both figures stand.
 */
export function dropRepeats<T extends Figure>(passage: Passage, byPassage: ReadonlyMap<string, readonly T[]>): T[] {
  const own = byPassage.get(passage.id) ?? [];
  const canonical = passage.duplicateOf === null ? undefined : byPassage.get(passage.duplicateOf);
  if (canonical === undefined) return [...own];
  return own.filter(
    (figure) => !canonical.some((other) => other.value === figure.value && other.unit === figure.unit && isSameStatement(figure.text, other.text)),
  );
}

/** True when one sentence's words (stop words and numbers aside) all stand in the other's. */
function isSameStatement(sentence: string, other: string): boolean {
  const [words, otherWords] = [wordsOf(sentence), wordsOf(other)];
  const within = (some: ReadonlySet<string>, all: ReadonlySet<string>) => [...some].every((word) => all.has(word));
  return within(words, otherWords) || within(otherWords, words);
}

/** The words that say what a sentence is about, stemmed: a number differs between copies of one statement more often than a word. */
function wordsOf(sentence: string): Set<string> {
  return new Set(indexTerms(sentence).filter((term) => /\p{L}/u.test(term)));
}
