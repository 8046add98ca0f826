import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.ts';
import { readKnowledgeDir } from '../../src/core/documents/load.ts';
import { buildKnowledge, type Knowledge } from '../../src/core/knowledge.ts';
import { hasSharedEval, sharedEvalPath } from '../fixtures/shared-eval.ts';

/**
 * Abstaining on a document it was not calibrated on: the translated essay of ../shared/eval/generalize, with question
 * sets written for it (tests/fixtures/abstention/wang-mingyuan-northeast/). The essay's notes quote its author's name
 * in Chinese, which once turned the rule off for every English question on it (75% of off-topic ones answered).
 */
const ESSAY = 'wang-mingyuan-northeast';
const DOCUMENT = sharedEvalPath(`generalize/${ESSAY}/${ESSAY}.txt`);
const SETS = fileURLToPath(new URL(`../fixtures/abstention/${ESSAY}/`, import.meta.url));

describe.skipIf(!hasSharedEval)('answerQuestion abstaining on the essay (../shared/eval/generalize)', () => {
  let knowledge: Knowledge;
  beforeAll(async () => {
    // The document alone in a knowledge folder, as an admin would load it.
    const dir = await mkdtemp(join(tmpdir(), 'docent-abstain-essay-'));
    try {
      await copyFile(DOCUMENT, join(dir, `${ESSAY}.txt`));
      knowledge = buildKnowledge((await readKnowledgeDir(dir)).documents);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  const answeredShare = async (file: string) => {
    const questions = (JSON.parse(await readFile(`${SETS}${file}`, 'utf8')) as { q: string }[]).map(({ q }) => q);
    return questions.filter((question) => answerQuestion(knowledge, question).kind === 'answer').length / questions.length;
  };

  it.each([
    // Ceilings three questions (of 28) above today's share answered.
    ['off-topic-tune.json', 0.036, 0.15],
    ['off-topic.json', 0, 0.11],
  ])('tells most off-topic questions of %s "not in my documents" (today %s answered; ceiling %s)', async (file, _today, ceiling) => {
    expect(await answeredShare(file)).toBeLessThanOrEqual(ceiling);
  });

  it('still answers the questions the essay answers (today all 32; floor two below)', async () => {
    expect(await answeredShare('on-topic.json')).toBeGreaterThanOrEqual(0.93);
  });
});
