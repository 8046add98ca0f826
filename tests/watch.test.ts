// WATCH_KNOWLEDGE: the real watcher (chokidar) on a temporary knowledge directory, the real store. A document
// added, changed or deleted reloads once per burst of changes (debounced); the snapshot the store
// writes into the directory, and any dotfile, reload nothing; a broken file is a logged failure with
// the old knowledge kept. Waits are on log lines, never sleeps.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKnowledgeStore, loadKnowledge, type KnowledgeStore } from '../src/core/store.ts';
import { createLogger } from '../src/logger.ts';
import { isKnowledgeChange, watchKnowledge, type KnowledgeWatcher } from '../src/watch.ts';
import { LEVEL, memoryLog, type LogLine, type MemoryLog } from './e2e/start-bot.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** Short, but long enough that a few awaited writes in a row fall within one quiet period. */
const DEBOUNCE_MS = 250;
const RELOADED = 'knowledge reloaded';
const FAILED = 'knowledge reload failed; the previous knowledge is still in service';
const IGNORED = 'knowledge watch: change ignored';
const KEPT_BACK = 'knowledge files kept back: their problems are in the reload result';

/** Where snapshots were written before DATA_DIR: an old one may still stand beside the documents. */
const SNAPSHOT_FILE = '.docent-snapshot.json';

const document = (title: string, text: string): string => `---\ntitle: ${title}\n---\n${text}\n`;

describe('isKnowledgeChange', () => {
  it.each([
    ['guide.md', true],
    ['notes/2024/report.TXT', true],
    ['new-folder', true], // a directory of documents may have come or gone
    [null, true], // the platform did not say which file: reload to be safe
    [SNAPSHOT_FILE, false],
    [`${SNAPSHOT_FILE}.4242.tmp`, false],
    ['.notes.md', false],
    ['.git/HEAD', false],
    ['sub/.draft.md', false],
    ['picture.png', false],
    ['archive.tar.gz', false],
  ])('%s → %s', (file, expected) => {
    expect(isKnowledgeChange(file)).toBe(expected);
  });
});

