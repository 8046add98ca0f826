import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.ts';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import { DEFAULT_ENGINE_OPTIONS, mergeEngineOptions, type EngineOverrides } from '../../src/core/options.ts';
import { snapshotKey } from '../../src/core/snapshot.ts';
import { createKnowledgeStore, loadKnowledge } from '../../src/core/store.ts';
import type { KnowledgeDocument } from '../../src/core/types.ts';

const documentOf = (body: string, slug = 'doc'): KnowledgeDocument => ({ slug, file: `${slug}.md`, meta: { title: 'Doc' }, body, bodyLine: 1 });

/** Six short paragraphs about harbours, and one long one of twelve sentences. */
const HARBOUR = documentOf(
  [
    'The north harbour shelters fishing boats from the winter storms.',
    'Ferries leave the south harbour twice a day for the islands.',
    'A new crane at the east harbour unloads container ships at night.',
    'Children learn to sail in the calm water of the west harbour.',
    'The old harbour wall was rebuilt after the flood of the last century.',
    'Tourists buy fresh fish from the boats moored along the harbour quay.',
    Array.from({ length: 12 }, (_, index) => `Sentence ${index + 1} of the long paragraph tells of lighthouse keepers and their lamps.`).join(' '),
  ].join('\n\n'),
);

describe(mergeEngineOptions, () => {
  it('changes only the options named, at any depth, and leaves the defaults as they are', () => {
    const merged = mergeEngineOptions(DEFAULT_ENGINE_OPTIONS, { rank: { weights: { proximity: 0 } }, answer: { resultLimit: 2 } });
    expect(merged.rank.weights).toEqual({ ...DEFAULT_ENGINE_OPTIONS.rank.weights, proximity: 0 });
    expect(merged.rank.candidates).toBe(DEFAULT_ENGINE_OPTIONS.rank.candidates);
    expect(merged.answer.resultLimit).toBe(2);
    expect(merged.passages).toEqual(DEFAULT_ENGINE_OPTIONS.passages);
    expect(DEFAULT_ENGINE_OPTIONS.rank.weights.proximity).toBe(0.3);
    expect(DEFAULT_ENGINE_OPTIONS.answer.resultLimit).toBe(5);
  });

  it('keeps the key order of the defaults, so equal options serialise alike', () => {
    const reordered = mergeEngineOptions(DEFAULT_ENGINE_OPTIONS, { search: { maxRelatedPerWord: 4, relatedWordWeight: 0.3 } });
    expect(JSON.stringify(reordered)).toBe(JSON.stringify(DEFAULT_ENGINE_OPTIONS));
  });

  it('refuses, naming the option, a name that is no option and a value that is not a finite number', () => {
    expect(() => mergeEngineOptions(DEFAULT_ENGINE_OPTIONS, { rank: { candidate: 10 } } as EngineOverrides)).toThrow(/options\.rank: "candidate" is not an option/);
    expect(() => mergeEngineOptions(DEFAULT_ENGINE_OPTIONS, { rank: { candidates: Number.NaN } })).toThrow(/options\.rank\.candidates: must be a finite number/);
    expect(() => mergeEngineOptions(DEFAULT_ENGINE_OPTIONS, { rank: { weights: 1 } } as unknown as EngineOverrides)).toThrow(/options\.rank\.weights: must be an object/);
  });

  it('gives frozen options: nobody can change the defaults for everyone', () => {
    expect(Object.isFrozen(DEFAULT_ENGINE_OPTIONS.rank.weights)).toBe(true);
    expect(Object.isFrozen(mergeEngineOptions(DEFAULT_ENGINE_OPTIONS, { figures: { thisYearReach: 1 } }).figures)).toBe(true);
  });
});

