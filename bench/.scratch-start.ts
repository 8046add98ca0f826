import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startFakeDiscord } from '../tests/e2e/fake-discord/index.ts';
import { spawnBotChild } from './bot-child.ts';
const n = Number(process.argv[2] ?? 5);
const prof = process.argv[3];
const dir = join(await mkdtemp(join(tmpdir(), 'st-')), 'article');
await cp(fileURLToPath(new URL('../knowledge/', import.meta.url)), dir, { recursive: true });
for (let i = 0; i < n; i++) {
  const fake = await startFakeDiscord();
  const bot = spawnBotChild({ apiUrl: fake.apiUrl, knowledgeDir: dir, logLevel: 'info', runtime: 'compiled', ...(prof && i === n - 1 ? { cpuProfileDir: prof } : {}) });
  const loaded = await bot.waitForLog((l) => l.msg === 'knowledge loaded', 60000);
  const ready = await bot.waitForLog((l) => l.msg === 'ready', 60000);
  const cpu = bot.cpuMs();
  const sent = fake.sendSlashCommand({ name: 'ask', options: { question: 'what is the common prosperity demonstration zone' } });
  await fake.waitForInteractionResponse(sent.id, 10000);
  console.log(`run ${i}: loaded ${(loaded.at - bot.spawnedAt).toFixed(0)} ready ${(ready.at - bot.spawnedAt).toFixed(0)} cpu ${cpu} ${i===0?'(first: builds)':''}`);
  await bot.stop(); await fake.close();
}
