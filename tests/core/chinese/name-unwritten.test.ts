import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf } from '../../fixtures/documents.ts';

// A county's report, written for this test: its growth rate and a festival it held during the Beijing Winter Olympics.
// It names 北京 (inside 北京冬奥会) and no other country or city.
const PARAGRAPHS = [
  '2023年，全县经济增长率为6.5%，城镇新增就业1.2万人。',
  '北京冬奥会期间，全县组织冰雪活动30场。',
];

const knowledge = countyReportOf('linjiang-names', ...PARAGRAPHS);
const kindOf = (question: string) => answerQuestion(knowledge, question).kind;

describe('a Chinese question naming a proper name', () => {
  it('is declined when no passage writes the name, however much of the rest a passage holds', () => {
    // Each holds the report's 2023年 and 经济增长率: without the check, all are answered by its growth rate.
    expect(kindOf('日本2023年的经济增长率是多少？')).toBe('no-match');
    expect(kindOf('2023年德国的经济增长率是多少？')).toBe('no-match');
  });

  it('is declined when the name is one the segmenter cuts into pieces, read whole as the dictionary holds it', () => {
    // ICU cuts 比特币 into 比|特|币, pieces that name nothing; read so, it is answered by the county's growth rate.
    expect(kindOf('2023年比特币的增长率是多少？')).toBe('no-match');
  });

  it('is answered when a passage writes the name, inside a longer word too', () => {
    expect(kindOf('北京冬奥会期间全县组织了多少场冰雪活动？')).toBe('answer');
    expect(kindOf('2023年全县的经济增长率是多少？')).toBe('answer');
  });
});
