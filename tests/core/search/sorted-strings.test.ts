import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOfString, lowerBound, sortedStringsOf, stringAt, stringCount } from '../../../src/core/search/sorted-strings.ts';

describe('sortedStringsOf', () => {
  it('finds every string at its place in code-unit order, and no string it does not hold', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 6 }), { maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 6 }), (strings, probe) => {
        const sorted = [...new Set(strings)].sort();
        const table = sortedStringsOf(strings);
        expect(stringCount(table)).toBe(sorted.length);
        sorted.forEach((text, at) => {
          expect(stringAt(table, at)).toBe(text);
          expect(indexOfString(table, text)).toBe(at);
        });
        expect(indexOfString(table, probe)).toBe(sorted.indexOf(probe));
        expect(lowerBound(table, probe)).toBe(sorted.filter((text) => text < probe).length);
        expect(stringAt(table, -1)).toBe(sorted.at(-1));
      }),
    );
  });
});
