import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from 'pino';

/**
 * The admins' database (issue #14): documents added per server (their bytes live in files beside it),
 * the history of changes, votes and misses. One SQLite file in `DATA_DIR`, shared by every shard
 * process: WAL lets readers go on while one writes, and `busy_timeout` makes a writer wait its turn
 * instead of failing at once. Only prepared statements touch it.
 *
 * A locked or corrupt file must never stop docent answering: every use goes through `attempt`, which
 * turns a SQLite error into `UNAVAILABLE` (logged), and callers say "unavailable" to the admin.
 */

/** What a use of the database gives when the file is locked past the timeout, corrupt or unopenable. */
export const UNAVAILABLE = Symbol('database unavailable');
export type Unavailable = typeof UNAVAILABLE;

export interface DatabaseOptions {
  /**
   * How long a write waits for another process's write to finish before giving up: 1 s. Writes take
   * microseconds, so only a stuck process holds the lock that long; waiting longer would stall the
   * event loop (better-sqlite3 is synchronous) for every user of this shard.
   */
  readonly busyTimeoutMs: number;
  /**
   * A database that failed to open (locked by another process starting at the same moment, a full disk, a
   * file being replaced) is opened again at its next use, but not sooner than this after the last try: 5 s.
   * A try may wait `busyTimeoutMs` on the event loop, so a file that stays broken costs at most that
   * once in this interval, and one log line.
   */
  readonly retryOpenAfterMs: number;
  /** The clock the retry interval is measured on (tests pass their own). */
  readonly now: () => number;
}

export const DEFAULT_DATABASE_OPTIONS: DatabaseOptions = { busyTimeoutMs: 1000, retryOpenAfterMs: 5000, now: Date.now };

/** The file's name in `DATA_DIR`. */
export const DATABASE_FILE = 'docent.sqlite';

/**
 * The schema, one step a version (`PRAGMA user_version`): a database at version n runs steps n+1… in
 * one transaction each, so two processes starting together cannot both apply a step. Append; never edit.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE documents (
     scope TEXT NOT NULL, document TEXT NOT NULL, file TEXT NOT NULL, title TEXT NOT NULL, hash TEXT NOT NULL,
     passages INTEGER NOT NULL, figures INTEGER NOT NULL, timeline INTEGER NOT NULL,
     added_at TEXT NOT NULL, added_by TEXT NOT NULL, PRIMARY KEY (scope, document));
   CREATE TABLE generations (scope TEXT PRIMARY KEY, generation INTEGER NOT NULL);
   CREATE TABLE history (id INTEGER PRIMARY KEY, scope TEXT NOT NULL, action TEXT NOT NULL, document TEXT NOT NULL,
     hash TEXT NOT NULL, by TEXT NOT NULL, at TEXT NOT NULL);
   CREATE INDEX history_scope ON history (scope, id);
   CREATE TABLE votes (answer_id TEXT NOT NULL, voter TEXT NOT NULL, helpful INTEGER NOT NULL, scope TEXT NOT NULL,
     question TEXT NOT NULL, passage_ids TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (answer_id, voter));
   CREATE INDEX votes_scope ON votes (scope, helpful);
   CREATE INDEX votes_at ON votes (at);
   CREATE TABLE misses (id INTEGER PRIMARY KEY, scope TEXT NOT NULL, question TEXT NOT NULL, passage_ids TEXT NOT NULL,
     kind TEXT NOT NULL, at TEXT NOT NULL);
   CREATE INDEX misses_scope ON misses (scope);
   CREATE INDEX misses_at ON misses (at);`,
];

/** What a use of the database may do: run prepared statements (each prepared once), in a transaction if need be. */
export interface Session {
  statement(sql: string): Database.Statement;
  /** Runs `work` in one immediate transaction: all of it or none, with no other process's write between. */
  transaction<T>(work: () => T): T;
}

