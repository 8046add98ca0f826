import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf } from '../../fixtures/documents.ts';

// A county's report, written for this test: a fund put in, in two tranches, its sum and its first tranche written.
const knowledge = countyReportOf('linjiang-tranches', '分两期投放县产业引导基金6亿元，首期2亿元已全部到位，带动社会投资增长12%。');
const kindOf = (question: string) => answerQuestion(knowledge, question).kind;

describe('a Chinese number question asking of an ordinal part of a whole', () => {
  it('is declined where no clause with a number writes that part', () => {
    // The 6亿元 is both tranches; the second is written nowhere.
    expect(kindOf('县产业引导基金第二期投放了多少？')).toBe('no-match');
  });

  it('is answered where a clause writes that part with its number, the first as 首', () => {
    expect(kindOf('县产业引导基金第一期投放了多少？')).toBe('answer');
    expect(kindOf('县产业引导基金一共投放了多少？')).toBe('answer');
  });
});
