import { findNumbers, type NumberToken } from '../figures/numbers.ts';

/**
 * The numbers of a text (`findNumbers`), remembered by text: a "how many" reads each sentence judged by several checks
 * (a hedged number, a count in words before the noun asked), and every question the same passages' sentences.
 */
export function numbersOf(text: string): readonly NumberToken[] {
  let numbers = remembered.get(text);
  if (numbers === undefined) {
    numbers = findNumbers(text);
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(text, numbers);
  }
  return numbers;
}
const remembered = new Map<string, readonly NumberToken[]>();
/** A bound, not a tuning: a stream of new texts cannot grow the memory. */
const MAX_REMEMBERED = 20_000;
