/**
 * Per question, whether docent answers or declines every held-out question set (each document loaded alone) and the
 * public essay's sets: prints the on-topic questions declined and the off-topic questions answered, by document, then
 * the totals. `--json <file>` keeps the per-question record, to set one checkout's against another's. `--options '<json>'`
 * answers with those answer-time options over the defaults (`answer-overrides.ts`): a threshold measured without
 * editing `src/core/options.ts`.
 *
 *   npx tsx bench/heldout-answers.ts [--sets <folder of held-out documents>] [--json <file>] [--options '<json>']
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { answerQuestion } from '../src/core/answer.ts';
import { answerOverridesOf } from './answer-overrides.ts';
import { readEssayAbstention, readHeldOutAbstention } from './generalize.ts';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const askedOptions = flag('--options');
const overrides = askedOptions === undefined ? {} : answerOverridesOf(askedOptions);
const setsDir = flag('--sets') ?? fileURLToPath(new URL('heldout/', import.meta.url));
const documents = [...(await readHeldOutAbstention(setsDir))];
const essay = await readEssayAbstention(fileURLToPath(new URL('../../shared/eval/generalize/', import.meta.url)));
if (essay !== null) documents.push(essay);

const record = documents.flatMap((document) =>
  document.sets.flatMap((set) =>
    set.questions.map((question) => ({ document: document.name, set: set.name, onTopic: set.onTopic, q: question.q, answered: answerQuestion(document.knowledge, question.q, overrides).kind === 'answer' })),
  ),
);
for (const document of documents) {
  const wrong = record.filter((row) => row.document === document.name && row.onTopic !== row.answered);
  if (wrong.length === 0) continue;
  console.log(`## ${document.name}`);
  for (const row of wrong) console.log(`  ${row.onTopic ? 'on-topic declined ' : 'off-topic answered'} [${row.set}] ${row.q}`);
}
const onTopic = record.filter((row) => row.onTopic);
const offTopic = record.filter((row) => !row.onTopic);
console.log(`on-topic answered ${onTopic.filter((row) => row.answered).length} of ${onTopic.length}; off-topic declined ${offTopic.filter((row) => !row.answered).length} of ${offTopic.length}`);
const out = flag('--json');
if (out !== undefined) writeFileSync(out, JSON.stringify(record));
