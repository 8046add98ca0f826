import type { Passage } from '../types.ts';
import type { SearchIndex } from './search-index.ts';
import { opensOnOneNamedBefore } from './goes-on-from-before.ts';

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
 * "Chancellor Adenauer's Christian Democratic Party slipped".
 */
export function wordsNamedBefore(index: SearchIndex, passage: Passage, words: readonly string[], reach: number, isName: (word: string) => boolean): Set<string> {
  const named = new Set<string>();
  for (let back = 1; back <= reach && named.size < words.length; back += 1) {
    const before = passageBefore(index, passage, back);
    if (before === undefined) break;
    const reading = readingOf(before);
    for (const word of words) {
      // The capitalised form looked up first, in a paragraph: cheaper than a look in WordNet or a regular expression.
      const asName = writesAsName(before.text, reading, word);
      if (((asName || coinsAcronym(before.text, reading, word)) && isName(word)) || (asName && writesOnlyAsName(before.text, word))) named.add(word);
    }
    if (!reading.opensOnOneNamed) break;
  }
  return named;
}

/**
 * What `wordsNamedBefore` reads of a passage before, whatever the question: its capitalised words, its bracketed
 * capitals and whether it opens going on about one named before it. A passage is the passage before of candidates
 * question after question; its words, read once, are looked up rather than searched for each word asked.
 */
interface NamedReading {
  /** Each run of letters the text writes opening on a capital ("Hansen", "UN"); null for a text with characters beyond
   * the 16-bit range, where a run of letters and `writesForm`'s test of the character beside one may part. */
  readonly capitalised: ReadonlySet<string> | null;
  /** What each pair of brackets holds with no bracket inside ("FOREAMI" of "(FOREAMI)"). */
  readonly bracketed: ReadonlySet<string>;
  readonly opensOnOneNamed: boolean;
}

/** Each passage's reading, made at its first look and kept with the passage, so with its knowledge. */
const readings = new WeakMap<Passage, NamedReading>();
function readingOf(passage: Passage): NamedReading {
  let reading = readings.get(passage);
  if (reading === undefined) readings.set(passage, (reading = readNamed(passage.text)));
  return reading;
}

function readNamed(text: string): NamedReading {
  const runs = /[\uD800-\uDFFF]/.test(text) ? null : new Set((text.match(/\p{L}+/gu) ?? []).filter((run) => /^\p{Lu}/u.test(run)));
  const bracketed = new Set<string>();
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open + 1);
    if (close < 0) break;
    const held = text.slice(open + 1, close);
    if (!held.includes('(')) bracketed.add(held);
  }
  return { capitalised: runs, bracketed, opensOnOneNamed: opensOnOneNamedBefore(text) };
}

/**
 * Whether the text writes the word capitalised and in small letters after, not as the start of a longer word: a look in
 * the reading's capitalised words for a form of letters alone opening on a capital, which is a run of them exactly where
 * `writesForm` finds it; any other form is searched for.
 */
function writesAsName(text: string, reading: NamedReading, word: string): boolean {
  const form = capitalised(word);
  return reading.capitalised !== null && /^\p{Lu}\p{L}*$/u.test(form) ? reading.capitalised.has(form) : writesForm(text, form);
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
function coinsAcronym(text: string, reading: NamedReading, word: string): boolean {
  const acronym = word.toUpperCase();
  // A word with no bracket in it is held by a pair of brackets alone: what the text's brackets hold, looked up.
  return /[()]/u.test(acronym) ? text.includes(`(${acronym})`) : reading.bracketed.has(acronym);
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
