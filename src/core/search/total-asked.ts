import { isStopWord, stemWord, tokenize } from './words.ts';

/**
 * "What is the total population of the underdeveloped world": the whole of a thing is asked, and a share of that same
 * thing ("their peoples constitute over half of the population of the underdeveloped world") tells how many of it a
 * part holds, never how many there are in all. A share of something else still may ("Total farm output ... is
 * forecast at 129% of the 1947-49 average" tells the output asked, as an index), and so does any other number in the
 * sentence ("a total dosage of 1980").
 */

/**
 * The stems of the thing whose total a question asks: the words after "total" up to the first stop word ("total
 * population" → popul, "total farm output" → farm, output); null where it asks none, or with `held` 0.
 */
export function totalAskedOf(words: readonly string[], held: number): ReadonlySet<string> | null {
  if (held === 0) return null;
  const at = words.indexOf('total');
  if (at < 0) return null;
  const after = words.slice(at + 1);
  const end = after.findIndex((word) => isStopWord(word));
  const thing = (end < 0 ? after : after.slice(0, end)).map((word) => stemWord(word));
  return thing.length === 0 ? null : new Set(thing);
}

/**
 * A sentence with each share of the total's thing taken out ("over half of the population", "40 per cent of the
 * voters", "a third of its people"): what is left is read for the number asked, as the whole sentence was.
 */
export function withoutSharesOf(sentence: string, thing: ReadonlySet<string>): string {
  return sentence.replace(SHARE_OF, (share, whole: string) => (tokenize(whole).some((token) => thing.has(stemWord(token.word.toLowerCase()))) ? ' ' : share));
}

/**
 * A share and the words of what it is of, up to four after its determiners: a fraction in words, or a number in
 * digits or in words before "per cent", "percent" or "%", bounded or not ("over half", "nearly 40%").
 */
const SHARE_OF =
  /\b(?:(?:more than|less than|fewer than|nearly|almost|over|about|at least|some)\s+)?(?:(?:a|one|two)[\s-]+(?:half|third|thirds|quarter|quarters|fifth|fifths)|half|(?:[\d.,]+|[a-z]+(?:-[a-z]+)?)\s*(?:%|per\s?cent\b|percent\b))\s+of\s+(?:(?:all|the|its|their|his|her|our|these|those)\s+)*((?:[\p{L}\p{N}'’-]+\s*){1,4})/giu;
