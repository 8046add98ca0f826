import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hanBigrams, hasUnspacedScript, segmentRun } from '../../../src/core/search/segment.ts';
import { indexTerms, isStopWord, stemWord, tokenize } from '../../../src/core/search/words.ts';

const words = (text: string) => tokenize(text).map((token) => token.word);

describe('tokenize on Chinese text', () => {
  it('cuts a Chinese clause into words', () => {
    expect(words('推动乡村振兴')).toEqual(['推动', '乡村', '振兴']);
  });

  it('keeps Latin words and digits of a mixed run apart from the Chinese', () => {
    expect(words('GEP核算，2021年增长5G基站')).toEqual(expect.arrayContaining(['gep', '核算', '2021', '年', '增长']));
  });

  it('gives each word its offsets in the text', () => {
    const text = 'The motto is 海纳百川 here';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end).toLowerCase().normalize('NFKC')).toBe(token.word);
  });

  it('reads full-width digits and letters as ASCII', () => {
    expect(words('２０２１年ＧＤＰ')).toEqual(expect.arrayContaining(['2021', 'gdp']));
  });

  it('leaves English tokenising as it was', () => {
    expect(words("Zhejiang's 1,300 rural-urban disputes")).toEqual(['zhejiang', '1300', 'rural', 'urban', 'disputes']);
  });

  it('never loses or misplaces a character of any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'浙江省共同富裕 abc12，。“”'.split('')), maxLength: 40 }), (text) => {
        for (const token of tokenize(text)) {
          expect(token.start).toBeGreaterThanOrEqual(0);
          expect(token.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(token.start, token.end).length).toBe(token.end - token.start);
        }
      }),
    );
  });
});

describe('Chinese words in the index', () => {
  it('drops Chinese stop words and keeps content words unstemmed', () => {
    expect(isStopWord('的')).toBe(true);
    expect(isStopWord('什么')).toBe(true);
    expect(isStopWord('浙江')).toBe(false);
    expect(stemWord('发展')).toBe('发展');
    expect(indexTerms('浙江的发展是什么')).toEqual(['浙江', '发展']);
  });

  it('keeps English stemming and stop words', () => {
    expect(indexTerms('the villages were developing')).toEqual(['villag', 'develop']);
  });
});

describe('hanBigrams', () => {
  it('gives the marked character pairs of each Chinese run, none for English', () => {
    expect(hanBigrams('乡村振兴 and 港')).toEqual(['~乡村', '~村振', '~振兴', '~港']);
    expect(hanBigrams('rural revitalisation')).toEqual([]);
  });

  it('shares most pairs between a word and its same-sound typo', () => {
    const typed = new Set(hanBigrams('乡村振心'));
    expect(hanBigrams('乡村振兴').filter((bigram) => typed.has(bigram))).toEqual(['~乡村', '~村振']);
  });
});

describe('hasUnspacedScript and segmentRun', () => {
  it('tells Chinese, Japanese kana and Korean from Latin', () => {
    expect(['中文', 'ひらがな', '한국어', 'English'].map(hasUnspacedScript)).toEqual([true, true, true, false]);
  });

  it('places words at the offset of their run', () => {
    expect(segmentRun('共同富裕', 10).map((word) => [word.word, word.start, word.end])).toEqual([['共同', 10, 12], ['富裕', 12, 14]]);
  });
});
