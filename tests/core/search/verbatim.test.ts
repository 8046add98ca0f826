import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_OPTIONS } from '../../../src/core/options.ts';
import { passageTermsOf } from '../../../src/core/search/passage-terms.ts';
import { sortedStringsOf } from '../../../src/core/search/sorted-strings.ts';
import { buildSpeller } from '../../../src/core/search/spelling.ts';
import { bestQuoted, findQuote, findQuoteReading, wordOccurrencesOf, type QuotedPassages } from '../../../src/core/search/verbatim.ts';
import { vocabularyOf } from '../../../src/core/search/vocabulary.ts';

/** The passages' words as a search index keeps them: vocabulary ids, and where each word stands. */
function wordIndex(passages: readonly (readonly string[])[]) {
  const counts = new Map<string, number>();
  for (const words of passages) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const vocabulary = vocabularyOf(counts);
  const words = passageTermsOf(passages, vocabulary.words);
  return { vocabulary, words, occurrences: wordOccurrencesOf(words, vocabulary.counts) };
}

/** The reference: each passage's words scanned for the quote at every place. */
function scanFor(passages: readonly (readonly string[])[], quote: readonly string[]): QuotedPassages {
  const found = { positions: [] as number[], counts: [] as number[] };
  passages.forEach((words, position) => {
    let count = 0;
    for (let start = 0; start + quote.length <= words.length; start += 1) if (quote.every((word, at) => words[start + at] === word)) count += 1;
    if (count > 0) {
      found.positions.push(position);
      found.counts.push(count);
    }
  });
  return found;
}

// Stop words and a few others, so that quotes recur, overlap and run across the end of one passage into the next.
const WORDS = ['of', 'the', 'to', 'be', 'or', 'not', 'whale', 'state'];
const passagesArbitrary = fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 12 }), { minLength: 1, maxLength: 30 });

describe('findQuote', () => {
  it('finds exactly the passages that hold the quote word for word, with how often, for any passages and quote', () => {
    fc.assert(
      fc.property(passagesArbitrary, fc.array(fc.constantFrom(...WORDS, 'absent'), { minLength: 2, maxLength: 4 }), (passages, quote) => {
        const { vocabulary, words, occurrences } = wordIndex(passages);
        expect(findQuote(words, occurrences, vocabulary.words, quote, 2)).toEqual(scanFor(passages, quote));
      }),
    );
  });

  it('does not take a quote that runs from the end of one passage into the next', () => {
    const { vocabulary, words, occurrences } = wordIndex([['to', 'be'], ['or', 'not']]);
    expect(findQuote(words, occurrences, vocabulary.words, ['be', 'or'], 2).positions).toEqual([]);
  });

  it('takes fewer words than the minimum as no quote: one word is looked up as a word', () => {
    const { vocabulary, words, occurrences } = wordIndex([['whale']]);
    expect(findQuote(words, occurrences, vocabulary.words, ['whale'], 2).positions).toEqual([]);
    expect(findQuote(words, occurrences, sortedStringsOf(['whale']), ['whale'], 1)).toEqual({ positions: [0], counts: [1] });
  });
});

describe('findQuoteReading', () => {
  const { vocabulary, words, occurrences } = wordIndex([['the', 'stare', 'of', 'the', 'crowd'], ['the', 'state', 'of', 'the', 'roads'], ['state', 'state']]);

  it('reads the one word the knowledge base lacks as a neighbour that makes a quote', () => {
    expect(findQuoteReading(words, occurrences, vocabulary.words, buildSpeller(vocabulary), ['the', 'state', 'of', 'the', 'crowd'], ['the', 'stabe', 'of', 'the', 'crowd'], 2).positions).toEqual([0]);
  });

  it('takes the question as corrected when that is a quote already, and no quote with two unknown words', () => {
    expect(findQuoteReading(words, occurrences, vocabulary.words, buildSpeller(vocabulary), ['the', 'state', 'of', 'the', 'roads'], ['the', 'stabe', 'of', 'the', 'roads'], 2).positions).toEqual([1]);
    expect(findQuoteReading(words, occurrences, vocabulary.words, buildSpeller(vocabulary), ['the', 'state', 'of', 'the', 'crowd'], ['the', 'stabe', 'of', 'the', 'crowf'], 2).positions).toEqual([]);
  });
});

describe('bestQuoted', () => {
  it('keeps the best of any quoted passages, as sorting them all by score then position would', () => {
    fc.assert(
      fc.property(passagesArbitrary, fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 3 }), fc.integer({ min: 1, max: 8 }), (passages, quote, limit) => {
        const { vocabulary, words, occurrences } = wordIndex(passages);
        const bm25 = DEFAULT_ENGINE_OPTIONS.search.bm25;
        const all = bestQuoted(words, findQuote(words, occurrences, vocabulary.words, quote, 2), passages.length, bm25);
        const sorted = [...all].sort((x, y) => y.score - x.score || x.position - y.position);
        expect(all).toEqual(sorted);
        expect(bestQuoted(words, findQuote(words, occurrences, vocabulary.words, quote, 2), limit, bm25)).toEqual(sorted.slice(0, limit));
      }),
    );
  });

  it('puts a short passage that holds the quote twice before a long one that holds it once', () => {
    const long = ['to', 'be', ...Array.from({ length: 40 }, () => 'whale')];
    const short = ['to', 'be', 'or', 'not', 'to', 'be'];
    const { vocabulary, words, occurrences } = wordIndex([long, short]);
    const quoted = findQuote(words, occurrences, vocabulary.words, ['to', 'be'], 2);
    expect(bestQuoted(words, quoted, 10, DEFAULT_ENGINE_OPTIONS.search.bm25).map((entry) => entry.position)).toEqual([1, 0]);
    expect(bestQuoted(words, quoted, 1, DEFAULT_ENGINE_OPTIONS.search.bm25)).toHaveLength(1);
  });
});
