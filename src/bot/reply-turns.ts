/**
 * Starts interactions one at a time, each a turn of the event loop after its predecessor's reply could be written.
 *
 * Why: interactions that reach the bot in one read of the gateway's socket (a burst, after the bot or the network was
 * held up) were all answered before any reply was written. Each handler ran to its first `await` in the read's turn,
 * and every answer then ran in the microtasks after it, ahead of the steps that hand each reply to undici; undici then
 * writes a request on a reused keep-alive socket only from the next turn's check phase (`setImmediate`, its check that
 * the idle socket was not closed meanwhile). So the first answer of a burst of ten waited for all ten (`bench/e2e-tail.ts
 * --probe`: in every read of two or more frames, the first reply was written after the last was created).
 *
 * Started from a queue, an interaction's handler runs in a check phase of its own, and the next one two turns later:
 * its reply's write, scheduled by undici from the turn in between, comes first. The order of interactions is kept,
 * and a handler's own awaits are not waited for: only its start is paced.
 */
export interface ReplyTurns {
  /** Starts `task` after every task queued before it, leaving the turn after each for the writes it scheduled. */
  start(task: () => void): void;
}

export function createReplyTurns(): ReplyTurns {
  const queue: (() => void)[] = [];
  let running = false;
  const startNext = (): void => {
    const task = queue.shift();
    if (task === undefined) {
      running = false;
      return;
    }
    // Queued before the task's microtasks run, so before any `setImmediate` they make: the next task starts in the
    // turn after those have run.
    setImmediate(() => setImmediate(startNext));
    task();
  };
  return {
    start(task) {
      queue.push(task);
      if (running) return;
      running = true;
      setImmediate(startNext);
    },
  };
}
