/**
 * `npx tsx bench/replies-hash.ts`: proof that a change to the bot's per-interaction path changed no reply's bytes. Every
 * question of the dev and abstention sets (the article, and the public essay when `../shared` is beside the
 * repository) and the e2e questions is rendered as `/ask` renders it (`renderAnswerPage`, public with "Follow up",
 * then private, at offsets 0 and 1) and serialised as the interaction callback's message (`apiMessageOf`, the body
 * discord.js sends); each body's JSON is hashed. A kept button payload's key is random, so it is hashed as `#KEY`.
 * Run it before and after a change: the hashes must be equal.
 */
import { createHash } from 'node:crypto';
import { renderAnswerPage } from '../src/bot/answer-page.ts';
import { createButtonState } from '../src/bot/button-state.ts';
import { apiMessageOf } from '../src/bot/respond.ts';
import { MessageFlags } from 'discord.js';
import { ARTICLE_QUESTIONS } from './e2e-questions.ts';
import { readHashedQuestions } from './hashed-questions.ts';

/** A kept payload's random key (`button-state.ts`): the same reply gets another key each time. */
const KEPT_KEY = /#[A-Za-z0-9_-]{16}"/g;
const PROVENANCE = { hash: '3f2a9c01b4de', indexedAt: '2026-12-01T19:40:00.000Z' };

const { article, groups } = await readHashedQuestions();
groups.unshift({ name: 'article e2e', knowledge: article, questions: ARTICLE_QUESTIONS });

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
