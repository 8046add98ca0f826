import { baseOfIrregular } from './irregular.ts';
import type { Lexicon } from './lexicon.ts';
import { rememberedFor } from '../remembered.ts';
import type { SearchIndex } from './search-index.ts';
import { stemWord } from './words.ts';

/** The letters a typo may have dropped or replaced: a word English lacks is tried with each in its place. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The strings one edit from `word`: a letter dropped, added, replaced, or two beside each other swapped. */
function oneEditFrom(word: string): string[] {
  const edits: string[] = [];
  for (let at = 0; at <= word.length; at += 1) {
    const before = word.slice(0, at);
    const after = word.slice(at);
    for (const letter of LETTERS) edits.push(before + letter + after);
    if (at === word.length) break;
    edits.push(before + after.slice(1));
    for (const letter of LETTERS) if (letter !== after[0]) edits.push(before + letter + after.slice(1));
    if (at + 1 < word.length && after[0] !== after[1]) edits.push(before + (after[1] ?? '') + (after[0] ?? '') + after.slice(2));
  }
  return edits;
}

/** The nearest form found for a word of a knowledge's questions, by lexicon, then by index (`misspeltFormOf`). */
const formsFor = new WeakMap<Lexicon, (index: SearchIndex, word: string) => string | null>();

/**
 * The English word one edit from a word English lacks that is a form of a word the documents use ("chaging" →
 * "changing", where they write "change"), else null. The speller corrects only to the forms the documents write; a
 * typo of another form of one of their words is that word misspelt, not a name: a name is seldom one letter from an
 * English word the documents use in another form ("moise", "gerry" are one letter from "noise", "jerry" as written, and
 * the speller reads those). Each candidate's stem is looked up before WordNet, so a word costs a few hundred stemmings
 * and a WordNet look-up a stem the documents hold; remembered a word, by lexicon and index.
 */
export function misspeltFormOf(word: string, index: SearchIndex, lexicon: Lexicon): string | null {
  let read = formsFor.get(lexicon);
  if (read === undefined) formsFor.set(lexicon, (read = rememberedFor(5_000, (owner: SearchIndex, typed: string) => nearestForm(typed, owner, lexicon))));
  return read(index, word);
}

/** Of the English words one edit away whose stem the documents hold, the one whose stem they use most (first on a tie). */
function nearestForm(word: string, index: SearchIndex, lexicon: Lexicon): string | null {
  let best: { form: string; uses: number } | null = null;
  for (const edit of oneEditFrom(word)) {
    const uses = index.documentFrequency.get(stemWord(edit));
    if (uses === undefined || (best !== null && uses <= best.uses)) continue;
    if (lexicon.isWord(edit) || lexicon.isWord(baseOfIrregular(edit))) best = { form: edit, uses };
  }
  return best?.form ?? null;
}
