import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHINESE_INTENT_PATTERNS } from '../../../src/core/search/chinese-words.ts';
import { hasUnspacedScript } from '../../../src/core/search/segment.ts';

/**
 * `readIntent` tries the Chinese intent patterns only on a question `hasUnspacedScript` finds a letter of an unspaced
 * script in (perf71): sound only if no Chinese pattern can match any other text. Made-up texts of the patterns' own
 * characters, English question words, CJK punctuation and full-width forms (not Han), kana and Hangul.
 */
const HAN = [...new Set(CHINESE_INTENT_PATTERNS.flatMap(([, pattern]) => [...pattern.source].filter((character) => /\p{Script=Han}/u.test(character))))];
const OTHERS = ['how many', 'when', 'who', ' ', '?', '，', '。', '“', '？', '２０２４', 'ｈｏｗ', 'の', 'カ', '한', '几', 'x', '月'];

describe('the Chinese intent patterns', () => {
  it('match only a text holding a letter of an unspaced script', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...HAN, ...OTHERS), { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        if (CHINESE_INTENT_PATTERNS.some(([, pattern]) => pattern.test(text))) expect(hasUnspacedScript(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => {
        if (!hasUnspacedScript(text)) expect(CHINESE_INTENT_PATTERNS.some(([, pattern]) => pattern.test(text))).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });
});
