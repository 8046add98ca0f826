import { factTopicOf } from './fact-near-topic.ts';
import { baseOfIrregular } from './irregular.ts';
import { PAST_OR_PRESENT_BE, PAST_OR_PRESENT_DO, inflectionsOf, type EventAsked } from './event-asked.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';
import { tokensOf } from './tokens-of.ts';
import { stemWord } from './words.ts';

/**
 * The doer and the act of a "when did X V (O)", "when was X V-ed": X, the words between the auxiliary and the first word
 * after it used mostly as a verb (its terms' stems, forms and related words, or for a pronoun every personal pronoun:
 * "you" in "when do you need terry cloth towels"); the act, every word from there on used mostly as a verb ("allowed", "start",
 * "firing"), with its inflections, and the event read (`eventAskedOf`) where there is one.
 */
export interface DoerAndAct {
  readonly doer: ReadonlySet<string>;
  readonly act: ReadonlySet<string>;
}

/** The doer and the act a "when" asks the date of (`DoerAndAct`), or null where no word after the auxiliary is a verb. */
export function doerAndActOf(query: ParsedQuery, event: EventAsked | null, lexicon: Lexicon): DoerAndAct | null {
  const words = query.typedWords;
  const auxiliary = words.findIndex((word) => PAST_OR_PRESENT_DO.has(word) || PAST_OR_PRESENT_BE.has(word));
  if (auxiliary < 0) return null;
  const isVerb = (word: string) => lexicon.actsAsVerb(baseOfIrregular(word));
  const first = words.findIndex((word, at) => at > auxiliary && isVerb(word));
  if (first < 0) return null;
  const termsOf = (some: readonly string[]) => query.terms.filter((term) => term.frame !== true && some.includes(term.typed));
  const subject = words.slice(auxiliary + 1, first);
  const verbs = words.slice(first).filter(isVerb);
  // A pronoun asked is someone a text may call by any pronoun: "when did he last have a religious emotion" of a man who
  // tells it himself ("My brother and mother got no value from their religion when they died").
  const doer = new Set([...factTopicOf(termsOf(subject)), ...(subject.some((word) => PRONOUNS.has(word)) ? PRONOUNS : [])]);
  const act = new Set([...factTopicOf(termsOf(verbs)), ...verbs.flatMap((verb) => inflectionsOf(baseOfIrregular(verb)).map(stemWord)), ...(event?.stems ?? [])]);
  return { doer, act };
}

/**
 * Whether a sentence's clause of time can time the act asked: a clause of time ("until they are ten or fifteen years of
 * age") is the time of its own sentence's act, so it tells the date of X's V only in a sentence that names X or says V
 * (`DoerAndAct`), where that act may be X's V told in other words. "Some clarets do not come into their own until they
 * are ten or fifteen years of age" names no beaujolais and tells no release: it dates nothing "when is the new
 * beaujolais released each year" asks, though it says "years".
 */
export function timesOwnAct(sentence: string, asked: DoerAndAct): boolean {
  return tokensOf(sentence).some(({ word }) => {
    const stem = stemWord(word);
    return asked.act.has(stem) || asked.doer.has(stem) || asked.doer.has(word);
  });
}

/** The personal pronouns and possessives, by which a sentence names a doer asked by a pronoun. */
const PRONOUNS: ReadonlySet<string> = new Set(['i', 'me', 'my', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'we', 'us', 'our', 'they', 'them', 'their']);
