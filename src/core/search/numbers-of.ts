import { findNumbers, type NumberToken } from '../figures/numbers.ts';
import { rememberedBy } from '../remembered.ts';

/**
 * The numbers of a text (`findNumbers`), remembered by text: a "how many" reads each sentence judged by several checks
 * (a hedged number, a count in words before the noun asked), and every question the same passages' sentences.
 */
export const numbersOf: (text: string) => readonly NumberToken[] = rememberedBy(20_000, findNumbers);
