import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf } from '../../fixtures/documents.ts';

// A county's report, written for this test: parks it set up without naming them, a reform it reports without naming a
// department, and kinds of consumption and of firms it names.
const PARAGRAPHS = [
  '生态环境持续改善，首批3个县级湿地公园正式设立。县级机构改革基本完成，乡镇层面有序展开。',
  '出台支持汽车、家居、旅游等消费政策，小微企业融资成本明显下降。',
];

const knowledge = countyReportOf('linjiang-which', ...PARAGRAPHS);
const kindOf = (question: string) => answerQuestion(knowledge, question).kind;

describe('a Chinese question asking which things of a kind', () => {
  it('is declined when the clause about its topic lists nothing and names none but the question’s own', () => {
    // Without the check both are answered: they hold most of their characters.
    expect(kindOf('首批县级湿地公园都有哪几个？')).toBe('no-match');
    expect(kindOf('县级机构改革撤销了哪些部门？')).toBe('no-match');
  });

  it('is answered by a clause listing things, or naming one of the noun asked', () => {
    expect(kindOf('出台了支持哪些方面的消费政策？')).toBe('answer');
    expect(kindOf('哪些企业的融资成本明显下降？')).toBe('answer');
  });
});
