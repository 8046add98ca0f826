import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Only the public entry point: what another program (or an outside benchmark) would import.
import * as docent from '../src/index.ts';

const HARBOUR = `---
title: The harbour report
published: 2020
---
The harbour opened in 1998 with 12 berths for fishing boats.

In March 2019 the council approved a new breakwater costing 4.5 million euros.

Most visitors come in summer, when ferries run every hour.
`;

describe('docent as a library (src/index.ts)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docent-library-'));
    await writeFile(join(dir, 'harbour.md'), HARBOUR);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads a folder, builds knowledge and answers a question with the cited passage', async () => {
    const { documents, problems } = await docent.readKnowledgeDir(dir);
    expect(problems).toEqual([]);
    const knowledge = docent.buildKnowledge(documents);
    const answer = docent.answerQuestion(knowledge, 'what did the breakwater cost');
    expect(answer.kind).toBe('answer');
    if (answer.kind !== 'answer') return;
    expect(answer.results[0]?.passage.text).toContain('4.5 million euros');
    expect(answer.results[0]?.passage.citation.title).toBe('The harbour report');
  });

  it('lists the figures and the dated events of the folder', async () => {
    const knowledge = docent.buildKnowledge((await docent.readKnowledgeDir(dir)).documents);
    expect(docent.findFigures(knowledge).map((figure) => figure.raw)).toEqual(expect.arrayContaining([expect.stringContaining('12 berths'), expect.stringContaining('4.5 million')]));
    const timeline = docent.findTimeline(knowledge);
    expect(timeline.kind === 'entries' && timeline.entries.map((entry) => entry.date)).toEqual(['1998', '2019-03']);
  });

  it('saves knowledge as a snapshot and restores the same answers from it', async () => {
    const { documents } = await docent.readKnowledgeDir(dir);
    const built = docent.buildKnowledge(documents);
    const path = join(dir, '.docent', 'snapshot.bin');
    const key = docent.snapshotKey(documents);
    await docent.writeSnapshot(path, key, built);
    const parts = await docent.readSnapshot(path, key);
    if (parts === null) throw new Error('the snapshot just written was not read back');
    const restored = docent.restoreKnowledge(documents, parts);
    const question = 'when did the harbour open';
    expect(docent.answerQuestion(restored, question)).toEqual(docent.answerQuestion(built, question));
  });

  it('says so when the documents do not hold the answer, instead of throwing', async () => {
    const knowledge = docent.buildKnowledge((await docent.readKnowledgeDir(dir)).documents);
    expect(docent.answerQuestion(knowledge, 'zzqx wvvkj').kind).toBe('no-match');
  });
});
