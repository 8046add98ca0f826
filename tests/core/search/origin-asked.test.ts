import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../../src/core/knowledge.ts';
import { originAsked } from '../../../src/core/search/origin-asked.ts';
import { parseQuery } from '../../../src/core/search/query.ts';
import { documentOf } from '../../fixtures/documents.ts';

/** A small knowledge base: the questions' words need only be read, not found. */
const small = buildKnowledge([documentOf('bridge', 'The bridge over the river was built in 1928 by the county.')]);
const verbAsked = (question: string) => originAsked(parseQuery(question, small.index, small.lexicon))?.typed ?? null;

describe('originAsked', () => {
  it.each([
    ['who invented the tape recorder', 'invented'],
    ['when was yale college founded', 'founded'],
    ['who built the philippi bridge', 'built'],
    // An origin's verb not in its past, or a question that asks neither who nor when, asks no origin.
    ['when was the building sold', null],
    ['who will build the new bridge', null],
    ['what was invented in 1928', null],
  ])('reads "%s" as asking the origin by %j', (question, verb) => {
    expect(verbAsked(question)).toBe(verb);
  });
});
