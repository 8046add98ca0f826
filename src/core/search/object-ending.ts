import type { Lexicon } from './lexicon.ts';
import { PARTICLES } from './event-asked.ts';
import { baseOfIrregular } from './irregular.ts';
import { isStopWord } from './words.ts';

/**
 * Whether a "when did X V …" ends on its object, not its verb: an article or a possessive stands before the last word,
 * or up to `reach` words before it with only describing words between (neither stop words nor words used mostly as
 * verbs) and a verb right before it, past the auxiliary at `auxiliary`: "when did one company set up its four-level
 * engineer ranking" asks when the ranking was set up, which a text tells in its own words ("One company instituted,
 * early in 1959, a vertical classification system"), not when anything was ranked. A last word English uses as a verb ("ranking", "building", "training") is the object's noun there.
 */
export function endsOnObject(words: readonly string[], auxiliary: number, lexicon: Lexicon, reach: number): boolean {
  const last = words.length - 1;
  for (let at = last - 1; at > auxiliary && at >= last - 1 - reach; at -= 1) {
    const word = words[at] ?? '';
    // An object follows its verb, or its verb's particle: "the civil war" in "when did the civil war end" is the
    // subject, and "the blind" in "when did the reading room for the blind begin" a preposition's.
    if (NOUN_OPENERS.has(word)) return at === last - 1 || followsVerb(words, at, auxiliary, lexicon);
    if (isStopWord(word) || lexicon.actsAsVerb(baseOfIrregular(word))) return false;
  }
  return false;
}

/** Whether the word at `at` follows a verb past the auxiliary, or a verb and its particle ("set up its"). */
function followsVerb(words: readonly string[], at: number, auxiliary: number, lexicon: Lexicon): boolean {
  const verbAt = PARTICLES.has(words[at - 1] ?? '') ? at - 2 : at - 1;
  const verb = words[verbAt] ?? '';
  return verbAt > auxiliary && !isStopWord(verb) && lexicon.actsAsVerb(baseOfIrregular(verb));
}

/** The words a noun follows and a verb never does: the articles and the possessives (not "this", "that", which may be a subject). */
const NOUN_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
