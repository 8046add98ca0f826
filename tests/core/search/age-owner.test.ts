import { describe, expect, it } from 'vitest';
import { ageOwnerOf, namesOnlyAsOwner } from '../../../src/core/search/age-owner.ts';
import type { ParsedQuery } from '../../../src/core/search/query.ts';

/** The one field `ageOwnerOf` reads, as `parseQuery` fills it. */
const asked = (question: string) => ({ words: question.split(' ') }) as unknown as ParsedQuery;

describe('ageOwnerOf', () => {
  it.each([
    ['how old is chancellor adenauer', 'adenauer'],
    ['how old was emma borden at the time of the murders', 'borden'],
    ['how old was custer when he was made a brigadier general', 'custer'],
    ['how old is the new mosque', 'mosque'],
    // No "how old is X": no owner read.
    ['how old must you be to vote', null],
    ['how long is the thames', null],
  ])('reads "%s" as asking the age of %j', (question, owner) => {
    expect(ageOwnerOf(asked(question))).toBe(owner);
  });
});

describe('namesOnlyAsOwner', () => {
  it.each([
    ["Chancellor Adenauer's Christian Democratic Party has held its majority since 1957.", true],
    // Named as himself too, or his own years after the possessive: the sentence may tell his age.
    ["Adenauer, 85, still leads Adenauer's party.", false],
    ["On Adenauer's 85th birthday the party held a dinner.", false],
    ['Chancellor Adenauer has led the party since 1949.', false],
  ])('in "%s": %s', (sentence, expected) => {
    expect(namesOnlyAsOwner(sentence, 'adenauer')).toBe(expected);
  });
});
