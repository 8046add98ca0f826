import { isStopWord, stemWord } from './words.ts';
import type { Passage } from '../types.ts';

/** A question's word a passage may open on: its stem and its weight. */
export interface OpeningTerm {
  readonly stem: string;
  readonly weight: number;
}

/**
 * The question's words that say which passage is about them when one opens on them: those at most `maxShare` of the
 * passages hold. The word a whole text is about ("the state" of a report on the state's cars) opens half its passages
 * and tells none of them apart.
 */
export function openingTermsOf(stems: readonly string[], weights: readonly number[], frequencies: readonly number[], passages: number, maxShare: number): OpeningTerm[] {
  const terms: OpeningTerm[] = [];
  stems.forEach((stem, at) => {
    if ((frequencies[at] ?? 0) <= maxShare * passages) terms.push({ stem, weight: weights[at] ?? 0 });
  });
  return terms;
}

/**
 * The share of the question's weight (`total`) held by its words a passage opens on: one standing among the first
 * `words` words of its first sentence, stop words counted ("Pansies are gluttons.", "The misplaced modifier is another
 * species …", "Farming is confining."). A passage that opens on a thing is about it; one naming it in passing tells
 * something else.
 */
export function openingShare(terms: readonly OpeningTerm[], passage: Passage, words: number, total: number): number {
  if (terms.length === 0) return 0;
  const opening = openingStems(passage, words);
  let held = 0;
  for (const term of terms) if (opening.includes(term.stem)) held += term.weight;
  return held / total;
}

/**
 * The stems of the content words among the first `words` words of a passage's first sentence, kept by passage:
 * ranking reads them for every candidate of every question, and stemming them each time tripled an answer's CPU.
 */
function openingStems(passage: Passage, words: number): readonly string[] {
  const kept = openingStemsOf.get(passage);
  if (kept !== undefined && kept.words === words) return kept.stems;
  const sentence = FIRST_SENTENCE.exec(passage.text)?.[0] ?? '';
  const stems = REPORTS_SPEECH.test(sentence) ? [] : sentence.split(NOT_WORD).filter(Boolean).slice(0, words).map((word) => word.toLowerCase()).filter((word) => !isStopWord(word)).map(stemWord);
  openingStemsOf.set(passage, { words, stems });
  return stems;
}

/** Each passage's opening stems and the count of words they were read from; gone with the passage. */
const openingStemsOf = new WeakMap<Passage, { readonly words: number; readonly stems: readonly string[] }>();

/**
 * A first sentence reporting what someone said ("He Wenjiong said that accelerating …", "Dr. Kirk told the board"):
 * it opens on its speaker, and is about what was said, not about who said it.
 */
const REPORTS_SPEECH = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:said|says|told|tells|added|adds|noted|notes|stated|states|explained|explains|stressed|stresses)\b/u;
/** A text's words up to its first sentence's end (a period, semicolon, colon or mark). */
const FIRST_SENTENCE = /^[^.;:!?]*/;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
