import { isStopWord } from './words.ts';
import type { Passage } from '../types.ts';

/**
 * The other words of the two-word names a text writes with this one, capitalised: "Garland" for "judy" where the text
 * writes "Judy Garland", "Judy" for "garland". A writer names a person in full once and then by one part ("Miss
 * Garland", "Judy"), so a passage writing the other part names the one the question names by this part. None where a text
 * writes the word in lower case: a word, not a name ("new" in "New York"). Not a stop word ("The", "In"), nor a
 * capitalised word opening a sentence before this one ("Yesterday Judy sang"): no part of a name.
 */
export function otherPartsOf(word: string, passages: readonly Passage[]): readonly string[] {
  let byWord = otherPartsByPassages.get(passages);
  if (byWord === undefined) otherPartsByPassages.set(passages, (byWord = new Map()));
  let parts = byWord.get(word);
  if (parts === undefined) byWord.set(word, (parts = readOtherParts(word, passages.map((passage) => passage.text))));
  return parts;
}

/**
 * Each word's other parts by the documents' passages, read once a word: they depend on the documents alone, and
 * reading them scans every passage (a sixth more CPU an answer on the article when read anew each question). Only
 * words the documents hold are asked (`coverageOfBest`), so the map is bounded by their vocabulary.
 */
const otherPartsByPassages = new WeakMap<readonly Passage[], Map<string, readonly string[]>>();

function readOtherParts(word: string, texts: readonly string[]): readonly string[] {
  if (!/^\p{L}{2,}$/u.test(word)) return [];
  const name = word[0]!.toUpperCase() + word.slice(1).toLowerCase();
  const pair = new RegExp(`(?<!\\p{L})(?:(\\p{Lu}\\p{Ll}{2,})\\s+${name}|${name}\\s+(\\p{Lu}\\p{Ll}{2,}))(?!\\p{L})`, 'gu');
  const lower = word.toLowerCase();
  if (texts.some((text) => writesPart(text, lower))) return [];
  const parts = new Set<string>();
  for (const text of texts) {
    if (!text.includes(name)) continue;
    for (const match of text.matchAll(pair)) {
      const before = match[1];
      if (before !== undefined && OPENS_SENTENCE.test(text.slice(0, match.index))) continue;
      const part = before ?? match[2];
      if (part !== undefined && !isStopWord(part.toLowerCase())) parts.add(part);
    }
  }
  return [...parts];
}

/** Whether a text writes the part capitalised, as a word of its own. */
export function writesPart(text: string, part: string): boolean {
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + part.length] ?? '')) return true;
  }
  return false;
}

/** A text's start, or a stop, a colon or a quotation mark and spaces: the next word opens a sentence. */
const OPENS_SENTENCE = /(?:^|[.!?:;"“”(]\s*)$/u;
