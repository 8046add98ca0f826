import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_OPTIONS } from '../../../src/core/options.ts';
import { isTopicList, isTopicListAt } from '../../../src/core/search/enumeration.ts';
import { buildSearchIndex } from '../../../src/core/search/search-index.ts';
import { passagesOf } from '../../fixtures/passages.ts';

const isList = (text: string) => isTopicList(text, DEFAULT_ENGINE_OPTIONS.rank.topicList);

describe('isTopicList', () => {
  it('reads an inline enumeration of short labelled phrases as a list of topics', () => {
    expect(isList('Meaningful policies include: (A) kinds of cars the state should own, (B) when cars should be traded, (C) the need and assignment of vehicles, and (D) employees taking cars home.')).toBe(true);
    expect(isList('The board will study (1) fees, (2) staffing and (3) the new building.')).toBe(true);
  });

  it('reads two items as an answer: "of two types: (A) … and (B) …" says what the types are', () => {
    expect(isList('Mileage allowances are of two types: (A) actual mileage and (B) fixed monthly allowances.')).toBe(false);
  });

  it('reads items that are sentences as telling, not as an index', () => {
    expect(isList('The review found: (1) the state buys and assigns grades of cars according to the need and position of each driver and the use of the vehicle, (2) cars are traded every three years because repairs cost more after that, and (3) employees may take cars home only when the department head approves it in writing.')).toBe(false);
  });

  it('reads labels out of order as references, not a list', () => {
    expect(isList('Costs rose (3) while sales fell (1) and staff left (7).')).toBe(false);
  });
});

describe('isTopicListAt', () => {
  const texts = [
    'The board will study (1) fees, (2) staffing and (3) the new building.',
    'Mileage allowances are of two types: (A) actual mileage and (B) fixed monthly allowances.',
    'The review covers (a) the cost of the fleet as it stands today, (b) the repairs it needed over the last year, and (c) the new cars.',
  ];
  const index = buildSearchIndex(passagesOf(texts));

  it('answers as `isTopicList` of each passage\'s text, under each options asked in turn of the same index', () => {
    const optionsInTurn = [DEFAULT_ENGINE_OPTIONS.rank.topicList, { minItems: 2, maxItemWords: 10 }, { minItems: 3, maxItemWords: 4 }, DEFAULT_ENGINE_OPTIONS.rank.topicList];
    for (const options of optionsInTurn) {
      expect(texts.map((_, position) => isTopicListAt(index, position, options))).toEqual(texts.map((text) => isTopicList(text, options)));
    }
    // The options change the answers: a cache that ignored them would be caught above.
    expect(texts.map((text) => isTopicList(text, { minItems: 2, maxItemWords: 10 }))).toEqual([true, true, true]);
    expect(texts.map((text) => isTopicList(text, DEFAULT_ENGINE_OPTIONS.rank.topicList))).toEqual([true, false, true]);
    expect(texts.map((text) => isTopicList(text, { minItems: 3, maxItemWords: 4 }))).toEqual([true, false, false]);
  });
});
