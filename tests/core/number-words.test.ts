import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers, mayWriteNumberInWords } from '../../src/core/figures/numbers.ts';

/** The numbers in words a count or a year in words is read from (`counted-in-words.ts`, `year-in-words.ts`): not "twice". */
const holdsNumberInWords = (text: string) => findNumbers(text).some((number) => number.words !== undefined && number.multiple !== true);

// Every way `findNumbers` writes a number in words, in any case, among words that hold none.
const NUMBERS = ['one', 'Seven', 'nineteen', 'twenty-five', 'NINETY', 'a hundred', 'three hundred and six', 'a dozen', 'half a dozen', 'a half-million', 'two and a half million', 'half an hour', 'a pair of boots', 'fivefold', 'Nineteen-sixty', 'ten thousand', 'forty'];
const OTHERS = ['The', 'harbour', 'grew', 'someone', 'twice', '1998', '4.5', 'done', 'money', 'nonetheless', 'and', 'of', ',', 'tent', 'halfway'];

describe(mayWriteNumberInWords, () => {
  it('lets through every text that writes a number in words, so that skipping the rest leaves every count and year in words read', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NUMBERS, ...OTHERS), { maxLength: 12 }), (words) => {
        const text = words.join(' ');
        if (holdsNumberInWords(text)) expect(mayWriteNumberInWords(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('turns away a sentence with no number word, however many digits or words that hide one it holds', () => {
    expect(mayWriteNumberInWords('Someone had done it twice, in 1998, for money, nonetheless.')).toBe(false);
  });
});
