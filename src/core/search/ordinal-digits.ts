/**
 * An ordinal written in digits ("3rd", "20th") is the ordinal word ("third", "twentieth"): "who came third" is answered
 * by "Susan … was 3rd", "the twentieth century" by "the 20th century". `stemWord` files both under the word's stem, so
 * a question and a passage meet however either writes it. Only the ordinals English writes as one word (first to
 * nineteenth, the tens, hundredth): "21st" is "twenty-first", two words to a tokenizer, and stays as written.
 */
const ONE_WORD_ORDINALS: readonly string[] = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
];
const TENS_ORDINALS: readonly string[] = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth', 'hundredth'];

/** The suffix each number takes ("1st", "2nd", "3rd", "11th"): a digit with another suffix is no ordinal ("3th"). */
function suffixOf(value: number): string {
  if (value % 100 >= 11 && value % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
}

/** The ordinal word a lower-cased token writes in digits ("3rd" → "third"), or null for any other token. */
export function ordinalWordOf(token: string): string | null {
  const match = /^(\d{1,3})(st|nd|rd|th)$/.exec(token);
  if (match === null) return null;
  const value = Number(match[1]);
  if (match[2] !== suffixOf(value)) return null;
  if (value >= 1 && value <= ONE_WORD_ORDINALS.length) return ONE_WORD_ORDINALS[value - 1] ?? null;
  return value % 10 === 0 && value >= 20 && value <= 100 ? TENS_ORDINALS[value / 10 - 2] ?? null : null;
}
