import { cp, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.ts';
import { createKnowledgeStore, loadKnowledge } from '../../src/core/store.ts';
import { SNAPSHOT_FILE, snapshotKey, snapshotMatches } from '../../src/core/snapshot.ts';
import { KNOWLEDGE_DIR } from '../fixtures/article.ts';

describe('createKnowledgeStore', () => {
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

  it('keeps the old knowledge in service when a document is broken, naming the file and line', async () => {
    const store = createKnowledgeStore(dir, (await loadKnowledge(dir)).knowledge);
    const before = store.current();
    await writeFile(join(dir, 'bad.md'), '---\ntitle: ok\nlanguage: 12 34\n---\ntext');
    const result = await store.reload();
    expect(result).toMatchObject({ kind: 'failed', problems: [{ file: 'bad.md', line: 3, message: expect.stringContaining('language') }] });
    expect(store.current()).toBe(before);
    expect(answerQuestion(store.current(), 'who founded wahaha').kind).toBe('answer');
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
    await cp(KNOWLEDGE_DIR, dir, { recursive: true, filter: (source) => !source.endsWith(SNAPSHOT_FILE) });
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

  it('never serves a stale snapshot: an edited document is built again', async () => {
    await loadKnowledge(dir);
    await writeFile(join(dir, 'extra.md'), 'The lighthouse keeper logged 42 storms.');
    const after = await loadKnowledge(dir);
    expect(after.source).toBe('built');
    expect(after.knowledge.documents).toHaveLength(2);
  });

  it('rebuilds when the snapshot is unreadable', async () => {
    await loadKnowledge(dir);
    await writeFile(join(dir, SNAPSHOT_FILE), '{"format": 1, "key": "truncated…');
    expect((await loadKnowledge(dir)).source).toBe('built');
    expect((await loadKnowledge(dir)).source).toBe('snapshot');
  });
});

describe('snapshotMatches', () => {
  it('tells a snapshot saved for these documents from a stale one by its first bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'docent-snapshot-key-'));
    try {
      await cp(KNOWLEDGE_DIR, dir, { recursive: true, filter: (source) => !source.endsWith(SNAPSHOT_FILE) });
      const { knowledge } = await loadKnowledge(dir);
      const key = snapshotKey(knowledge.documents);
      expect(await snapshotMatches(dir, key)).toBe(true);
      expect(await snapshotMatches(dir, key.replace(/^./, (c) => (c === '0' ? '1' : '0')))).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
