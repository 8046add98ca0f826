// End to end: docent sharded on discord.js's real ShardingManager, against the fake Discord with two
// shards. The manager runs in this process (src/shard/manager.ts) and forks two real shard processes
// (src/shard/shard.ts under tsx) that log in to the fake; a temporary copy of knowledge/ without its
// snapshot, so the manager must build it and the shards must restore it. Then the real entry point
// (src/shard/main.ts, what `npm run start:sharded` runs) in a child process: SHARD_COUNT=auto through
// the fake's REST base, and SIGTERM.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { rm, unlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '../../src/config.ts';
import { snapshotPath } from '../../src/core/snapshot.ts';
import { createLogger } from '../../src/logger.ts';
import { startShardManager, type RunningShards } from '../../src/shard/manager.ts';
import { resolveShardCount } from '../../src/shard/shard-count.ts';
import { shardOf, startFakeDiscord, type FakeDiscord, type SlashCommandInput } from './fake-discord/index.ts';
import {
  NEW_DOCUMENT,
  expectCleanRun,
  callbackOf,
  copyKnowledgeDir,
  dataOf,
  EPHEMERAL,
  memoryLog,
  messageOf,
  removeDir,
  TOKEN,
  trackUnhandledRejections,
  visibleText,
  type LogLine,
  type MemoryLog,
} from './start-bot.ts';

const rejections = trackUnhandledRejections();
const MANAGE_GUILD = '32';
/**
 * Shorter than the default 30 s, so the test of a shard that does not answer is quick, yet long enough for a shard
 * to rebuild on a busy machine: at 3 s, healthy reloads failed at a load average of 5-12 on two cores.
 */
const RELOAD_TIMEOUT_MS = 8000;
const REPO = resolve(import.meta.dirname, '../..');

let fake: FakeDiscord;
let dir: string;
let log: MemoryLog;
let sharded: RunningShards | undefined;
/** Everything the shard processes wrote (their own JSON logs), for the token check and for diagnosis. */
let shardOutput = '';

function testConfig(apiUrl: string, extra: Record<string, string> = {}): Config & { DISCORD_TOKEN: string } {
  const parsed = parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: apiUrl, KNOWLEDGE_DIR: dir, RATE_LIMIT_COUNT: '1000', LOG_LEVEL: 'info', ...extra });
  if (!parsed.ok) throw new Error(parsed.message);
  return { ...parsed.config, DISCORD_TOKEN: TOKEN };
}

beforeAll(async () => {
  dir = await copyKnowledgeDir();
  await rm(snapshotPath(dir), { force: true });
  fake = await startFakeDiscord({ shardCount: 2 });
  log = memoryLog();
  const logger = createLogger('debug', { destination: log.stream, secrets: [TOKEN] });
  sharded = await startShardManager({
    config: testConfig(fake.apiUrl, { SHARD_COUNT: '2' }),
    logger,
    spawnDelayMs: 0,
    reloadTimeoutMs: RELOAD_TIMEOUT_MS,
    output: (_shard, chunk) => {
      shardOutput += chunk;
    },
  });
});
afterEach(() => expectCleanRun(fake, rejections));
afterAll(async () => {
  await sharded?.stop();
  await fake?.close();
  if (dir !== undefined) await removeDir(dir);
});

/** The fake's guild that Discord routes to `shard` of 2. */
function guildOfShard(shard: number): string {
  const guild = fake.guildIds.find((id) => shardOf(id, 2) === shard);
  if (guild === undefined) throw new Error(`no guild on shard ${shard}`);
  return guild;
}

async function askOnShard(shard: number, question: string): Promise<string> {
  const sent = fake.sendSlashCommand({ name: 'ask', guildId: guildOfShard(shard), options: { question } });
  expect(sent.delivered).toBe(true);
  return visibleText(dataOf(await fake.waitForInteractionResponse(sent.id, 10_000)));
}

/** /reload by a member with Manage Server in a guild of `shard`: deferred privately, then the report. */
async function reloadOnShard(shard: number, origin: Omit<SlashCommandInput, 'name'> = {}): Promise<string> {
  const sent = fake.sendSlashCommand({ name: 'reload', guildId: guildOfShard(shard), memberPermissions: MANAGE_GUILD, ...origin });
  const deferred = await fake.waitForInteractionResponse(sent.id, 10_000);
  expect(callbackOf(deferred)).toEqual({ type: 5, data: { flags: EPHEMERAL } });
  return messageOf(await fake.waitForInteractionEdit(sent.id, 20_000)).content ?? '';
}

