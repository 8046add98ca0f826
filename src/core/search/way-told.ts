import type { Lexicon } from './lexicon.ts';

/**
 * Whether a sentence tells a way of doing what it names, as a reader asking "how do you V X" wants told: a means ("by
 * the simple process of overtakin' the brute", "with nothing but a mat of straw"), an instruction ("should", "be sure",
 * "we recommend"), the reader as the doer ("if you remove the main drain grate"), a sequence ("first", "then"), or an
 * order (`opensOnOrder`: "Clean it meticulously in boiling water"). A sentence that only names the act done once or
 * of something else does not: "at least one state automobile was registered as far back as 1917", "adult show dogs,
 * housebroken, and obedience-trained", "that lovely old pastime of hooking or braiding rugs". `openingWords` is
 * `AbstainOptions.orderOpeningWords`.
 */
export function tellsWay(sentence: string, lexicon: Lexicon, openingWords: number): boolean {
  return WAY.test(sentence) || opensOnOrder(sentence, lexicon, openingWords);
}

/** A means, an instruction, the reader doing it, or a step. */
const WAY = new RegExp(
  [
    String.raw`\b(?:by|with|without|through|using|via)\b`,
    String.raw`\b(?:should|must|ought|need(?:s)? to|ha(?:ve|s) to|be sure|make sure|take care|recommend\w*|advis\w*|don't|do not)\b`,
    String.raw`\b(?:you|one)(?:'ll|'d|'ve)?\s+(?:will|can|could|may|might|would|should|must|need|have|want|just|then|first)\b|\b(?:if|when|as|once|before|after|until)\s+you\b`,
    // A step opens its sentence or follows another: "the first motor boat" is no step, nor "Then again".
    String.raw`^\W*(?:first|then|next|finally)\b(?! again)|(?:,|\band)\s*then\b|\bsteps?\b|\buntil\b`,
  ].join('|'),
  'i',
);

/**
 * An order: the sentence opens, or goes on after an opening phrase of at most `openingWords` words and a comma ("For
 * roasts, insert meat thermometer diagonally"), on a verb's base form, which no subject comes before.
 */
function opensOnOrder(sentence: string, lexicon: Lexicon, openingWords: number): boolean {
  const clauses = sentence.split(',', 2);
  const openings = clauses.length > 1 && (clauses[0] ?? '').trim().split(/\s+/).length <= openingWords ? [clauses[0], clauses[1]] : [clauses[0]];
  return openings.some((clause) => {
    const first = /^\W*([A-Za-z]+)/.exec(clause ?? '')?.[1]?.toLowerCase();
    return first !== undefined && lexicon.baseForms(first).every((base) => base === first) && lexicon.canBeVerb(first);
  });
}
