import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasUnspacedScript, segmentRun } from '../../../src/core/search/segment.ts';
import { tokenize, type Token } from '../../../src/core/search/words.ts';

/**
 * `tokenize` cuts a text with no letter or digit outside ASCII by an ASCII expression, and skips a word's replacements
 * when it holds no apostrophe or comma (perf72): sound only if every text is cut as the one Unicode expression cut it.
 * `tokenizeAsBefore` is its form before, written here.
 */
const WORD = /(?<![\p{L}\p{N}])(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[.,'’][\p{N}]+|['’][\p{L}]+)*/gu;
const INITIALISM = /^(?:\p{L}\.){2,}$/u;
function tokenizeAsBefore(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    if (hasUnspacedScript(match[0])) {
      tokens.push(...segmentRun(match[0], match.index));
      continue;
    }
    const word = INITIALISM.test(match[0]) ? match[0].replace(/\./g, '').toLowerCase() : match[0].toLowerCase().replace(/['’]s$/u, '').replace(/’/gu, "'").replace(/,/g, '');
    if (word.length > 0) tokens.push({ word, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The pieces a word's cutting turns on: initialisms, possessives, numbers' marks, quotes, dashes, and letters and digits outside ASCII (accented, Han, kana, full-width, a letter outside the BMP, a lone surrogate). */
const PIECES = ['a', 'B', 'z', '0', '9', '.', ',', "'", '’', 's', "'s", '’s', ' ', '-', '—', '“', '”', '·', '◆', 'é', 'É', 'ß', 'İ', '中', '国', 'の', '한', '２', '٣', 'Ⅻ', '𝐀', '\uD800', 'U.S.', 'I.R.S.', '1,300', '98.2', "zhejiang's"];

describe('tokenize', () => {
  it('cuts every text as the Unicode expression alone cut it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        expect(tokenize(text)).toEqual(tokenizeAsBefore(text));
      }),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        expect(tokenize(text)).toEqual(tokenizeAsBefore(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads an ASCII text with curly quotes and a word with an accent alike', () => {
    expect(tokenize('Zhejiang’s “common prosperity” — 1,300 U.S. firms').map((token) => token.word)).toEqual(['zhejiang', 'common', 'prosperity', '1300', 'us', 'firms']);
    expect(tokenize('the café’s 98.2 yuan').map((token) => token.word)).toEqual(['the', 'café', '98.2', 'yuan']);
  });
});