const logged = (msg: string) => (line: LogLine) => line.msg === msg;

describe('starting', () => {
  it('runs one process per shard, each identifying with its own [id, 2]', () => {
    expect(sharded?.shardCount).toBe(2);
    expect(fake.identifies.map((identify) => identify.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const pids = [...(sharded?.manager.shards.values() ?? [])].map((shard) => shard.process?.pid);
    expect(new Set(pids).size).toBe(2);
    expect(pids).not.toContain(process.pid);
    expect(pids.every((pid) => typeof pid === 'number')).toBe(true);
  });

  it('builds the knowledge once in the manager; every shard restores its snapshot instead of rebuilding', () => {
    expect(log.lines().filter(logged('knowledge loaded')).map((line) => line.source)).toEqual(['built']);
    const shards = log.lines().filter(logged('shard knowledge loaded'));
    expect(shards.map((line) => [line.shard, line.source]).sort()).toEqual([
      [0, 'snapshot'],
      [1, 'snapshot'],
    ]);
    // The shards' own logs say the same.
    expect(shardOutput.match(/"source":"snapshot"[^\n]*"msg":"knowledge loaded"/g)).toHaveLength(2);
  });
});

describe('serving', () => {
  it('answers /ask in a guild of shard 0 and in a guild of shard 1, each on its own shard', async () => {
    expect(await askOnShard(0, 'how many civil disputes has fengqiao mediated')).toContain('1,300');
    expect(await askOnShard(1, 'how many civil disputes has fengqiao mediated')).toContain('1,300');
  });
});

describe('/reload', () => {
  it('from shard 1 reloads both shards from the one new snapshot, lists both, and shard 0 then knows the new document', async () => {
    const before = await askOnShard(0, 'quokka census on rottnest island');
    expect(before).not.toContain('12,345');
    await writeFile(join(dir, 'quokka-census.md'), NEW_DOCUMENT);

    const report = await reloadOnShard(1);
    expect(report).toMatch(/\*\*Shard 0\*\*\nReloaded in \d+ ms\.\n• documents: 2 \(\+1 −0\)/);
    expect(report).toMatch(/\*\*Shard 1\*\*\nReloaded in \d+ ms\.\n• documents: 2 \(\+1 −0\)/);

    // The manager built the new snapshot once; both shards restored it.
    expect((await log.waitFor(logged('reload requested'))).shard).toBe(1);
    expect((await log.waitFor(logged('reload: snapshot ready'))).source).toBe('built');
    const finished = await log.waitFor(logged('reload finished'));
    expect(finished.results).toEqual([
      { shard: 0, kind: 'reloaded', source: 'snapshot' },
      { shard: 1, kind: 'reloaded', source: 'snapshot' },
    ]);

    const answer = await askOnShard(0, 'quokka census on rottnest island');
    expect(answer).toContain('12,345');
    expect(answer).toContain('Quokka census');
  });

  it('reloads every shard around a broken file, and each shard\'s report names it kept back', async () => {
    await writeFile(join(dir, 'broken.md'), Buffer.from([0x54, 0x68, 0x65, 0x00, 0x01]));
    try {
      const report = await reloadOnShard(0);
      expect(report).toMatch(/\*\*Shard 0\*\*\nReloaded in \d+ ms\.[^]*Kept back broken\.md: not loaded, because\n {2}◦ broken\.md:1: file is binary/);
      expect(report).toMatch(/\*\*Shard 1\*\*\nReloaded in \d+ ms\.[^]*Kept back broken\.md: not loaded/);
    } finally {
      await unlink(join(dir, 'broken.md'));
    }
    expect(await askOnShard(1, 'quokka census on rottnest island')).toContain('12,345');
  });

  it('reports a shard that does not answer in time as failed; the others still reload', async () => {
    const stuck = sharded?.manager.shards.get(1)?.process;
    if (stuck?.pid === undefined) throw new Error('shard 1 has no process');
    process.kill(stuck.pid, 'SIGSTOP');
    let report: string;
    try {
      report = await reloadOnShard(0);
    } finally {
      process.kill(stuck.pid, 'SIGCONT');
    }
    expect(report).toMatch(/\*\*Shard 0\*\*\nReloaded in \d+ ms\./);
    expect(report).toMatch(new RegExp(String.raw`\*\*Shard 1\*\*\nReload failed after \d+ ms; the previous knowledge is still in service\.\n• shard 1: did not answer within ${RELOAD_TIMEOUT_MS / 1000} s`));
    // Once it runs again it answers late; the manager notes it and nothing else happens.
    await log.waitFor(logged('a shard answered a reload after its time-out'), 10_000);
    expect(await askOnShard(1, 'how many civil disputes has fengqiao mediated')).toContain('1,300');
  }, 45_000);
});

describe('the shard count', () => {
  it("resolves 'auto' by GET /gateway/bot through the configured REST base, and passes a number through", async () => {
    const before = fake.requests.filter((r) => r.path === '/gateway/bot').length;
    expect(await resolveShardCount('auto', { apiUrl: fake.apiUrl, token: TOKEN })).toBe(2);
    const asked = fake.requests.filter((r) => r.path === '/gateway/bot');
    expect(asked).toHaveLength(before + 1);
    expect(asked.at(-1)?.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(await resolveShardCount(3, { apiUrl: fake.apiUrl, token: TOKEN })).toBe(3);
    expect(fake.requests.filter((r) => r.path === '/gateway/bot')).toHaveLength(before + 1);
  });
});

// The test's own waits (ready 20 s, watching 10 s, reload 15 s) exceed the 20 s default; the bound is theirs.
describe('start:sharded (src/shard/main.ts) in its own process', { timeout: 60_000 }, () => {
  it("spawns 'auto' shards as the REST base says, watches the knowledge for them, and on SIGTERM stops them and exits 0", async () => {
    const solo = await startFakeDiscord({ shardCount: 1 });
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const child = spawn(process.execPath, ['--import', tsx, 'src/shard/main.ts'], {
      cwd: REPO,
      env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: solo.apiUrl, KNOWLEDGE_DIR: dir, SHARD_COUNT: 'auto', LOG_LEVEL: 'info', WATCH_KNOWLEDGE: 'true' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const output = memoryLog();
    let text = '';
    createInterface({ input: child.stderr }).on('line', (line) => {
      text += `${line}\n`;
      // Manager and shard share this stderr; keep the JSON lines.
      if (line.startsWith('{')) output.stream.write(`${line}\n`);
    });
    try {
      await output.waitFor(logged('all shards ready'), 20_000);
      expect(solo.identifies.map((identify) => identify.shard)).toEqual([[0, 1]]);
      expect(solo.requests.filter((r) => r.path === '/gateway/bot').length).toBeGreaterThanOrEqual(2); // 'auto', then the shard's login
      const spawned = await output.waitFor(logged('shard spawned'));
      const pid = spawned.pid as number;

      // WATCH_KNOWLEDGE: the manager watches (the shard does not) and reloads every shard from its new snapshot.
      await output.waitFor(logged('watching the knowledge directory'), 10_000);
      await writeFile(join(dir, 'watched.md'), '---\ntitle: Watched\n---\nA document the watcher picked up.\n');
      const reloaded = await output.waitFor(logged('reload finished'), 15_000);
      expect(reloaded.results).toEqual([{ shard: 0, kind: 'reloaded', source: 'snapshot' }]);

      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      expect(code, text).toBe(0);
      expect(output.lines().some((line) => line.msg === 'shutting down' && line.shard === 0)).toBe(true);
      await output.waitFor(logged('shards stopped'));
      expect(() => process.kill(pid, 0)).toThrow(); // the shard process is gone too
      expect(text).not.toContain(TOKEN);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await solo.close();
    }
  });
});

describe('the logs', () => {
  it('never contain the token', () => {
    expect(log.lines().length).toBeGreaterThan(5);
    expect(log.text()).not.toContain(TOKEN);
    expect(shardOutput.length).toBeGreaterThan(0);
    expect(shardOutput).not.toContain(TOKEN);
  });
});
