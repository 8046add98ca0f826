import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf } from '../../fixtures/documents.ts';

// A county's report, written for this test: under its title a date line, the speaker's post and name, then the speech,
// whose first paragraph holds every word of the report's name ("报告", "政府工作") and no date, no name.
const knowledge = countyReportOf(
  'linjiang-head',
  '——2024年1月15日在临江县第十八届人民代表大会第三次会议上',
  '县长',
  '王　明',
  '各位代表：',
  '现在，我代表县人民政府，向大会报告政府工作，请予审议，并请县政协委员提出意见。',
  '过去一年，全县地区生产总值增长6.1%，新建农村公路300公里。',
);
const firstOf = (question: string, headLineWords = 20, meetingAsked = 1) => {
  const answer = answerQuestion(knowledge, question, { rank: { headLineWords, meetingAsked } });
  return answer.kind === 'answer' ? answer.results[0]?.passage.text : answer.kind;
};

describe('a question asking when or by whom the document was written', () => {
  it('is answered by the date line under its title', () => {
    // The date line holds no word of the question: the title above it does, and the line says when.
    expect(firstOf('这份临江县政府工作报告是哪一天作的？')).toContain('2024年1月15日');
    expect(firstOf('这份临江县政府工作报告是哪一天作的？', 0)).not.toContain('2024年1月15日');
  });

  it('is answered by the line under the date line naming its speaker', () => {
    expect(firstOf('谁在大会上作了临江县政府工作报告？')).toMatch(/^(?:县长|王　明)$/u);
    expect(firstOf('谁在大会上作了临江县政府工作报告？', 0)).not.toMatch(/^(?:县长|王　明)$/u);
  });

  it('is answered by the date line naming the meeting, where the question asks which meeting', () => {
    // The question's "会议" is the only word the line holds: the title above it says whose meeting it was.
    expect(firstOf('临江县政府工作报告是在哪次会议上作的？')).toContain('第三次会议');
    expect(firstOf('临江县政府工作报告是在哪次会议上作的？', 20, 0)).not.toContain('第三次会议');
  });

  it('leaves any other question to the body', () => {
    expect(firstOf('临江县去年新建了多少公里农村公路？')).toContain('300公里');
  });
});
