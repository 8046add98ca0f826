import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf } from '../../fixtures/documents.ts';

// A county's report, written for this test: the count of its market entities stands in a sentence of its own, under no
// time word, as a report writes its figures of the present.
const PARAGRAPHS = [
  '一年来，全县改革开放不断深化。市场主体总量超过12万户。货物进出口总额增长21%。',
  '今年全县将新建农村公路300公里，改造老旧小区50个。',
];

const knowledge = countyReportOf('linjiang-time', ...PARAGRAPHS);
const kindOf = (question: string, held = 1) => answerQuestion(knowledge, question, { answer: { abstain: { timeOfAskingHeld: held } } }).kind;

describe('a Chinese number question asking of a time', () => {
  it('is answered by the sentence of its number, which writes no time word', () => {
    // The sentence holds 市场主体 and the count; 全县 and 现在 it leaves to its paragraph and its present.
    expect(kindOf('全县现在有多少户市场主体？')).toBe('answer');
    expect(kindOf('全县现在有多少户市场主体？', 0)).toBe('no-match');
  });

  it('is still declined where no sentence beside a number holds its topic', () => {
    expect(kindOf('全县现在有多少家银行？')).toBe('no-match');
  });
});
