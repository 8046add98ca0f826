import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.ts';
import { SNAPSHOT_FILE, snapshotKey, snapshotMatches } from '../../src/core/snapshot.ts';
import { createKnowledgeStore, loadKnowledge } from '../../src/core/store.ts';
import { KNOWLEDGE_DIR } from '../fixtures/article.ts';

const FENGQIAO = 'how many civil disputes has fengqiao mediated';
const REAL = 'more than 1,300 civil disputes';

describe('a snapshot that was altered after it was written', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docent-forged-snapshot-'));
    await cp(KNOWLEDGE_DIR, dir, { recursive: true, filter: (source) => !source.endsWith(SNAPSHOT_FILE) });
    expect((await loadKnowledge(dir)).source).toBe('built');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const forge = async (edit: (text: string) => string): Promise<void> => {
    const path = join(dir, SNAPSHOT_FILE);
    const before = await readFile(path, 'utf8');
    const after = edit(before);
    expect(after).not.toBe(before);
    await writeFile(path, after);
  };
  const quoted = (knowledge: Awaited<ReturnType<typeof loadKnowledge>>['knowledge']): string => {
    const answer = answerQuestion(knowledge, FENGQIAO);
    return answer.kind === 'answer' ? (answer.results[0]?.passage.text ?? '') : answer.kind;
  };

  it('is rebuilt, not served, when a passage text was forged (the key in its first bytes still matches)', async () => {
    await forge((text) => text.replaceAll(REAL, 'more than 9,999 civil disputes, says the forger'));
    const { knowledge } = await loadKnowledge(dir);
    expect(await snapshotMatches(dir, snapshotKey(knowledge.documents))).toBe(true); // rewritten by the rebuild
    expect(quoted(knowledge)).toContain(REAL);
    expect(knowledge.passages.some((passage) => passage.text.includes('forger'))).toBe(false);
  });

  it('tells the forged file from a good one before anything is restored', async () => {
    const { knowledge } = await loadKnowledge(dir);
    await forge((text) => text.replaceAll(REAL, 'more than 9,999 civil disputes'));
    expect(await snapshotMatches(dir, snapshotKey(knowledge.documents))).toBe(false);
  });

  it('is rebuilt when a text was set to null, and every question is answered', async () => {
    await forge((text) => text.replace(/"text":"[^"]*"/, '"text":null'));
    const loaded = await loadKnowledge(dir);
    expect(loaded.source).toBe('built');
    expect(quoted(loaded.knowledge)).toContain(REAL);
  });

  it('is rebuilt by /reload too, so a forgery does not survive a reload', async () => {
    const store = createKnowledgeStore(dir, (await loadKnowledge(dir)).knowledge);
    await forge((text) => text.replaceAll(REAL, 'more than 9,999 civil disputes, says the forger'));
    const result = await store.reload();
    expect(result).toMatchObject({ kind: 'reloaded', source: 'built' });
    expect(quoted(store.current())).toContain(REAL);
  });

  it('is rebuilt when cut short', async () => {
    await forge((text) => text.slice(0, -1));
    expect((await loadKnowledge(dir)).source).toBe('built');
    expect((await loadKnowledge(dir)).source).toBe('snapshot');
  });
});

describe('temporary snapshot files at start', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docent-snapshot-tmp-'));
    await cp(KNOWLEDGE_DIR, dir, { recursive: true, filter: (source) => !source.endsWith(SNAPSHOT_FILE) });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('removes those of writes killed half-way, and leaves those of a process still writing', async () => {
    // No process has pid 2^22 + 1 (Linux's highest pid is 2^22); the parent of this process is running.
    const dead = `${SNAPSHOT_FILE}.${2 ** 22 + 1}.tmp`;
    const alive = `${SNAPSHOT_FILE}.${process.ppid}.tmp`;
    await writeFile(join(dir, dead), '{"format":2,"key":"half a fi');
    await writeFile(join(dir, alive), '{"format":2,"key":"being writ');
    await loadKnowledge(dir);
    const names = await readdir(dir);
    expect(names).not.toContain(dead);
    expect(names).toContain(alive);
    expect(names).toContain(SNAPSHOT_FILE);
  });
});
