import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf } from '../../fixtures/documents.ts';

// A county's report, written for this test: its prices stand only as an average over the years reviewed; its roads of last year
// under "过去一年".
const PARAGRAPHS = [
  '全县人民生活水平不断提高。居民人均可支配收入年均增长6.1%。居民消费价格年均上涨2.1%。',
  '过去一年，全县新建农村公路120公里，改造老旧小区50个。',
];

const knowledge = countyReportOf('linjiang-average', ...PARAGRAPHS);
const kindOf = (question: string, on = 1) => answerQuestion(knowledge, question, { answer: { abstain: { averageAgainstYear: on } } }).kind;

describe('a Chinese number question asking of one year', () => {
  it('is not answered by an average over years', () => {
    // "年均上涨2.1%" is a number of no year: last year's rise is not written.
    expect(kindOf('去年居民消费价格上涨了多少？')).toBe('no-match');
    expect(kindOf('去年居民消费价格上涨了多少？', 0)).toBe('answer');
  });

  it('is still answered by the average when it asks the average, and by its own year', () => {
    expect(kindOf('居民消费价格年均上涨多少？')).toBe('answer');
    expect(kindOf('去年新建了多少公里农村公路？')).toBe('answer');
  });
});
