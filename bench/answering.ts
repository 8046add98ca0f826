/**
 * When docent answers and when it says "not in my documents", on the article, set by set: the share answered, the
 * ranking's hit@1/hit@3 (abstaining off) and the hits that are still shown with abstaining on, and the CPU time of
 * `answerQuestion` per question. `--options '<json>'` overrides answer-time options (AnswerOverrides), to compare a
 * calibration with the defaults without editing them:
 *
 *   npx tsx bench/answering.ts
 *   npx tsx bench/answering.ts --options '{"answer":{"abstain":{"minWordsMet":1}}}'
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { answerQuestion } from '../src/core/answer.ts';
import { readKnowledgeDir } from '../src/core/documents/load.ts';
import { buildKnowledge } from '../src/core/knowledge.ts';
import type { AnswerOverrides } from '../src/core/options.ts';
import { readEvalSet, scoreRetrieval, type EvalQuestion } from '../src/eval/quality.ts';

const ARTICLE_DIR = fileURLToPath(new URL('../knowledge/', import.meta.url));
const DEV_SET = fileURLToPath(new URL('../../shared/eval/dev-questions.json', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));
const ON_TOPIC: readonly [string, string][] = [
  ['dev', DEV_SET],
  ['heldout (80)', `${FIXTURES}heldout-questions.json`],
  ['on-topic', `${FIXTURES}abstention/on-topic.json`],
  ['on-topic-heldout', `${FIXTURES}abstention/on-topic-heldout.json`],
];
const OFF_TOPIC = ['off-topic-tune', 'off-topic-heldout', 'off-topic-heldout-2', 'off-topic-heldout-3'];
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
for (const [name, path] of ON_TOPIC) {
  if (!existsSync(path)) continue;
  const set: EvalQuestion[] = await readEvalSet(path);
  questions.push(...set.map((question) => question.q));
  const ranking = scoreRetrieval(set, texts(withoutAbstaining));
  const shown = scoreRetrieval(set, texts(overrides));
  const share = set.filter((question) => answered(question.q)).length / set.length;
  console.log(`${name.padEnd(20)} ${String(set.length).padStart(3)}  ${percent(share)}          ${percent(ranking.hitAt1)} ${percent(ranking.hitAt3)}                  ${percent(shown.hitAt1)} ${percent(shown.hitAt3)}`);
}
for (const name of OFF_TOPIC) {
  const set = JSON.parse(await readFile(`${FIXTURES}abstention/${name}.json`, 'utf8')) as { q: string }[];
  questions.push(...set.map((question) => question.q));
  const share = set.filter((question) => answered(question.q)).length / set.length;
  console.log(`${name.padEnd(20)} ${String(set.length).padStart(3)}  ${percent(share)}  (off-topic: should be told "not in my documents")`);
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
