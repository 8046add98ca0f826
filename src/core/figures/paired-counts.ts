import { readNounPhrase, type NounPhrase } from './measures.ts';
import { findNumbers } from './numbers.ts';

/** "… and ten", "…, and about 50,000,000": a bare number joined by "and" to what came before it (its bound read apart). */
const AND_BEFORE = /(?:^|[\s,])and\s+$/i;
/**
 * " in September", " with inadequate service": a preposition right after the number, where its noun would stand. Not
 * before a number ("one in five", a proportion).
 */
const PREPOSITION_AFTER = /^\s+(?:in|with|for|from|at|on|by|under|over)\s+(?!(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)/i;
/** "eight more home runs", "40 other states": a word between the count and its noun. */
const MORE_OR_OTHER = /^\s+(?:more|other)(?=\s)/i;

/**
 * "eight more home runs in August and ten in September", "approximately 25,000,000 people with no service and about
 * 50,000,000 with inadequate service": a number after "and" with a preposition where its noun would be counts the
 * noun phrase of the number just before it (the last one written, no year), the pair's first member; undefined when
 * that number counted no plural noun ("110 per 1,000 per year … and 65 in the Civil War").
 */
export function pairedCountNoun(before: string, after: string): (NounPhrase & { readonly head: string }) | undefined {
  if (!AND_BEFORE.test(before) || !PREPOSITION_AFTER.test(after)) return undefined;
  const first = findNumbers(before).at(-1);
  if (first === undefined || first.yearLike) return undefined;
  const rest = before.slice(first.end);
  const phrase = readNounPhrase(rest.slice(MORE_OR_OTHER.exec(rest)?.[0].length ?? 0));
  return phrase?.head == null ? undefined : { ...phrase, head: phrase.head };
}