export interface AdminDatabase {
  /**
   * Runs `work` on the database; a SQLite error (locked past the timeout, corrupt, read-only, full)
   * is logged and gives `UNAVAILABLE`. So does a database that never opened.
   */
  attempt<T>(what: string, work: (session: Session) => T): T | Unavailable;
  close(): void;
}

/**
 * Opens (creating) the database at `path` and brings its schema up to date. Never throws: a file that
 * cannot be opened or migrated makes every use `UNAVAILABLE` until a later use opens it (`retryOpenAfterMs`),
 * so a lock met at start-up does not turn the admin features off for the process's whole life.
 */
export function openDatabase(path: string, logger: Logger, options: DatabaseOptions = DEFAULT_DATABASE_OPTIONS): AdminDatabase {
  let open: Database.Database | null = null;
  let session: Session | null = null;
  let triedAt = options.now();
  let closed = false;

  const connect = (): void => {
    const ready = openFile(path, options, OPEN_TRIES, logger);
    if (ready === null) return;
    const statements = new Map<string, Database.Statement>();
    open = ready;
    session = {
      statement(sql) {
        let statement = statements.get(sql);
        if (statement === undefined) {
          statement = ready.prepare(sql);
          statements.set(sql, statement);
        }
        return statement;
      },
      transaction: (work) => ready.transaction(work).immediate(),
    };
  };

  connect();
  return {
    attempt(what, work) {
      if (session === null && !closed && options.now() - triedAt >= options.retryOpenAfterMs) {
        triedAt = options.now();
        connect();
        if (session !== null) logger.info({ path }, 'admin database open again');
      }
      if (session === null) return UNAVAILABLE;
      try {
        return work(session);
      } catch (error) {
        if (!isSqliteError(error)) throw error;
        logger.error({ err: error, what }, 'admin database unavailable');
        return UNAVAILABLE;
      }
    },
    close() {
      closed = true;
      try {
        open?.close();
      } catch {
        // Already closed.
      }
    },
  };
}

/**
 * Tries to open at once when SQLite answers a busy open: processes opening a new file together can meet
 * SQLITE_BUSY without the busy wait (SQLite returns it where waiting could deadlock; 1 of 180 opens by three
 * processes at once here), and the next try waits its turn as usual.
 */
const OPEN_TRIES = 3;

function openFile(path: string, options: DatabaseOptions, tries: number, logger: Logger): Database.Database | null {
  let db: Database.Database | null = null;
  try {
    mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { timeout: options.busyTimeoutMs });
    db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs)}`);
    db.pragma('journal_mode = WAL');
    // WAL with synchronous NORMAL is durable across a process crash (not a power cut), and far faster.
    db.pragma('synchronous = NORMAL');
    migrate(db);
    return db;
  } catch (error) {
    try {
      db?.close();
    } catch {
      // Closing a file that never opened well has nothing to report.
    }
    if (tries > 1 && error instanceof Database.SqliteError && error.code === 'SQLITE_BUSY') return openFile(path, options, tries - 1, logger);
    logger.error({ err: error, path }, 'admin database unavailable: feedback, gaps and added documents are off until it opens');
    return null;
  }
}

function migrate(db: Database.Database): void {
  for (;;) {
    const applied = db.transaction(() => {
      // Read inside the (immediate) transaction: another process may have migrated meanwhile.
      const version = db.pragma('user_version', { simple: true }) as number;
      const step = MIGRATIONS[version];
      if (step === undefined) return false;
      db.exec(step);
      db.pragma(`user_version = ${version + 1}`);
      return true;
    }).immediate();
    if (!applied) return;
  }
}

function isSqliteError(error: unknown): boolean {
  return error instanceof Database.SqliteError || (error instanceof TypeError && /database connection is not open/.test(error.message));
}

/** How a scope is keyed in the database: `base` for the bot owner's, else the guild id. */
export function scopeKey(guildId: string | null): string {
  return guildId ?? 'base';
}
