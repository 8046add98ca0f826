import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.ts';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import type { KnowledgeDocument } from '../../src/core/types.ts';

/** A made-up town report whose words are written in one form each ("change", never "changing"). */
const REPORT = {
  file: 'town.md',
  slug: 'town',
  meta: { title: 'Town report' },
  bodyLine: 1,
  body: [
    'The harbor club will change the mooring fees for its members next spring, after a vote of the council.',
    'Bus fares fell by half after the council bought electric buses.',
    'The old mill by the bridge became a museum of weaving, open on weekends.',
  ].join('\n\n'),
} as unknown as KnowledgeDocument;
const knowledge = buildKnowledge([REPORT]);

describe('a misspelt form of a word the documents use', () => {
  it('reads a word English lacks one edit from another form of the documents\' word as that word misspelt, not a name, and still declines a name near none', () => {
    // "chaging": one letter from "changing", a form of the report's "change" the speller, knowing only "change", does not reach.
    const asked = answerQuestion(knowledge, 'is the harbor club chaging the mooring fees for members');
    expect(asked.kind === 'answer' && asked.results[0]?.passage.text).toContain('will change the mooring fees');
    expect(answerQuestion(knowledge, 'is the harbor club chaging the mooring fees for members', { answer: { abstain: { misspeltForms: 0 } } }).kind).toBe('no-match');
    // A name one letter from English words ("kerala": "kerbala"; "bitcoin": none) of no form the report uses stays a name
    // (both answered with `unknownNameMinLength` 99: declined only as names).
    expect(answerQuestion(knowledge, 'what are the mooring fees of the harbor club in kerala').kind).toBe('no-match');
    expect(answerQuestion(knowledge, 'is the harbor club changing its mooring fees for bitcoin').kind).toBe('no-match');
  });
});
