import { isStopWord, stemWord } from './words.ts';

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
export function openingShare(terms: readonly OpeningTerm[], text: string, words: number, total: number): number {
  if (terms.length === 0) return 0;
  const opening = openingStems(text, words);
  let held = 0;
  for (const term of terms) if (opening.includes(term.stem)) held += term.weight;
  return held / total;
}

/** The stems of the content words among the first `words` words of a text's first sentence. */
function openingStems(text: string, words: number): string[] {
  const sentence = FIRST_SENTENCE.exec(text)?.[0] ?? '';
  return sentence.split(NOT_WORD).filter(Boolean).slice(0, words).map((word) => word.toLowerCase()).filter((word) => !isStopWord(word)).map(stemWord);
}

/** A text's words up to its first sentence's end (a period, semicolon, colon or mark). */
const FIRST_SENTENCE = /^[^.;:!?]*/;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
