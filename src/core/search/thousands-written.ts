/**
 * A number a question writes with "k" for thousand ("200k", "1.5k"), as people type a sum or a count the documents write
 * in full ("200,000"): its value in digits, as the tokenizer reads "200,000" (commas dropped); null for any other word.
 * Only a lone "k" after the digits: "5km" is kilometres, "4kg" kilograms, and those are read as written.
 */
export function thousandsWritten(word: string): string | null {
  const match = THOUSANDS.exec(word);
  if (match === null) return null;
  const value = Number(match[1]) * 1000;
  return Number.isSafeInteger(value) ? String(value) : null;
}

const THOUSANDS = /^(\d+(?:\.\d+)?)k$/u;
