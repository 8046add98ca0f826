import { cp, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.ts';
import { createKnowledgeStore, loadKnowledge } from '../../src/core/store.ts';
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
