/**
 * `npx tsx bench/answer-ab.ts --base <another checkout> [--knowledge article|article-e2e|30k] [--restore 30k.bin] [--passes 4]`:
 * `answerQuestion`'s CPU a question, this checkout's against another's (say a copy of the commit before a change, made
 * with `git archive`), in one process, the two taking turns by blocks of 25 questions: on a machine
 * others load, separate runs differ by a third, while turns this short see the same load. The article is asked every
 * question of the dev and abstention sets (`article-e2e`: the 20 questions `e2e-tail.ts` asks the bot, each 25 times,
 * the load whose tail issue 13 judges); the 30k base the 1,000 queries `e2e-tail.ts --knowledge 30k` asks
 * (`--restore` as in `answers-hash.ts`). On the article each version builds its own knowledge (its lexicon with it); the 30k
 * base is built once, by this checkout, and shared.
 *
 * `--built [--runs N]` (article or article-e2e only): the two versions are each checkout's `dist/` (`npm run build` in both first),
 * each answering in a plain-node child of its own (`answer-turns.ts`), not the sources under tsx: the code the bot runs,
 * where tsx's loader hid part of a gap (speed51a's record in bench/README.md).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { answerQuestion } from '../src/core/answer.ts';
import { readKnowledgeDir } from '../src/core/documents/load.ts';
import { buildKnowledge, type Knowledge } from '../src/core/knowledge.ts';
import { restoreKnowledgeAsync } from '../src/core/restore.ts';
import { readSnapshot, writeSnapshot } from '../src/core/snapshot.ts';
import { builtSide, inProcessSide, takeTurns, type Side } from './answer-turns.ts';
import { scaleKnowledge } from './e2e-30k.ts';
import { ARTICLE_QUESTIONS } from './e2e-questions.ts';
import { readAbstentionSets } from './generalize.ts';

const ARTICLE_DIR = fileURLToPath(new URL('../knowledge/', import.meta.url));
const DEV_SET = fileURLToPath(new URL('../../shared/eval/dev-questions.json', import.meta.url));
const RESTORE_KEY = 'answers-hash';
const argument = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
};
const base = argument('base');
if (base === undefined) throw new Error('bench: --base <the other checkout> is needed');
const built = process.argv.includes('--built');
const runs = Number(argument('runs') ?? 1);
if (runs !== 1 && !built) throw new Error('bench: --runs needs --built (a version loaded into this process cannot be loaded afresh)');
const which = argument('knowledge') ?? (built ? 'article' : '30k');
const passes = Number(argument('passes') ?? 4);
const restore = argument('restore');
if (built && which === '30k') throw new Error('bench: --built times the article (each side builds its own knowledge), not the 30k base');

const articleQuestions = async (): Promise<string[]> => {
  if (which === 'article-e2e') return Array.from({ length: 25 }, () => ARTICLE_QUESTIONS).flat();
  // `readAbstentionSets` passes over a set it cannot find: two runs, one without the dev set, would time other questions.
  if (!existsSync(DEV_SET)) throw new Error(`bench: ${DEV_SET} is missing (a copy outside the workspace needs ../shared beside it)`);
  return (await readAbstentionSets(DEV_SET)).flatMap((set) => set.questions.map((question) => question.q));
};
let newSides: () => Promise<[Side, Side]>;
let questions: string[];
if (built) {
  questions = await articleQuestions();
  const root = fileURLToPath(new URL('..', import.meta.url));
  newSides = () => Promise.all([builtSide(resolve(base, 'dist'), ARTICLE_DIR, questions), builtSide(resolve(root, 'dist'), ARTICLE_DIR, questions)]);
} else {
  const baseAnswer = ((await import(pathToFileURL(resolve(base, 'src/core/answer.ts')).href)) as { answerQuestion: typeof answerQuestion }).answerQuestion;
  let knowledge: Knowledge;
  // The knowledge each version answers from: the same for the 30k base (built once, it takes minutes); on the article each
  // builds its own, so a change to what a knowledge carries (its lexicon, whose readings a question makes, and its
  // per-knowledge caches) is timed too: with one knowledge, both versions read words through this checkout's lexicon.
  let baseKnowledge: Knowledge;
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
    questions = await articleQuestions();
  }
  const sides: [Side, Side] = [inProcessSide(baseAnswer, baseKnowledge, questions), inProcessSide(answerQuestion, knowledge, questions)];
  newSides = () => Promise.resolve(sides);
}

// `--runs` (built only): each run new children, whose code the JIT may settle differently, by several per cent a
// process: the mean of several runs of a few passes, not one long run, is what a change is read by.
const spent = [0, 0];
for (let run = 0; run < runs; run += 1) {
  const sides = await newSides();
  const perQuestion = await takeTurns(sides, questions.length, passes);
  for (const side of sides) side.close();
  perQuestion.forEach((us, version) => (spent[version] = (spent[version] ?? 0) + us / 1000 / runs));
}
const [before = 0, after = 0] = spent;
console.log(
  `${which}${built ? ' (built)' : ''}, ${questions.length} questions × ${passes}${runs > 1 ? ` × ${runs} runs` : ''}: ${base} ${before.toFixed(3)} ms, this checkout ${after.toFixed(3)} ms of CPU a question (${(100 * (after / before - 1)).toFixed(1)}%)`,
);
