import { sentencesOf } from './fact-near-topic.ts';
import { namesKindBeside } from './kind-named.ts';
import type { Lexicon } from './lexicon.ts';
import type { QueryTerm } from './query.ts';
import { isStandInNoun } from './stand-in-noun.ts';
import { rememberedFor } from '../remembered.ts';

/**
 * The question's nouns a passage leaves unmet and names by a near kind (`Lexicon.nearKinds`, up to `steps` WordNet
 * steps either way) in a sentence with a word of `beside` stems: "what was the vaudeville line about mom being ill" is
 * told by "Another stock vaudeville gag ran: "Mother is home sick …"" (a mom is a mother), "how far did they drive
 * through the south with their dogs" by "Traveling through the South … with two Great Danes" (a kind of dog two steps
 * down). A writer names again by its kind, or by one of its kinds, what the question names; the sentence must say
 * another of the question's words, which a kind named elsewhere in the passage need not be about. Not a word standing
 * for anyone or anything ("person", "thing"), which every person or thing is a kind of; and, as `metByKind`, only a noun
 * whose commonest sense is a thing one can point at or count (`Lexicon.namesThing`): an act or an idea is said by kinds
 * of other things as often ("a marathon", WordNet's long undertaking first, is no "project").
 * `maxKinds` bounds how general a kind it is of may be (`Lexicon.nearKinds`).
 */
export function metByNearKind(unmet: readonly QueryTerm[], passage: { readonly text: string }, beside: ReadonlySet<string>, lexicon: Lexicon, steps: number, maxKinds: number): QueryTerm[] {
  if (steps <= 0) return [];
  return unmet.filter((term) => {
    const { single, compounds } = nearKindsOf(lexicon, `${steps} ${maxKinds} ${term.typed}`);
    return (single.length > 0 && namesKindBeside(passage, single, beside, lexicon)) || (compounds.length > 0 && namesCompoundBeside(passage, compounds, beside));
  });
}

/**
 * A question word's near kinds (the key: steps, bound and the word), one-word and compound apart, none for a word that
 * is no thing: read once a lexicon and word, not again for each passage judged.
 */
const nearKindsOf = rememberedFor(20_000, (lexicon: Lexicon, key: string): { readonly single: readonly string[]; readonly compounds: readonly string[] } => {
  // The word last: a name typed as one word may hold spaces.
  const [, steps = '0', maxKinds = '0', typed = ''] = /^(\S+) (\S+) ([\s\S]*)$/.exec(key) ?? [];
  if (lexicon.describes(typed) || !lexicon.namesThing(typed)) return { single: [], compounds: [] };
  const near = lexicon.nearKinds(typed, Number(steps), Number(maxKinds)).filter((kind) => !isStandInNoun(kind));
  return { single: near.filter((kind) => !kind.includes(' ')), compounds: near.filter((kind) => kind.includes(' ')) };
});

/** Whether a sentence with a word of `beside` stems writes one of the compounds, or its plural ("two Great Danes"). */
function namesCompoundBeside(passage: { readonly text: string }, compounds: readonly string[], beside: ReadonlySet<string>): boolean {
  const lower = passage.text.toLowerCase();
  const written = compounds.filter((compound) => lower.includes(compound));
  if (written.length === 0) return false;
  const pattern = new RegExp(`(?<![a-z])(?:${written.join('|')})(?:s|es)?(?![a-z])`);
  return sentencesOf(passage).some(({ text, stems }) => stems.some((stem) => beside.has(stem)) && pattern.test(text.toLowerCase()));
}
