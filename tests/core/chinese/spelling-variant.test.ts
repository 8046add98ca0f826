import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf } from '../../fixtures/documents.ts';

// A county's report, written for this test: its roads are measured in 公里, which CC-CEDICT glosses "kilometer".
const ROADS = '一年来，全县新建改建农村公路860公里，新增高速公路通车里程42公里。';
const PARKS = '全县生态环境持续改善，新建城市公园12个，森林覆盖率提高到65%。';

const knowledge = countyReportOf('linjiang-roads', ROADS, PARKS);
const answerOf = (question: string, edits = 1) => answerQuestion(knowledge, question, { search: { spellingVariantEdits: edits } });

describe('an English word asked of a Chinese report in another spelling than the dictionary glosses', () => {
  it('is translated by its WordNet variant spelling: "kilometres" reaches 公里', () => {
    const result = answerOf('How many kilometres of rural roads were built?');
    expect(result.kind).toBe('answer');
    expect(JSON.stringify(result)).toContain('860公里');
    expect(answerOf('How many kilometres of rural roads were built?', 0).kind).not.toBe('answer');
  });
});
