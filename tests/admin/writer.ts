/**
 * A shard process of the concurrency test: opens the admin database in DATA_DIR (argv[2]) over the
 * host knowledge in argv[3], then, once told to go (a file appears), adds documents and votes as fast
 * as it can. Its name (argv[4]) keeps its documents and answers apart from the other process's.
 */
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { openAdmin } from '../../src/admin/open.ts';
import { createKnowledgeStore, loadKnowledge } from '../../src/core/store.ts';

const [dataDir = '', knowledgeDir = '', name = '', go = ''] = process.argv.slice(2);
const { knowledge } = await loadKnowledge(knowledgeDir, dataDir);
const admin = openAdmin({ dataDir, knowledgeDir, host: createKnowledgeStore(knowledgeDir, knowledge, undefined, dataDir), logger: pino({ level: 'silent' }) });
process.stdout.write('ready\n');
while (!existsSync(go)) await sleep(10);
const failures: string[] = [];
for (let index = 0; index < 5; index += 1) {
  const result = await admin.catalog.add({
    guildId: '111111111111111111',
    fileName: `${name}-${index}.md`,
    bytes: new TextEncoder().encode(`# ${name} ${index}\n\nThe ${name} shard wrote note number ${index}.\n`),
    addedBy: name,
  });
  if (result.kind !== 'added') failures.push(result.reason);
}
for (let index = 0; index < 200; index += 1) {
  const voted = admin.feedback.vote({
    answerId: `${name}-answer-${index}`,
    voter: admin.feedback.voterOf('333333333333333333'),
    helpful: false,
    miss: { guildId: '111111111111111111', question: `${name} question ${index}`, passageIds: [] },
  });
  if (voted !== 'recorded') failures.push(voted);
}
admin.close();
process.stdout.write(`${JSON.stringify({ failures })}\n`);
