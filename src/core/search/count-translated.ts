import { nounCountedOf } from './count-asked.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';

/**
 * Whether an English "how many" asked of Chinese passages counts a thing none of the judged passages names: the noun
 * counted (`nounCountedOf`, the first plural in `maxWords` words after "how many") is held by none of them, by its own
 * word or a translation (`isHeld`). "How many gold medals did China win at the Beijing Winter Olympics" asked of a report
 * whose Olympics sentence names the Games and no medal cannot be answered by it, though the Games, China and gold are
 * met (half of a question's words held, `minTranslatedShareHeld`, weighs each word alike; the thing counted is what
 * the number answering it must count). A unit asked ("how many kilometres") is the measure's, not read here. Off when
 * `maxWords` is 0.
 */
export function countsUnheldThing(query: ParsedQuery, terms: readonly QueryTerm[], maxWords: number, isHeld: (term: QueryTerm) => boolean): boolean {
  const noun = nounCountedOf(query, maxWords);
  const term = noun === undefined ? undefined : terms.find((some) => some.typed === noun);
  return term !== undefined && !isHeld(term);
}
