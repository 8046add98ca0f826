import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf } from '../../fixtures/documents.ts';

// A county's report, written for this test: it writes 高速铁路 in full, never its short form 高铁.
const PARAGRAPHS = [
  '过去一年，全县新增高速铁路运营里程120公里，新建农村公路300公里。',
  '全县数字经济加快发展，工作机制不断完善，算力规模明显提升。',
];

const knowledge = countyReportOf('linjiang-rail', ...PARAGRAPHS);
const kindOf = (question: string, forms = 2) => answerQuestion(knowledge, question, { search: { shortFormFullForms: forms } }).kind;

describe('a Chinese question saying a thing by its short form', () => {
  it('is answered by the passage writing the full form', () => {
    // 高铁 is 高速铁路 by the first characters of its two words: without the full form the question holds only 公里.
    expect(kindOf('高铁开通了多少公里？')).toBe('answer');
    expect(kindOf('高铁开通了多少公里？', 0)).toBe('no-match');
  });
});
