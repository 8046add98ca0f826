import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { IRREGULAR_FORMS_SOURCE } from '../../../src/core/search/irregular.ts';
import { indexTerms, isBoundPrefix, isStopWord, stemWord, tokenize } from '../../../src/core/search/words.ts';

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
    expect(indexTerms('factories kept growing during the epidemic, despite shortages, until spring')).toEqual(['factori', 'keep', 'grow', 'epidem', 'shortag', 'spring']);
  });
});

describe('stemWord', () => {
  it.each([
    ['grew', 'growing'], ['grown', 'grows'], ['drove', 'driving'], ['drawn', 'drawing'], ['children', 'child'], ['bigger', 'big'],
    ['postmen', 'postman'], ['businessmen', 'businessman'],
  ])('gives the irregular "%s" the stem of "%s": a question and a passage that write the word two ways meet', (irregular, regular) => {
    expect(stemWord(irregular)).toBe(stemWord(regular));
  });

  it('takes no short word ending in "men" for a plural of "man" ("omen", "Yemen")', () => {
    expect(stemWord('omen')).toBe('omen');
    expect(stemWord('yemen')).toBe('yemen');
  });

  it.each([
    ['died', 'die'], ['dies', 'dying'], ['added', 'add'], ['adding', 'adds'], ['censuses', 'census'], ['buses', 'bus'], ['tries', 'try'], ['succeeded', 'succeed'],
  ])('gives "%s", which the stemmer alone files apart from its base, the stem of "%s"', (form, base) => {
    expect(stemWord(form)).toBe(stemWord(base));
  });

  it('files "added" no longer with the "ad" of advertising, and leaves "parting", a word of its own and a form of "part", with "part"', () => {
    expect(stemWord('added')).not.toBe(stemWord('ads'));
    expect(stemWord('parting')).toBe(stemWord('part'));
  });

  it('keeps whole a word whose "s" is no plural\'s, where the stemmer would join it with an unrelated word ("news" and "new")', () => {
    expect(stemWord('news')).not.toBe(stemWord('new'));
    expect(stemWord('status')).not.toBe(stemWord('statue'));
    expect(stemWord('statuses')).toBe(stemWord('status'));
    expect(stemWord('odds')).not.toBe(stemWord('odd'));
    // WordNet relates "economics" to "economic": one word to a reader, left to the stemmer.
    expect(stemWord('economics')).toBe(stemWord('economic'));
  });

  it('leaves a word that is no irregular form to the stemmer', () => {
    expect(stemWord('villages')).toBe('villag');
  });
});

describe('isStopWord', () => {
  it('takes an irregular form of a stop word as one ("made" as "make"), so no topic is read into it', () => {
    expect(isStopWord('made')).toBe(true);
    expect(isStopWord('took')).toBe(true);
    expect(isStopWord('drove')).toBe(false);
  });

  it('takes a contraction of stop words for one: "couldn\'t" is "could not", "they\'re" is "they are"', () => {
    for (const word of ['couldn\'t', 'didn\'t', 'won\'t', 'they\'re', 'we\'ve', 'you\'d']) expect(isStopWord(word)).toBe(true);
    expect(isStopWord('o\'clock')).toBe(false);
  });

  it('takes "versus" for the preposition it is: WordNet does not list it, and a word it does not know is a name', () => {
    expect(isStopWord('versus')).toBe(true);
    expect(isStopWord('vs')).toBe(true);
  });
});

describe('isBoundPrefix', () => {
  const bound = (text: string) => tokenize(text).filter((token) => isBoundPrefix(text, token)).map((token) => token.word);
  it('reads a prefix joined by a hyphen to a word as no word of its own, and the word alone as a word', () => {
    expect(bound('Sub-surface craft, co-operation and post-war pre-emption')).toEqual(['sub', 'co', 'post', 'pre']);
    expect(bound('The sub surfaced; a pro at the post office; self-help')).toEqual([]);
    // A hyphen that ends a line or stands before a number joins no word.
    expect(bound('the sub- and the post-1950 years')).toEqual([]);
  });
});

describe('IRREGULAR_FORMS_SOURCE', () => {
  it('names the installed package, so a snapshot built from another version of its lists is never served', () => {
    const installed = createRequire(import.meta.url)('wink-lexicon/package.json') as { version: string };
    expect(IRREGULAR_FORMS_SOURCE).toBe(`wink-lexicon@${installed.version}`);
  });
});
