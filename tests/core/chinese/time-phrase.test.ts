import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf } from '../../fixtures/documents.ts';

// A county's report, written for this test: its review of last year opens on "过去一年" and never writes 去年; the five
// years' review and this year's plan write the same roads.
const PARAGRAPHS = [
  '过去五年，全县新建农村公路800公里。',
  '今年全县计划新建农村公路150公里。',
  '过去一年，全县经济稳中有进，新建农村公路120公里。',
];

const knowledge = countyReportOf('linjiang-past-year', ...PARAGRAPHS);
const firstOf = (question: string, phrases = 2) => {
  const answer = answerQuestion(knowledge, question, { search: { timePhrases: phrases } });
  return answer.kind === 'answer' ? answer.results[0]?.passage.text : answer.kind;
};

describe('a Chinese question asking of last year', () => {
  it('is answered first by the paragraph the text opens on "过去一年"', () => {
    // 去年 "last year" is written 过去 (it holds 去 and shares its "pass") + 一 "one" + 年: the review's own time.
    expect(firstOf('去年新建了多少公里农村公路？')).toContain('过去一年');
    expect(firstOf('去年新建了多少公里农村公路？', 0)).not.toContain('过去一年');
  });
});
