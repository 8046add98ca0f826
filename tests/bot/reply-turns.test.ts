import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createReplyTurns } from '../../src/bot/reply-turns.ts';

/** A handler as the bot's: it works out its answer in a microtask, and its reply's write is scheduled as undici schedules it on a reused socket. */
function handler(log: string[], name: string): () => void {
  return () => {
    queueMicrotask(() => {
      log.push(`answer ${name}`);
      queueMicrotask(() => setImmediate(() => log.push(`write ${name}`)));
    });
  };
}

async function settle(turns = 10): Promise<void> {
  for (let turn = 0; turn < turns; turn += 1) await nextTurn();
}

describe('createReplyTurns', () => {
  it('writes each reply of a burst before the next answer is worked out', async () => {
    const log: string[] = [];
    const turns = createReplyTurns();
    for (const name of ['a', 'b', 'c']) turns.start(handler(log, name));
    await settle();
    expect(log).toEqual(['answer a', 'write a', 'answer b', 'write b', 'answer c', 'write c']);
  });

  it('started all at once, as before, every answer of a burst comes before the first write', async () => {
    const log: string[] = [];
    for (const name of ['a', 'b', 'c']) handler(log, name)();
    await settle();
    expect(log).toEqual(['answer a', 'answer b', 'answer c', 'write a', 'write b', 'write c']);
  });

  it('starts an interaction that comes after the queue emptied, and keeps their order', async () => {
    const log: string[] = [];
    const turns = createReplyTurns();
    turns.start(handler(log, 'a'));
    await settle();
    turns.start(handler(log, 'b'));
    turns.start(handler(log, 'c'));
    await settle();
    expect(log).toEqual(['answer a', 'write a', 'answer b', 'write b', 'answer c', 'write c']);
  });
});
