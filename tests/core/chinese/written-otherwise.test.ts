import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf } from '../../fixtures/documents.ts';

// A county's report, written for this test: it writes prices as 价格 and their rise as 上涨, never 物价 nor 涨了.
const PARAGRAPHS = [
  '一年来，全县经济运行总体平稳。地区生产总值增长6.1%，居民消费价格上涨1.8%，城镇新增就业3200人。',
  '今年全县将新建桥梁12座，改造老旧小区50个，全县运动会场馆全部对外开放。',
  '一年来，全县深入贯彻党的十九届二中、三中、四中全会精神，干部队伍作风持续好转。',
];

const knowledge = countyReportOf('linjiang-prices', ...PARAGRAPHS);
const answerOf = (question: string, search: { aspectParticleRead?: number } = {}, answer: { chineseWrittenOtherwise?: number } = {}) =>
  answerQuestion(knowledge, question, { search, answer });

describe('a Chinese word of the question written in the documents\' own form', () => {
  it('answers a question whose every word the passage writes only as its near-synonym', () => {
    // 物价 is written 价格 ("price" both), 涨了 (a verb and its aspect particle) 上涨 ("rise" both).
    const answer = answerOf('物价去年涨了多少？');
    expect(answer.kind).toBe('answer');
    expect(answer.kind === 'answer' ? answer.results[0]?.passage.text : '').toContain('居民消费价格上涨1.8%');
  });

  it('is declined with the near-synonym taken as no word of the question', () => {
    expect(answerOf('物价去年涨了多少？', {}, { chineseWrittenOtherwise: 0 }).kind).toBe('no-match');
  });

  it('is declined with the aspect particle left on its verb', () => {
    // 涨了 read whole is met nowhere: the passage holds too little of the question (物价 alone).
    expect(answerOf('物价去年涨了多少？', { aspectParticleRead: 0 }).kind).toBe('no-match');
  });
});
