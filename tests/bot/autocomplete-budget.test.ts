import { describe, expect, it } from 'vitest';
import { createAutocompleteBudget } from '../../src/bot/autocomplete-budget.ts';

/** A budget on a clock the test moves, and a log of what each request got. */
function budgetWith(options: { burst: number; perSecond: number; maxQueued?: number }) {
  let time = 0;
  const got: string[] = [];
  const budget = createAutocompleteBudget({ ...options, now: () => time });
  const request = (userId: string, label = userId) =>
    budget.run(
      userId,
      async () => void got.push(`${label}:searched`),
      async () => void got.push(`${label}:skipped`),
    );
  return { request, got, advance: (ms: number) => void (time += ms) };
}

describe(createAutocompleteBudget, () => {
  it('searches for a user up to the burst, then answers with no choices until the bucket refills', async () => {
    const { request, advance } = budgetWith({ burst: 3, perSecond: 1 });
    const outcomes = [];
    for (let i = 0; i < 5; i += 1) outcomes.push(await request('flooder'));
    expect(outcomes).toEqual(['searched', 'searched', 'searched', 'skipped', 'skipped']);
    advance(1000);
    expect(await request('flooder')).toBe('searched');
    expect(await request('flooder')).toBe('skipped');
  });

  it('keeps each user\'s budget apart: a flooder does not spend anyone else\'s', async () => {
    const { request } = budgetWith({ burst: 2, perSecond: 0 });
    for (let i = 0; i < 10; i += 1) await request('flooder');
    expect(await request('alice')).toBe('searched');
    expect(await request('bob')).toBe('searched');
  });

  it('replaces a user\'s request still waiting with their newer one, which alone is searched', async () => {
    const { request, got } = budgetWith({ burst: 10, perSecond: 0 });
    const outcomes = await Promise.all([request('typist', 'z'), request('typist', 'zh'), request('typist', 'zhe')]);
    expect(outcomes).toEqual(['skipped', 'skipped', 'searched']);
    expect(got).toEqual(['z:skipped', 'zh:skipped', 'zhe:searched']);
  });

  it('answers new requests with no choices while the shared queue is full', async () => {
    const { request } = budgetWith({ burst: 10, perSecond: 0, maxQueued: 2 });
    const outcomes = await Promise.all(['a', 'b', 'c', 'd'].map((user) => request(user)));
    expect(outcomes).toEqual(['searched', 'searched', 'skipped', 'skipped']);
  });
});
