import { baseOfIrregular } from '../search/irregular.ts';

/**
 * The forms a verb is written in, reduced to what two forms of one verb share: its irregular base ("had" → "have",
 * "sold" → "sell"), and the word less a regular ending ("needs" → "need", "counted" → "count"). "has" is in no
 * exception list, as WordNet reads it by rule ("ha" + "s"), so it is named here.
 */
function stemsOf(verb: string): Set<string> {
  const lower = verb.toLowerCase();
  return new Set([lower, lower === 'has' ? 'have' : baseOfIrregular(lower), lower.replace(/e?s$/, ''), lower.replace(/e?d$/, '')]);
}

/**
 * Whether two words are forms of one verb: "has" and "have" ("point f has seven nearest neighbors, h and e have six"),
 * "had" and "has" ("Ruth had 35 home runs. … Mantle has 43"), "sold" and "sells".
 */
export function isFormOfSameVerb(verb: string, other: string): boolean {
  const stems = stemsOf(other);
  return [...stemsOf(verb)].some((stem) => stem.length >= 3 && stems.has(stem)) || (verb.toLowerCase() === 'has' && stems.has('have'));
}
