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
 * Loops, not `some`: a closure a term and passage tested.
 */
export function heldByCommonestRelatives(matchedStems: readonly string[], terms: ParsedQuery['terms'], count: number, relatives: () => readonly ReadonlySet<string>[]): boolean {
  let related = 0;
  for (const term of terms) if (meetsAny(matchedStems, term.related)) related += 1;
  if (related < count) return false;
  let met = 0;
  for (const stems of relatives()) if (meetsAny(matchedStems, stems)) met += 1;
  return met >= count;
}

function meetsAny(matchedStems: readonly string[], stems: Iterable<string>): boolean {
  for (const stem of stems) if (matchedStems.includes(stem)) return true;
  return false;
}

/**
 * The candidate answers: `held` (the passages of `ranked` holding the question's words, in its order), and among them
 * each passage of `ranked` met only by relatives of `count` question words' commonest senses while fewer than `judged`
 * candidates rank above it. Such a passage is weaker evidence than one holding the words: it is worth judging where the
 * words found too few passages to judge (the gold of "is he for or against capital punishment"), not worth listing
 * below them. A question whose first `judged` passages all hold its words, most of them, returns `held` itself, untouched.
 */
export function withCloseRelatives<T extends { readonly matchedStems: readonly string[] }>(ranked: readonly T[], held: T[], query: Pick<ParsedQuery, 'terms' | 'typedWords'>, lexicon: Lexicon, count: number, judged: number): T[] {
  if (count <= 0 || ranked.length === held.length || leadsRanked(ranked, held, judged)) return held;
  let relatives: readonly ReadonlySet<string>[] | undefined;
  const read = () => (relatives ??= commonestSenseRelatives(query, lexicon));
  const candidates: T[] = [];
  let next = 0;
  for (const result of ranked) {
    if (result === held[next]) {
      candidates.push(result);
      next += 1;
    } else if (candidates.length < judged && heldByCommonestRelatives(result.matchedStems, query.terms, count, read)) candidates.push(result);
    else if (candidates.length >= judged) break;
  }
  return next === held.length ? candidates : candidates.concat(held.slice(next));
}

/** Whether `held`'s first `judged` passages are `ranked`'s first: no passage left out of `held` ranks among them. */
function leadsRanked<T>(ranked: readonly T[], held: readonly T[], judged: number): boolean {
  if (held.length < judged) return false;
  for (let at = 0; at < judged; at += 1) if (ranked[at] !== held[at]) return false;
  return true;
}
