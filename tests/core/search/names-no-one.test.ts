import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goesOnUnnamed } from '../../../src/core/search/names-no-one.ts';

/** The test as it was written with the word before leading the expression: the oracle. */
const goesOnUnnamedPlainly = (text: string) =>
  /\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Tt]hey|[Tt]hem|[Tt]heir)\b/u.test(text) && !/[\p{Ll}\d,;)]\s+[(\[]?\p{Lu}\p{Ll}/u.test(text);

const PIECES = ['he', 'Her', 'their', 'kidding', 'I', 'Dolores', 'É', 'élan', 'Sir', 'GDP', '(', '[', ',', ';', ')', '1961', '.', '"', 'x', 'Z'];

describe('goesOnUnnamed', () => {
  it('reads a passage that names no one within a sentence', () => {
    expect(goesOnUnnamed('But it was fun those first days, kidding about the trail of garments he left. Half slyly he enjoyed seeing her stoop.')).toBe(true);
    expect(goesOnUnnamed('In the play he played Sir Giles.')).toBe(false);
  });

  it('answers as the expression led by the word before the capital', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom('', ' ', '  ', '\n')), { maxLength: 16 }), (pieces) => {
        const text = pieces.map(([piece, separator]) => piece + separator).join('');
        expect(goesOnUnnamed(text)).toBe(goesOnUnnamedPlainly(text));
      }),
      { numRuns: 5000 },
    );
  });
});
