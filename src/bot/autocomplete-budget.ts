/**
 * Autocomplete's own budget, apart from the commands' rate limit: Discord sends one request per
 * keystroke or so, and a flood of them must never delay other users' /ask.
 *
 * - Per user, a token bucket (`burst` requests, refilled at `perSecond`): a user over it gets an empty
 *   list of choices at once, without a search.
 * - All users' searches go through one queue, one at a time, each after the event loop has handled the
 *   input already waiting (so an /ask that arrived meanwhile is answered first). A user's newer request
 *   replaces their older one still waiting (which gets no choices), and a full queue answers new ones
 *   with no choices: Discord drops an autocomplete answer after 3 s anyway.
 */
export interface AutocompleteBudget {
  /** Runs `search` for this user when the budget allows, else `skip`; tells which. */
  run(userId: string, search: () => Promise<void>, skip: () => Promise<void>): Promise<'searched' | 'skipped'>;
}

export interface AutocompleteBudgetOptions {
  /** Requests a user may send at once. Default 20: a fast typist's question. */
  readonly burst?: number;
  /** Requests a user regains a second. Default 4. */
  readonly perSecond?: number;
  /** Searches waiting at most, all users together. Default 16. */
  readonly maxQueued?: number;
  readonly now?: () => number;
}

export const AUTOCOMPLETE_DEFAULTS = { burst: 20, perSecond: 4, maxQueued: 16 } as const;

interface Waiting {
  readonly userId: string;
  readonly search: () => Promise<void>;
  readonly skip: () => Promise<void>;
  readonly settle: (outcome: Promise<'searched' | 'skipped'>) => void;
}

export function createAutocompleteBudget(options: AutocompleteBudgetOptions = {}): AutocompleteBudget {
  const burst = options.burst ?? AUTOCOMPLETE_DEFAULTS.burst;
  const perSecond = options.perSecond ?? AUTOCOMPLETE_DEFAULTS.perSecond;
  const maxQueued = options.maxQueued ?? AUTOCOMPLETE_DEFAULTS.maxQueued;
  const now = options.now ?? Date.now;
  const buckets = new Map<string, { tokens: number; at: number }>();
  const queue: Waiting[] = [];
  let pumping = false;

  const take = (userId: string): boolean => {
    const time = now();
    const bucket = buckets.get(userId) ?? { tokens: burst, at: time };
    bucket.tokens = Math.min(burst, bucket.tokens + ((time - bucket.at) / 1000) * perSecond);
    bucket.at = time;
    buckets.delete(userId); // re-inserted last: the map stays in least-recently-used order
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    buckets.set(userId, bucket);
    // Forget the longest-quiet users beyond a bound; a forgotten user starts with a full bucket again.
    if (buckets.size > 10_000) buckets.delete(buckets.keys().next().value as string);
    return allowed;
  };

  const skipped = (skip: () => Promise<void>): Promise<'skipped'> => skip().then(() => 'skipped' as const);

  /** One search per turn of the event loop; a request stays replaceable until its turn comes. */
  const pump = (): void => {
    if (pumping || queue.length === 0) return;
    pumping = true;
    // setImmediate runs after the input already waiting, so an /ask that came in is handled first.
    setImmediate(() => {
      pumping = false;
      const next = queue.shift();
      next?.settle(next.search().then(() => 'searched' as const));
      pump();
    });
  };

  return {
    run(userId, search, skip) {
      if (!take(userId)) return skipped(skip);
      const older = queue.findIndex((waiting) => waiting.userId === userId);
      if (older >= 0) {
        const [replaced] = queue.splice(older, 1);
        replaced?.settle(skipped(replaced.skip));
      }
      if (queue.length >= maxQueued) return skipped(skip);
      return new Promise<'searched' | 'skipped'>((resolve, reject) => {
        queue.push({ userId, search, skip, settle: (outcome) => outcome.then(resolve, reject) });
        pump();
      });
    },
  };
}
