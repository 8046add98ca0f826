import type { Passage } from '../types.ts';
import type { SearchIndex } from './search-index.ts';
import { passageBefore } from './named-before.ts';
import { escapeRegExp } from './phrase.ts';

/** A list item's own mark, as a line of its own or opening its text: "7)", "(b)", "3.", "iv)". */
const ITEM_MARK = /^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\)?$/i;
const OPENS_ON_MARK = /^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\)?\s/i;
/** A lead announces the list below it: ending on a colon, or saying "the following" / "as follows" in its last sentence. */
const ANNOUNCES = /:\s*$|\b(?:the following|as follows)\b[^.!?]*[.!?:]?\s*$/i;

/**
 * Of the question's words a list item leaves unmet, those its lead writes: the passage before the run of items the item
 * stands in, up to `reach` passages back, where that passage announces the list (ends on a colon, or says "the
 * following") or is the heading the list sits under. An item says only its own part ("Conduct examinations, using a
 * true-false check sheet") and hangs on its lead for the rest ("… on the part of the class. The following have been found
 * effective."), as a reader reads item 7 with the sentence that opened the list, or the heading it stands under (its
 * `section`, the loader's, where the heading is no passage). An item is a bullet, a passage opening
 * on its mark, or one under a heading that is only a mark ("7)"); a mark on its own line is stepped over. A passage
 * that is no item and announces nothing ends the walk: the list, if any, is not this passage's.
 */
export function wordsInListLead(index: SearchIndex, passage: Passage, asked: readonly string[], reach: number): Set<string> {
  const inLead = new Set<string>();
  if (asked.length === 0 || reach <= 0 || !isItem(passage)) return inLead;
  // A Markdown heading is no passage of its own: the loader keeps it as the section of the items below it.
  if (passage.section !== null && !ITEM_MARK.test(passage.section.trim())) for (const word of asked) if (writesWord(passage.section, word)) inLead.add(word);
  for (let back = 1; back <= reach; back += 1) {
    const before = passageBefore(index, passage, back);
    if (before === undefined) break;
    if (isItem(before) || isMark(before)) continue;
    if (before.role === 'heading' || ANNOUNCES.test(before.text)) for (const word of asked) if (writesWord(before.text, word)) inLead.add(word);
    break;
  }
  return inLead;
}

function isMark(passage: Passage): boolean {
  return passage.role === 'heading' && ITEM_MARK.test(passage.text.trim());
}

function isItem(passage: Passage): boolean {
  return passage.role === 'bullet' || OPENS_ON_MARK.test(passage.text) || (passage.section !== null && ITEM_MARK.test(passage.section.trim()));
}

function writesWord(text: string, word: string): boolean {
  return new RegExp(`\\b${escapeRegExp(word)}\\b`, 'i').test(text);
}
