import type { WordPartsOptions } from '../options.ts';
import type { SearchIndex } from './search-index.ts';
import { isStopWord, stemWord } from './words.ts';

/** One thing's two names as a document writes them once ("National Better Business Bureau (BBB)"), each as the stems of its words. */
export interface SecondName {
  readonly name: readonly string[];
  readonly other: readonly string[];
}

/**
 * The way English gives a name a second, short one: the name, then its initials in brackets ("the National Better
 * Business Bureau (BBB)", "the North Atlantic Treaty Organization (NATO)"), after which the text writes only the
 * initials. The brackets' letters must be the initials of the name's capitalised words (the stop words inside skipped),
 * of the whole run or of its tail ("Better Business Bureau" for BBB): "Washington (AP)" and "Emergency War Surgery
 * (NATO)" are no such pairs.
 */
const NAME_THEN_INITIALS = /((?:\p{Lu}\p{L}*(?: \p{Ll}{1,4}){0,2} )+)\((\p{Lu}+)\)/gu;

/** The second names a text gives, read from its prose: initials as long as an acronym is (`WordPartsOptions`). */
export function secondNamesIn(text: string, options: WordPartsOptions): SecondName[] {
  const found: SecondName[] = [];
  for (const match of text.matchAll(NAME_THEN_INITIALS)) {
    const initials = (match[2] as string).toLowerCase();
    if (initials.length < options.minAcronym || initials.length > options.maxAcronym) continue;
    const words = (match[1] as string).trim().split(' ');
    for (let from = 0; from < words.length; from += 1) {
      const name = words.slice(from).filter((word) => !isStopWord(word.toLowerCase()));
      if (isStopWord((words[from] as string).toLowerCase()) || name.map((word) => word[0]?.toLowerCase()).join('') !== initials) continue;
      add(found, name.join(' '), initials);
      break;
    }
  }
  return found;
}

function add(found: SecondName[], first: string, second: string): void {
  const name = stemsOf(first);
  const other = stemsOf(second);
  if (name.length === 0 || other.length === 0 || name.join(' ') === other.join(' ')) return;
  found.push({ name, other }, { name: other, other: name });
}

function stemsOf(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 0 && !isStopWord(word))
    .map(stemWord);
}

/**
 * Each knowledge's second names, read once on first use: the passages are the index's, so the index keys them. None in a
 * knowledge base larger than `maxAcronymText`, as for acronyms: the reading would hold up the question that starts it.
 */
const secondNamesByIndex = new WeakMap<SearchIndex, readonly SecondName[]>();

/** The second names the knowledge base's documents give (each document's text read whole, so a pair across passages is not one). */
export function secondNamesOf(index: SearchIndex, options: WordPartsOptions): readonly SecondName[] {
  let names = secondNamesByIndex.get(index);
  if (names === undefined) {
    const size = index.passages.items.reduce((sum, passage) => sum + passage.text.length, 0);
    if (size > options.maxAcronymText) {
      secondNamesByIndex.set(index, []);
      return [];
    }
    const texts = new Map<string, string[]>();
    for (const passage of index.passages.items) texts.set(passage.citation.document, [...(texts.get(passage.citation.document) ?? []), passage.text]);
    names = [...texts.values()].flatMap((parts) => secondNamesIn(parts.join('\n\n'), options));
    secondNamesByIndex.set(index, names);
  }
  return names;
}

/**
 * For each of the question's stems, the stems of the other name of a name the question says whole (every stem of it
 * among the question's): the passage that writes only "BBB" is read as if it said "Better Business Bureau". A name of several
 * words stands for the other by its rarest word ("bureau", not "business"), so a passage on any business is not one on the BBB.
 */
export function otherNameStems(index: SearchIndex, questionStems: ReadonlySet<string>, options: WordPartsOptions): Map<string, string[]> {
  const added = new Map<string, string[]>();
  for (const { name, other } of secondNamesOf(index, options)) {
    if (!name.every((stem) => questionStems.has(stem))) continue;
    const rarest = other.filter((stem) => index.documentFrequency.has(stem)).sort((a, b) => (index.documentFrequency.get(a) ?? 0) - (index.documentFrequency.get(b) ?? 0))[0];
    if (rarest === undefined) continue;
    for (const stem of name) added.set(stem, [...(added.get(stem) ?? []), rarest]);
  }
  return added;
}
