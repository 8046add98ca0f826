import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf } from '../../fixtures/documents.ts';
import { timeOpposedOf } from '../../../src/core/search/time-opposed.ts';
import { timePhrasesOf } from '../../../src/core/search/time-phrase.ts';
import { chineseDictionary } from '../../../src/core/search/chinese-dictionary.ts';

// A county's report, written for this test: last year's review and this year's targets count the same jobs.
const PARAGRAPHS = [
  '过去一年，全县经济稳中有进，工业增加值增长6%，社会消费品零售总额增长8%，农村居民收入增长7%，城镇新增就业1.1万人。',
  '今年全县发展主要预期目标是：城镇新增就业1.2万人左右，城镇调查失业率5.5%左右。',
];

const knowledge = countyReportOf('linjiang-opposed-time', ...PARAGRAPHS);
const firstOf = (question: string, opposedTime = 0.5) => {
  const answer = answerQuestion(knowledge, question, { rank: { weights: { opposedTime } } });
  return answer.kind === 'answer' ? answer.results[0]?.passage.text : answer.kind;
};

describe('a Chinese question asking of a year placed from now', () => {
  it('is answered first by the paragraph of that year, not by one placing its year otherwise', () => {
    // 今年 "this year" is no 去年 "last year": the targets answer another question than last year's result.
    expect(firstOf('去年城镇新增就业多少人？')).toContain('过去一年');
    expect(firstOf('去年城镇新增就业多少人？', 1)).toContain('今年');
  });

  it('still finds this year\'s targets first when this year is asked', () => {
    expect(firstOf('今年城镇新增就业的目标是多少？')).toContain('今年');
  });
});

describe('an English question asking of a year placed from now, of a Chinese report', () => {
  const englishTime = (question: string) => ({ words: question.toLowerCase().replace(/[?]/g, '').split(' '), writtenAs: (word: string) => timePhrasesOf(word, chineseDictionary()!, PARAGRAPHS, 2) });
  const [lastYear, thisYear] = PARAGRAPHS.map((text) => ({ text }));

  it('reads "last year" as 去年: this year\'s targets place their year otherwise, last year\'s review does not', () => {
    const opposed = timeOpposedOf([], 0.5, englishTime('How many new urban jobs were created last year?'));
    expect(opposed?.(thisYear!)).toBe(true);
    expect(opposed?.(lastYear!)).toBe(false);
  });

  it('reads "this year" as 今年, and moves nothing with the weight 1', () => {
    expect(timeOpposedOf([], 0.5, englishTime('How many new urban jobs are targeted for this year?'))?.(thisYear!)).toBe(false);
    expect(timeOpposedOf([], 1, englishTime('How many new urban jobs were created last year?'))).toBeNull();
  });
});
