import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf } from '../../fixtures/documents.ts';

// A county's report, written for this test: last year's deficit rate in a paragraph opening on its time, this year's
// targets after a colon (a growth rate and an unemployment rate, no deficit rate), and its grain output without a number.
const PARAGRAPHS = [
  '过去一年，全县经济运行总体平稳。财政赤字率控制在2.5%，中央转移支付有所增加。',
  '今年发展主要预期目标是：地区生产总值增长6%左右；城镇调查失业率5.5%左右。',
  '粮食产量保持稳定，耕地保护责任全面落实。',
];

const knowledge = countyReportOf('linjiang-number-topic', ...PARAGRAPHS);
const kindOf = (question: string) => answerQuestion(knowledge, question).kind;

describe('a Chinese number question whose topic the numbers written are not of', () => {
  it('is declined where its word is met only by a part of another word (赤字率 by the 率 of 失业率)', () => {
    // Last year's 2.5% is opposed by 今年; the targets' sentence holds 今年, 目标 and, cut from 赤字率, 率.
    expect(kindOf('今年的财政赤字率目标是多少？')).toBe('no-match');
  });

  it('is declined where the sentence with a number holds only the words fixing which number (今年, 目标)', () => {
    // The targets' sentence holds 今年 and 目标; the one holding 粮食产量 writes no number.
    expect(kindOf('今年的粮食产量目标是多少？')).toBe('no-match');
  });

  it('is answered where the number stands with its topic', () => {
    expect(kindOf('今年地区生产总值增长目标是多少？')).toBe('answer');
    expect(kindOf('今年城镇调查失业率目标是多少？')).toBe('answer');
    expect(kindOf('去年财政赤字率是多少？')).toBe('answer');
  });
});

// Two county reports, written for this test: one naming a park built jointly (共建) and no gas network, one naming the
// company that built its waterworks.
const JOINTLY = countyReportOf('linjiang-jointly', '全县与邻县共建“临江—青山”产业园区，县城面貌明显改善。');
const WATERWORKS = countyReportOf('linjiang-waterworks', '县自来水厂由“临江水务公司”建设运营，全县供水保障能力提升。');

describe('a Chinese question asking a company', () => {
  it('is declined where its 建设 is met only by the 建 of another word (共建)', () => {
    // The clause with a name in quotes holds the question by 建 alone.
    expect(answerQuestion(JOINTLY, '县城燃气由哪家公司建设？').kind).toBe('no-match');
  });

  it('is answered where the clause naming the company writes 建设', () => {
    expect(answerQuestion(WATERWORKS, '县自来水厂由哪家公司建设？').kind).toBe('answer');
  });
});
