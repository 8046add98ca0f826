import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.ts';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import { thousandsWritten } from '../../src/core/search/thousands-written.ts';
import type { KnowledgeDocument } from '../../src/core/types.ts';

/** A made-up county plan that writes its sums in full ("200,000"), as reports do. */
const PLAN = {
  file: 'plan.md',
  slug: 'plan',
  meta: { title: 'County plan' },
  bodyLine: 1,
  body: [
    'By 2030 the county aims for 40% of households to have an annual income of 200,000 to 500,000 dollars.',
    'The harbor will be dredged in the spring, and the old ferry pier rebuilt in stone.',
    'Bus fares fell by half after the council bought electric buses.',
  ].join('\n\n'),
} as unknown as KnowledgeDocument;
const knowledge = buildKnowledge([PLAN]);

describe('a number written with k for thousand', () => {
  it('answers a question typing "200k" from the passage writing "200,000", and shows what it searched for', () => {
    const asked = answerQuestion(knowledge, 'what share of households should make 200k to 500k a year by 2030');
    expect(asked.kind === 'answer' && asked.results[0]?.passage.text).toContain('200,000 to 500,000 dollars');
    expect(asked.kind === 'answer' && asked.corrections).toContainEqual({ typed: '200k', correctedTo: '200,000' });
    expect(answerQuestion(knowledge, 'what share of households should make 200k to 500k a year by 2030', { search: { thousandsByK: 0 } }).kind).toBe('no-match');
  });

  it('reads only a lone k after the digits', () => {
    expect(thousandsWritten('200k')).toBe('200000');
    expect(thousandsWritten('1.5k')).toBe('1500');
    expect(thousandsWritten('5km')).toBeNull();
    expect(thousandsWritten('k9')).toBeNull();
    expect(thousandsWritten('200')).toBeNull();
  });
});
