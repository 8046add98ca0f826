import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf } from '../../fixtures/documents.ts';

// A county's report, written for this test: its people's income, its grain, its car sales and a temple it restored. It
// never writes 绿茶, 故宫 nor 计算机, nor anything a reader would take them for.
const PARAGRAPHS = [
  '2023年，全县人民收入增长6.5%，粮食产量增长8%，新能源汽车销量增长30%。',
  '全县修复古寺一座，该寺建成于1368年，保存完好，如今每年接待游客20万人次。',
  '全县数字经济加快发展，工作机制不断完善，算力规模明显提升。',
  '新时代以来，全县人大代表、政协委员在县历史上第一个文化馆开展活动。',
];

const knowledge = countyReportOf('linjiang-things', ...PARAGRAPHS);
const kindOf = (question: string, headCharacterAsKind = 1) => answerQuestion(knowledge, question, { answer: { abstain: { headCharacterAsKind } } }).kind;

describe('a Chinese question about a thing the documents never write', () => {
  it('is declined when no passage writes the thing nor a word it stands for', () => {
    // Each meets the report's 保存, 建成 or 工作: without the check, all are answered.
    expect(kindOf('绿茶应该怎么保存才不变味？')).toBe('no-match');
    expect(kindOf('故宫是哪一年建成的？')).toBe('no-match');
    expect(kindOf('计算机是如何工作的？')).toBe('no-match');
  });

  it('is answered when the thing is asked in a reader\'s words for what a passage writes', () => {
    // 老百姓 ("ordinary people") for 人民, 电动车 ("electric vehicle") for the 车 of 汽车.
    expect(kindOf('老百姓的收入增长了多少？')).toBe('answer');
    expect(kindOf('电动车销量增长了多少？')).toBe('answer');
    expect(kindOf('古寺是哪一年建成的？')).toBe('answer');
  });

  it('is declined when its own last character is written only inside words of another sense', () => {
    // 朝代 is a "dynasty"; the report writes 代 only in 时代 ("age") and 代表 ("representative"), and meets 县历史上第一个.
    expect(kindOf('县历史上第一个朝代是哪个？')).toBe('no-match');
    expect(kindOf('县历史上第一个朝代是哪个？', 0)).toBe('answer');
    // 电动车's 车 is written in 汽车, a kind of vehicle: still answered (above).
  });
});
