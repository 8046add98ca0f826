import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_OPTIONS } from '../../../src/core/options.ts';
import { scorePositions, topPositions } from '../../../src/core/search/postings.ts';
import { boostsOf, buildMiniSearch, buildSearchIndex, passageFields } from '../../../src/core/search/search-index.ts';
import { isStopWord, stemWord, tokenize } from '../../../src/core/search/words.ts';
import type { Passage } from '../../../src/core/types.ts';
import { passageAt } from '../../fixtures/passages.ts';

// A small vocabulary, so that terms recur across passages and lists overlap as in real text: a few words are
// in most passages (the common words that MaxScore must probe, not walk), most in a few.
const WORDS = ['harbour', 'whaling', 'budget', 'tariff', 'railway', 'farmer', 'senate', 'cotton', 'frigate', 'lantern', 'compass', 'granary'];
const textArbitrary = fc.array(fc.constantFrom(...WORDS, ...WORDS.slice(0, 3), ...WORDS.slice(0, 3)), { minLength: 1, maxLength: 30 }).map((words) => words.join(' '));
const corpusArbitrary = fc.array(fc.record({ text: textArbitrary, section: fc.option(textArbitrary, { nil: null }) }), { minLength: 1, maxLength: 80 });
const weightsArbitrary = fc.uniqueArray(fc.record({ word: fc.constantFrom(...WORDS), weight: fc.constantFrom(1, 0.3) }), { selector: (entry) => entry.word, minLength: 1, maxLength: 6 });

/**
 * The reference: MiniSearch's own full search over the same passages, its score's count of matched terms
 * replaced by their weights (what `topPositions` promises), best first.
 */
function miniSearchScores(passages: readonly Passage[], weights: ReadonlyMap<string, number>): number[] {
  const fields = passageFields(DEFAULT_ENGINE_OPTIONS.index);
  return buildMiniSearch(passages, fields)
    .search([...weights.keys()].join(' '), { boost: boostsOf(fields), combineWith: 'OR', bm25: DEFAULT_ENGINE_OPTIONS.search.bm25, boostTerm: (term) => weights.get(term) ?? 1 })
    .map((result) => (result.score / Math.max(1, result.queryTerms.length)) * result.queryTerms.reduce((sum, term) => sum + (weights.get(term) ?? 1), 0))
    .sort((a, b) => b - a);
}

describe('topPositions', () => {
  it("returns the same best passages with the same scores as MiniSearch's full search, for any corpus, weights and k", () => {
    fc.assert(
      fc.property(corpusArbitrary, weightsArbitrary, fc.integer({ min: 1, max: 20 }), (corpus, entries, k) => {
        const passages = corpus.map((entry, position) => passageAt(entry.text, position, entry.section));
        const index = buildSearchIndex(passages);
        // Stems, as parseQuery hands them over: the index side stems the same words the same way.
        const weights = new Map(entries.map(({ word, weight }) => [stemWord(word), weight]));
        const bm25 = DEFAULT_ENGINE_OPTIONS.search.bm25;
        const expected = miniSearchScores(passages, weights).slice(0, k);
        const found = topPositions(index.postings, weights, k, bm25).map((match) => match.score);
        expect(found.length).toBe(expected.length);
        found.forEach((score, at) => expect(score).toBeCloseTo(expected[at] ?? Number.NaN, 9));
      }),
      { numRuns: 200 },
    );
  });

  it('finds nothing for words no passage holds', () => {
    const index = buildSearchIndex([passageAt('whaling harbour', 0, null)]);
    expect(topPositions(index.postings, new Map([['zebra', 1]]), 10, DEFAULT_ENGINE_OPTIONS.search.bm25)).toEqual([]);
  });
});

describe('scorePositions', () => {
  it('scores any passage as topPositions scores it, and a passage no term meets 0', () => {
    fc.assert(
      fc.property(corpusArbitrary, weightsArbitrary, (corpus, entries) => {
        const passages = corpus.map((entry, position) => passageAt(entry.text, position, entry.section));
        const index = buildSearchIndex(passages);
        const weights = new Map(entries.map(({ word, weight }) => [stemWord(word), weight]));
        const bm25 = DEFAULT_ENGINE_OPTIONS.search.bm25;
        const all = new Map(topPositions(index.postings, weights, passages.length, bm25).map((match) => [match.position, match.score]));
        const positions = passages.map((_, position) => position).reverse(); // in any order
        scorePositions(index.postings, weights, positions, bm25).forEach((score, at) => expect(score).toBeCloseTo(all.get(positions[at] ?? -1) ?? 0, 9));
      }),
      { numRuns: 100 },
    );
  });
});

describe('documentFrequency', () => {
  it('counts, for every stem, the passages whose text holds it, as counting the stems themselves does', () => {
    fc.assert(
      fc.property(corpusArbitrary, (corpus) => {
        const passages = corpus.map((entry, position) => passageAt(entry.text, position, entry.section));
        const counted = new Map<string, number>();
        for (const passage of passages) {
          const stems = new Set(tokenize(passage.text).flatMap(({ word }) => (isStopWord(word) ? [] : [stemWord(word)])));
          for (const stem of stems) counted.set(stem, (counted.get(stem) ?? 0) + 1);
        }
        const index = buildSearchIndex(passages);
        for (const word of WORDS) {
          const stem = stemWord(word);
          expect(index.documentFrequency.get(stem)).toBe(counted.get(stem));
          expect(index.documentFrequency.has(stem)).toBe(counted.has(stem));
        }
      }),
      { numRuns: 100 },
    );
  });
});
