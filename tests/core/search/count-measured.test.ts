import { describe, expect, it } from 'vitest';
import { measureNamed, measuredBy } from '../../../src/core/search/count-measured.ts';

/** What `measuredBy` reads of the first occurrence of `number` in `sentence`. */
const measuredAt = (sentence: string, number: string) => {
  const start = sentence.indexOf(number);
  return measuredBy(sentence, start, start + number.length);
};

describe('measuredBy', () => {
  it.each([
    ['the first $30 million worth of highway bonds', '30 million', 'money'],
    ['approximately $2.09 per share', '2.09', 'money'],
    ['then left two months to dry out', 'two', 'duration'],
    ['his twelve-hour speech at the Congress', 'twelve', 'duration'],
    ['a 10-day fast in which she took nothing', '10', 'duration'],
    ['thirty-six feet of empty frieze were left', 'thirty-six', 'length'],
    ['she weighed only 108 pounds when she came', '108', 'money'],
    ['close to 50-degrees and no wind', '50', 'temperature'],
    ['the yearly growth of 15% or better', '15', 'share'],
  ])('reads "%s" as a measure, no count', (sentence, number, measure) => {
    expect(measuredAt(sentence, number)).toBe(measure);
  });

  it.each([
    ['three men out of a six-man crew', 'three'],
    ['ninety per cent of the milling equipment makers', 'ninety'],
    ['the Twenty-second Congress of the Party', 'Twenty'],
    ['a full force of 1000 men attacked', '1000'],
  ])('leaves "%s" a count, or a share of what it counts', (sentence, number) => {
    expect(measuredAt(sentence, number)).toBeNull();
  });
});

describe('measureNamed', () => {
  it('names the measure of a unit asked, and none for a noun that is no unit', () => {
    expect(measureNamed('miles')).toBe('length');
    expect(measureNamed('years')).toBe('duration');
    expect(measureNamed('dollars')).toBe('money');
    expect(measureNamed('figures')).toBeNull();
    expect(measureNamed('sailors')).toBeNull();
  });
});
