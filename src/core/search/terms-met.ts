import type { QueryTerm } from './query.ts';

/**
 * How a term is met by a set of stems (a passage's matched words, or its lead-in's): fully by its own stem or by a form
 * of the word in another part of speech ("european" for "europe", as ranking counts it), weakly by a related word.
 */
export function creditIn(term: QueryTerm, stems: ReadonlySet<string>, relatedWordWeight: number): number {
  if (stems.has(term.stem) || term.forms?.some((stem) => stems.has(stem))) return 1;
  return term.related.some((stem) => stems.has(stem)) ? relatedWordWeight : 0;
}

/** The stems a passage meets the terms by: each one's own, and its forms in other parts of speech. */
export const stemsOf = (terms: readonly QueryTerm[]): Set<string> => new Set(terms.flatMap((term) => [term.stem, ...(term.forms ?? [])]));
