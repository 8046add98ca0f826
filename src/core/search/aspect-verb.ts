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
  let carried: Map<QueryTerm, QueryTerm> | null = null;
  for (let at = 0; at + 1 < words.length; at += 1) {
    const word = words[at] as string;
    const next = words[at + 1] as string;
    if (!ASPECT_VERBS.has(word) || !next.endsWith('ing') || !lexicon.actsAsVerb(next)) continue;
    const aspect = terms.find((term) => term.typed === word);
    const act = terms.find((term) => term.typed === next);
    if (aspect !== undefined && act !== undefined) (carried ??= new Map()).set(aspect, act);
  }
  return carried ?? NONE_CARRIED;
}

/** The one empty answer, shared: most questions have no verb of aspect, and a map made for each was garbage at once. */
const NONE_CARRIED: ReadonlyMap<QueryTerm, QueryTerm> = new Map();
