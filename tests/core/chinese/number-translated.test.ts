import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf } from '../../fixtures/documents.ts';

// A county's report, written for this test: its people's living said without a number, a count of students apart.
const LIVING = '一年来，各地区人民生活持续改善，群众获得感明显增强。资助困难学生3万人次。';
const PEOPLE = '全县常住人口达到52万人，城镇人口比重提高到48%。';

const knowledge = countyReportOf('linjiang-number', LIVING, PEOPLE);
const kindOf = (question: string, on = 1) => answerQuestion(knowledge, question, { answer: { abstain: { translatedNumberBeside: on } } }).kind;

describe('an English question asking a number, asked of a Chinese report', () => {
  it('is declined where no sentence writing a number holds its topic', () => {
    // People, living and area are met by "各地区人民生活持续改善", which writes no number; the only number near is the students' 人次.
    expect(kindOf('How many people live in the Greater Bay Area?')).toBe('no-match');
    expect(kindOf('How many people live in the Greater Bay Area?', 0)).toBe('answer');
  });

  it('is answered where a sentence writing a number holds its topic', () => {
    expect(kindOf('How many people live in the county?')).toBe('answer');
    expect(kindOf('What share of the population is urban?')).toBe('answer');
  });
});
