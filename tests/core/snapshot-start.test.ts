import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.ts';
import { DEFAULT_ENGINE_OPTIONS } from '../../src/core/options.ts';
import { readSnapshot, snapshotKey, snapshotPath, writeSnapshotParts } from '../../src/core/snapshot.ts';
import { loadKnowledge } from '../../src/core/store.ts';
import { KNOWLEDGE_DIR } from '../fixtures/article.ts';

const QUESTION = 'how many civil disputes has fengqiao mediated';
const ANSWER = 'more than 1,300 civil disputes';

const quoted = (knowledge: Awaited<ReturnType<typeof loadKnowledge>>['knowledge']): string => {
  const answer = answerQuestion(knowledge, QUESTION);
  return answer.kind === 'answer' ? (answer.results[0]?.passage.text ?? '') : answer.kind;
};

describe('loadKnowledge from a snapshot (restored on the calling thread)', () => {
  let root: string;
  let dir: string;
  let dataDir: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'docent-snapshot-start-'));
    dir = join(root, 'knowledge');
    dataDir = join(root, '.docent');
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('answers the same from the snapshot as from the build, and reports the files it skipped both times', async () => {
    // A file that cannot load (binary) and one of another type: a problem and a warning, told on every start.
    await writeFile(join(dir, 'broken.md'), Buffer.from([0x68, 0x00, 0x69]));
    await writeFile(join(dir, 'figures.csv'), 'a,b\n');
    const built = await loadKnowledge(dir, dataDir);
    const restored = await loadKnowledge(dir, dataDir);
    expect([built.source, restored.source]).toEqual(['built', 'snapshot']);
    expect(quoted(restored.knowledge)).toContain(ANSWER);
    expect(quoted(restored.knowledge)).toBe(quoted(built.knowledge));
    expect(restored.problems.map((problem) => problem.file)).toEqual(['broken.md']);
    expect(restored.problems).toEqual(built.problems);
    expect(restored.warnings).toEqual(built.warnings);
  });

  it('rebuilds, never serves, a snapshot whose checksum holds but whose parts do not restore', async () => {
    const { knowledge } = await loadKnowledge(dir, dataDir);
    const path = snapshotPath(dir, dataDir);
    const key = snapshotKey(knowledge.documents, DEFAULT_ENGINE_OPTIONS);
    const parts = await readSnapshot(path, key);
    if (parts === null) throw new Error('the build saved no snapshot');
    // Written as a good snapshot is (header, key, checksum), but with no passages: restoring it throws.
    await writeSnapshotParts(path, key, { ...parts, passages: null as unknown as typeof parts.passages });
    const reloaded = await loadKnowledge(dir, dataDir);
    expect(reloaded.source).toBe('built');
    expect(quoted(reloaded.knowledge)).toContain(ANSWER);
    // The rebuild replaced it: the next start restores again.
    expect((await loadKnowledge(dir, dataDir)).source).toBe('snapshot');
    // Two builds in worker threads and three loads: seconds each on a busy machine.
  }, 60_000);
});
