import { describe, expect, it } from 'vitest';
import { bestSentenceShare, sentenceStartsOf } from '../../src/core/search/sentence-starts.ts';

describe('sentenceStartsOf', () => {
  it('counts where each sentence starts in the passage\'s words, stop words skipped', () => {
    // "Farmers settled" (2 words), then "The mill was built later" ("mill", "built", "later": "the" and "was" are stop words).
    expect([...sentenceStartsOf('Farmers settled. The mill was built later. Wheat grows.')]).toEqual([0, 2, 5]);
  });

  it('gives one sentence for a text without a sentence end, and does not end one at "Dr."', () => {
    expect([...sentenceStartsOf('A road to the mill')]).toEqual([0]);
    expect([...sentenceStartsOf('Dr. Smith built the mill.')]).toEqual([0]);
  });
});

describe('bestSentenceShare', () => {
  const starts = new Int32Array([0, 2, 5]);

  it('is the share of the weights that the best single sentence holds', () => {
    // Terms of weight 1, 2 and 1: the first stands in sentence 0, the other two in sentence 1.
    expect(bestSentenceShare(starts, [1, 2, 1], [[0], [2], [4]], 4)).toBe(0.75);
  });

  it('counts a term that stands twice in one sentence once, and a term not met not at all', () => {
    expect(bestSentenceShare(starts, [1, 0], [[2, 3], []], 2)).toBe(0.5);
  });

  it('reads each passage afresh: one ranked after another is credited with none of its sums', () => {
    // The sums and credits are kept from call to call (made once, not a candidate): each call must start them anew.
    expect(bestSentenceShare(starts, [1], [[0]], 1)).toBe(1);
    expect(bestSentenceShare(starts, [1], [[0]], 1)).toBe(1);
    expect(bestSentenceShare(starts, [1], [[]], 1)).toBe(0);
  });
});
