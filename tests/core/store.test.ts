import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.ts';
import { createKnowledgeStore, KnowledgeDirError, loadKnowledge } from '../../src/core/store.ts';
import { readSnapshot, snapshotKey, snapshotPath } from '../../src/core/snapshot.ts';
import { KNOWLEDGE_DIR } from '../fixtures/article.ts';

// Each reload loads and builds the article again in a worker thread: seconds alone, more on a busy machine.
describe('createKnowledgeStore', { timeout: 60_000 }, () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docent-store-'));
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('swaps in new knowledge whole and reports what changed', async () => {
    const store = createKnowledgeStore(dir, (await loadKnowledge(dir)).knowledge);
    const before = store.current();
    await writeFile(join(dir, 'extra.md'), 'In 1998 the lighthouse keeper logged 42 storms.\n\nA second paragraph.');
    const result = await store.reload();
    expect(result).toMatchObject({ kind: 'reloaded', diff: { documents: { added: 1, removed: 0, total: 2 }, passages: { added: 2, removed: 0 } } });
    expect(result.kind === 'reloaded' && result.diff.timeline.added).toBe(1);
    expect(store.current()).not.toBe(before);
    // The old knowledge object is untouched: an answer in flight finishes from it.
    expect(before.documents).toHaveLength(1);

    await unlink(join(dir, 'extra.md'));
    expect(await store.reload()).toMatchObject({ diff: { documents: { added: 0, removed: 1 }, passages: { removed: 2 } } });
  });

  it('reloads the good documents and keeps the version in service of one that broke, saying which and why', async () => {
    await writeFile(join(dir, 'pier.md'), '# Pier\n\nThe pier is 420 metres long.');
    await writeFile(join(dir, 'harbour.md'), '# Harbour\n\nThe harbour was dredged to 14 metres.');
    const store = createKnowledgeStore(dir, (await loadKnowledge(dir)).knowledge);
    const harbourBefore = store.current().documents.find((document) => document.file === 'harbour.md');

    await writeFile(join(dir, 'harbour.md'), '---\ntitle: ok\nlanguage: 12 34\n---\ntext'); // broken now
    await writeFile(join(dir, 'pier.md'), '# Pier\n\nThe pier is 450 metres long since the extension.'); // changed
    await writeFile(join(dir, 'new.md'), Buffer.from([0x00, 0x01])); // broken, never loaded
    const result = await store.reload();
    expect(result).toMatchObject({
      kind: 'reloaded',
      files: { added: [], changed: ['pier.md'], removed: [] },
      keptBack: [
        { file: 'harbour.md', kept: 'previous', problems: [{ file: 'harbour.md', line: 3, message: expect.stringContaining('language') }] },
        { file: 'new.md', kept: 'nothing', problems: [{ file: 'new.md', line: 1, message: expect.stringContaining('binary') }] },
      ],
    });
    expect(store.current().documents.find((document) => document.file === 'harbour.md')).toBe(harbourBefore);
    expect(JSON.stringify(answerQuestion(store.current(), 'how deep was the harbour dredged'))).toContain('14 metres');
    expect(JSON.stringify(answerQuestion(store.current(), 'how long is the pier'))).toContain('450 metres');
    expect(answerQuestion(store.current(), 'who founded wahaha').kind).toBe('answer');
  });

  it('keeps the old knowledge whole when nothing in the folder loads', async () => {
    const store = createKnowledgeStore(dir, (await loadKnowledge(dir)).knowledge);
    const before = store.current();
    await rm(dir, { recursive: true, force: true });
    expect(await store.reload()).toMatchObject({ kind: 'failed', problems: [{ message: expect.stringContaining('cannot read the knowledge directory') }] });
    expect(store.current()).toBe(before);
  });

  it('shares one reload between callers who ask at the same time', async () => {
    const store = createKnowledgeStore(dir, (await loadKnowledge(dir)).knowledge);
    const [first, second] = [store.reload(), store.reload()];
    expect(first).toBe(second);
    await first;
  });
});

describe('loadKnowledge with a snapshot', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docent-snapshot-'));
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const ask = (knowledge: Awaited<ReturnType<typeof loadKnowledge>>['knowledge']) => JSON.stringify(answerQuestion(knowledge, 'how many civil disputes has fengqiao mediated'));

  it('builds once, then loads the snapshot and answers the same', async () => {
    const built = await loadKnowledge(dir);
    const restored = await loadKnowledge(dir);
    expect([built.source, restored.source]).toEqual(['built', 'snapshot']);
    expect(ask(restored.knowledge)).toBe(ask(built.knowledge));
    expect(restored.knowledge.figures).toEqual(built.knowledge.figures);
    expect(restored.knowledge.timeline).toEqual(built.knowledge.timeline);
  });

  it('writes the snapshot to the data folder, never into the knowledge folder', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'docent-data-'));
    try {
      await loadKnowledge(dir, dataDir);
      expect(await readdir(dir)).toEqual(['zhejiang-common-prosperity.txt']);
      expect(snapshotPath(dir, dataDir).startsWith(dataDir)).toBe(true);
      expect((await loadKnowledge(dir, dataDir)).source).toBe('snapshot');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('never serves a stale snapshot: an edited document is built again', async () => {
    await loadKnowledge(dir);
    await writeFile(join(dir, 'extra.md'), 'The lighthouse keeper logged 42 storms.');
    const after = await loadKnowledge(dir);
    expect(after.source).toBe('built');
    expect(after.knowledge.documents).toHaveLength(2);
  });

  it('rebuilds when the snapshot is unreadable', async () => {
    await loadKnowledge(dir);
    await writeFile(snapshotPath(dir), '{"format": 1, "key": "truncated…');
    expect((await loadKnowledge(dir)).source).toBe('built');
    expect((await loadKnowledge(dir)).source).toBe('snapshot');
  });
});

describe('the snapshot loadKnowledge writes', () => {
  it('is read for these documents and not for others', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'docent-snapshot-key-'));
    try {
      await cp(KNOWLEDGE_DIR, dir, { recursive: true });
      const { knowledge } = await loadKnowledge(dir);
      const key = snapshotKey(knowledge.documents);
      expect(await readSnapshot(snapshotPath(dir), key)).not.toBeNull();
      expect(await readSnapshot(snapshotPath(dir), key.replace(/^./, (c) => (c === '0' ? '1' : '0')))).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a missing or empty knowledge folder at start-up', () => {
  it('is an error naming the folder, from loadKnowledge', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'docent-empty-'));
    try {
      await expect(loadKnowledge(join(dir, 'nowhere'))).rejects.toThrow(KnowledgeDirError);
      await expect(loadKnowledge(join(dir, 'nowhere'))).rejects.toThrow(`no documents to serve in ${join(dir, 'nowhere')}`);
      await mkdir(join(dir, 'empty'));
      await expect(loadKnowledge(join(dir, 'empty'))).rejects.toThrow(/no documents to serve in .*empty/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('stops npm start with a non-zero exit and the path named', () => {
    const root = join(import.meta.dirname, '..', '..');
    const missing = join(tmpdir(), 'docent-no-such-folder');
    const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'src', 'main.ts')], {
      cwd: tmpdir(),
      env: { ...process.env, DISCORD_TOKEN: '', KNOWLEDGE_DIR: missing, LOG_LEVEL: 'silent' },
      input: '',
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`no documents to serve in ${missing}`);
  }, 30_000);
});
