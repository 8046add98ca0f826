import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passageTermsOf, positionsOfStems, StemPositions, STOP_WORD, stemsById, UNINDEXED_STEM } from '../../../src/core/search/passage-terms.ts';
import { buildSearchIndex, type SearchIndex } from '../../../src/core/search/search-index.ts';
import { stringAt, stringCount } from '../../../src/core/search/sorted-strings.ts';
import { isBoundPrefix, isStopWord, stemWord, tokenize } from '../../../src/core/search/words.ts';
import type { Passage } from '../../../src/core/types.ts';
import { loadArticle } from '../../fixtures/article.ts';
import { passagesOf } from '../../fixtures/passages.ts';

/** The reference: each passage's stems in reading order as term ids, as they were kept before `wordTerms` (one id per stem). */
function storedStems(passages: readonly Passage[], index: SearchIndex): Int32Array[] {
  const stemsByPassage = passages.map((passage) => tokenize(passage.text).filter((token) => !isBoundPrefix(passage.text, token)).map((token) => token.word).filter((word) => !isStopWord(word)).map(stemWord));
  const { ids, starts } = passageTermsOf(stemsByPassage, index.postings.terms);
  return passages.map((_, position) => ids.slice(starts[position], starts[position + 1]));
}

/** Each passage's words mapped through `wordTerms`, stop words skipped (a stem the dictionary lacks is -1, as `indexOfString` gives it). */
function derivedStems(passages: readonly Passage[], index: SearchIndex): Int32Array[] {
  const { ids, starts } = index.passageWords;
  return passages.map((_, position) => Int32Array.from(
    [...ids.slice(starts[position], starts[position + 1])].map((id) => index.wordTerms[id] ?? STOP_WORD).filter((term) => term !== STOP_WORD).map((term) => (term === UNINDEXED_STEM ? -1 : term)),
  ));
}

/** Where every stem of the dictionary stands in each passage, from the stored stems: what `positionsOfStems` must give. */
function expectSamePositions(passages: readonly Passage[], index: SearchIndex, keep: (termId: number) => boolean = () => true): void {
  const terms = index.postings.terms;
  const stems = Array.from({ length: stringCount(terms) }, (_, at) => stringAt(terms, at) ?? '').filter((_, at) => keep(at));
  // One reader for every passage, in turn, as the ranking reads its candidates: each passage's positions, none of the one before.
  const places = new StemPositions(stemsById(terms, stems));
  storedStems(passages, index).forEach((ids, position) => {
    const expected = new Map<string, number[]>();
    ids.forEach((id, offset) => {
      const stem = id >= 0 && keep(id) ? stringAt(terms, id) : undefined;
      if (stem !== undefined) expected.set(stem, [...(expected.get(stem) ?? []), offset]);
    });
    const read = positionsOfStems(index.passageWords, index.wordTerms, position, places);
    expect(new Map(stems.flatMap((stem) => (read.has(stem) ? [[stem, [...(read.get(stem) ?? [])]] as const] : [])))).toEqual(expected);
  });
}

// Stop words, words stemmed alike, numbers, apostrophes and Chinese, so that stems recur and stop words fall between them.
const WORDS = ['of', 'the', 'to', 'it', "harbour's", 'harbours', 'harbour', 'whaling', 'whaled', '1998', '4.5', 'don’t', "o'clock", '浙江', '的', '港口', 'Running', 'runs'];
const corpusArbitrary = fc.array(fc.array(fc.constantFrom(...WORDS), { maxLength: 15 }).map((words) => words.join(' ')), { minLength: 1, maxLength: 30 });

describe('wordTerms: the passages\' stems derived from their words', () => {
  it('are the stems as they were stored, id for id and place for place, for any corpus', () => {
    fc.assert(
      fc.property(corpusArbitrary, (texts) => {
        const passages = passagesOf(texts);
        const index = buildSearchIndex(passages);
        expect(derivedStems(passages, index)).toEqual(storedStems(passages, index));
        expectSamePositions(passages, index);
      }),
    );
  });

  it('are the stems as they were stored in every passage of the article', async () => {
    const { passages } = await loadArticle();
    const index = buildSearchIndex(passages);
    expect(derivedStems(passages, index)).toEqual(storedStems(passages, index));
    expectSamePositions(passages, index);
  });

  it('finds only the stems asked about, when stems not asked about share their bits of the filter (3,000 stems, 1,024 bits)', () => {
    // Made-up words, each its own stem, 40 to a passage: a stem asked about and one not often fall on the same bit.
    const texts = Array.from({ length: 300 }, (_, passage) => Array.from({ length: 40 }, (_, at) => `zq${(passage * 37 + at * 101) % 3000}x of the`).join(' '));
    const passages = passagesOf(texts);
    const index = buildSearchIndex(passages);
    expect(stringCount(index.postings.terms)).toBeGreaterThan(2 * 1024);
    expectSamePositions(passages, index, (termId) => termId % 3 === 0);
    expectSamePositions(passages, index, (termId) => termId % 1024 === 5);
  });
});
