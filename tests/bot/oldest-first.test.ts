import { describe, expect, it } from 'vitest';
import { createButtonState } from '../../src/bot/button-state.ts';
import { createOldestFirst } from '../../src/bot/oldest-first.ts';

describe(createOldestFirst, () => {
  it('forgets nothing while there is room, then the oldest key for each new one, round after round', () => {
    const order = createOldestFirst<string>(3);
    expect(['a', 'b', 'c'].map((key) => order.remember(key))).toEqual([undefined, undefined, undefined]);
    expect(['d', 'e', 'f', 'g', 'h', 'i', 'j'].map((key) => order.remember(key))).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('remembers nothing at a capacity of 0', () => {
    const order = createOldestFirst<string>(0);
    expect(order.remember('a')).toBe('a');
  });
});

describe('createButtonState at capacity', () => {
  it('expires the oldest long payloads first and keeps the newest', () => {
    const buttons = createButtonState(3);
    const long = (n: number) => `${'question '.repeat(12)}${n}`;
    const ids = [1, 2, 3, 4, 5].map((n) => buttons.encode('ask:more', long(n)));
    expect(ids.map((id) => buttons.decode(id, 'anyone')?.payload ?? null)).toEqual([null, null, long(3), long(4), long(5)]);
  });
});
