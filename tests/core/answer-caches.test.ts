import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion, type Answer } from '../../src/core/answer.ts';
import { createKnowledgeStore, loadKnowledge } from '../../src/core/store.ts';

/** A short line before the lighthouse passage makes it that passage's lead-in; a reload makes the line long. */
const BEFORE = '# Notes\n\nWhy choose Zhejiang?\n\nThe province offers cheap land and fast permits.\n\nThe lighthouse keeper logged 42 storms in 1998.\n';
const AFTER =
  '# Notes\n\nWhy choose Zhejiang, the coastal province south of Shanghai with its many rivers, ports and old towns?\n\n' +
  'The province offers cheap land and fast permits.\n\nThe lightship keeper logged 42 storms in 1998.\n';

const passagesOf = (answer: Answer) => (answer.kind === 'answer' ? answer.results : answer.kind === 'no-match' ? answer.related : []);
const correctionsOf = (answer: Answer) => (answer.kind === 'answer' ? answer.corrections : []);

// A question's words are read (spelling, related words) once per knowledge, and a passage's lead-in found once per
// index: what a reload changes must change the answers of the knowledge it brings.
describe('answerQuestion after a reload', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docent-answer-caches-'));
    await writeFile(join(dir, 'notes.md'), BEFORE);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('corrects a misspelt word to a word of the new knowledge, not of the old', async () => {
    const store = createKnowledgeStore(dir, (await loadKnowledge(dir)).knowledge);
    const first = answerQuestion(store.current(), 'lighthuose storms');
    expect(correctionsOf(first)).toEqual([{ typed: 'lighthuose', correctedTo: 'lighthouse' }]);
    // Asked again of the same knowledge: the same answer, from the words already read.
    expect(answerQuestion(store.current(), 'lighthuose storms')).toEqual(first);

    await writeFile(join(dir, 'notes.md'), AFTER);
    expect(await store.reload()).toMatchObject({ kind: 'reloaded' });
    const after = answerQuestion(store.current(), 'lighthuose storms');
    expect(JSON.stringify(after)).not.toContain('lighthouse');
    expect(passagesOf(after).map((result) => result.passage.text)).toEqual(['The lightship keeper logged 42 storms in 1998.']);
  });

  it('meets a question by a lead-in only while the line before the passage is short', async () => {
    const store = createKnowledgeStore(dir, (await loadKnowledge(dir)).knowledge);
    const metByLeadIn = (answer: Answer) => passagesOf(answer).filter((result) => result.leadInStems.includes('zhejiang')).map((result) => result.passage.text);
    expect(metByLeadIn(answerQuestion(store.current(), 'zhejiang permits'))).toEqual(['The lighthouse keeper logged 42 storms in 1998.']);

    await writeFile(join(dir, 'notes.md'), AFTER);
    expect(await store.reload()).toMatchObject({ kind: 'reloaded' });
    expect(metByLeadIn(answerQuestion(store.current(), 'zhejiang permits'))).toEqual([]);
  });
});
