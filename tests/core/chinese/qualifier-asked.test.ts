import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf } from '../../fixtures/documents.ts';

// A county's report, written for this test: last year's results in a paragraph opening on its time, this year's targets
// after a colon, and a budget sentence writing income without a number beside spending with one.
const PARAGRAPHS = [
  '过去一年，全县经济运行总体平稳。城镇新增就业1.1万人，财政赤字率控制在2.5%。',
  '今年全县发展主要预期目标是：城镇新增就业1.2万人以上；粮食产量保持在30万吨以上。',
  '预计今年县财政收入继续增长，一般公共预算支出规模45亿元。',
];

const knowledge = countyReportOf('linjiang-qualifiers', ...PARAGRAPHS);
const kindOf = (question: string) => answerQuestion(knowledge, question).kind;

describe('a Chinese number question fixing which of two numbers it asks', () => {
  it('is declined when the only number of its topic is fixed the other way', () => {
    // Income asked, spending written.
    expect(kindOf('今年县一般公共预算收入预计是多少？')).toBe('no-match');
    // This year asked, last year's rate written in a paragraph opening 过去一年.
    expect(kindOf('今年全县财政赤字率控制在多少？')).toBe('no-match');
    // The year before the report's 今年 (2024) asked, this year's target written after the colon.
    expect(kindOf('2023年全县粮食产量保持在多少万吨？')).toBe('no-match');
  });

  it('is answered when the number is fixed its way, or not fixed', () => {
    expect(kindOf('今年县一般公共预算支出规模是多少？')).toBe('answer');
    expect(kindOf('去年全县财政赤字率控制在多少？')).toBe('answer');
    expect(kindOf('2024年全县粮食产量预期目标是多少万吨？')).toBe('answer');
    expect(kindOf('去年全县城镇新增就业多少人？')).toBe('answer');
  });
});
