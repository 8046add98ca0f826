import { describe, expect, it } from 'vitest';
import { indexTerms, tokenize } from '../../../src/core/search/words.ts';

describe('tokenize', () => {
  it.each([
    ['closer scrutiny by the I.R.S.', ['closer', 'scrutiny', 'by', 'the', 'irs'], 'an initialism with stops is the word a reader types without them'],
    ['the U.S.A. and the U.N. agreed', ['the', 'usa', 'and', 'the', 'un', 'agreed'], 'one word however many letters'],
    ['rose 98.2% to 1,300', ['rose', '98.2', 'to', '1300'], 'a decimal point stays inside its number'],
    ['Lt. Col. Leavenworth', ['lt', 'col', 'leavenworth'], 'an abbreviation of several letters is no initialism'],
  ])('reads "%s" as %j (%s)', (text, words) => {
    expect(tokenize(text).map((token) => token.word)).toEqual(words);
  });

  it('keeps where an initialism stands, its stops included, for the excerpt to bold', () => {
    const [token] = tokenize('I.R.S. ruling').filter((entry) => entry.word === 'irs');
    expect(token).toEqual({ word: 'irs', start: 0, end: 6 });
  });
});

describe('indexTerms', () => {
  it('drops prepositions and conjunctions the stopword package lacks: they name no topic', () => {
    expect(indexTerms('factories kept growing during the epidemic, despite shortages, until spring')).toEqual(['factori', 'kept', 'grow', 'epidem', 'shortag', 'spring']);
  });
});
