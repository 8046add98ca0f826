// The held-out record's `--options '<json>'` (`bench/answer-overrides.ts`): a threshold is measured by overriding it, and a
// typo or a build-time option must fail the run before it answers, not measure the defaults under another name.
import { describe, expect, it } from 'vitest';
import { answerOverridesOf } from '../../bench/answer-overrides.ts';

describe('answerOverridesOf', () => {
  it('reads answer-time options at any depth', () => {
    expect(answerOverridesOf('{"answer":{"abstain":{"minCoverage":0.35}},"search":{"relatedWordWeight":0.4}}')).toEqual({
      answer: { abstain: { minCoverage: 0.35 } },
      search: { relatedWordWeight: 0.4 },
    });
  });

  it('refuses a name that is no option, naming it', () => {
    expect(() => answerOverridesOf('{"answer":{"abstain":{"minCoverag":0.35}}}')).toThrow(/minCoverag/);
  });

  it('refuses a value that is not a number', () => {
    expect(() => answerOverridesOf('{"answer":{"abstain":{"minWordsMet":"2"}}}')).toThrow(/minWordsMet/);
  });

  it('refuses a build-time group, which an answer would never read', () => {
    expect(() => answerOverridesOf('{"passages":{"maxChars":900}}')).toThrow(/passages/);
  });

  it('refuses JSON that is not an object of options', () => {
    expect(() => answerOverridesOf('[0.35]')).toThrow(/object/);
  });
});
