/**
 * One side of `answer-ab.ts --built`, run by plain node (no tsx loader, as `npm start` runs the bot): it loads a
 * checkout's built core (`<dist>/src/core/…js`, argv[2]), builds its own knowledge of the folder argv[3], says so, then
 * answers the turns its parent sends ({ questions } once, then { from, to }), replying with the CPU each took in this
 * process. A process of its own, so each side's collector pays for its own garbage and not for the other's.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist = '', knowledgeDir = ''] = process.argv.slice(2);
const core = (file) => import(pathToFileURL(resolve(dist, 'src/core', file)).href);
const { answerQuestion } = await core('answer.js');
const { readKnowledgeDir } = await core('documents/load.js');
const { buildKnowledge } = await core('knowledge.js');
const knowledge = buildKnowledge((await readKnowledgeDir(knowledgeDir)).documents);
let questions = [];
process.on('message', (message) => {
  if (message.questions !== undefined) {
    questions = message.questions;
    process.send({ execArgv: process.execArgv });
    return;
  }
  const started = process.cpuUsage();
  for (let at = message.from; at < message.to; at += 1) answerQuestion(knowledge, questions[at], { limit: 1 });
  const spent = process.cpuUsage(started);
  process.send({ us: spent.user + spent.system });
});
process.send({ built: true });
