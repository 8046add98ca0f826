import type { WordPartsOptions } from '../options.ts';
import type { SearchIndex } from './search-index.ts';
import { isStopWord, stemWord } from './words.ts';

/** A name and the initials a document writes for it once ("National Better Business Bureau (BBB)"), each as the stems of its words. */
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

/**
 * The name, met by its initials: one way only. The passage that spells the name out writes the initials beside it, so a
 * question asking by the initials finds it; a passage writing one word of the name ("the treaty") is no NATO.
 */
function add(found: SecondName[], name: string, initials: string): void {
  const stems = stemsOf(name);
  const short = stemsOf(initials);
  if (stems.length < 2 || short.length !== 1) return;
  found.push({ name: stems, other: short });
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

/** The second names the knowledge base's passages give: a name and its initials stand in one sentence, so in one passage. */
function secondNamesOf(index: SearchIndex, options: WordPartsOptions): readonly SecondName[] {
  let names = secondNamesByIndex.get(index);
  if (names === undefined) {
    const size = index.passages.items.reduce((sum, passage) => sum + passage.text.length, 0);
    if (size > options.maxAcronymText) {
      secondNamesByIndex.set(index, []);
      return [];
    }
    names = index.passages.items.flatMap((passage) => secondNamesIn(passage.text, options));
    secondNamesByIndex.set(index, names);
  }
  return names;
}

/**
 * For each of the question's stems, the initials that stand for a name the question says whole (every stem of it among
 * the question's): the passage that writes only "BBB" is read as if it said "Better Business Bureau".
 */
export function otherNameStems(index: SearchIndex, questionStems: ReadonlySet<string>, options: WordPartsOptions): Map<string, string[]> {
  const added = new Map<string, string[]>();
  for (const { name, other } of secondNamesOf(index, options)) {
    if (!name.every((stem) => questionStems.has(stem))) continue;
    for (const stem of name) added.set(stem, [...(added.get(stem) ?? []), ...other]);
  }
  return added;
}
