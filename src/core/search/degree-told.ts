import type { Measure } from './measure.ts';
import type { ParsedQuery } from './query.ts';

/**
 * A degree told by what it is enough for, where a measure is asked and the writer gives none: "how high should the
 * grill be above the fire" is answered by "keep the grill high enough above the fire so that ... flames cannot reach
 * the meat"; a reader takes the purpose the height serves for the height asked, as "too hot to touch" tells how hot.
 * Read only for the questions whose measure is held (`measuresHeld`: "how high", "how hot", "how deep" ...), and only
 * the adjective asked itself said "enough" or "too": "deep enough" tells no height. Null for any other question.
 */
export function degreeToldOf(query: ParsedQuery, held: readonly Measure[]): ((sentence: string) => boolean) | null {
  const [first, second] = query.words;
  if (held.length === 0 || first !== 'how' || second === undefined || !/^\p{Ll}+$/u.test(second) || second === 'much') return null;
  const said = new RegExp(String.raw`\b(?:${second}\s+enough|too\s+${second})\b`, 'iu');
  return (sentence) => said.test(sentence);
}
