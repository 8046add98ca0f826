import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';

/** The prepositions that set what a question asks in a place: "in Italy", "at Troyes". */
const SETTING = new Set(['in', 'at']);

/**
 * The place a question closes on setting what it asks in: its last word, after "in" or "at", a name the documents hold
 * and WordNet does not take first for a person ("how old do you have to be to rent a car in italy", "what museums are
 * worth seeing in troyes", "where is the comedie francaise theater in paris"). A passage that names neither the place nor,
 * before it, the one it goes on about tells of somewhere else: Europe's car rentals at large say nothing of Italy's.
 * Not a person's name ("how much money was bet at bowie": the track, called by a man's name, that a race report leaves
 * unsaid), nor a name with a word after it ("lived in topkapi palace", its "palace" the thing the passage may call it
 * by). A name the documents lack is a missing name, read apart (`coverageOfBest`).
 */
export function placeFixedOf(query: ParsedQuery, terms: readonly QueryTerm[], lexicon: Lexicon, isName: (term: QueryTerm) => boolean, held: (term: QueryTerm) => boolean): QueryTerm | undefined {
  const words = query.typedWords;
  const last = words.at(-1);
  if (words.length < 2 || !SETTING.has(words.at(-2) ?? '')) return undefined;
  const term = terms.find((one) => one.typed === last);
  return term !== undefined && held(term) && isName(term) && !lexicon.namesPerson(term.typed) ? term : undefined;
}
