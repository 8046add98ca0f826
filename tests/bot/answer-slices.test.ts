import { describe, expect, it } from 'vitest';
import { createAnswerSlices } from '../../src/bot/answer-slices.ts';
import { nextTurn } from '../../src/core/next-turn.ts';

/** A clock each answer moves on by its cost, as answering spends CPU. */
function answering(budgetMs: number, costMs: number) {
  let clock = 0;
  const slices = createAnswerSlices({ budgetMs, now: () => clock });
  const made: number[] = [];
  const answer = (id: number) =>
    slices.run(() => {
      clock += costMs;
      made.push(id);
      return id;
    });
  return { made, answer };
}

describe('answer slices', () => {
  it('makes a burst\'s answers a budget at a time, the rest in later turns, first come first', async () => {
    const { made, answer } = answering(3, 1);
    const burst = [1, 2, 3, 4, 5, 6, 7].map(answer);
    // The turn the burst arrived in: three answers fill the 3 ms budget; the others wait for the replies to go out.
    expect(made).toEqual([1, 2, 3]);
    await nextTurn();
    expect(made).toEqual([1, 2, 3]);
    expect(await Promise.all(burst)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(made).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('lets an answer that came later wait behind those already waiting', async () => {
    const { made, answer } = answering(2, 1);
    const first = [1, 2, 3].map(answer);
    expect(made).toEqual([1, 2]);
    await nextTurn(); // the slice has ended; 3 still waits for its turn
    const late = answer(4);
    await Promise.all([...first, late]);
    expect(made).toEqual([1, 2, 3, 4]);
  });

  it('runs one answer a turn when each costs more than the whole budget', async () => {
    const { made, answer } = answering(1, 5);
    const burst = [1, 2, 3].map(answer);
    expect(made).toEqual([1]);
    await Promise.all(burst);
    expect(made).toEqual([1, 2, 3]);
  });
});
