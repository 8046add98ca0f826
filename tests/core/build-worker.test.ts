import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.ts';
import { buildInWorker } from '../../src/core/build.ts';
import { DEFAULT_ENGINE_OPTIONS } from '../../src/core/options.ts';
import { createKnowledgeStore, loadKnowledge } from '../../src/core/store.ts';
import type { KnowledgeDocument } from '../../src/core/types.ts';

/** About `bytes` of varied sentences with figures and years: slow to build (seconds), quick to write. */
function generatedDocument(bytes: number): string {
  const words = ['harbour', 'keeper', 'lantern', 'storm', 'ledger', 'pier', 'tide', 'gull', 'beacon', 'fog', 'rope', 'anchor', 'signal', 'coast', 'cliff'];
  let seed = 7;
  const word = (): string => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return `${words[seed % words.length]}${seed % 50}`;
  };
  const opening = '# Logbook\n\nThe quartermaster of the breakwater counted 77 zanzibarite crates.\n\n';
  const paragraphs: string[] = [opening];
  let size = opening.length;
  for (let i = 0; size < bytes; i += 1) {
    const paragraph = `In ${1900 + (i % 120)} the ${word()} ${word()} logged ${i % 997} ${word()} near the ${word()}. The ${word()} was ${(i * 7) % 400} metres from the ${word()}.\n\n`;
    paragraphs.push(paragraph);
    size += paragraph.length;
  }
  return paragraphs.join('');
}

describe('building in a worker thread', () => {
  let dir: string;
  let dataDir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docent-build-'));
    dataDir = await mkdtemp(join(tmpdir(), 'docent-build-data-'));
    await writeFile(join(dir, 'harbour.md'), '# Harbour\n\nThe harbour was dredged to 14 metres in 1998.');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps answering from the old knowledge while a large document builds, then swaps it in whole', async () => {
    const store = createKnowledgeStore(dir, (await loadKnowledge(dir, dataDir)).knowledge, undefined, dataDir);
    const before = store.current();
    await writeFile(join(dir, 'logbook.md'), generatedDocument(768 * 1024));

    let settled = false;
    const reloading = store.reload().finally(() => {
      settled = true;
    });
    // While the reload runs, the event loop keeps turning and questions are answered from the old knowledge.
    let answeredDuringReload = 0;
    while (!settled) {
      const knowledge = store.current();
      expect(knowledge).toBe(before);
      expect(JSON.stringify(answerQuestion(knowledge, 'how deep was the harbour dredged'))).toContain('14 metres');
      answeredDuringReload += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const result = await reloading;
    expect(result).toMatchObject({ kind: 'reloaded', source: 'built', files: { added: ['logbook.md'] } });
    // A build of this document takes seconds of CPU: on the main thread only its file reads let a few turns through (8 seen), off it hundreds do.
    expect(answeredDuringReload).toBeGreaterThanOrEqual(50);
    expect(store.current()).not.toBe(before);
    expect(JSON.stringify(answerQuestion(store.current(), 'how many zanzibarite crates did the quartermaster count'))).toContain('77');
  });

  it('fails the reload with a clear problem when the build exceeds its memory cap, and the old knowledge stays', async () => {
    const store = createKnowledgeStore(dir, (await loadKnowledge(dir, dataDir)).knowledge, undefined, dataDir, 16);
    const before = store.current();
    await writeFile(join(dir, 'logbook.md'), generatedDocument(256 * 1024));
    const result = await store.reload();
    expect(result).toMatchObject({ kind: 'failed', problems: [{ file: dir, message: expect.stringContaining('ran out of memory (its worker thread is capped at 16 MB)') }] });
    expect(store.current()).toBe(before);
    expect(JSON.stringify(answerQuestion(store.current(), 'how deep was the harbour dredged'))).toContain('14 metres');
  });

  it('reports a worker that throws as a crash, never a rejection', async () => {
    const result = await buildInWorker({ dir, dataDir, options: DEFAULT_ENGINE_OPTIONS, inService: null as unknown as KnowledgeDocument[], returnParts: true });
    expect(result).toMatchObject({ kind: 'crashed', message: expect.stringContaining("the build's worker thread failed") });
  });
});
