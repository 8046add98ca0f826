import { createHmac, randomBytes } from 'node:crypto';
import { indexTerms } from '../core/search/words.ts';
import { scopeKey, UNAVAILABLE, type AdminDatabase } from './database.ts';
import { DEFAULT_RETENTION_DAYS } from './options.ts';
import type { FeedbackLog, Gap, GuildScope, MissRecord } from './types.ts';

export interface FeedbackOptions {
  /** Votes and misses older than this many days are deleted, when the log opens and once a day. */
  readonly retentionDays: number;
  /** The clock (tests move it). */
  readonly now: () => Date;
}

export const DEFAULT_FEEDBACK_OPTIONS: FeedbackOptions = { retentionDays: DEFAULT_RETENTION_DAYS, now: () => new Date() };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The key two wordings of one question share: the words that carry its topic, stemmed as the search
 * index stems them (`indexTerms`: stop words such as "what is the of" dropped), each once, in
 * alphabetical order. So "What is the GDP of Zhejiang?" and "zhejiang gdp?" are one gap (`gdp
 * zhejiang`), while "Zhejiang population" is another. A question of stop words only keys on its text.
 */
export function gapKey(question: string): string {
  const terms = [...new Set(indexTerms(question))].sort();
  return terms.length > 0 ? terms.join(' ') : question.trim().toLowerCase();
}

interface GapRow {
  readonly question: string;
  readonly at: string;
  readonly kind: Gap['kind'];
}

/**
 * Votes and misses in the database. Gaps are the no-matches (from `recordMiss`) and the answers whose
 * latest vote is "not helpful" (from `vote`: changing a vote to "helpful" takes the gap back).
 * `close` stops the daily retention sweep.
 */
export function openFeedbackLog(database: AdminDatabase, options: FeedbackOptions = DEFAULT_FEEDBACK_OPTIONS): FeedbackLog & { close(): void } {
  // The salt of voters' hashes: made once, kept in the database, so every shard hashes a person alike. Read at
  // the first use that finds the database open, which may come after start (the database opens again later).
  let salt: string | null = null;
  const readSalt = () =>
    database.attempt('read the voter salt', (db) => {
      db.statement('INSERT OR IGNORE INTO settings (key, value) VALUES (\'voter-salt\', ?)').run(randomBytes(32).toString('hex'));
      return (db.statement('SELECT value FROM settings WHERE key = \'voter-salt\'').get() as { value: string }).value;
    });
  // Without the database no vote is stored, so a salt of this process alone hashes nothing that lasts.
  const throwaway = randomBytes(32).toString('hex');
  const key = (): string => {
    if (salt === null) {
      const read = readSalt();
      if (read !== UNAVAILABLE) salt = read;
    }
    return salt ?? throwaway;
  };
  key();

  const sweep = (): void => {
    const cutoff = new Date(options.now().getTime() - options.retentionDays * DAY_MS).toISOString();
    database.attempt('apply the retention', (db) => {
      db.statement('DELETE FROM votes WHERE at < ?').run(cutoff);
      db.statement('DELETE FROM misses WHERE at < ?').run(cutoff);
    });
  };
  sweep();
  const daily = setInterval(sweep, DAY_MS);
  // The sweep never keeps a process alive that has nothing else to do (the CLI).
  daily.unref();

  const recorded = (result: unknown): 'recorded' | 'unavailable' => (result === UNAVAILABLE ? 'unavailable' : 'recorded');

  return {
    voterOf: (userId) => createHmac('sha256', key()).update(userId).digest('hex').slice(0, 32),
    vote({ answerId, voter, helpful, miss }) {
      return recorded(
        database.attempt('record a vote', (db) =>
          db
            .statement(
              `INSERT INTO votes (answer_id, voter, helpful, scope, question, passage_ids, at) VALUES (?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (answer_id, voter) DO UPDATE SET helpful = excluded.helpful, at = excluded.at`,
            )
            .run(answerId, voter, helpful ? 1 : 0, scopeKey(miss.guildId), miss.question, JSON.stringify(miss.passageIds), options.now().toISOString()),
        ),
      );
    },
    recordMiss(miss: MissRecord) {
      return recorded(
        database.attempt('record a miss', (db) =>
          db
            .statement('INSERT INTO misses (scope, question, passage_ids, kind, at) VALUES (?, ?, ?, ?, ?)')
            .run(scopeKey(miss.guildId), miss.question, JSON.stringify(miss.passageIds), miss.kind, options.now().toISOString()),
        ),
      );
    },
    gaps(guildId: GuildScope) {
      const rows = database.attempt('read the gaps', (db) =>
        db
          .statement(
            `SELECT question, at, kind FROM misses WHERE scope = ?
             UNION ALL SELECT question, at, 'not-helpful' AS kind FROM votes WHERE scope = ? AND helpful = 0`,
          )
          .all(scopeKey(guildId), scopeKey(guildId)) as GapRow[],
      );
      return rows === UNAVAILABLE ? 'unavailable' : groupGaps(rows);
    },
    close: () => clearInterval(daily),
  };
}

/** Groups rows by kind and `gapKey`: the latest wording, how many, when last; most frequent first, then most recent. */
function groupGaps(rows: readonly GapRow[]): Gap[] {
  const groups = new Map<string, { question: string; count: number; lastAsked: string; kind: Gap['kind'] }>();
  for (const row of rows) {
    const id = `${row.kind}\u0000${gapKey(row.question)}`;
    const group = groups.get(id);
    if (group === undefined) groups.set(id, { question: row.question, count: 1, lastAsked: row.at, kind: row.kind });
    else {
      group.count += 1;
      if (row.at >= group.lastAsked) {
        group.lastAsked = row.at;
        group.question = row.question;
      }
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || (a.lastAsked < b.lastAsked ? 1 : a.lastAsked > b.lastAsked ? -1 : 0));
}
