import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_OPTIONS } from '../../../src/core/options.ts';
import { postingsOf, postingsOfAsync, topPositions } from '../../../src/core/search/postings.ts';
import { buildSearchIndex, searchItems } from '../../../src/core/search/search-index.ts';
import { stemWord } from '../../../src/core/search/words.ts';
import type { Passage } from '../../../src/core/types.ts';

/** A passage of made-up words, under a section lead (the field boosted differently). */
const passageOf = (text: string, section: string | null, position: number): Passage => ({
  id: `doc#${position}`,
  citation: { document: 'doc', title: 'Doc', line: position + 1, paragraph: position + 1 },
  section,
  role: 'paragraph',
  text,
  nearDuplicates: [],
  duplicateOf: null,
});

// A small vocabulary, so that terms recur across passages and lists overlap as in real text: a few words are
// in most passages (the common words that MaxScore must probe, not walk), most in a few.
const WORDS = ['harbour', 'whaling', 'budget', 'tariff', 'railway', 'farmer', 'senate', 'cotton', 'frigate', 'lantern', 'compass', 'granary'];
const textArbitrary = fc.array(fc.constantFrom(...WORDS, ...WORDS.slice(0, 3), ...WORDS.slice(0, 3)), { minLength: 1, maxLength: 30 }).map((words) => words.join(' '));
const corpusArbitrary = fc.array(fc.record({ text: textArbitrary, section: fc.option(textArbitrary, { nil: null }) }), { minLength: 1, maxLength: 80 });
const weightsArbitrary = fc.uniqueArray(fc.record({ word: fc.constantFrom(...WORDS), weight: fc.constantFrom(1, 0.3) }), { selector: (entry) => entry.word, minLength: 1, maxLength: 6 });

describe('topPositions', () => {
  it("returns the same best passages with the same scores as MiniSearch's full search, for any corpus, weights and k", () => {
    fc.assert(
      fc.property(corpusArbitrary, weightsArbitrary, fc.integer({ min: 1, max: 20 }), (corpus, entries, k) => {
        const index = buildSearchIndex(corpus.map((entry, position) => passageOf(entry.text, entry.section, position)));
        // Stems, as parseQuery hands them over: the index side stems the same words the same way.
        const weights = new Map(entries.map(({ word, weight }) => [stemWord(word), weight]));
        const bm25 = DEFAULT_ENGINE_OPTIONS.search.bm25;
        const expected = searchItems(index.passages, weights, bm25).slice(0, k).map((match) => match.score);
        const found = topPositions(index.postings, weights, k, bm25).map((match) => match.score);
        expect(found.length).toBe(expected.length);
        found.forEach((score, at) => expect(score).toBeCloseTo(expected[at] ?? Number.NaN, 9));
      }),
      { numRuns: 200 },
    );
  });

  it('finds nothing for words no passage holds', () => {
    const index = buildSearchIndex([passageOf('whaling harbour', null, 0)]);
    expect(topPositions(index.postings, new Map([['zebra', 1]]), 10, DEFAULT_ENGINE_OPTIONS.search.bm25)).toEqual([]);
  });
});

describe('postingsOfAsync', () => {
  it('reads the same postings as postingsOf while letting the event loop turn between steps (a reload keeps answering)', async () => {
    const passages = Array.from({ length: 400 }, (_, position) => passageOf(`${WORDS[position % WORDS.length]} ${WORDS[(position * 7) % WORDS.length]} lantern`, null, position));
    const index = buildSearchIndex(passages);
    const saved = index.passages.miniSearch.toJSON();
    let turns = 0;
    const ticking = setInterval(() => (turns += 1), 0);
    const stepped = await postingsOfAsync(saved, index.passages.boosts, 50);
    clearInterval(ticking);
    expect(stepped).toEqual(postingsOf(saved, index.passages.boosts));
    // 400 documents and about 1,200 postings, 50 entries a step: dozens of steps; a timer ran between some of them.
    expect(turns).toBeGreaterThan(0);
  });
});
