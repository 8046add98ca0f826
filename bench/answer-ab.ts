/**
 * `npx tsx bench/answer-ab.ts --base <another checkout> [--knowledge article|article-e2e|30k] [--restore 30k.bin] [--passes 4]`:
 * `answerQuestion`'s CPU a question, this checkout's against another's (say a copy of the commit before a change, made
 * with `git archive`), in one process, the two taking turns by blocks of 25 questions: on a machine
 * others load, separate runs differ by a third, while turns this short see the same load. The article is asked every
 * question of the dev and abstention sets (`article-e2e`: the 20 questions `e2e-tail.ts` asks the bot, each 25 times,
 * the load whose tail issue 13 judges); the 30k base the 1,000 queries `e2e-tail.ts --knowledge 30k` asks
 * (`--restore` as in `answers-hash.ts`). On the article each version builds its own knowledge (its lexicon with it); the 30k
 * base is built once, by this checkout, and shared.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { answerQuestion } from '../src/core/answer.ts';
import { readKnowledgeDir } from '../src/core/documents/load.ts';
import { buildKnowledge, type Knowledge } from '../src/core/knowledge.ts';
import { restoreKnowledgeAsync } from '../src/core/restore.ts';
import { readSnapshot, writeSnapshot } from '../src/core/snapshot.ts';
import { scaleKnowledge } from './e2e-30k.ts';
import { ARTICLE_QUESTIONS } from './e2e-questions.ts';
import { readAbstentionSets } from './generalize.ts';

const ARTICLE_DIR = fileURLToPath(new URL('../knowledge/', import.meta.url));
const DEV_SET = fileURLToPath(new URL('../../shared/eval/dev-questions.json', import.meta.url));
const BLOCK = 25;
const RESTORE_KEY = 'answers-hash';
const argument = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
};
const base = argument('base');
if (base === undefined) throw new Error('bench: --base <the other checkout> is needed');
const which = argument('knowledge') ?? '30k';
const passes = Number(argument('passes') ?? 4);
const restore = argument('restore');

const baseAnswer = ((await import(pathToFileURL(resolve(base, 'src/core/answer.ts')).href)) as { answerQuestion: typeof answerQuestion }).answerQuestion;
let knowledge: Knowledge;
// The knowledge each version answers from: the same for the 30k base (built once, it takes minutes); on the article each
// builds its own, so a change to what a knowledge carries (its lexicon, whose readings a question makes, and its
// per-knowledge caches) is timed too: with one knowledge, both versions read words through this checkout's lexicon.
let baseKnowledge: Knowledge;
let questions: string[];
if (which === '30k') {
  const scale = await scaleKnowledge();
  questions = scale.questions;
  const { documents } = await readKnowledgeDir(scale.dir);
  const parts = restore !== undefined && existsSync(restore) ? await readSnapshot(restore, RESTORE_KEY) : null;
  knowledge = parts === null ? buildKnowledge(documents) : await restoreKnowledgeAsync(documents, parts);
  if (parts === null && restore !== undefined) await writeSnapshot(restore, RESTORE_KEY, knowledge);
  baseKnowledge = knowledge;
} else {
  knowledge = buildKnowledge((await readKnowledgeDir(ARTICLE_DIR)).documents);
  const baseLoad = (await import(pathToFileURL(resolve(base, 'src/core/documents/load.ts')).href)) as { readKnowledgeDir: typeof readKnowledgeDir };
  const baseBuild = (await import(pathToFileURL(resolve(base, 'src/core/knowledge.ts')).href)) as { buildKnowledge: typeof buildKnowledge };
  baseKnowledge = baseBuild.buildKnowledge((await baseLoad.readKnowledgeDir(ARTICLE_DIR)).documents);
  questions =
    which === 'article-e2e'
      ? Array.from({ length: 25 }, () => ARTICLE_QUESTIONS).flat()
      : (await readAbstentionSets(DEV_SET)).flatMap((set) => set.questions.map((question) => question.q));
}

const cpuUs = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
const versions = [baseAnswer, answerQuestion];
const spent = [0, 0];
const knowledges = [baseKnowledge, knowledge];
for (const question of questions) versions.forEach((answer, version) => answer(knowledges[version] as Knowledge, question, { limit: 1 })); // warm-up
for (let pass = 0; pass < passes; pass += 1) {
  for (let at = 0; at < questions.length; at += BLOCK) {
    const block = questions.slice(at, at + BLOCK);
    // Who goes first alternates, so neither always runs just after the other's garbage.
    const order = (pass + at / BLOCK) % 2 === 0 ? [0, 1] : [1, 0];
    for (const version of order) {
      const started = cpuUs();
      for (const question of block) versions[version]?.(knowledges[version] as Knowledge, question, { limit: 1 });
      spent[version] = (spent[version] ?? 0) + cpuUs() - started;
    }
  }
}
const perQuestion = (us: number) => us / 1000 / (passes * questions.length);
const [before = 0, after = 0] = spent.map(perQuestion);
console.log(`${which}, ${questions.length} questions × ${passes}: ${base} ${before.toFixed(3)} ms, this checkout ${after.toFixed(3)} ms of CPU a question (${(100 * (after / before - 1)).toFixed(1)}%)`);
