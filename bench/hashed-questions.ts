/**
 * The questions `answers-hash.ts` and `replies-hash.ts` answer before and after a change: every set of the dev and
 * abstention questions on the article, and the public essay's when `../shared` is beside the repository.
 */
import { fileURLToPath } from 'node:url';
import { readKnowledgeDir } from '../src/core/documents/load.ts';
import { buildKnowledge, type Knowledge } from '../src/core/knowledge.ts';
import { readAbstentionSets, readEssayAbstention } from './generalize.ts';

const ARTICLE_DIR = fileURLToPath(new URL('../knowledge/', import.meta.url));
const DEV_SET = fileURLToPath(new URL('../../shared/eval/dev-questions.json', import.meta.url));
const GENERALIZE_DIR = fileURLToPath(new URL('../../shared/eval/generalize/', import.meta.url));

/** A named set of questions and the knowledge they are asked of. */
export interface QuestionGroup {
  readonly name: string;
  readonly knowledge: Knowledge;
  readonly questions: readonly string[];
}

/** The article's knowledge and the question sets, the article's first, in a fixed order (the hashes chain them). */
export async function readHashedQuestions(): Promise<{ article: Knowledge; groups: QuestionGroup[] }> {
  const article = buildKnowledge((await readKnowledgeDir(ARTICLE_DIR)).documents);
  const groups: QuestionGroup[] = [];
  for (const set of await readAbstentionSets(DEV_SET)) groups.push({ name: `article ${set.name}`, knowledge: article, questions: set.questions.map((question) => question.q) });
  const essay = await readEssayAbstention(GENERALIZE_DIR);
  if (essay === null) console.warn(`skipping the essay's sets: ${GENERALIZE_DIR} is not beside this repository`);
  else for (const set of essay.sets) groups.push({ name: `${essay.name} ${set.name}`, knowledge: essay.knowledge, questions: set.questions.map((question) => question.q) });
  return { article, groups };
}
