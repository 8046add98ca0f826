import type { Lexicon } from './lexicon.ts';
import type { QueryTerm } from './query.ts';

/** "Keep" and "continue" in their forms: before a verb's "-ing" form they say the act went on, not another act. */
const ASPECT_VERBS: ReadonlySet<string> = new Set(['keep', 'keeps', 'kept', 'keeping', 'continue', 'continues', 'continued', 'continuing']);

/**
 * The question's verbs of aspect, each with the term of the act it carries: "which nephew kept asking quiney to pay" —
 * "kept" with "asking", "why will federal spending keep rising" — "keep" with "rising". A passage says the act ("deluged
 * his uncle with requests to pay"), not that it went on: the aspect verb is met where its act is. `words` is the
 * question's words in order, stop words kept (`ParsedQuery.words`).
 */
export function aspectVerbsOf(words: readonly string[], terms: readonly QueryTerm[], lexicon: Lexicon): ReadonlyMap<QueryTerm, QueryTerm> {
  const carried = new Map<QueryTerm, QueryTerm>();
  for (let at = 0; at + 1 < words.length; at += 1) {
    const [word, next] = [words[at] as string, words[at + 1] as string];
    if (!ASPECT_VERBS.has(word) || !next.endsWith('ing') || !lexicon.actsAsVerb(next)) continue;
    const aspect = terms.find((term) => term.typed === word);
    const act = terms.find((term) => term.typed === next);
    if (aspect !== undefined && act !== undefined) carried.set(aspect, act);
  }
  return carried;
}
