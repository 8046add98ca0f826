import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';
import { factTopicOf } from './fact-near-topic.ts';
import { baseOfIrregular } from './irregular.ts';
import { stemWord } from './words.ts';

/**
 * The event a "when did X V" asks the date of, when the question ends on its verb ("when did henry hudson die", "when
 * did coney island open", "when did the korean war start"): the verb is the whole event, so only a dated sentence that
 * says it, by its stem, a form, a related word as ranking meets it ("began" for "start", "occurred" for "happen") or an
 * inflection ("died", which the stemmer leaves as "di"), dates it; a date said of X otherwise is of something else X
 * did. The stems of those words, or null for any other question. Not "since when" nor "from what date", which ask when
 * a state began that holds on, dated in other words ("Since 2003, Zhejiang has continued", "effective on February 1,
 * 1913" for "from what date did the new rules apply"); not a question with an object or a complement after its verb,
 * whose event a text tells in its own words ("fell to the Turks" for "capture the city", "weighed anchor" for "leave
 * london"), nor a passive ("the Treaty of Aigun (1858)" for "when was it signed"), nor "will" or "should", asked of
 * what is to come or to do.
 */
export function eventAskedOf(query: ParsedQuery, lexicon: Lexicon): ReadonlySet<string> | null {
  const words = query.typedWords;
  if (query.intent !== 'date' || OPENS_ON_A_START.has(words[0] ?? '') || !words.some((word) => PAST_OR_PRESENT_DO.has(word))) return null;
  const last = words.at(-1)?.replace(/\W+$/u, '');
  const verb = query.terms.find((term) => term.typed === last && term.frame !== true);
  if (verb === undefined || !lexicon.actsAsVerb(baseOfIrregular(verb.typed))) return null;
  return new Set([...factTopicOf([verb]), ...inflectionsOf(baseOfIrregular(verb.typed)).map(stemWord)]);
}

/** A question opening on these asks since when a state has held ("since when", "from what date"). */
const OPENS_ON_A_START: ReadonlySet<string> = new Set(['since', 'from']);

/** The auxiliary of "when did X V", "when does X V": an event of X's, told by its verb alone. */
const PAST_OR_PRESENT_DO: ReadonlySet<string> = new Set(['did', 'does', 'do']);

/**
 * A verb's regular inflections ("die" → "dies", "died", "dying"; "stop" → "stopped"), whose stems the stemmer does not
 * always bring back to the verb's ("died" is "di"); an irregular form ("began") is stemmed as its base already.
 */
function inflectionsOf(verb: string): string[] {
  const withoutE = verb.replace(/e$/u, '');
  const doubled = /[^aeiou][aeiou][b-df-hj-np-tv-z]$/u.test(verb) ? verb + verb.at(-1) : withoutE;
  return [verb, `${verb}s`, `${withoutE}ed`, `${doubled}ed`, `${withoutE}ing`, `${doubled}ing`, verb.replace(/ie$/u, 'ying'), verb.replace(/y$/u, 'ied')];
}
