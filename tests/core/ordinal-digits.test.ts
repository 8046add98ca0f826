import { describe, expect, it } from 'vitest';
import { ordinalWordOf } from '../../src/core/search/ordinal-digits.ts';
import { stemWord } from '../../src/core/search/words.ts';

describe('ordinalWordOf', () => {
  it('reads an ordinal in digits as the word English writes for it', () => {
    expect(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '19th', '20th', '40th', '100th'].map(ordinalWordOf)).toEqual([
      'first', 'second', 'third', 'fourth', 'eleventh', 'twelfth', 'thirteenth', 'nineteenth', 'twentieth', 'fortieth', 'hundredth',
    ]);
  });

  it('leaves a number with the wrong suffix, an ordinal of two words and a plain number as they are', () => {
    expect(['3th', '11st', '21st', '1961', 'third'].map(ordinalWordOf)).toEqual([null, null, null, null, null]);
  });

  it('files "3rd" under the stem of "third", so the index and a question meet on it', () => {
    expect(stemWord('3rd')).toBe(stemWord('third'));
    expect(stemWord('20th')).toBe(stemWord('twentieth'));
    expect(stemWord('21st')).toBe('21st');
  });
});
