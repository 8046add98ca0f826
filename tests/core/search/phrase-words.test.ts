import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phrasePairs, shareOfPairsHeld } from '../../../src/core/search/phrase.ts';
import { pairsMayHold, pairWordsOf } from '../../../src/core/search/phrase-words.ts';
import { buildSearchIndex } from '../../../src/core/search/search-index.ts';
import { isStopWord } from '../../../src/core/search/words.ts';
import { loadArticle } from '../../fixtures/article.ts';
import { passagesOf } from '../../fixtures/passages.ts';

/** For each passage, each pair: [whether the words let it be held, whether its expression matches]. */
function verdicts(texts: readonly string[], questionWords: readonly string[]): [boolean, boolean][][] {
  const index = buildSearchIndex(passagesOf(texts));
  const pairs = phrasePairs(questionWords, isStopWord);
  const pairWords = pairWordsOf(index.vocabulary.words, pairs);
  return texts.map((text, position) => {
    const may = pairsMayHold(index.passageWords, position, text, pairWords);
    return pairs.map((pair, at) => [may[at] === 1, pair.test(text)]);
  });
}

/** A pair ruled out by the words that its expression matches: the one thing that would change an answer. */
const missed = (found: [boolean, boolean][][]) => found.flat().filter(([may, matches]) => !may && matches);

describe(pairsMayHold, () => {
  it('lets through the passages whose words stand side by side, however the text writes them', () => {
    const texts = ["Zhejiang's economy grew.", 'The ZHEJIANG   economy, too.', 'Jeanne d\'Arc is a saint.', 'The economy of Zhejiang.', 'Zhejiang economy-wide reforms'];
    expect(verdicts(texts, ['zhejiang', 'economy']).map((passage) => passage[0])).toEqual([
      [true, true], // "'s" between the words
      [true, true], // any case, any spacing
      [false, false], // neither word
      [false, false], // both words, not side by side
      [true, true], // a hyphen after the second word
    ]);
    // "arc" ends the word "d'arc": a pair may start after an apostrophe inside a word.
    expect(verdicts(texts, ['arc', 'is'])[2]).toEqual([[true, true]]);
  });

  it('rules out a pair whose words stand apart or inside other words ("art of" is not in "heart of"), and leaves punctuation between them to the expression', () => {
    const found = verdicts(['The heart of the matter.', 'State of the art.', 'Art, of course, matters.'], ['art', 'of']);
    expect(found.map((passage) => passage[0])).toEqual([[false, false], [false, false], [true, false]]);
  });

  it('leaves to the expression what the words cannot show: a left word "s", words with other characters, unspaced script', () => {
    // "rock's" reads as "rock": that it holds "s economy" only the text shows.
    expect(verdicts(["Rock's economy"], ['s', 'economy'])).toEqual([[[true, true]]]);
    expect(verdicts(['It cost 1,300 yuan in 98.2 days'], ['98.2', 'days'])).toEqual([[[true, true]]]);
    expect(verdicts(["中'zhejiang economy"], ['zhejiang', 'economy'])).toEqual([[[true, true]]]);
  });

  it('never rules out a pair its expression matches, in any text', () => {
    // Texts of the question's own words with what may stand around them: cases, apostrophes, "'s", digits, quotes, spaces.
    const question = fc.array(fc.constantFrom('a', 'b', 's', 'ab', 'ba', '1', '10', 'sa'), { minLength: 2, maxLength: 4 });
    const written = fc.tuple(
      fc.nat(),
      fc.constantFrom('', '', '', "x'", "'", '’', '"', '(', '-', '中', 'x'),
      fc.boolean(),
      fc.constantFrom('', '', '', "'s", '’s', "'S", ',1', '.1', "'b", 'x', '中'),
      fc.constantFrom(' ', ' ', '  ', '\u00a0', '\t', ', ', '. ', '-', '" ', ') ', '! '),
    );
    const texts = fc.array(fc.array(written, { maxLength: 10 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(question, texts, (words, parts) => {
        const generated = parts.map((text) =>
          text.map(([which, before, upper, after, gap]) => `${before}${upper ? (words[which % words.length] ?? '').toUpperCase() : words[which % words.length]}${after}${gap}`).join(''),
        );
        expect(missed(verdicts(generated, words))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('changes no phrase score on the article, for every pair of every passage', async () => {
    const { passages } = await loadArticle();
    const texts = passages.map((passage) => passage.text);
    const index = buildSearchIndex(passages);
    for (const question of ['how big is the income gap between urban and rural residents in zhejiang', "what is zhejiang's common prosperity demonstration zone", 'the fengqiao experience of mediation']) {
      const pairs = phrasePairs(question.split(' '), isStopWord);
      const pairWords = pairWordsOf(index.vocabulary.words, pairs);
      texts.forEach((text, position) => {
        expect(shareOfPairsHeld(pairs, text, pairsMayHold(index.passageWords, position, text, pairWords))).toBe(shareOfPairsHeld(pairs, text));
      });
    }
  });
});
