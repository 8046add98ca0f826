/**
 * When docent answers and when it says "not in my documents", on the article, set by set: the share answered, the
 * ranking's hit@1/hit@3 (abstaining off) and the hits that are still shown with abstaining on, and the CPU time of
 * `answerQuestion` per question. `--options '<json>'` overrides answer-time options (AnswerOverrides), to compare a
 * calibration with the defaults without editing them:
 *
 *   npx tsx bench/answering.ts
 *   npx tsx bench/answering.ts --options '{"answer":{"abstain":{"minWordsMet":1}}}'
 */
import { fileURLToPath } from 'node:url';
import { answerQuestion } from '../src/core/answer.ts';
import { readKnowledgeDir } from '../src/core/documents/load.ts';
import { buildKnowledge } from '../src/core/knowledge.ts';
import type { AnswerOverrides } from '../src/core/options.ts';
import { scoreRetrieval } from '../src/eval/quality.ts';
import { readAbstentionSets } from './generalize.ts';

const ARTICLE_DIR = fileURLToPath(new URL('../knowledge/', import.meta.url));
const DEV_SET = fileURLToPath(new URL('../../shared/eval/dev-questions.json', import.meta.url));
/** Each question is answered this many times for the CPU times, after one warm-up round. */
const TIMING_ROUNDS = 20;

const optionsAt = process.argv.indexOf('--options');
const overrides = (optionsAt >= 0 ? JSON.parse(process.argv[optionsAt + 1] ?? '{}') : {}) as AnswerOverrides;
const knowledge = buildKnowledge((await readKnowledgeDir(ARTICLE_DIR)).documents);
const answered = (question: string) => answerQuestion(knowledge, question, overrides).kind === 'answer';
const texts = (options: AnswerOverrides) => (question: string) => {
  const answer = answerQuestion(knowledge, question, { ...options, limit: 10 });
  return answer.kind === 'answer' ? answer.results.map((result) => result.passage.text) : [];
};
const withoutAbstaining: AnswerOverrides = { ...overrides, answer: { ...overrides.answer, abstain: { ...overrides.answer?.abstain, minCoverage: 0 } } };
const percent = (share: number) => `${(100 * share).toFixed(1)}%`.padStart(6);

const questions: string[] = [];
console.log('set                    n  answered  ranking hit@1 hit@3  with abstaining hit@1 hit@3');
for (const set of await readAbstentionSets(DEV_SET)) {
  questions.push(...set.questions.map((question) => question.q));
  const share = set.questions.filter((question) => answered(question.q)).length / set.questions.length;
  const head = `${set.name.padEnd(20)} ${String(set.questions.length).padStart(3)}  ${percent(share)}`;
  if (!set.onTopic) {
    console.log(`${head}  (off-topic: should be told "not in my documents")`);
    continue;
  }
  const ranking = scoreRetrieval(set.questions, texts(withoutAbstaining));
  const shown = scoreRetrieval(set.questions, texts(overrides));
  console.log(`${head}          ${percent(ranking.hitAt1)} ${percent(ranking.hitAt3)}                  ${percent(shown.hitAt1)} ${percent(shown.hitAt3)}`);
}

for (const question of questions) answered(question);
const times: number[] = [];
for (let round = 0; round < TIMING_ROUNDS; round += 1) {
  for (const question of questions) {
    const start = process.cpuUsage();
    answered(question);
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
}
times.sort((a, b) => a - b);
const at = (share: number) => (times[Math.min(times.length - 1, Math.floor(times.length * share))] ?? 0).toFixed(2);
console.log(`CPU time of answerQuestion over ${times.length} answers: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms`);
