/**
 * `npx tsx bench/answers-hash.ts [--no-30k] [--restore 30k.bin] [--out answers.json]`: proof that a change to the answering path changed
 * no answer. Every question of the dev set and of the abstention sets (on the article, and on the public essay when
 * `../shared` is beside the repository) and the 1,000 queries `e2e-tail.ts --knowledge 30k` asks (on the 30k base) is
 * answered with 10 results and with the bot's page of one; each answer (kind, passage ids, scores to the last bit,
 * matched stems, figures, timeline, corrections, suggestions) is hashed. Run it before and after a change: the hashes
 * must be equal. `--out` writes the answers themselves, to diff when they are not. Also prints `answerQuestion`'s CPU
 * per question, warm (a second pass), per base. Building the 30k base takes minutes on a busy machine: `--restore
 * <file>` saves what the first run built there and restores it in later runs (a change to the answering path leaves
 * the index as it is; one to the index needs the build).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { answerQuestion, type Answer } from '../src/core/answer.ts';
import { readKnowledgeDir } from '../src/core/documents/load.ts';
import { buildKnowledge } from '../src/core/knowledge.ts';
import { restoreKnowledgeAsync } from '../src/core/restore.ts';
import { readSnapshot, writeSnapshot } from '../src/core/snapshot.ts';
import type { RankedPassage } from '../src/core/search/rank.ts';
import { scaleKnowledge } from './e2e-30k.ts';
import { readHashedQuestions } from './hashed-questions.ts';

const argument = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
};
const out = argument('out');
const restore = argument('restore');
/** The key the `--restore` file is saved under: its own, since it stands for the documents, not the code. */
const RESTORE_KEY = 'answers-hash';

/** An answer as plain data: passages by id (their text is the knowledge's, not the answer's). */
function plain(answer: Answer): unknown {
  const results = (list: readonly RankedPassage[]) => list.map((result) => [result.passage.id, result.score, result.matchedStems, result.quoted]);
  switch (answer.kind) {
    case 'answer':
      return { ...answer, results: results(answer.results) };
    case 'no-match':
      return { ...answer, related: results(answer.related) };
    case 'invalid':
      return answer;
  }
}

const { groups } = await readHashedQuestions();
if (!process.argv.includes('--no-30k')) {
  const { dir, questions, passages } = await scaleKnowledge();
  const started = performance.now();
  const { documents } = await readKnowledgeDir(dir);
  const parts = restore !== undefined && existsSync(restore) ? await readSnapshot(restore, RESTORE_KEY) : null;
  const knowledge = parts === null ? buildKnowledge(documents) : await restoreKnowledgeAsync(documents, parts);
  if (parts === null && restore !== undefined) await writeSnapshot(restore, RESTORE_KEY, knowledge);
  console.log(`${passages} ${parts === null ? 'built' : 'restored'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  groups.push({ name: '30k drawn queries', knowledge, questions });
}

const all = createHash('sha256');
const written: Record<string, unknown[]> = {};
for (const { name, knowledge, questions } of groups) {
  const hash = createHash('sha256');
  const answers = questions.map((question) => [question, plain(answerQuestion(knowledge, question, { limit: 10 })), plain(answerQuestion(knowledge, question, { limit: 1 }))]);
  for (const answer of answers) hash.update(JSON.stringify(answer));
  // A second pass, warm, for the CPU per question (not a bench: the same questions again, so caches are hot).
  const cpu = process.cpuUsage();
  for (const question of questions) answerQuestion(knowledge, question, { limit: 1 });
  const { user, system } = process.cpuUsage(cpu);
  const digest = hash.digest('hex').slice(0, 16);
  all.update(digest);
  written[name] = answers;
  console.log(`${name.padEnd(44)} ${String(questions.length).padStart(5)}  ${digest}  ${((user + system) / 1000 / questions.length).toFixed(3)} ms CPU a question`);
}
console.log(`all answers: ${all.digest('hex').slice(0, 16)}`);
if (out !== undefined) await writeFile(out, JSON.stringify(written));
