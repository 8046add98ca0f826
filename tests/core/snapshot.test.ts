import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { deflateSync, inflateSync } from 'node:zlib';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.ts';
import { readSnapshot, snapshotKey, snapshotPath } from '../../src/core/snapshot.ts';
import { createKnowledgeStore, loadKnowledge } from '../../src/core/store.ts';
import { KNOWLEDGE_DIR } from '../fixtures/article.ts';

const FENGQIAO = 'how many civil disputes has fengqiao mediated';
const REAL = 'more than 1,300 civil disputes';

describe('a snapshot that was altered after it was written', () => {
  let dir: string;
  let dataDir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docent-forged-snapshot-'));
    dataDir = join(dir, '.docent');
    await cp(KNOWLEDGE_DIR, join(dir, 'knowledge'), { recursive: true });
    dir = join(dir, 'knowledge');
    expect((await loadKnowledge(dir, dataDir)).source).toBe('built');
  });
  afterEach(() => rm(join(dir, '..'), { recursive: true, force: true }));

  // The forger's edit, in the parts as written (the body inflated, read byte for byte as latin1), deflated
  // again behind the same header: the key in its first bytes still matches, only the checksum can tell.
  const forge = async (edit: (text: string) => string): Promise<void> => {
    const path = snapshotPath(dir, dataDir);
    const file = await readFile(path);
    const headerEnd = file.indexOf(0x0a) + 1;
    const before = inflateSync(file.subarray(headerEnd)).toString('latin1');
    const after = edit(before);
    expect(after).not.toBe(before);
    await writeFile(path, Buffer.concat([file.subarray(0, headerEnd), deflateSync(Buffer.from(after, 'latin1'))]));
  };
  const cutShort = async (): Promise<void> => {
    const path = snapshotPath(dir, dataDir);
    const file = await readFile(path);
    await writeFile(path, file.subarray(0, -1));
  };
  const quoted = (knowledge: Awaited<ReturnType<typeof loadKnowledge>>['knowledge']): string => {
    const answer = answerQuestion(knowledge, FENGQIAO);
    return answer.kind === 'answer' ? (answer.results[0]?.passage.text ?? '') : answer.kind;
  };

  it('is rebuilt, not served, when a passage text was forged (the key in its first bytes still matches)', async () => {
    await forge((text) => text.replaceAll(REAL, 'more than 9,999 civil disputes, says the forger'));
    const { knowledge } = await loadKnowledge(dir, dataDir);
    expect(await readSnapshot(snapshotPath(dir, dataDir), snapshotKey(knowledge.documents))).not.toBeNull(); // rewritten by the rebuild
    expect(quoted(knowledge)).toContain(REAL);
    expect(knowledge.passages.some((passage) => passage.text.includes('forger'))).toBe(false);
  });

  it('tells the forged file from a good one by its checksum', async () => {
    const { knowledge } = await loadKnowledge(dir, dataDir);
    await forge((text) => text.replaceAll(REAL, 'more than 9,999 civil disputes'));
    expect(await readSnapshot(snapshotPath(dir, dataDir), snapshotKey(knowledge.documents))).toBeNull();
  });

  it('is rebuilt when a text was set to null, and every question is answered', async () => {
    await forge((text) => text.replace(/"text":"[^"]*"/, '"text":null'));
    const loaded = await loadKnowledge(dir, dataDir);
    expect(loaded.source).toBe('built');
    expect(quoted(loaded.knowledge)).toContain(REAL);
  });

  it('is rebuilt by /reload too, so a forgery does not survive a reload', async () => {
    const store = createKnowledgeStore(dir, (await loadKnowledge(dir, dataDir)).knowledge, undefined, dataDir);
    await forge((text) => text.replaceAll(REAL, 'more than 9,999 civil disputes, says the forger'));
    const result = await store.reload();
    expect(result).toMatchObject({ kind: 'reloaded', source: 'built' });
    expect(quoted(store.current())).toContain(REAL);
  });

  it('is rebuilt when cut short', async () => {
    await cutShort();
    expect((await loadKnowledge(dir, dataDir)).source).toBe('built');
    expect((await loadKnowledge(dir, dataDir)).source).toBe('snapshot');
  });
});

describe('temporary snapshot files at start', () => {
  let dir: string;
  let dataDir: string;
  beforeEach(async () => {
    const root = await mkdtemp(join(tmpdir(), 'docent-snapshot-tmp-'));
    dir = join(root, 'knowledge');
    dataDir = join(root, '.docent');
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  });
  afterEach(() => rm(join(dir, '..'), { recursive: true, force: true }));

  it('removes those of writes killed half-way, and leaves those of a process still writing', async () => {
    // No process has pid 2^22 + 1 (Linux's highest pid is 2^22); the parent of this process is running.
    const snapshot = basename(snapshotPath(dir, dataDir));
    const dead = `${snapshot}.${2 ** 22 + 1}.tmp`;
    const alive = `${snapshot}.${process.ppid}.tmp`;
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, dead), '{"format":3,"key":"half a fi');
    await writeFile(join(dataDir, alive), '{"format":3,"key":"being writ');
    await loadKnowledge(dir, dataDir);
    const names = await readdir(dataDir);
    expect(names).not.toContain(dead);
    expect(names).toContain(alive);
    expect(names).toContain(snapshot);
  });
});
