import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase, UNAVAILABLE } from '../../src/admin/database.ts';
import { openFeedbackLog } from '../../src/admin/feedback.ts';
import type { Admin } from '../../src/admin/open.ts';
import { bytesOf, citedDocuments, GUILD_A, LIGHTHOUSE, open, setUp, silent, type Setup } from './helpers.ts';

const WRITER = fileURLToPath(new URL('./writer.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let setup: Setup;
let admin: Admin | undefined;
beforeEach(async () => {
  setup = await setUp();
});
afterEach(async () => {
  admin?.close();
  admin = undefined;
  await rm(setup.root, { recursive: true, force: true });
});

const RED_BOAT = 'when did the red boat set sail';

describe('the admin database', { timeout: 60_000 }, () => {
  it('when its file is corrupt: answering works, feedback and gaps say unavailable, adding refuses and changes nothing', async () => {
    await mkdir(setup.dataDir, { recursive: true });
    await writeFile(join(setup.dataDir, DATABASE_FILE), 'this is not a SQLite database, it is a text file that got in the way'.repeat(100));
    admin = open(setup);
    expect(citedDocuments(await admin.catalog.knowledgeFor(GUILD_A), RED_BOAT)).toEqual(['harbour']);
    expect(admin.feedback.recordMiss({ guildId: GUILD_A, question: 'qwxz', passageIds: [], kind: 'no-match' })).toBe('unavailable');
    expect(admin.feedback.vote({ answerId: 'a', voter: admin.feedback.voterOf('1'), helpful: false, miss: { guildId: GUILD_A, question: 'q', passageIds: [] } })).toBe('unavailable');
    expect(admin.feedback.gaps(GUILD_A)).toBe('unavailable');
    const added = await admin.catalog.add({ guildId: GUILD_A, fileName: 'lighthouse.md', bytes: bytesOf(LIGHTHOUSE), addedBy: 'alice' });
    expect(added).toEqual({ kind: 'refused', reason: expect.stringMatching(/database is unavailable/) });
    expect(admin.catalog.list(GUILD_A).map((record) => record.document)).toEqual(['harbour']);
  });

  it('when another process holds it locked: writes say unavailable after the wait, reads and answering go on', async () => {
    admin = open(setup);
    admin.feedback.recordMiss({ guildId: GUILD_A, question: 'lighthouse storms', passageIds: [], kind: 'no-match' });
    const other = new Database(join(setup.dataDir, DATABASE_FILE));
    other.exec('BEGIN EXCLUSIVE');
    try {
      const started = Date.now();
      expect(admin.feedback.recordMiss({ guildId: GUILD_A, question: 'ferry times', passageIds: [], kind: 'no-match' })).toBe('unavailable');
      expect(Date.now() - started).toBeLessThan(5000);
      expect(admin.feedback.gaps(GUILD_A)).toEqual([expect.objectContaining({ question: 'lighthouse storms' })]);
      expect(citedDocuments(await admin.catalog.knowledgeFor(GUILD_A), RED_BOAT)).toEqual(['harbour']);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(admin.feedback.recordMiss({ guildId: GUILD_A, question: 'ferry times', passageIds: [], kind: 'no-match' })).toBe('recorded');
  });

  /** A database another process holds locked as this one opens it, on a clock the test moves. */
  const openedWhileLocked = async () => {
    await mkdir(setup.dataDir, { recursive: true });
    const path = join(setup.dataDir, DATABASE_FILE);
    const other = new Database(path);
    other.exec('BEGIN EXCLUSIVE');
    const clock = { now: 0 };
    const database = openDatabase(path, silent, { busyTimeoutMs: 50, retryOpenAfterMs: 5000, now: () => clock.now });
    return { path, other, clock, database };
  };

  it('when it is locked as the process starts: it is unavailable, then opens at a use after the retry interval', async () => {
    const { other, clock, database } = await openedWhileLocked();
    const countSettings = () => database.attempt('count', (session) => session.statement('SELECT count(*) AS n FROM settings').get());
    try {
      expect(countSettings()).toBe(UNAVAILABLE);
      other.exec('ROLLBACK');
      // Not before the interval: a broken file costs one try (and one wait) per interval, not one per use.
      clock.now = 4999;
      expect(countSettings()).toBe(UNAVAILABLE);
      clock.now = 5000;
      expect(countSettings()).toEqual({ n: 0 });
    } finally {
      other.close();
      database.close();
    }
    expect(countSettings()).toBe(UNAVAILABLE);
  });

  it('a feedback log opened while it was locked hashes voters as every other process does once it opens', async () => {
    const { path, other, clock, database: late } = await openedWhileLocked();
    const lateLog = openFeedbackLog(late);
    other.exec('ROLLBACK');
    other.close();
    const early = openDatabase(path, silent);
    const earlyLog = openFeedbackLog(early);
    try {
      clock.now = 5000;
      expect(lateLog.voterOf('123456789012345678')).toBe(earlyLog.voterOf('123456789012345678'));
    } finally {
      lateLog.close();
      earlyLog.close();
      late.close();
      early.close();
    }
  });

  it('two processes adding documents and voting at once lose nothing', { timeout: 240_000 }, async () => {
    const go = join(setup.root, 'go');
    const writers = ['east', 'west'].map((name) => {
      const child = spawn(process.execPath, ['--import', 'tsx', WRITER, setup.dataDir, setup.knowledgeDir, name, go], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      const ready = new Promise<void>((resolve) => child.stdout.on('data', () => out.includes('ready') && resolve()));
      const done = new Promise<{ failures: string[] }>((resolve, reject) =>
        child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}')) : reject(new Error(`writer ${name} exited ${code}: ${out}`)))),
      );
      return { ready, done };
    });
    await Promise.all(writers.map((writer) => writer.ready));
    // Both are open on the database; now they write together.
    await writeFile(go, '');
    const results = await Promise.all(writers.map((writer) => writer.done));
    expect(results).toEqual([{ failures: [] }, { failures: [] }]);

    admin = open(setup);
    const documents = admin.catalog.list(GUILD_A).filter((record) => record.scope === 'guild').map((record) => record.document);
    expect(documents.sort()).toEqual(['east-0', 'east-1', 'east-2', 'east-3', 'east-4', 'west-0', 'west-1', 'west-2', 'west-3', 'west-4']);
    const knowledge = await admin.catalog.knowledgeFor(GUILD_A);
    expect(new Set(knowledge.documents.map((document) => document.slug))).toEqual(new Set(['harbour', ...documents]));
    const gaps = admin.feedback.gaps(GUILD_A);
    expect(gaps === 'unavailable' ? 0 : gaps.reduce((sum, gap) => sum + gap.count, 0)).toBe(400);
  });
});
