import type { Passage } from '../types.ts';
import type { SearchIndex } from './search-index.ts';
import { opensOnOneNamedBefore } from './goes-on-from-before.ts';
import { goesOnUnnamed } from './names-no-one.ts';

/**
 * Of the question's words given (lower-cased, as typed), those the passage just before this one in the same document
 * writes as a proper name, a capital and then small letters ("Hansen", "Beckett"), and that are names (`isName`) or
 * that the passage writes so within a sentence and never in small letters (`writesOnlyAsName`): a story names someone once and goes on
 * in "he" or "the rangy Albany native", so the passage that tells what Hansen wants to improve need not name him. Not a
 * word the passage before writes in capitals ("GDP", "UN"): a term, which a passage about it writes again; unless it
 * coins it in brackets after the name it stands for (`coinsAcronym`). Empty for a document's first passage.
 *
 * A passage before that opens going on about one named before it ("He talked about unauthentic storylines too", "The
 * aging chancellor in all likelihood will be retired": `opensOnOneNamedBefore`) carries that name on: the one before it
 * is read too, up to `reach` passages back, each adjacent to the next. "Who will probably succeed adenauer" is answered by
 * "Moon-faced Ludwig Erhart ... probably will ascend to the leadership", after "The aging chancellor ..." and then
 * "Chancellor Adenauer's Christian Democratic Party slipped". With `unnamedCarry` on, so does a passage before that goes on
 * in "he" and "her" and names no one (`goesOnUnnamed`): "what color was dolores's hair" is answered by "Her hair was the
 * color of those blooms ...", after "But it was fun those first days, kidding about the trail of garments he left ..."
 * and then "No doubt Dolores ...".
 */
export function wordsNamedBefore(index: SearchIndex, passage: Passage, words: readonly string[], reach: number, isName: (word: string) => boolean, unnamedCarry = false): Set<string> {
  const named = new Set<string>();
  for (let back = 1; back <= reach && named.size < words.length; back += 1) {
    const before = passageBefore(index, passage, back);
    if (before === undefined) break;
    for (const word of words) {
      // The capitalised form looked up first, in a paragraph: cheaper than a look in WordNet or a regular expression.
      const asName = writesAsName(before.text, word);
      if (((asName || coinsAcronym(before.text, word)) && isName(word)) || (asName && writesOnlyAsName(before.text, word))) named.add(word);
    }
    if (!opensOnOneNamedBefore(before.text) && !(unnamedCarry && goesOnUnnamed(before.text))) break;
  }
  return named;
}

/** Whether the text writes the word capitalised and in small letters after, not as the start of a longer word. */
function writesAsName(text: string, word: string): boolean {
  return writesForm(text, capitalised(word));
}

/** The word as a name writes it: its first letter a capital. */
const capitalised = (word: string): string => (word[0] ?? '').toUpperCase() + word.slice(1);

/** Whether the text holds the form as a word of its own, not as a part of a longer word. */
function writesForm(text: string, form: string): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + form.length] ?? '')) return true;
  }
  return false;
}

/**
 * Whether the text writes the word as a name of one word within a sentence, and nowhere in small letters: the text's own
 * use makes it a name, whatever else the word is in WordNet ("To James this vision never quite came": "james" is to
 * WordNet also a plural of "jam"). Within a sentence: after a word of it, not after a stop (every opening word is
 * capitalised). Of one word: no capitalised word beside it but a sentence's opening one, since a word of a longer name
 * ("United States", "Henry James") names with the others, which a question may ask of apart ("the united nations").
 */
function writesOnlyAsName(text: string, word: string): boolean {
  if (!/^\p{L}+$/u.test(word) || writesForm(text, word)) return false;
  const name = capitalised(word);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (!/\s/u.test(text[at - 1] ?? '') || /\p{L}/u.test(text[end] ?? '')) continue;
    const from = Math.max(0, at - 80);
    const [twoBefore, before] = [undefined, ...(from === 0 ? [] : [undefined]), ...text.slice(from, at).split(/\s+/u).filter((token) => token !== '')].slice(-2);
    const after = /^\s+(\p{L})/u.exec(text.slice(end, end + 8))?.[1];
    if (opensSentence(before) || (after !== undefined && /\p{Lu}/u.test(after))) continue;
    if (!/^\W*\p{Lu}/u.test(before ?? '') || opensSentence(twoBefore)) return true;
  }
  return false;
}

/** Whether a text's token is none (its start) or ends a sentence or a quote, so that the word after it opens one. */
const opensSentence = (token: string | undefined) => token === undefined || /[.!?:;"“”]$/u.test(token);

/**
 * Whether the text coins the word as an acronym, in capitals in brackets after the name it stands for ("The work of Fonds
 * Reine Elisabeth ... (FOREAMI) has special interest"): it names one body, as a capitalised name does, which the text
 * then calls "it" and "its" ("Its findings are reported each year"). A term in capitals alone ("GDP") is not coined.
 */
function coinsAcronym(text: string, word: string): boolean {
  return text.includes(`(${word.toUpperCase()})`);
}

/** The passage `back` passages before this one, if it is of the same document and every passage between is too. */
export function passageBefore(index: SearchIndex, passage: Passage, back: number): Passage | undefined {
  const position = positionOf(index, passage.id);
  const before = position === undefined ? undefined : index.passages.items[position - back];
  return before === undefined || before.citation.document !== passage.citation.document ? undefined : before;
}

/** Each index's passage positions by id, made at its first look: abstaining holds a ranked passage, not its position. */
const positionsById = new WeakMap<SearchIndex, ReadonlyMap<string, number>>();
function positionOf(index: SearchIndex, id: string): number | undefined {
  let positions = positionsById.get(index);
  if (positions === undefined) positionsById.set(index, (positions = new Map(index.passages.items.map((passage, at) => [passage.id, at]))));
  return positions.get(id);
}
