/**
 * A per-user sliding window: at most `count` requests in any `windowMs`. Memory stays bounded: a
 * user's timestamps are dropped once they leave the window.
 */
export interface RateLimiter {
  /**
   * Records a request; false with the wait in milliseconds when the user is over the limit. A sharded
   * bot's limiter asks the manager, which keeps one limiter for every shard: hence the promise.
   */
  take(userId: string): RateLimitResult | Promise<RateLimitResult>;
}

export type RateLimitResult = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterMs: number };

/** A limiter in this process: it answers at once. */
export interface LocalRateLimiter extends RateLimiter {
  take(userId: string): RateLimitResult;
}

export function createRateLimiter(options: { count: number; windowMs: number; now?: () => number }): LocalRateLimiter {
  const now = options.now ?? Date.now;
  const recent = new Map<string, number[]>();
  let lastSweep = now();
  return {
    take(userId) {
      const time = now();
      if (time - lastSweep > options.windowMs) {
        // Forget users who have been quiet for a whole window.
        for (const [user, stamps] of recent) if ((stamps[stamps.length - 1] ?? 0) <= time - options.windowMs) recent.delete(user);
        lastSweep = time;
      }
      const stamps = (recent.get(userId) ?? []).filter((stamp) => stamp > time - options.windowMs);
      if (stamps.length >= options.count) {
        recent.set(userId, stamps);
        return { allowed: false, retryAfterMs: (stamps[0] ?? time) + options.windowMs - time };
      }
      stamps.push(time);
      recent.set(userId, stamps);
      return { allowed: true };
    },
  };
}

/**
 * Whether to tell a rate-limited user so: once per wait, not once per message (300 DMs sent in a burst
 * would otherwise cost 300 replies, each against Discord's own rate limit). Used where a reply is
 * optional: a direct message; an interaction must always be answered.
 */
export interface NoticeThrottle {
  /** True the first time in a wait of `retryAfterMs`; false until that wait is over. */
  shouldNotify(userId: string, retryAfterMs: number): boolean;
}

export function createNoticeThrottle(now: () => number = Date.now): NoticeThrottle {
  const quietUntil = new Map<string, number>();
  return {
    shouldNotify(userId, retryAfterMs) {
      const time = now();
      if ((quietUntil.get(userId) ?? 0) > time) return false;
      quietUntil.set(userId, time + retryAfterMs);
      if (quietUntil.size > 10_000) for (const [user, until] of quietUntil) if (until <= time) quietUntil.delete(user);
      return true;
    },
  };
}
