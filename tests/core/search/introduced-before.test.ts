import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsIntroducedBefore } from '../../../src/core/search/introduced-before.ts';
import { buildSearchIndex } from '../../../src/core/search/search-index.ts';
import { passagesOf } from '../../fixtures/passages.ts';

/** The expression as it was written before the word led it: the article first, then up to `modifierWords` words. */
const articleFirst = (modifierWords: number, word: string) => new RegExp(`\\b(?:[Tt]his|[Tt]he|[Aa]n?) (?:[\\w-]+ ){0,${modifierWords}}${word}\\b`);

const PIECES = ['the', 'The', 'this', 'This', 'a', 'An', 'an', 'huge', '30-', 'or', '50-megaton', 'bomb', 'bombs', 'abomb', 'book', '98.2', '9812', 'other'];
const SEPARATORS = [' ', '  ', ', ', '. ', '\n', '-'];

describe('wordsIntroducedBefore', () => {
  it('finds a noun "the" asks brought in by the passage before exactly where the article-first expression does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 14 }),
        fc.constantFrom('bomb', 'book', '98.2'),
        fc.integer({ min: 0, max: 3 }),
        (pieces, word, modifierWords) => {
          const before = pieces.map(([piece, separator]) => piece + separator).join('');
          const index = buildSearchIndex(passagesOf([before, 'He dropped it.']));
          const introduced = wordsIntroducedBefore(index, index.passages.items[1]!, [word], ['why', 'did', 'they', 'drop', 'the', word], 1, modifierWords);
          expect([...introduced]).toEqual(articleFirst(modifierWords, word).test(before) ? [word] : []);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
