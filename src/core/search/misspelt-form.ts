import { baseOfIrregular } from './irregular.ts';
import type { Lexicon } from './lexicon.ts';
import { rememberedFor } from '../remembered.ts';
import type { SearchIndex } from './search-index.ts';
import { lowerBound, stringAt } from './sorted-strings.ts';
import { stemWord } from './words.ts';

/** The letters a typo may have dropped or replaced: a word English lacks is tried with each in its place. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The strings one edit from `word` after its first letter: a letter dropped, added, replaced, or two beside each other
 * swapped. A typist seldom gets a word's first letter wrong, and names differ from English words there most ("garry",
 * "carry"; "jules", "rules").
 */
function oneEditFrom(word: string): string[] {
  const edits: string[] = [];
  for (let at = 1; at <= word.length; at += 1) {
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
 * the speller reads those). An edit is stemmed only when a word of the documents opens with its first letters, and looked
 * up in WordNet only when the documents hold its stem: a word costs a few hundred binary searches of their words and a
 * handful of look-ups; remembered a word, by lexicon and index.
 */
export function misspeltFormOf(word: string, index: SearchIndex, lexicon: Lexicon): string | null {
  let read = formsFor.get(lexicon);
  if (read === undefined) formsFor.set(lexicon, (read = rememberedFor(5_000, (owner: SearchIndex, typed: string) => nearestForm(typed, owner, lexicon))));
  return read(index, word);
}

/**
 * How many first letters a form shares with the word of the documents it is a form of ("chan" of "changing" and
 * "change"): an edit whose first letters no word of theirs opens with is no form of one, and is neither stemmed (the
 * stems' memo would fill with strings no one types) nor looked up.
 */
const SHARED_START = 4;

/**
 * Of the English words one edit away whose stem the documents hold, the one whose stem they use most (first on a tie);
 * never a name WordNet knows ("zhang" is no misspelt "chang").
 */
function nearestForm(word: string, index: SearchIndex, lexicon: Lexicon): string | null {
  // The letters tried are English's: a word of another alphabet or script is no misspelling of an English one.
  if (!/^[a-z]+$/.test(word)) return null;
  const words = index.vocabulary.words;
  const opensAWord = (edit: string) => {
    const start = edit.slice(0, SHARED_START);
    return stringAt(words, lowerBound(words, start))?.startsWith(start) === true;
  };
  let best: { form: string; uses: number } | null = null;
  for (const edit of oneEditFrom(word)) {
    if (!opensAWord(edit)) continue;
    const uses = index.documentFrequency.get(stemWord(edit));
    if (uses === undefined || (best !== null && uses <= best.uses)) continue;
    if ((lexicon.isWord(edit) || lexicon.isWord(baseOfIrregular(edit))) && !lexicon.isName(edit)) best = { form: edit, uses };
  }
  return best?.form ?? null;
}
