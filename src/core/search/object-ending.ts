import type { Lexicon } from './lexicon.ts';
import { baseOfIrregular } from './irregular.ts';
import { isStopWord } from './words.ts';

/**
 * Whether a "when did X V …" ends on its object, not its verb: an article or a possessive stands before the last word,
 * or up to `reach` words before it with only describing words between (neither stop words nor words used mostly as
 * verbs) and a verb before it, past the auxiliary at `auxiliary`: "when did one company set up its four-level engineer ranking" asks when the ranking was set up, which a text
 * tells in its own words ("One company instituted, early in 1959, a vertical classification system"), not when anything
 * was ranked. A last word English uses as a verb ("ranking", "building", "training") is the object's noun there.
 */
export function endsOnObject(words: readonly string[], auxiliary: number, lexicon: Lexicon, reach: number): boolean {
  const last = words.length - 1;
  for (let at = last - 1; at > auxiliary && at >= last - 1 - reach; at -= 1) {
    const word = words[at] ?? '';
    // An object follows its verb: "the civil war" in "when did the civil war end" is the subject, before any.
    if (NOUN_OPENERS.has(word)) return at === last - 1 || words.slice(auxiliary + 1, at).some((before) => lexicon.actsAsVerb(baseOfIrregular(before)));
    if (isStopWord(word) || lexicon.actsAsVerb(baseOfIrregular(word))) return false;
  }
  return false;
}

/** The words a noun follows and a verb never does: the articles and the possessives (not "this", "that", which may be a subject). */
const NOUN_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