describe('buildKnowledge with options', () => {
  it('remembers the options it was built with, defaults filled in', () => {
    expect(buildKnowledge([HARBOUR]).options).toEqual(DEFAULT_ENGINE_OPTIONS);
    const knowledge = buildKnowledge([HARBOUR], { passages: { maxChars: 300, targetChars: 200 } });
    expect(knowledge.options.passages).toEqual({ ...DEFAULT_ENGINE_OPTIONS.passages, maxChars: 300, targetChars: 200 });
    expect(knowledge.options.rank).toEqual(DEFAULT_ENGINE_OPTIONS.rank);
  });

  it('cuts passages by the lengths it is given', () => {
    const long = (knowledge: ReturnType<typeof buildKnowledge>) => knowledge.passages.filter((passage) => passage.text.includes('lighthouse'));
    expect(long(buildKnowledge([HARBOUR]))).toHaveLength(1);
    const cut = long(buildKnowledge([HARBOUR], { passages: { maxChars: 300, targetChars: 200 } }));
    expect(cut.length).toBeGreaterThan(3);
    expect(cut.every((passage) => passage.text.length <= 300)).toBe(true);
  });
});

describe('answerQuestion with options', () => {
  it("answers with the knowledge's options unless one answer overrides them", () => {
    const knowledge = buildKnowledge([HARBOUR], { answer: { resultLimit: 2 } });
    const count = (answer: ReturnType<typeof answerQuestion>) => (answer.kind === 'answer' ? answer.results.length : -1);
    expect(count(answerQuestion(knowledge, 'harbour boats'))).toBe(2);
    expect(count(answerQuestion(knowledge, 'harbour boats', { answer: { resultLimit: 4 } }))).toBe(4);
    expect(count(answerQuestion(knowledge, 'harbour boats', { limit: 3 }))).toBe(3);
    // The override was for that answer only.
    expect(count(answerQuestion(knowledge, 'harbour boats'))).toBe(2);
  });

  it('refuses a question longer than the knowledge allows', () => {
    const knowledge = buildKnowledge([HARBOUR], { answer: { maxQuestionLength: 12 } });
    expect(answerQuestion(knowledge, 'harbour boats').kind).toBe('invalid');
    expect(answerQuestion(knowledge, 'harbour').kind).toBe('answer');
  });
});

describe('snapshotKey with options', () => {
  it('differs when any option differs and not when the options are equal', () => {
    const documents = [HARBOUR];
    const key = snapshotKey(documents);
    expect(snapshotKey(documents, mergeEngineOptions(DEFAULT_ENGINE_OPTIONS, {}))).toBe(key);
    expect(snapshotKey(documents, mergeEngineOptions(DEFAULT_ENGINE_OPTIONS, { duplicates: { minOverlap: 0.6 } }))).toBe(key);
    expect(snapshotKey(documents, mergeEngineOptions(DEFAULT_ENGINE_OPTIONS, { duplicates: { minOverlap: 0.7 } }))).not.toBe(key);
    expect(snapshotKey(documents, mergeEngineOptions(DEFAULT_ENGINE_OPTIONS, { rank: { weights: { heading: 0.4 } } }))).not.toBe(key);
  });

  it('makes a store build anew rather than serve a snapshot saved with other options, reload with its own, and restore them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'docent-options-'));
    try {
      await writeFile(join(dir, 'harbour.md'), HARBOUR.body);
      const narrow = { passages: { maxChars: 300, targetChars: 200 } };
      const dataDir = join(dir, '.docent');
      expect((await loadKnowledge(dir, dataDir)).source).toBe('built');
      const loaded = await loadKnowledge(dir, dataDir, narrow);
      expect(loaded.source).toBe('built');
      expect(loaded.knowledge.passages.length).toBeGreaterThan((await loadKnowledge(dir, dataDir, {})).knowledge.passages.length);
      const store = createKnowledgeStore(dir, loaded.knowledge, undefined, dataDir);
      expect(await store.reload()).toMatchObject({ kind: 'reloaded', source: 'built', diff: { passages: { added: 0, removed: 0 } } });
      expect(store.current().options.passages.maxChars).toBe(300);
      // The snapshot now on disk was saved with these options: it is served, and restores them.
      const restored = await loadKnowledge(dir, dataDir, narrow);
      expect(restored.source).toBe('snapshot');
      expect(restored.knowledge.options).toEqual(loaded.knowledge.options);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
