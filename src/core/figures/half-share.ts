import { wordNetLexicon } from '../search/lexicon.ts';

/** "of", then a determiner and up to three words, up to any mark: where the noun a "half" is taken of stands. */
const OF_WHAT = /^\s+(?:of\s+)?\S+((?:\s+[\p{L}'’-]+){1,3})/u;

/**
 * Whether a "half" the grammar took for a share (`numbers.ts`, "half of the dated poems", "nearly half the children")
 * is none: with no "of" after it and no bound before it ("half the time", "half his senses": a manner of speaking,
 * not a figure a reader would list), or a half of a size, a length, an age ("more than half their final length",
 * "half his age": an attribute in WordNet's first noun sense, a ratio of one measure to another, not a share of a set
 * or of an amount).
 */
export function isHalfNoShare(after: string, bounded: boolean): boolean {
  if (!/^\s+of\b/i.test(after) && !bounded) return true;
  const words = OF_WHAT.exec(after)?.[1]?.trim().split(/\s+/) ?? [];
  return words.some((word) => wordNetLexicon().namesAttribute(word.toLowerCase()));
}
