import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';
import { stemWord } from './words.ts';

/**
 * Each question word's related stems (`QueryTerm.related`) that WordNet gives in the word's commonest sense, or in the
 * commonest sense of the term two neighbouring question words make (`withCollocations`): its synonyms and derived words
 * there ("penalty" for "punishment", "difficult" for "hard", "urban" for "city", "execution" for "capital punishment"),
 * not a rarer sense's ("full" for "good", "example" for "lesson"); a word used mostly as a verb by
 * its commonest verb sense's synonyms (`verbSynonyms`). A word's commonest sense is the one its writer most likely
 * meant, so a passage writing its relative there most likely tells the same thing.
 */
export function commonestSenseRelatives(query: Pick<ParsedQuery, 'terms' | 'typedWords'>, lexicon: Lexicon): readonly ReadonlySet<string>[] {
  const { terms, typedWords } = query;
  return terms.map((term) => {
    const related = new Set(term.related);
    const at = typedWords.indexOf(term.typed);
    const pairs = [...(at > 0 ? [`${typedWords[at - 1]}_${term.typed}`] : []), ...(at >= 0 && at + 1 < typedWords.length ? [`${term.typed}_${typedWords[at + 1]}`] : [])];
    // A word used mostly as a verb is meant as one: its noun's relatives are another word's ("privation" for "want").
    const verb = lexicon.actsAsVerb(term.typed) ? (lexicon.baseForms(term.typed)[0] ?? term.typed) : null;
    const own = verb === null ? lexicon.relatedWords(term.typed, 1) : lexicon.verbSynonyms(verb, 1, 1);
    const relatives = [...own, ...pairs.flatMap((pair) => lexicon.relatedWords(pair, 1))];
    return new Set(relatives.map(stemWord).filter((stem) => stem !== term.stem && related.has(stem)));
  });
}

/**
 * Whether the passage meets `count` of the question's words by relatives of their commonest senses: the words met by
 * any related word are counted first, so WordNet is read (`relatives`, once a question) only for a passage that could.
 */
export function heldByCommonestRelatives(matchedStems: readonly string[], terms: ParsedQuery['terms'], count: number, relatives: () => readonly ReadonlySet<string>[]): boolean {
  if (count <= 0) return false;
  let related = 0;
  for (const term of terms) if (term.related.some((stem) => matchedStems.includes(stem))) related += 1;
  if (related < count) return false;
  let met = 0;
  for (const stems of relatives()) if (matchedStems.some((stem) => stems.has(stem))) met += 1;
  return met >= count;
}

/**
 * The candidate answers among `ranked`, in its order: each that `holds` the question's words, and each met only by
 * relatives (`related`) while fewer than `judged` candidates rank above it. Such a passage is weaker evidence than one
 * holding the words: it is worth judging where the words found too few passages to judge (the gold of "is he for or
 * against capital punishment"), not worth listing below them. Testing only that far keeps the check cheap too.
 */
export function candidatesWithRelatives<T>(ranked: readonly T[], holds: (result: T) => boolean, related: (result: T) => boolean, judged: number): T[] {
  const candidates: T[] = [];
  for (const result of ranked) if (holds(result) || (candidates.length < judged && related(result))) candidates.push(result);
  return candidates;
}
