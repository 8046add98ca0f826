import { numbersOf } from './numbers-of.ts';

/**
 * Whether a sentence tells a degree by its bound, not its value: "the area to search is less than a square mile",
 * "snapshots must be of a person not larger than 4 inches", "we will trend in this direction but not to exceed
 * vice-president". A "how big", "how high" or "how large" is answered so when the writer gives only a limit, as a reader
 * takes "nearly a mile" for one. Read as a bound:
 * - a comparative denied before "than" ("not larger than", "no more than"); not "no other than", "no rather than",
 *   "no sooner than" (an identity, a preference, a time);
 * - "less", "fewer" or "smaller" than an amount: an article or a number after "than" ("less than a square mile", "fewer
 *   than 300"), not "less than ideal" or "less than the others", a comparison with no amount;
 * - "not to exceed", "at most", "at the most".
 * `fits` reads what the bound is put on, up to the clause's end: a bound of another measure than the one asked is none
 * ("less than 30 minutes" of flight for "how far can an icbm fly").
 */
export function statesBound(sentence: string, fits: (bounded: string) => boolean): boolean {
  for (const bound of sentence.matchAll(BOUND)) {
    const bounded = sentence.slice((bound.index ?? 0) + bound[0].length).split(CLAUSE_END, 1)[0] ?? '';
    if (bound.groups?.below !== undefined && !/^an?\s/i.test(bounded) && numbersOf(bounded)[0]?.start !== 0) continue;
    if (fits(bounded)) return true;
  }
  return false;
}

const BOUND = /\b(?:(?:not|no)\s+(?:more|less|(?!other\b|rather\b|sooner\b)\p{L}{2,}er)\s+than|not\s+to\s+exceed|at\s+(?:the\s+)?most|(?<below>less|fewer|smaller)\s+than)\s+/giu;
const CLAUSE_END = /[,;:!?]|\.(?:\s|$)/;
