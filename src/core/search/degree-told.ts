import { measuresHeld } from './measure-held.ts';
import type { ParsedQuery } from './query.ts';

/**
 * A degree told by what it is enough for, where a measure is asked and the writer gives none: "how high should the
 * grill be above the fire" is answered by "keep the grill high enough above the fire so that ... flames cannot reach
 * the meat"; a reader takes the purpose the height serves for the height asked, as "too hot to touch" tells how hot.
 * Read only for the questions whose measure is held (`measuresHeld`: "how high", "how hot", "how deep" ...), and only
 * the adjective asked itself said "enough" or "too": "deep enough" tells no height. The degree is told by what it
 * serves or prevents, the clause after it ("to touch", "so that ... flames cannot reach"): "sprinkle over coals if they
 * are too hot" says no heat, only that there may be too much. The clause's "to", "that" or "for" at most `resultReach`
 * words after "enough" or the adjective (`AbstainOptions.degreeResultReach`), in the same clause (no comma between). Null for any other question, or a reach of 0.
 */
export function degreeToldOf(query: ParsedQuery, resultReach: number): ((sentence: string) => boolean) | null {
  const [first, second] = query.words;
  if (resultReach <= 0 || first !== 'how' || second === undefined || !/^\p{Ll}+$/u.test(second) || second === 'much' || measuresHeld(query).length === 0) return null;
  const said = new RegExp(String.raw`\b(?:${second}\s+enough|too\s+${second})(?:\s+[\w'-]+){0,${resultReach - 1}}?\s+(?:to|that|for)\b`, 'iu');
  return (sentence) => said.test(sentence);
}
