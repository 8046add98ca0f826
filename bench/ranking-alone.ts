/**
 * The ranking alone (abstaining off, `abstain.minCoverage` 0, as `tests/core/ranking.test.ts` asks) on every held-out
 * document that has questions, each loaded alone as the generalize bench loads it: hit@1, hit@3, MRR@10 per document,
 * beside plain MiniSearch on the same passages (`engines/minisearch.ts`, the generalize bench's baseline).
 * `--show <folder>` also lists that document's questions whose answer was not first, with the rank it came at and
 * MiniSearch's rank;
 * `--options '<json>'` overrides answer-time options (AnswerOverrides), as `answering.ts` takes them.
 *
 *   npx tsx bench/ranking-alone.ts
 *   npx tsx bench/ranking-alone.ts --options '{"rank":{"weights":{"proximity":0}}}'
 *   npx tsx bench/ranking-alone.ts --show sports-page-1961
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerQuestion } from '../src/core/answer.ts';
import { buildKnowledge } from '../src/core/knowledge.ts';
import type { AnswerOverrides } from '../src/core/options.ts';
import { readEvalSet, scoreRetrieval } from '../src/eval/quality.ts';
import { miniSearchEngine } from './engines/minisearch.ts';
import { loadDocumentAlone } from './generalize.ts';

const HELDOUT_DIR = fileURLToPath(new URL('./heldout/', import.meta.url));
const showAt = process.argv.indexOf('--show');
const shown = showAt >= 0 ? process.argv[showAt + 1] : undefined;
const optionsAt = process.argv.indexOf('--options');
const overrides = (optionsAt >= 0 ? JSON.parse(process.argv[optionsAt + 1] ?? '{}') : {}) as AnswerOverrides;
const percent = (share: number) => `${(100 * share).toFixed(1)}%`.padStart(6);

console.log('document                              n   hit@1  hit@3  MRR@10   MiniSearch hit@1  hit@3  MRR@10');
for (const name of (await readdir(HELDOUT_DIR)).sort()) {
  const folder = join(HELDOUT_DIR, name);
  if (!existsSync(join(folder, 'questions.json'))) continue;
  const questions = (await readEvalSet(join(folder, 'questions.json'))).filter((question) => !/\p{Script=Han}/u.test(question.q));
  const input = await loadDocumentAlone(folder);
  const knowledge = buildKnowledge(input.documents);
  const miniSearch = miniSearchEngine.build(input);
  const textById = new Map(input.passages.map((passage) => [passage.id, passage.text]));
  const miniSearchTexts = (question: string) => miniSearchEngine.search(miniSearch, question, 10).map((id) => textById.get(id) ?? '');
  const texts = (question: string) => {
    const answer = answerQuestion(knowledge, question, { ...overrides, limit: 10, answer: { ...overrides.answer, abstain: { ...overrides.answer?.abstain, minCoverage: 0 } } });
    return answer.kind === 'answer' ? answer.results.map((result) => result.passage.text) : [];
  };
  const score = scoreRetrieval(questions, texts);
  const plain = scoreRetrieval(questions, miniSearchTexts);
  const columns = (s: typeof score) => `${percent(s.hitAt1)} ${percent(s.hitAt3)}  ${s.mrrAt10.toFixed(3)}`;
  console.log(`${name.padEnd(36)} ${String(questions.length).padStart(3)}  ${columns(score)}              ${columns(plain)}`);
  if (name !== shown) continue;
  const plainRank = new Map(plain.misses.map((miss) => [miss.id, miss.rank ?? '>10']));
  for (const miss of score.misses) {
    const question = questions.find((candidate) => candidate.id === miss.id);
    console.log(`  rank ${miss.rank ?? '>10'} (MiniSearch ${plainRank.get(miss.id) ?? 1}): ${question?.id} ${question?.q}`);
  }
}
