// End to end: per-server knowledge and feedback with docent sharded on discord.js's real ShardingManager:
// two shard processes (src/shard/shard.ts) each open the one database in DATA_DIR. Admins on both
// shards add documents at once and members on both vote at once, and nothing is lost; a document an
// admin adds to the base in a DM (shard 0) is served by the other shard's server at its next question.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startShardManager, type RunningShards } from '../../src/shard/manager.ts';
import { makeUser, shardOf, startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
import {
  addDocument,
  commandReply,
  copyKnowledgeDir,
  customIdOf,
  embedOf,
  expectCleanRun,
  MANAGE_GUILD,
  memoryLog,
  pressButton,
  removeDir,
  TOKEN,
  trackUnhandledRejections,
  visibleText,
} from './start-bot.ts';

const rejections = trackUnhandledRejections();
const admin = makeUser({ username: 'alice' });
/** Six members, each with a question of their own that nothing answers. */
const MISSES = ['qorvath', 'blintzel', 'sproing', 'wuxtal', 'fremble', 'zandor'];
const members = MISSES.map((word) => makeUser({ username: word }));

let fake: FakeDiscord;
let dir: string;
let dataDir: string;
let sharded: RunningShards | undefined;
/** What the shard processes wrote (their JSON logs), kept out of the test's output. */
let shardOutput = '';

beforeAll(async () => {
  dir = await copyKnowledgeDir();
  dataDir = await mkdtemp(join(tmpdir(), 'docent-e2e-sharded-data-'));
  fake = await startFakeDiscord({ shardCount: 2 });
  const parsed = parseConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    KNOWLEDGE_DIR: dir,
    DATA_DIR: dataDir,
    ADMIN_USER_IDS: admin.id,
    RATE_LIMIT_COUNT: '1000',
    SHARD_COUNT: '2',
    LOG_LEVEL: 'warn',
  });
  if (!parsed.ok) throw new Error(parsed.message);
  const logger = createLogger('warn', { destination: memoryLog().stream, secrets: [TOKEN] });
  sharded = await startShardManager({
    config: { ...parsed.config, DISCORD_TOKEN: TOKEN },
    logger,
    spawnDelayMs: 0,
    output: (_shard, chunk) => {
      shardOutput += chunk;
    },
  });
}, 120_000);
afterEach(() => {
  expectCleanRun(fake, rejections);
  expect(shardOutput).not.toContain(TOKEN);
});
afterAll(async () => {
  await sharded?.stop();
  await fake?.close();
  if (dir !== undefined) await removeDir(dir);
  if (dataDir !== undefined) await removeDir(dataDir);
});

function guildOfShard(shard: number): string {
  const guild = fake.guildIds.find((id) => shardOf(id, 2) === shard);
  if (guild === undefined) throw new Error(`no guild on shard ${shard}`);
  return guild;
}

const ask = (question: string, guildId: string, user = admin) => commandReply(fake, { name: 'ask', options: { question }, user, guildId });
const gapsOf = async (guildId: string) => visibleText(await commandReply(fake, { name: 'gaps', user: admin, memberPermissions: MANAGE_GUILD, guildId }));

describe('two shard processes on one database', () => {
  it('adds documents on both shards at once; each is served in its own server only', async () => {
    const [zero, one] = [guildOfShard(0), guildOfShard(1)];
    const documents = [0, 1, 2].flatMap((n) => [
      { guildId: zero, filename: `zero-${n}.md`, content: `# Zero ${n}\n\nThe zebra keeper counted ${n + 100} zebras on shard zero.\n` },
      { guildId: one, filename: `one-${n}.md`, content: `# One ${n}\n\nThe ostrich keeper counted ${n + 200} ostriches on shard one.\n` },
    ]);
    const added = await Promise.all(
      documents.map(({ guildId, filename, content }) => addDocument(fake, { filename, content }, { user: admin, memberPermissions: MANAGE_GUILD, guildId })),
    );
    for (const result of added) expect(result.text).toContain('Added **');

    const listed = async (guildId: string) => visibleText(await commandReply(fake, { name: 'knowledge', subcommand: 'list', user: admin, memberPermissions: MANAGE_GUILD, guildId }));
    expect(await listed(zero)).toContain("**This server's documents** (3)");
    expect(await listed(one)).toContain("**This server's documents** (3)");
    expect(embedOf(await ask('how many zebras did the keeper count', zero)).description).toMatch(/10[012]/);
    expect(visibleText(await ask('how many zebras did the keeper count', one))).not.toMatch(/zebras on shard zero/);
  }, 60_000);

  it('records every vote cast on both shards at once, and every miss', async () => {
    const [zero, one] = [guildOfShard(0), guildOfShard(1)];
    const answers = await Promise.all([zero, one].map((guildId) => ask('how many civil disputes has fengqiao mediated', guildId)));
    // Six members each vote "Not helpful" on both servers' answers, all at once: six votes a server.
    await Promise.all(
      members.flatMap((user) =>
        [zero, one].map((guildId, index) => pressButton(fake, { customId: customIdOf(answers[index] ?? {}, 'Not helpful'), user, guildId })),
      ),
    );
    await Promise.all(members.flatMap((user) => [zero, one].map((guildId) => ask(`how many ${user.username} live here`, guildId, user))));
    for (const guildId of [zero, one]) {
      const gaps = await gapsOf(guildId);
      expect(gaps).toMatch(/\*\*6×\*\* “how many civil disputes has fengqiao mediated” · marked not helpful/);
      for (const word of MISSES) expect(gaps).toMatch(new RegExp(`\\*\\*1×\\*\\* “how many ${word} live here” · not answered`));
    }
  }, 60_000);

  it('serves a document an admin adds to the base in a DM (shard 0) in a server on shard 1 at its next question', async () => {
    const added = await addDocument(fake, { filename: 'lighthouse.txt', content: 'The lighthouse keeper logged 42 storms in 1998.\n' }, { dm: true, user: admin });
    expect(added.text).toContain('to the base');
    expect(embedOf(await ask('how many storms did the lighthouse keeper log', guildOfShard(1))).description).toContain('**storms** in 1998');
  }, 60_000);
});
