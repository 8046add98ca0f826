import { describe, expect, it } from 'vitest';
import { wordNetLexicon } from '../../../src/core/search/lexicon.ts';
import { phraseSynonymStems, wordStemsOf, writesPhrase } from '../../../src/core/search/phrase-synonym.ts';

const lexicon = wordNetLexicon();

describe('phraseSynonymStems and writesPhrase', () => {
  it('finds a word said by its synonym of two words in any form ("sommeliers" by "wine waiters", "cinema" by "a movie theater")', () => {
    expect(writesPhrase(wordStemsOf('Wine waiters are something else again.'), phraseSynonymStems('sommeliers', lexicon, 2))).toBe(true);
    expect(writesPhrase(wordStemsOf('The manager of a movie theater received a call.'), phraseSynonymStems('cinema', lexicon, 2))).toBe(true);
    expect(writesPhrase(wordStemsOf('The waiters poured the wine.'), phraseSynonymStems('sommeliers', lexicon, 2))).toBe(false);
  });

  it('reads no synonym with a stop word: "How Long Has This Been Going On" says no "keep"', () => {
    expect(writesPhrase(wordStemsOf('How Long Has This Been Going On?'), phraseSynonymStems('keep', lexicon, 2))).toBe(false);
  });

  it('reads each text\'s own stems, the same text again as before (remembered by text)', () => {
    const texts = ['Wine waiters are something else again.', 'Wine waiters are something else, again!', 'The waiters poured the wine.', 'The waiters poured the wine'];
    const fresh = texts.map((text) => text.split(/[^A-Za-z]+/).filter(Boolean).map((word) => wordStemsOf(word)[0]));
    for (const round of [0, 1]) for (const [at, text] of texts.entries()) expect(wordStemsOf(text), `${round} ${text}`).toEqual(fresh[at]);
  });
});
