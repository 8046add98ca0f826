import { describe, expect, it } from 'vitest';
import { statesCount } from '../../../src/core/search/count-stated.ts';

describe('statesCount', () => {
  it.each([
    ['the ferry sails with 48 aboard', true],
    ['sales rose 85% last year', true],
    ['the pact was signed in 1958 by both', false],
    // Numbers that count nothing: a day, a time of day, an ordinal, a list's number, a model's number.
    ['the company submitted its objections on 6 June', false],
    ['they gathered at 6:30 A.M. the next day', false],
    ['a battalion of the 7th Cavalry was wiped out', false],
    ['(2) What evidence is there that he was blind?', false],
    ['a wing of B-52 bombers on alert', false],
    ['alternate command posts on KC-135 jet tankers', false],
    // An ordinal before a time tells how long.
    ['Barber, who is in his 13th year as a legislator', true],
  ])('reads "%s" as stating a count: %s', (text, counts) => {
    expect(statesCount(text)).toBe(counts);
  });

  it.each([
    // A year before a stop is a start "how long" reads; a count of persons or things reads none.
    ['he has been mayor since 1937.', false, true],
    ['he has been mayor since 1937.', true, false],
    ['the war began on that day in 1950, the anniversary', true, false],
    ['the club counted 1,958 members', true, true],
  ])('reads "%s" (a count of persons or things: %s) as stating a count: %s', (text, counted, counts) => {
    expect(statesCount(text, counted)).toBe(counts);
  });
});
