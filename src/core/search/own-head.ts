import type { Lexicon } from './lexicon.ts';
import type { QueryTerm } from './query.ts';
import { isStandInNoun } from './stand-in-noun.ts';
import { rememberedFor } from '../remembered.ts';

/** The shortest part a one-word compound is read as made of: "folk" + "song", "nick" + "name"; not "s" + "hoe". */
const MIN_PART = 3;

/**
 * The question's nouns a passage leaves unmet that are one-word compounds ending in their own kind, and whose kind the
 * passage writes, in any sentence: "how many countries did the folksongs come from" is told by "Selections from fifteen
 * countries were sung … Songs from China and Japan …" (a folksong is a song, WordNet one step up), "what nickname did
 * the men give mollie" by "Her name was Mollie. They called her Mollie the Mutton" (a nickname is a name, two steps up).
 * The word says its kind in its own last part: a writer who has said "folksongs" once goes on in "the songs", as he
 * goes on in "it", anywhere in the passage, and nothing else the word could mean (no rarer sense, no broader kind) is in
 * play. The kind must be one WordNet files the word under, up to `steps` steps from its commonest sense, and that kind's
 * own commonest sense (`Lexicon.nearKinds`), so "hardware" is no "ware" and "gunman" no "man"; not a word standing for
 * anyone or anything ("salesperson" / "person").
 */
export function metByOwnHead(unmet: readonly QueryTerm[], passage: { readonly text: string }, lexicon: Lexicon, steps: number): QueryTerm[] {
  if (steps <= 0) return [];
  return unmet.filter((term) => {
    const head = ownHeadOf(lexicon, `${steps} ${term.typed}`);
    return head !== null && head.test(passage.text);
  });
}

/** The expression of a word's own head as a passage writes it, singular or plural, or null: once a lexicon and word. */
const ownHeadOf = rememberedFor(20_000, (lexicon: Lexicon, key: string): RegExp | null => {
  const [, steps = '0', typed = ''] = /^(\S+) ([\s\S]*)$/.exec(key) ?? [];
  if (!/^[a-z]+$/.test(typed) || typed.length < 2 * MIN_PART) return null;
  // A cheap look first: some ending of the word is a word at all, before WordNet's kinds are walked.
  const endings = Array.from({ length: typed.length - 2 * MIN_PART + 1 }, (_, at) => typed.slice(MIN_PART + at)).filter((ending) => lexicon.isWord(ending));
  if (endings.length === 0) return null;
  const heads = lexicon.nearKinds(typed, Number(steps), Number.MAX_SAFE_INTEGER).filter((kind) => !isStandInNoun(kind) && endings.some((ending) => ending === kind || ending === `${kind}s` || ending === `${kind}es`));
  return heads.length === 0 ? null : new RegExp(`\\b(?:${heads.join('|')})(?:s|es)?\\b`, 'i');
});
