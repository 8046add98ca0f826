import { isStopWord } from './words.ts';

/**
 * Whether the text right after a number names what `isAsked` names after a list of describing words: "seventeen
 * ivory, metal, wood, and stone sculptures", "three red, white and blue flags". A writer counts the things, then lists
 * what they are made of or like before naming them, so the count is of the noun closing the list. The list is of two
 * to `maxWords` single words (fewer than 2 reads none) joined by commas and "and" or "or"; none a stop word ("of", "the",
 * "them": a clause going on, not a list), and no other mark between. A run with no comma or conjunction is no list:
 * `countsBefore` reads one describing word before the noun.
 */
export function countsAfterModifierList(after: string, maxWords: number, isAsked: (word: string) => boolean): boolean {
  if (maxWords < 2) return false;
  let items = 0;
  let joined = false;
  for (const [, word, mark] of after.matchAll(TOKEN)) {
    if (mark !== undefined) {
      if (mark !== ',' || items === 0) return false;
      joined = true;
      continue;
    }
    const lower = word!.toLowerCase();
    if (lower === 'and' || lower === 'or') {
      if (items === 0) return false;
      joined = true;
      continue;
    }
    if (items >= 2 && joined && isAsked(lower)) return true;
    if (items === maxWords || isStopWord(lower)) return false;
    items += 1;
  }
  return false;
}

/** A word (letters and hyphens) or a mark that is no space. */
const TOKEN = /([\p{L}-]+)|([^\s\p{L}-])/gu;
