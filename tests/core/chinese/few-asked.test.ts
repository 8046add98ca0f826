import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf } from '../../fixtures/documents.ts';

// A county's report, written for this test: its games are named beside no count of medals; its bridges are counted.
const PARAGRAPHS = [
  '一年来，全县体育事业蓬勃发展。成功举办全县运动会，县代表团在全市运动会上取得历史最好成绩。',
  '今年全县将新建桥梁12座，改造老旧小区50个，全县运动会场馆全部对外开放。',
  '一年来，全县深入贯彻党的十九届二中、三中、四中全会精神。',
];

const knowledge = countyReportOf('linjiang-few', ...PARAGRAPHS);
const kindOf = (question: string, counted = 1) => answerQuestion(knowledge, question, { answer: { abstain: { fewAskedCounted: counted } } }).kind;

describe('a Chinese "几" before a measure a number answers', () => {
  it('is declined where no sentence beside its topic counts that measure', () => {
    // The passage names the games and the team, and counts no medal: "几枚" asks a number, as "多少枚" does.
    expect(kindOf('县代表团在全市运动会上一共拿了几枚金牌？')).toBe('no-match');
    expect(kindOf('县代表团在全市运动会上一共拿了几枚金牌？', 0)).toBe('answer');
  });

  it('is answered where the sentence of its topic writes the number', () => {
    expect(kindOf('今年全县将新建几座桥梁？')).toBe('answer');
  });

  it('is still answered by naming where its measure counts what a passage names', () => {
    // "几次全会" asks which sessions: the passage names them and writes no number of 次.
    expect(kindOf('全县深入贯彻了十九届几次全会的精神？')).toBe('answer');
  });
});