describe('watching a knowledge directory', () => {
  let dir: string;
  let store: KnowledgeStore;
  let log: MemoryLog;
  let watcher: KnowledgeWatcher;
  let reloads: number;

  const linesWith = (msg: string): LogLine[] => log.lines().filter((line) => line.msg === msg);
  /** The `nth` reload's log line (reloaded or failed), already logged or within the timeout. */
  const nthReload = async (nth: number): Promise<LogLine> => {
    let seen = 0;
    return log.waitFor((line) => (line.msg === RELOADED || line.msg === FAILED) && ++seen === nth, 10_000);
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docent-watch-'));
    await writeFile(join(dir, 'harbour.md'), document('Harbour', 'The harbour was dredged in 1998 to a depth of 14 metres.'));
    const { knowledge, problems } = await loadKnowledge(dir, join(dir, '.docent')); // a data folder inside: hidden, so not watched
    expect(problems).toEqual([]);
    store = createKnowledgeStore(dir, knowledge);
    log = memoryLog();
    reloads = 0;
    watcher = watchKnowledge({
      dir,
      debounceMs: DEBOUNCE_MS,
      logger: createLogger('trace', { destination: log.stream }),
      reload: async () => {
        reloads += 1;
        return [{ shard: null, result: await store.reload() }];
      },
    });
    await watcher.ready;
  });
  afterEach(async () => {
    await watcher.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reloads once for a burst of writes, through the reload it was given, and logs the diff', async () => {
    const before = store.current().documents.length;
    await writeFile(join(dir, 'lighthouse.md'), document('Lighthouse', 'The lighthouse'));
    await writeFile(join(dir, 'lighthouse.md'), document('Lighthouse', 'The lighthouse was built'));
    await writeFile(join(dir, 'ferry.txt'), 'The ferry crosses the bay twelve times a day.\n');
    await writeFile(join(dir, 'lighthouse.md'), document('Lighthouse', 'The lighthouse was built in 1874 of granite.'));

    const first = await nthReload(1);
    expect(first.msg).toBe(RELOADED);
    expect(first.level).toBe(LEVEL.info);
    expect(first.files).toEqual(['ferry.txt', 'lighthouse.md']);
    expect(first.diff).toMatchObject({ documents: { added: 2, removed: 0, total: before + 2 } });
    expect(store.current().documents.map((d) => d.meta.title).sort()).toEqual(['Harbour', 'Lighthouse', 'ferry']);
    expect(store.current().passages.some((p) => p.text.includes('1874 of granite'))).toBe(true);

    // The reload rewrote the snapshot in the directory: that is not a change. The next reload is the
    // next document's alone, so nothing of the burst was left over for a second reload.
    await writeFile(join(dir, 'pier.md'), document('Pier', 'The pier is 420 metres long.'));
    const second = await nthReload(2);
    expect(second.files).toEqual(['pier.md']);
    expect(second.diff).toMatchObject({ documents: { added: 1, removed: 0 } });
    expect(reloads).toBe(2);
    expect(linesWith(RELOADED)).toHaveLength(2);
  });

  it('ignores the snapshot, its temporary file, dotfiles, hidden folders, node_modules and other file types', async () => {
    const snapshot = Buffer.from('{"format":1}'); // an old snapshot beside the documents, or another tool's dotfile
    await writeFile(join(dir, SNAPSHOT_FILE), snapshot);
    await writeFile(join(dir, `${SNAPSHOT_FILE}.${process.pid}.tmp`), snapshot);
    await unlink(join(dir, `${SNAPSHOT_FILE}.${process.pid}.tmp`));
    await writeFile(join(dir, '.notes.md'), document('Hidden', 'Not a document.'));
    await mkdir(join(dir, '.git'));
    await writeFile(join(dir, '.git', 'README.md'), document('Git', 'Not a document.'));
    await mkdir(join(dir, 'node_modules', 'pkg'), { recursive: true });
    await writeFile(join(dir, 'node_modules', 'pkg', 'README.md'), document('Dependency', 'Not a document.'));
    // Hidden and skipped paths are not watched at all; another file type reaches the watcher and is set aside.
    await writeFile(join(dir, 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await log.waitFor((line) => line.msg === IGNORED && line.file === 'picture.png');

    await writeFile(join(dir, 'pier.md'), document('Pier', 'The pier is 420 metres long.'));
    const reload = await nthReload(1);
    expect(reload.files).toEqual(['pier.md']);
    expect(reloads).toBe(1);
  });

  it('sees every replace-style save (temporary file renamed over), three in a row, each reloading', async () => {
    for (const [nth, depth] of [[1, 15], [2, 16], [3, 17]] as const) {
      const temporary = join(dir, `.harbour.md.${nth}.swp`);
      await writeFile(temporary, document('Harbour', `The harbour was dredged in 1998 to a depth of ${depth} metres.`));
      await rename(temporary, join(dir, 'harbour.md'));
      const reload = await nthReload(nth);
      expect(reload.msg).toBe(RELOADED);
      expect(reload.files).toEqual(['harbour.md']);
      expect(store.current().passages.some((p) => p.text.includes(`${depth} metres`))).toBe(true);
    }
    expect(reloads).toBe(3);
  });

  it('sees a document appear in a new subfolder', async () => {
    await mkdir(join(dir, 'guides', '2026'), { recursive: true });
    await writeFile(join(dir, 'guides', '2026', 'ferry.md'), document('Ferry', 'The ferry crosses the bay twelve times a day.'));
    const reload = await log.waitFor((line) => line.msg === RELOADED && JSON.stringify(line.files).includes('guides/2026/ferry.md'), 10_000);
    expect(reload.diff).toMatchObject({ documents: { added: 1 } });
    expect(store.current().documents.map((d) => d.file)).toContain('guides/2026/ferry.md');
  });

  it('reloads around a broken file, logging it kept back; deleting it reloads', async () => {
    const before = store.current();
    await writeFile(join(dir, 'broken.md'), Buffer.from([0x54, 0x68, 0x65, 0x00, 0x01]));
    const reloaded = await nthReload(1);
    expect(reloaded.msg).toBe(RELOADED);
    expect(reloaded.files).toEqual(['broken.md']);
    const kept = await log.waitFor((line) => line.msg === KEPT_BACK);
    expect(kept.level).toBe(LEVEL.warn);
    expect(JSON.stringify(kept.keptBack)).toMatch(/broken\.md.*nothing.*binary/);
    expect(store.current().documents).toEqual(before.documents); // the good ones, unchanged

    await unlink(join(dir, 'broken.md'));
    const again = await nthReload(2);
    expect(again.msg).toBe(RELOADED);
    expect(again.files).toEqual(['broken.md']);
    expect(again.diff).toMatchObject({ documents: { added: 0, removed: 0, total: 1 } });
    expect(reloads).toBe(2);
  });

  it('stops on close: a later change reloads nothing', async () => {
    await watcher.close();
    // A second watcher with a longer quiet period proves the change was seen and its time has passed.
    const otherLog = memoryLog();
    const other = watchKnowledge({
      dir,
      debounceMs: DEBOUNCE_MS * 2,
      logger: createLogger('info', { destination: otherLog.stream }),
      reload: async () => [{ shard: null, result: await store.reload() }],
    });
    await other.ready;
    try {
      await writeFile(join(dir, 'pier.md'), document('Pier', 'The pier is 420 metres long.'));
      await otherLog.waitFor((line) => line.msg === RELOADED, 10_000);
      expect(reloads).toBe(0);
      expect(linesWith('knowledge files changed: reloading')).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

describe('the console with WATCH_KNOWLEDGE=true', () => {
  it('reloads when a document is added and logs it, and exits when the input ends', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'docent-watch-console-'));
    await writeFile(join(dir, 'harbour.md'), document('Harbour', 'The harbour was dredged in 1998 to a depth of 14 metres.'));
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'src', 'main.ts')], {
      cwd: dir, // no .env there
      env: { ...process.env, DISCORD_TOKEN: '', KNOWLEDGE_DIR: dir, WATCH_KNOWLEDGE: 'true', LOG_LEVEL: 'info' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
    try {
      const stderr = memoryLog();
      // One JSON line per write to the in-memory log, however the pipe splits the bytes.
      createInterface({ input: child.stderr }).on('line', (line) => stderr.stream.write(`${line}\n`));
      await stderr.waitFor((line) => line.msg === 'watching the knowledge directory', 20_000);
      await writeFile(join(dir, 'pier.md'), document('Pier', 'The pier is 420 metres long.'));
      const reloaded = await stderr.waitFor((line) => line.msg === RELOADED, 10_000);
      expect(reloaded.files).toEqual(['pier.md']);
      expect(reloaded.diff).toMatchObject({ documents: { added: 1, removed: 0, total: 2 } });

      child.stdin.end('how long is the pier\n');
      expect(await exited).toBe(0); // the watcher does not keep the process alive
    } finally {
      child.kill();
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
