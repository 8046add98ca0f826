import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf } from '../../fixtures/documents.ts';

// A county's report, written for this test: its first country parks are set up unnamed; its games are named in a list.
const PARKS = '一年来，全县生态环境持续改善。第一批国家公园正式设立。';
const GAMES = '成功举办了全县运动会、冬季奥运选拔赛，群众性冰雪运动蓬勃发展。';

const PLAN = '县委十五届三次全会对乡村振兴作出重大战略部署。';

const knowledge = countyReportOf('linjiang-which', PARKS, GAMES, PLAN);
const kindOf = (question: string, on = 1) => answerQuestion(knowledge, question, { answer: { abstain: { translatedWhichNamed: on } } }).kind;

describe('an English "which" asked of a Chinese report', () => {
  it('is declined where no clause beside its topic names a thing of the kind', () => {
    // "第一批国家公园正式设立" holds first, national and parks; its one park is the question's own 国家公园.
    expect(kindOf('Which parks are in the first batch of national parks?')).toBe('no-match');
    expect(kindOf('Which parks are in the first batch of national parks?', 0)).toBe('answer');
  });

  it('is answered where a clause beside its topic lists the things', () => {
    expect(kindOf('Which games did the county hold?')).toBe('answer');
  });

  it('reads the noun that ends the phrase after "which", not its first word', () => {
    // It asks a session; the county (县) is only whose. No auxiliary ends the phrase, so it is not read.
    expect(kindOf('Which county plenary session made a major strategic plan for rural revitalization?')).toBe('answer');
  });
});
