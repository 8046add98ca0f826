/**
 * When docent answers and when it says "not in my documents", on the article and on a public essay, set by set: the share answered, the
 * ranking's hit@1/hit@3 (abstaining off) and the hits that are still shown with abstaining on, and the CPU time of
 * `answerQuestion` per question. `--options '<json>'` overrides answer-time options (AnswerOverrides), to compare a
 * calibration with the defaults without editing them:
 *
 *   npx tsx bench/answering.ts
 *   npx tsx bench/answering.ts --options '{"answer":{"abstain":{"minWordsMet":1}}}'
 *   npx tsx bench/answering.ts --show off-topic-tune   (also lists that set's questions answered the wrong way)
 */
import { fileURLToPath } from 'node:url';
import { answerQuestion } from '../src/core/answer.ts';
import { readKnowledgeDir } from '../src/core/documents/load.ts';
import { buildKnowledge, type Knowledge } from '../src/core/knowledge.ts';
import type { AnswerOverrides } from '../src/core/options.ts';
import { scoreRetrieval } from '../src/eval/quality.ts';
import { readAbstentionSets, readEssayAbstention, type AbstentionSet } from './generalize.ts';

const ARTICLE_DIR = fileURLToPath(new URL('../knowledge/', import.meta.url));
const DEV_SET = fileURLToPath(new URL('../../shared/eval/dev-questions.json', import.meta.url));
const GENERALIZE_DIR = fileURLToPath(new URL('../../shared/eval/generalize/', import.meta.url));
/** Each question is answered this many times for the CPU times, after one warm-up round. */
const TIMING_ROUNDS = 20;

const optionsAt = process.argv.indexOf('--options');
const overrides = (optionsAt >= 0 ? JSON.parse(process.argv[optionsAt + 1] ?? '{}') : {}) as AnswerOverrides;
const showAt = process.argv.indexOf('--show');
const shown = showAt >= 0 ? process.argv[showAt + 1] : undefined;
const withoutAbstaining: AnswerOverrides = { ...overrides, answer: { ...overrides.answer, abstain: { ...overrides.answer?.abstain, minCoverage: 0 } } };
const percent = (share: number) => `${(100 * share).toFixed(1)}%`.padStart(6);

const article = buildKnowledge((await readKnowledgeDir(ARTICLE_DIR)).documents);
const bases: { name: string; knowledge: Knowledge; sets: AbstentionSet[] }[] = [{ name: '', knowledge: article, sets: await readAbstentionSets(DEV_SET) }];
const essay = await readEssayAbstention(GENERALIZE_DIR);
if (essay !== null) bases.push(essay);
else console.warn(`skipping the essay's sets: ${GENERALIZE_DIR} is not beside this repository`);

const answered = (knowledge: Knowledge, question: string) => answerQuestion(knowledge, question, overrides).kind === 'answer';
const texts = (knowledge: Knowledge, options: AnswerOverrides) => (question: string) => {
  const answer = answerQuestion(knowledge, question, { ...options, limit: 10 });
  return answer.kind === 'answer' ? answer.results.map((result) => result.passage.text) : [];
};

console.log('set                                      n  answered  ranking hit@1 hit@3  with abstaining hit@1 hit@3');
for (const { name, knowledge, sets } of bases) {
  for (const set of sets) {
    // The article's sets go by their names; another document's by its name and theirs.
    const label = name === '' ? set.name : `${name} ${set.name}`;
    const share = set.questions.filter((question) => answered(knowledge, question.q)).length / set.questions.length;
    const head = `${label.padEnd(38)} ${String(set.questions.length).padStart(3)}  ${percent(share)}`;
    // `--show <set>`: the questions of that set answered the wrong way (on-topic declined, off-topic answered), to read.
    const misses = label === shown ? set.questions.filter((question) => answered(knowledge, question.q) !== set.onTopic) : [];
    if (!set.onTopic) console.log(`${head}  (off-topic: should be told "not in my documents")`);
    else {
      const ranking = scoreRetrieval(set.questions, texts(knowledge, withoutAbstaining));
      const kept = scoreRetrieval(set.questions, texts(knowledge, overrides));
      console.log(`${head}          ${percent(ranking.hitAt1)} ${percent(ranking.hitAt3)}                  ${percent(kept.hitAt1)} ${percent(kept.hitAt3)}`);
    }
    for (const question of misses) console.log(`  ${set.onTopic ? 'declined' : 'answered'}: ${question.q}`);
  }
}

// The CPU times are the article's, at the size the latency target names.
const questions = bases[0]?.sets.flatMap((set) => set.questions.map((question) => question.q)) ?? [];
for (const question of questions) answered(article, question);
const times: number[] = [];
for (let round = 0; round < TIMING_ROUNDS; round += 1) {
  for (const question of questions) {
    const start = process.cpuUsage();
    answered(article, question);
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
}
times.sort((a, b) => a - b);
const at = (share: number) => (times[Math.min(times.length - 1, Math.floor(times.length * share))] ?? 0).toFixed(2);
console.log(`CPU time of answerQuestion over ${times.length} answers: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms`);
