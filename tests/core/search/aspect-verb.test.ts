import { describe, expect, it } from 'vitest';
import { aspectVerbsOf } from '../../../src/core/search/aspect-verb.ts';
import { wordNetLexicon } from '../../../src/core/search/lexicon.ts';
import type { QueryTerm } from '../../../src/core/search/query.ts';

const lexicon = wordNetLexicon();
/** The question's words and its terms (every word not a stop word), as `parseQuery` gives them. */
const read = (question: string, stopWords: readonly string[]) => {
  const words = question.split(' ');
  const terms: QueryTerm[] = words.filter((word) => !stopWords.includes(word)).map((word) => ({ stem: word, typed: word, related: [], weight: 1 }));
  return { words, terms };
};
const carried = (question: string, stopWords: readonly string[] = ['which', 'to', 'the', 'why', 'will', 'did', 'for', 'him']) => {
  const { words, terms } = read(question, stopWords);
  return [...aspectVerbsOf(words, terms, lexicon)].map(([aspect, act]) => `${aspect.typed} ${act.typed}`);
};

describe('aspectVerbsOf', () => {
  it('pairs "keep" or "continue" with the act whose -ing form follows it', () => {
    expect(carried('which nephew kept asking quiney to pay drapers for him')).toEqual(['kept asking']);
    expect(carried('why will federal spending keep rising')).toEqual(['keep rising']);
    expect(carried('why did prices continue falling')).toEqual(['continue falling']);
  });

  it('reads no aspect where "keep" has an object, nor before a noun ending in -ing', () => {
    expect(carried('who kept the accounts')).toEqual([]);
    // "Spring" and "string" are no acts: "keep" holds them.
    expect(carried('why did they keep spring water')).toEqual([]);
    expect(carried('who kept string in the drawer')).toEqual([]);
  });
});
