import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf } from '../../fixtures/documents.ts';

// A county's report, written for this test: results of innovating it names none of, and bonds it names by kind.
const knowledge = countyReportOf('linjiang-names', '全县人工智能、数字技术等领域创新成果不断涌现。', '今年全县发行县域特别债券5亿元，用于重点项目建设。');
const kindOf = (question: string, nameNotByAct = 1) => answerQuestion(knowledge, question, { answer: { abstain: { nameNotByAct } } }).kind;

describe('a Chinese question asking the name of a thing', () => {
  it('is declined where the clause says the thing only by the act it comes of', () => {
    // 创新成果 are results of innovating (创新, "to innovate"): no name of one.
    expect(kindOf('数字技术领域的代表成果叫什么名字？')).toBe('no-match');
    expect(kindOf('数字技术领域的代表成果叫什么名字？', 0)).toBe('answer');
  });

  it('is answered where the words before the noun name it', () => {
    expect(kindOf('今年发行的债券叫什么？')).toBe('answer');
  });
});
