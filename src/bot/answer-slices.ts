/**
 * Answers are made a slice of CPU at a time, so a burst's first replies go out before its last answers
 * are made (issue 13).
 *
 * discord.js hands every interaction of one socket read to its handler in that read's turn, and each
 * answer then runs in the microtasks after it, ahead of the steps that write any reply: without slices, a
 * read of 20 interactions writes its first reply only after all 20 answers. Yielding before every answer
 * fixes that but makes each reply a write (and a wake-up of the peer) of its own, 40–80% more CPU an answer
 * under load (README, "Tried and reverted"). So answers run while the turn's slice has budget left; the
 * rest wait for a later turn, by which time the replies made so far have been handed to undici and written.
 *
 * `run` must be called right before the synchronous work it admits (it checks the budget and runs `work` in
 * one step): the handlers of a read advance through their awaits in step, so a check that an await
 * separates from its work would let every handler of the read pass before any had spent its CPU.
 */
export interface AnswerSlices {
  /** Runs `work` now while this turn's slice has budget left, else in a later turn; waiting ones go first. */
  run<T>(work: () => T): Promise<T>;
}

export interface AnswerSlicesOptions {
  /**
   * Milliseconds of answering a turn may spend before the answers still to run wait for a later turn.
   * Default 3: about three answers on the article (about 1 ms each), so a burst's replies leave in small
   * batches (one write's wake-up shared by a few replies) and the first waits at most a few milliseconds.
   * Above 0, so that a slice admits at least the answer that opened it.
   */
  readonly budgetMs?: number;
  readonly now?: () => number;
}

export const ANSWER_SLICES_DEFAULTS = { budgetMs: 3 } as const;

export function createAnswerSlices(options: AnswerSlicesOptions = {}): AnswerSlices {
  const budgetMs = options.budgetMs ?? ANSWER_SLICES_DEFAULTS.budgetMs;
  const now = options.now ?? (() => performance.now());
  /** When this turn's slice began, null between slices. */
  let sliceStarted: number | null = null;
  /** Answers waiting for a later slice, first come first. */
  let waiting: Array<() => void> = [];

  const startSlice = (at: number): number => {
    sliceStarted = at;
    setImmediate(endSlice);
    return at;
  };
  function endSlice(): void {
    sliceStarted = null;
    // One more turn before the waiting answers run: undici writes a reply on a reused connection from its own
    // check-phase callback, queued after this one, so the replies of the slice just ended go out first.
    if (waiting.length > 0) setImmediate(release);
  }
  function release(): void {
    const released = waiting;
    waiting = [];
    startSlice(now());
    for (const resume of released) resume();
  }
  /** Whether an answer may run now; opens a slice when none is open. */
  const admit = (): boolean => {
    if (waiting.length > 0) return false;
    const at = now();
    // A slice just opened (here or by `release`) admits its first answer however long that one takes.
    return at - (sliceStarted ?? startSlice(at)) < budgetMs;
  };

  return {
    async run(work) {
      // A released answer checks again in its own turn of the queue: the slice it was released into may be spent.
      while (!admit()) await new Promise<void>((resume) => waiting.push(resume));
      return work();
    },
  };
}
