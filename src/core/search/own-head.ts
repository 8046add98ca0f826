import type { Passage } from '../types.ts';
import type { Lexicon } from './lexicon.ts';
import type { QueryTerm } from './query.ts';
import type { SearchIndex } from './search-index.ts';
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
 * goes on in "it", anywhere in the passage. The kind must be one WordNet files the word under, up to `steps` steps from
 * its commonest sense, and that kind's own commonest sense (`Lexicon.nearKinds`), so "hardware" is no "ware" and
 * "gunman" no "man"; not a word standing for anyone or anything ("salesperson" / "person"). Not where the document
 * names another kind by the same head in a compound of its own (`namesOtherKindByHead`).
 */
export function metByOwnHead(unmet: readonly QueryTerm[], passage: Passage, index: SearchIndex, lexicon: Lexicon, steps: number): QueryTerm[] {
  if (steps <= 0) return [];
  return unmet.filter((term) => {
    const head = ownHeadOf(lexicon, `${steps} ${term.typed}`);
    return head !== null && head.alone.test(passage.text) && !namesOtherKindByHead(index, `${passage.citation.document}\n${head.prefix}\n${head.kind}`);
  });
}

interface OwnHead {
  /** The word's part before its head ("folk"), which its own forms open on. */
  readonly prefix: string;
  /** The head, the kind it names ("song"). */
  readonly kind: string;
  /** The head as a passage writes it alone, singular or plural ("Songs"). */
  readonly alone: RegExp;
}

/** A word's own head and its expressions, or null: read once a lexicon and word, not again for each passage judged. */
const ownHeadOf = rememberedFor(20_000, (lexicon: Lexicon, key: string): OwnHead | null => {
  const [, steps = '0', typed = ''] = /^(\S+) ([\s\S]*)$/.exec(key) ?? [];
  if (!/^[a-z]+$/.test(typed) || typed.length < 2 * MIN_PART) return null;
  // A cheap look first: some ending of the word is a word at all, before WordNet's kinds are walked.
  const endings = Array.from({ length: typed.length - 2 * MIN_PART + 1 }, (_, at) => typed.slice(MIN_PART + at)).filter((ending) => lexicon.isWord(ending));
  if (endings.length === 0) return null;
  const heads = lexicon.nearKinds(typed, Number(steps), Number.MAX_SAFE_INTEGER).filter((kind) => !isStandInNoun(kind) && endings.some((ending) => ending === kind || ending === `${kind}s` || ending === `${kind}es`));
  const head = heads.sort((a, b) => b.length - a.length)[0];
  if (head === undefined) return null;
  return { prefix: typed.slice(0, typed.lastIndexOf(head)), kind: head, alone: new RegExp(`\\b${head}(?:s|es)?\\b`, 'i') };
});

/**
 * Whether the passage's document names another kind by the head in a compound of its own ("bumblebee" beside the
 * question's "honeybee"): its "bees" may then be that kind ("the first young … play the role of worker bees" of a
 * bumblebee colony), not the question's. Read once an index and key: the document, the word's part before its head and
 * the head ("…\nhoney\nbee").
 */
const namesOtherKindByHead = rememberedFor(20_000, (index: SearchIndex, key: string): boolean => {
  const [document = '', prefix = '', kind = ''] = key.split('\n');
  // The head ending a longer word ("folksongs", "bumblebee"; not "art-songs", two words).
  const ending = new RegExp(`\\b[a-z]{${MIN_PART},}${kind}(?:s|es)?\\b`, 'gi');
  return index.passages.items.some((item) => item.citation.document === document && [...item.text.matchAll(ending)].some(([word]) => !word.toLowerCase().startsWith(prefix)));
});
