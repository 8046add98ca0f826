import { isIrregularVerbForm } from './irregular.ts';
import { stemWord } from './words.ts';

/**
 * The verbs of performing a part: "who sang laura" asks who took the part, which a review writes as a cast list does as
 * often as with the verb (`namesCastAs`). A maker's verb is not one: "Olivier as Hamlet" does not say who wrote Hamlet.
 */
const PERFORMING = new Set(['sing', 'play', 'dance', 'act', 'perform', 'portray']);

let performingStems: ReadonlySet<string> | undefined;

/** Whether a word is a past participle of a verb of performing a part ("sung", "played", "danced"; not "play", a work). */
export function isPerformedParticiple(word: string): boolean {
  return (word.endsWith('ed') || isIrregularVerbForm(word)) && (performingStems ??= new Set([...PERFORMING].map(stemWord))).has(stemWord(word));
}

/** Whether a verb's base forms hold a verb of performing a part (`PERFORMING`). */
export function performsPart(bases: readonly string[]): boolean {
  return bases.some((base) => PERFORMING.has(base));
}

/**
 * A name and "as" before a part named with a capital, a cast list's credit ("Regina Resnik as Laura and Cesare Siepi as
 * Alvise also were new to the cast"): the part is the last group, read for the stems of the part asked (`work`). A comma
 * or a small letter between breaks it: "Susan Johnson, as the widow, spends" names no part the question could ask by name.
 */
const NAME_AS_PART = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+as\s+(\p{Lu}[\p{L}'’-]*)/gu;

/** Whether a sentence credits a named person with the part asked, as a cast list does (`NAME_AS_PART`). */
export function namesCastAs(sentence: string, work: ReadonlySet<string>): boolean {
  for (const [, part] of sentence.matchAll(NAME_AS_PART)) if (part !== undefined && work.has(stemWord(part.toLowerCase()))) return true;
  return false;
}
