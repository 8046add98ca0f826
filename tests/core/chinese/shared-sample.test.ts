import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { parseDocument } from '../../../src/core/documents/load.ts';
import { buildKnowledge, type Knowledge } from '../../../src/core/knowledge.ts';
import { readEvalSet, scoreRetrieval, type EvalQuestion } from '../../../src/eval/quality.ts';
import { hasSharedEval, sharedEvalPath } from '../../fixtures/shared-eval.ts';

// The public Chinese sample (the 2021 Opinions on the Zhejiang demonstration zone), read from shared/:
// it has no licence, so it is not copied into the repository.
const SAMPLE = 'generalize/zhejiang-demonstration-zone-opinions/';
const DOCUMENT = sharedEvalPath(`${SAMPLE}zhejiang-demonstration-zone-opinions.txt`);

let knowledge: Knowledge;
let chinese: EvalQuestion[];
let english: EvalQuestion[];
beforeAll(async () => {
  if (!hasSharedEval) return;
  const parsed = parseDocument('zhejiang-demonstration-zone-opinions.txt', await readFile(DOCUMENT));
  if (!('document' in parsed)) throw new Error('the sample did not load');
  knowledge = buildKnowledge([parsed.document]);
  const questions = await readEvalSet(sharedEvalPath(`${SAMPLE}questions.json`));
  chinese = questions.filter((question) => question.kind !== 'crosslingual');
  english = questions.filter((question) => question.kind === 'crosslingual');
});

const topTexts = (question: string): string[] => {
  const answer = answerQuestion(knowledge, question, { limit: 10 });
  return answer.kind === 'answer' ? answer.results.map((result) => result.passage.text) : [];
};

describe.skipIf(!hasSharedEval)('the public Chinese sample', () => {
  // Reached: hit@1 0.90 and hit@3 0.90 (27 of 30; the misses are two paraphrases that share no word
  // with the text and the bare date line). Floors one question below, so one changed tie is not a failure.
  it('puts the answer first for at least 26 of the 30 Chinese questions, and in the top 3 as often', () => {
    const score = scoreRetrieval(chinese, topTexts);
    expect(score.hitAt1).toBeGreaterThanOrEqual(0.86);
    expect(score.hitAt3).toBeGreaterThanOrEqual(0.86);
  });

  it('finds the three dated entries and nothing else', () => {
    expect(knowledge.timeline.map((entry) => `${entry.date} ${entry.kind}`)).toEqual(['2021-05-20 past', '2025 target', '2035 target']);
  });

  it('takes none of the names, ordinals and list numbers for figures', () => {
    expect(knowledge.figures.map((figure) => figure.raw)).toEqual([]);
  });

  // English questions reach the Chinese text through CC-CEDICT translations: reached hit@1 0.7 and
  // hit@3 0.8 of 10 (0.5 and 0.8 before initialisms in glosses and translations the segmenter cuts); floors one
  // question below.
  it('answers English questions about the Chinese text through translations', () => {
    const score = scoreRetrieval(english, topTexts);
    expect(score.hitAt1).toBeGreaterThanOrEqual(0.6);
    expect(score.hitAt3).toBeGreaterThanOrEqual(0.7);
  });
});
