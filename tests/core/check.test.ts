import { describe, expect, it } from 'vitest';
import { checkClaims, type CheckedClaim } from '../../src/core/check/check.ts';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import type { KnowledgeDocument } from '../../src/core/types.ts';

/** A made-up report: every figure and date the claims below are checked against. */
const REPORT: KnowledgeDocument = {
  slug: 'harbour-report',
  file: 'harbour-report.txt',
  meta: { title: 'Lindale harbour report', published: '2023' },
  bodyLine: 1,
  body: [
    'In 2022, the port of Lindale handled 4.2 million containers.',
    '',
    'The cargo revenue of Lindale reached 350 million dollars in 2022.',
    '',
    'Lindale employs more than 12,000 dock workers.',
    '',
    'The northern pier opened in March 2019 after four years of building.',
    '',
    'The share of containers carried by rail was 18% in 2022.',
    '',
    'The population of Lindale was 200,157 in 2020.',
  ].join('\n'),
};

const knowledge = buildKnowledge([REPORT]);
const check = (text: string) => checkClaims(knowledge, text).claims;
const only = (text: string): CheckedClaim => {
  const claims = check(text);
  expect(claims, JSON.stringify(claims)).toHaveLength(1);
  return claims[0] as CheckedClaim;
};
const sourceOf = (claim: CheckedClaim) => (claim.verdict === 'not-found' ? undefined : claim.source);

describe('checkClaims on figures', () => {
  it('says a figure the source states matches, and cites the source figure', () => {
    const claim = only('Lindale handled 4.2 million containers in 2022.');
    expect(claim.verdict).toBe('matches');
    expect(sourceOf(claim)).toMatchObject({ raw: '4.2 million containers', year: 2022 });
    expect(sourceOf(claim)?.passageId).toMatch(/^harbour-report#/);
  });

  it('lets a rounded or bounded claim agree with the exact figure: "about 4 million", "more than 11,000"', () => {
    expect(only('The port of Lindale handled about 4 million containers in 2022.').verdict).toBe('matches');
    expect(only('Lindale employs more than 11,000 dock workers.').verdict).toBe('matches');
  });

  it('reads "passed 200,000" as a bound that 200,157 meets, and finds nothing for a year the source does not give', () => {
    const claim = only('The population of Lindale passed 200,000 in 2020.');
    expect(claim.verdict).toBe('matches');
    expect(sourceOf(claim)).toMatchObject({ value: 200_157, year: 2020 });
    expect(only('The population of Lindale passed 200,000 in 2019.').verdict).toBe('not-found');
    expect(only('The population of Lindale passed 250,000 in 2020.').verdict).toBe('differs');
  });

  it('says a wrong figure differs, with the source value and year', () => {
    const claim = only('The cargo revenue of Lindale reached 500 million dollars in 2022.');
    expect(claim.verdict).toBe('differs');
    expect(sourceOf(claim)).toMatchObject({ value: 350_000_000, unit: 'usd', year: 2022 });
  });

  it('says a claim beyond what a bound allows differs: "more than 20,000" against "more than 12,000" is undecided, "8,000" contradicts', () => {
    expect(only('Lindale employs more than 20,000 dock workers.').verdict).toBe('not-found');
    expect(only('Lindale employs 8,000 dock workers.').verdict).toBe('differs');
  });

  it('finds nothing for a figure the sources do not state', () => {
    const claim = only('Lindale has 40 cranes.');
    expect(claim.verdict).toBe('not-found');
    expect(sourceOf(claim)).toBeUndefined();
  });

  it('gives no verdict on a year the source has no figure for, rather than comparing another year\'s', () => {
    expect(only('The cargo revenue of Lindale reached 500 million dollars in 2021.').verdict).toBe('not-found');
  });

  it('says a figure in another currency differs, marked as another unit, and never compares a share with a count', () => {
    const claim = only('The cargo revenue of Lindale reached 350 million yuan in 2022.');
    expect(claim).toMatchObject({ verdict: 'differs', otherUnit: true });
    expect(sourceOf(claim)).toMatchObject({ unit: 'usd' });
    // 18 is a percentage in the source; 18 containers are not the same measure.
    expect(only('Lindale carried 18 containers by rail in 2022.').verdict).toBe('not-found');
  });

  it('does not take another place\'s figure as this one\'s', () => {
    expect(only('In 2022, the port of Harwick handled 4.2 million containers.').verdict).toBe('not-found');
  });

  it('keeps each claim of a sentence apart, in the text\'s order, with the clause as written', () => {
    const claims = check('Lindale handled 4.2 million containers in 2022, the cargo revenue reached 900 million dollars in 2022, and 40 cranes were bought.');
    expect(claims.map((claim) => [claim.raw, claim.verdict])).toEqual([
      ['Lindale handled 4.2 million containers in 2022', 'matches'],
      ['the cargo revenue reached 900 million dollars in 2022', 'differs'],
      ['40 cranes were bought.', 'not-found'],
    ]);
  });
});

describe('checkClaims on dates', () => {
  it('says a dated event matches at the coarser precision, and differs when the source dates it otherwise', () => {
    const right = only('The northern pier opened in 2019.');
    expect(right.verdict).toBe('matches');
    expect(sourceOf(right)).toMatchObject({ date: '2019-03' });
    const wrong = only('The northern pier opened in May 2020.');
    expect(wrong.verdict).toBe('differs');
    expect(sourceOf(wrong)).toMatchObject({ date: '2019-03' });
  });

  it('finds nothing for an event the sources do not date, and reads the date that says when a figure holds as part of it', () => {
    expect(only('A southern pier opened in 2021.').verdict).toBe('not-found');
    expect(check('Lindale handled 4.2 million containers in 2022.').map((claim) => claim.kind)).toEqual(['figure']);
  });

  it('has no claims for a text with no figures or dates', () => {
    expect(check('The harbour is lovely in spring.')).toEqual([]);
  });
});
