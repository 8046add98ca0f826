/**
 * `npx tsx bench/replies-hash.ts`: proof that a change to the bot's per-interaction path changed no reply's bytes. Every
 * question of the dev and abstention sets (the article, and the public essay when `../shared` is beside the
 * repository) and the e2e questions is rendered as `/ask` renders it (`renderAnswerPage`, public with "Follow up",
 * then private, at offsets 0 and 1) and serialised as the interaction callback's message (`apiMessageOf`, the body
 * discord.js sends); each body's JSON is hashed. A kept button payload's key is random, so it is hashed as `#KEY`.
 * Run it before and after a change: the hashes must be equal.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { renderAnswerPage } from '../src/bot/answer-page.ts';
import { createButtonState } from '../src/bot/button-state.ts';
import { apiMessageOf } from '../src/bot/respond.ts';
import { readKnowledgeDir } from '../src/core/documents/load.ts';
import { buildKnowledge, type Knowledge } from '../src/core/knowledge.ts';
import { MessageFlags } from 'discord.js';
import { ARTICLE_QUESTIONS } from './e2e-questions.ts';
import { readAbstentionSets, readEssayAbstention } from './generalize.ts';

const ARTICLE_DIR = fileURLToPath(new URL('../knowledge/', import.meta.url));
const DEV_SET = fileURLToPath(new URL('../../shared/eval/dev-questions.json', import.meta.url));
const GENERALIZE_DIR = fileURLToPath(new URL('../../shared/eval/generalize/', import.meta.url));
/** A kept payload's random key (`button-state.ts`): the same reply gets another key each time. */
const KEPT_KEY = /#[A-Za-z0-9_-]{16}"/g;
const PROVENANCE = { hash: '3f2a9c01b4de', indexedAt: '2026-12-01T19:40:00.000Z' };

const article = buildKnowledge((await readKnowledgeDir(ARTICLE_DIR)).documents);
const groups: { name: string; knowledge: Knowledge; questions: readonly string[] }[] = [{ name: 'article e2e', knowledge: article, questions: ARTICLE_QUESTIONS }];
for (const set of await readAbstentionSets(DEV_SET)) groups.push({ name: `article ${set.name}`, knowledge: article, questions: set.questions.map((question) => question.q) });
const essay = await readEssayAbstention(GENERALIZE_DIR);
if (essay === null) console.warn(`skipping the essay's sets: ${GENERALIZE_DIR} is not beside this repository`);
else for (const set of essay.sets) groups.push({ name: `${essay.name} ${set.name}`, knowledge: essay.knowledge, questions: set.questions.map((question) => question.q) });

const buttons = createButtonState();
const all = createHash('sha256');
let replies = 0;
for (const { name, knowledge, questions } of groups) {
  const hash = createHash('sha256');
  for (const question of questions) {
    for (const isPrivate of [false, true]) {
      for (const offset of [0, 1]) {
        const page = { question, offset, askerId: '123456789012345678', private: isPrivate };
        const { reply } = renderAnswerPage(knowledge, page, { buttons, followUp: !isPrivate }, () => PROVENANCE);
        const flags = (reply.private ? MessageFlags.Ephemeral : 0) | (reply.flags ?? 0);
        hash.update(JSON.stringify({ type: 4, data: apiMessageOf(reply, flags) }).replace(KEPT_KEY, '#KEY"'));
        replies += 1;
      }
    }
  }
  const digest = hash.digest('hex').slice(0, 16);
  all.update(digest);
  console.log(`${name.padEnd(44)} ${String(questions.length).padStart(5)}  ${digest}`);
}
console.log(`all replies (${replies}): ${all.digest('hex').slice(0, 16)}`);
