import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf } from '../../fixtures/documents.ts';

// A county's report, written for this test: its people are counted; it names Beijing (北京, glossed "Beijing municipality, capital of …").
const PEOPLE = '一年来，全县常住人口达到52万人，城镇人口比重提高到48%。';
const TRADE = '全县农产品销往北京等大城市，出口贸易额增长12%。';

const knowledge = countyReportOf('linjiang-place', PEOPLE, TRADE);
const kindOf = (question: string, on = 1) => answerQuestion(knowledge, question, { answer: { abstain: { translatedPlaceWritten: on } } }).kind;

describe('an English question naming a place, asked of a Chinese report', () => {
  it('is declined where the documents write the place by none of its entries', () => {
    // "population" is met (人口): half the words are held, but the report never names Canada (加拿大; its one-character 加 is "add").
    expect(kindOf('What is the population of Canada?')).toBe('no-match');
    expect(kindOf('What is the population of Canada?', 0)).toBe('answer');
  });

  it('is answered where the place is written as a proper name whose first meaning opens on it', () => {
    // No whole gloss of 北京 is "Beijing": its first meaning is "Beijing municipality, capital of …".
    expect(kindOf('How much did exports of farm products to Beijing grow?')).toBe('answer');
    expect(kindOf('How much did exports of farm products to Tokyo grow?')).toBe('no-match');
  });
});
