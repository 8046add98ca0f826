/**
 * Whether abstaining depends on the size of the knowledge base: the article cut into consecutive pieces of about equal
 * words (paragraphs kept whole), each loaded alone, against the whole article. On-topic: the article's on-topic
 * questions whose gold answer lies in the piece; off-topic: every off-topic set of the article. Prints each piece's
 * answered and declined counts beside the whole article's on the same questions.
 *
 *   npx tsx bench/abstain-pieces.ts                 (3 pieces, about the held-out documents' 2,000 words)
 *   npx tsx bench/abstain-pieces.ts --pieces 2 --options '{"answer":{"abstain":{"missingWordWeight":1}}}'
 */
import { fileURLToPath } from 'node:url';
import { answerQuestion } from '../src/core/answer.ts';
import { readKnowledgeDir } from '../src/core/documents/load.ts';
import { buildKnowledge, type Knowledge } from '../src/core/knowledge.ts';
import type { AnswerOverrides } from '../src/core/options.ts';
import type { KnowledgeDocument } from '../src/core/types.ts';
import { readAbstentionSets } from './generalize.ts';

const ARTICLE_DIR = fileURLToPath(new URL('../knowledge/', import.meta.url));
const DEV_SET = fileURLToPath(new URL('../../shared/eval/dev-questions.json', import.meta.url));

const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const pieceCount = Number(argument('--pieces') ?? 3);
const overrides = JSON.parse(argument('--options') ?? '{}') as AnswerOverrides;

const { documents } = await readKnowledgeDir(ARTICLE_DIR);
const [article] = documents;
if (article === undefined || documents.length !== 1) throw new Error(`expected the article alone in ${ARTICLE_DIR}`);
const whole = buildKnowledge(documents);
const sets = await readAbstentionSets(DEV_SET);
const onTopic = sets.flatMap((set) => (set.onTopic ? set.questions : []));
const offTopic = sets.flatMap((set) => (set.onTopic ? [] : set.questions.map((question) => question.q)));

const answered = (knowledge: Knowledge, question: string) => answerQuestion(knowledge, question, overrides).kind === 'answer';
const flat = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();
const paragraphs = article.body.split(/\n\s*\n/);
const wordsOf = (paragraph: string) => paragraph.split(/\s+/).filter(Boolean).length;
const totalWords = paragraphs.reduce((sum, paragraph) => sum + wordsOf(paragraph), 0);

const totals = { onTopic: 0, onWhole: 0, onPiece: 0, offTopic: 0, offWhole: 0, offPiece: 0 };
const offWhole = offTopic.filter((question) => !answered(whole, question)).length;
let next = 0;
for (let piece = 0; piece < pieceCount; piece += 1) {
  const taken: string[] = [];
  let words = 0;
  while (next < paragraphs.length && (piece === pieceCount - 1 || words < totalWords / pieceCount)) {
    const paragraph = paragraphs[next] ?? '';
    taken.push(paragraph);
    words += wordsOf(paragraph);
    next += 1;
  }
  const body = taken.join('\n\n');
  const knowledge = buildKnowledge([{ ...article, body } as KnowledgeDocument]);
  const mine = onTopic.filter((question) => question.answers.some((answer) => flat(body).includes(flat(answer))));
  const onWhole = mine.filter((question) => answered(whole, question.q)).length;
  const onPiece = mine.filter((question) => answered(knowledge, question.q)).length;
  const offPiece = offTopic.filter((question) => !answered(knowledge, question)).length;
  console.log(
    `piece ${piece + 1}: ${words} words, ${knowledge.index.passages.items.length} passages; on-topic ${mine.length} answered: whole ${onWhole}, piece ${onPiece}; ` +
      `off-topic ${offTopic.length} declined: whole ${offWhole}, piece ${offPiece}`,
  );
  Object.assign(totals, {
    onTopic: totals.onTopic + mine.length,
    onWhole: totals.onWhole + onWhole,
    onPiece: totals.onPiece + onPiece,
    offTopic: totals.offTopic + offTopic.length,
    offWhole: totals.offWhole + offWhole,
    offPiece: totals.offPiece + offPiece,
  });
}
const percent = (count: number, of: number) => `${((100 * count) / of).toFixed(1)}%`;
console.log(
  `on-topic answered: whole ${percent(totals.onWhole, totals.onTopic)}, pieces ${percent(totals.onPiece, totals.onTopic)} of ${totals.onTopic}; ` +
    `off-topic declined: whole ${percent(totals.offWhole, totals.offTopic)}, pieces ${percent(totals.offPiece, totals.offTopic)} of ${totals.offTopic}`,
);
