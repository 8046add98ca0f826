import { findNumbers, mayWriteNumberInWords } from '../figures/numbers.ts';
import { numbersOf } from './numbers-of.ts';

/**
 * The years in digits a text writes in words: "Nineteen-sixty has been a baffling year" (1960), "nineteen sixty-one",
 * "nineteen hundred and sixty". A writer spells out a year that opens a sentence, as any number there: a question's
 * "1960" is met by it as by the digits. Two numbers in words, the first a year's hundreds (eleven to twenty), the second
 * its tens and units (ten to ninety-nine) right after it, joined by a space or a hyphen; or one number in words with its
 * "hundred" that falls among the years.
 */
export function yearsInWords(text: string): number[] {
  const years: number[] = [];
  if (!mayWriteNumberInWords(text)) return years;
  for (const number of numbersOf(text)) {
    if (number.words === undefined) continue;
    if (/hundred/i.test(number.words) && number.value >= 1100 && number.value < 2100) {
      years.push(number.value);
      continue;
    }
    if (number.value < 11 || number.value > 20) continue;
    const join = /^[\s-]+/.exec(text.slice(number.end));
    if (join === null) continue;
    const rest = text.slice(number.end + join[0].length);
    const next = findNumbers(rest.slice(0, 16))[0];
    if (next !== undefined && next.start === 0 && next.words !== undefined && next.value >= 10 && next.value < 100) years.push(number.value * 100 + next.value);
  }
  return years;
}

/**
 * Whether a question names a year by the time of asking ("what date is thanksgiving this year", "how did last year's crop do"):
 * its documents say that year by its number ("Thursday, November 23rd, 1961"), not by the word.
 */
export function asksYearOfSpeaking(typedWords: readonly string[]): boolean {
  return typedWords.some((word, at) => word === 'year' && /^(?:this|last|next)$/.test(typedWords[at - 1] ?? ''));
}

/** Whether a text names a year, in digits ("1961") or in words ("Nineteen-sixty"). */
export function namesYear(text: string): boolean {
  return /\b(?:1[5-9]|20)\d\d\b/.test(text) || yearsInWords(text).length > 0;
}
