import type { Lexicon } from './lexicon.ts';
import { isStopWord } from './words.ts';

/**
 * Where a "when did X V" goes on past its verb with a place or setting only ("when did george shearing move to america",
 * "when did lindbergh fly to paris"), the place of that setting's preposition, so the words before it end on the event
 * asked: the preposition's phrase says where the act went, not a thing the act was done to, whose event a text tells in
 * its own words. The word before the preposition must be used mostly as a verb, not a stop word ("come", "go": light
 * verbs a text tells by its own words), and X, the words between the auxiliary and it, one noun phrase
 * (`isOneNounPhrase`): "when did the aldermen ask greville to back the new charter" holds an object, not a setting.
 * The setting's own words say the act as well as its verb does ("Hanch went to Detroit in 1909" for "when did hanch
 * travel to detroit", "Lindbergh's flight to Paris earlier in 1927"): a text tells a going by where it went. -1 for any
 * other question.
 */
export function settingAfterEventAt(words: readonly string[], auxiliary: number, lexicon: Lexicon, isOneNounPhrase: (words: readonly string[]) => boolean): number {
  const at = words.findIndex((word, index) => index > auxiliary + 1 && SETTING.has(word));
  if (at < 0 || at === words.length - 1) return -1;
  const verb = words[at - 1] ?? '';
  if (isStopWord(verb) || !lexicon.actsAsVerb(verb)) return -1;
  return isOneNounPhrase(words.slice(auxiliary + 1, at - 1)) ? at : -1;
}

/** The prepositions of a place or a setting the act went to, from or happened at. */
const SETTING: ReadonlySet<string> = new Set(['to', 'from', 'in', 'at', 'into', 'on']);
