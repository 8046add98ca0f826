import type { Lexicon } from './lexicon.ts';
import type { QueryTerm } from './query.ts';
import { stemWord } from './words.ts';

/**
 * Each question word's related stems (`QueryTerm.related`) that WordNet gives in the word's commonest sense: its
 * synonyms and derived words there ("penalty" for "punishment", "difficult" for "hard", "urban" for "city"), not a
 * second sense's ("hold" for "keep" in "keep taking the paint"). A word's commonest sense is the one its writer most
 * likely meant, so a passage writing its relative there most likely tells the same thing.
 */
export function commonestSenseRelatives(terms: readonly QueryTerm[], lexicon: Lexicon): readonly ReadonlySet<string>[] {
  return terms.map((term) => {
    const related = new Set(term.related);
    return new Set(lexicon.relatedWords(term.typed, 1).map(stemWord).filter((stem) => stem !== term.stem && related.has(stem)));
  });
}

/**
 * How many of the question's words the passage's matched stems meet by a relative of the word's commonest sense
 * (`commonestSenseRelatives`, in the terms' order).
 */
export function wordsMetByCommonestRelatives(matchedStems: readonly string[], relatives: readonly ReadonlySet<string>[]): number {
  let met = 0;
  for (const stems of relatives) if (matchedStems.some((stem) => stems.has(stem))) met += 1;
  return met;
}
