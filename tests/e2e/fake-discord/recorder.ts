// Records what the bot sent (REST requests and gateway ops) and lets tests wait for a specific one,
// already recorded or still to come, with a timeout instead of a sleep.

export interface RecordedFile {
  /** The multipart field name, e.g. `files[0]`. */
  readonly field: string;
  readonly filename: string;
  readonly contentType: string;
  readonly data: Buffer;
}

export interface RecordedRequest {
  readonly method: string;
  /** Decoded path without `/api/v10`, e.g. `/webhooks/123/tok/messages/@original`. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** Parsed JSON body, or the `payload_json` part of a multipart body; undefined when there is none. */
  readonly body: unknown;
  readonly files: readonly RecordedFile[];
  /** Lower-cased header names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The status the fake answered with (an injected failure shows up here too). */
  readonly status: number;
  readonly at: number;
}

export interface RecordedGatewayOp {
  readonly op: number;
  readonly d: unknown;
  /** Which gateway connection sent it (1, 2, ... in connection order). */
  readonly connection: number;
  /** The URL path the connection was opened on (`/gateway`, or `/gateway/resume` for resumes). */
  readonly path: string;
  readonly at: number;
}

interface Waiter<T> {
  readonly matches: (item: T) => boolean;
  readonly resolve: (item: T) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/** An append-only log whose entries can be awaited. */
export class Log<T> {
  readonly items: T[] = [];
  #waiters = new Set<Waiter<T>>();
  #closed: string | null = null;

  constructor(private readonly describe: (item: T) => string) {}

  push(item: T): void {
    this.items.push(item);
    for (const waiter of this.#waiters) {
      if (!waiter.matches(item)) continue;
      this.#waiters.delete(waiter);
      clearTimeout(waiter.timer);
      waiter.resolve(item);
    }
  }

  /**
   * Resolves with the `nth` (1-based) entry matching `predicate`, counting entries already logged.
   * Rejects after `timeoutMs` with what was logged, so a failing test says what did arrive.
   */
  waitFor(predicate: (item: T) => boolean, timeoutMs: number, what: string, nth = 1): Promise<T> {
    let seen = 0;
    const matches = (item: T): boolean => predicate(item) && ++seen >= nth;
    const found = this.items.find(matches);
    if (found !== undefined) return Promise.resolve(found);
    if (this.#closed !== null) return Promise.reject(new Error(`${what}: ${this.#closed}`));
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        const recent = this.items.slice(-15).map(this.describe).join('\n  ');
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. Recorded so far:\n  ${recent || '(nothing)'}`));
      }, timeoutMs);
      const waiter: Waiter<T> = { matches, resolve, reject, timer };
      this.#waiters.add(waiter);
    });
  }

  /** Drops the entries logged so far; pending waits stay. A long benchmark checks, then forgets. */
  forget(): void {
    this.items.length = 0;
  }

  /** Rejects every pending wait; used when the fake closes so no test hangs on it. */
  close(reason: string): void {
    this.#closed = reason;
    for (const waiter of this.#waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(reason));
    }
    this.#waiters.clear();
  }
}

export class Recorder {
  readonly requests = new Log<RecordedRequest>((r) => `${r.method} ${r.path} -> ${r.status}`);
  readonly gatewayOps = new Log<RecordedGatewayOp>((o) => `op ${o.op} on connection ${o.connection}`);

  close(): void {
    this.requests.close('the fake Discord was closed');
    this.gatewayOps.close('the fake Discord was closed');
  }
}
