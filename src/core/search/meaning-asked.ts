/**
 * "What does X mean", "what does X stand for", "what is the meaning of X": the passage that answers tells what X
 * means, not one that names X ("Brevet Major General George Armstrong Custer", "our SAC bombers", "in discussing the
 * Lord's Supper"). Read before `kindAsked` (`termAskedOf` in `question-asked.ts`), whatever case the documents write X in: a word's meaning is
 * told by "means" as often as by "is a" ("\"a la mode\" doesn't mean … it just means, in the latest style"), and a
 * name's more often by a gloss than by a definition. `kindAsked` still reads an X the documents write only inside a
 * longer word ("seismographs"), which this does not name.
 */

import { nameInQuestion, statesWhatItIs, type TermAsked } from './phrase.ts';
import { placesOf, toldInBrackets, type NamePlace } from './name-asked.ts';

/** The questions on what X means, X after an article (`nameInQuestion`: a few words, "the Lord's Supper"). */
const MEANING_QUESTIONS = [/^what (?:does|do|did) (?:the |a |an )?(.+) (?:mean|stand for)$/, /^what is the meaning of (?:the |a |an )?(.+)$/];

/**
 * A gloss after X, within `placesOf`'s reach of a few words, across a closing quote and into the next sentence: "Garryowen, which means
 * "Garden of Owen"", `"E hour". "E" stands for "execution"`, "GNP, short for …", "the word for …".
 */
const GLOSS_AFTER = /^[^]*?\b(?:means?|meant|stands? for|stood for|short for|signif(?:y|ies|ied)|(?:word|term|name|abbreviation) for)\b/i;

/**
 * X coined in quotes after the words that name it so, the gloss before it: `Cattle … held for two winters to mature 'em
 * into prime beef were said to be "double wintered"`, `was called a "die-up"`, `spoken of as "turn-out time"`. Not
 * "so-called", which keeps X at a distance (the so-called “teaching methods”), not says what it is.
 */
const NAMED_SO_BEFORE = /(?<!so-)\b(?:called|termed|dubbed|known as|spoken of as|referred to as|said to be)\s+(?:(?:an?|the) )?["“‘']$/i;
const CLOSING_QUOTE = /^["”’']/;
const glossedBefore = ({ before, after }: NamePlace): boolean => NAMED_SO_BEFORE.test(before) && CLOSING_QUOTE.test(after);

/**
 * For a question on what X means, asked of documents that name X: a passage that names X answers only where it tells
 * what X means, in a gloss after it (`GLOSS_AFTER`) or before it in quotes (`NAMED_SO_BEFORE`), a bracket
 * (`toldInBrackets`: "BMEWS (Ballistic Missile Early Warning System)") or a definition (`statesWhatItIs`: `"sayonara",
 * the Japanese word for goodbye`). Null for any other question.
 */
export function meaningAsked(words: readonly string[], reach: number): TermAsked | null {
  const term = nameInQuestion(words, MEANING_QUESTIONS);
  if (term === undefined) return null;
  const { written, places } = placesOf(term, reach);
  const definition = statesWhatItIs(term);
  const glossed = (place: NamePlace) => GLOSS_AFTER.test(place.after) || toldInBrackets(place) || glossedBefore(place);
  return { named: (text) => text.search(written) >= 0, defined: { test: (text) => definition.test(text) || places(text).some(glossed) } };
}
