/**
 * How the shard manager respawns a shard that exited, and how it keeps Discord's daily budget of
 * gateway sessions (IDENTIFY: `session_start_limit` in `GET /gateway/bot`, 1,000 a day for most bots;
 * spending it locks the bot out until it resets).
 *
 * A shard that keeps failing is respawned after a delay that doubles with each failure, with jitter
 * so that shards failing together do not come back together: attempt n waits between half and all of
 * `min(maxMs, baseMs × 2^n)`. A shard that stayed up for `stableMs` starts again from attempt 0.
 */
export interface RespawnOptions {
  /** The first respawn's delay (before jitter). Default 5 s: about Discord's identify spacing. */
  readonly baseMs?: number;
  /** The longest delay. Default 10 minutes. */
  readonly maxMs?: number;
  /** Up this long, a shard's failures are forgotten. Default 5 minutes. */
  readonly stableMs?: number;
  /** 0 ≤ random() < 1, for the jitter; injectable for tests. */
  readonly random?: () => number;
}

export const RESPAWN_DEFAULTS = { baseMs: 5000, maxMs: 10 * 60_000, stableMs: 5 * 60_000 } as const;

/** The delay before respawn attempt `attempt` (0 for the first): exponential, capped, with "equal jitter". */
export function respawnDelayMs(attempt: number, options: RespawnOptions = {}): number {
  const base = options.baseMs ?? RESPAWN_DEFAULTS.baseMs;
  const max = options.maxMs ?? RESPAWN_DEFAULTS.maxMs;
  const cap = Math.min(max, base * 2 ** Math.min(attempt, 30));
  return Math.round(cap / 2 + (options.random ?? Math.random)() * (cap / 2));
}

/** `session_start_limit` as `GET /gateway/bot` gives it. */
export interface SessionStartLimit {
  readonly total: number;
  readonly remaining: number;
  /** Milliseconds until `remaining` is back to `total`. */
  readonly reset_after: number;
}

/**
 * The gateway sessions this manager may still start, counted down locally from what Discord said at
 * start (every shard process that starts identifies once) and back to `total` when the window resets.
 * `reserve` sessions are never spent on respawns: enough to start every shard again after a restart.
 */
export interface SessionBudget {
  /** Spends one session for a respawn; false (spending nothing) when only the reserve is left. */
  takeForRespawn(): boolean;
  /** Spends `count` sessions to start the shards; false (spending nothing) when fewer remain. */
  takeForStart(count: number): boolean;
  /** What is left, for messages. */
  state(): { readonly remaining: number; readonly total: number; readonly resetsInMs: number; readonly reserve: number };
}

export function createSessionBudget(limit: SessionStartLimit, options: { reserve: number; now?: () => number }): SessionBudget {
  const now = options.now ?? Date.now;
  let remaining = limit.remaining;
  let resetsAt = now() + limit.reset_after;
  const refresh = (): void => {
    if (now() < resetsAt) return;
    remaining = limit.total;
    resetsAt = now() + 24 * 60 * 60_000;
  };
  const take = (count: number, floor: number): boolean => {
    refresh();
    if (remaining - count < floor) return false;
    remaining -= count;
    return true;
  };
  return {
    takeForRespawn: () => take(1, options.reserve),
    takeForStart: (count) => take(count, 0),
    state() {
      refresh();
      return { remaining, total: limit.total, resetsInMs: Math.max(0, resetsAt - now()), reserve: options.reserve };
    },
  };
}

/** "3 h 20 min", "45 s": for messages about when the budget resets. */
export function describeDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return `${Math.ceil(ms / 1000)} s`;
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
