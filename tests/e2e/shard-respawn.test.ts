// End to end: the shard manager (src/shard/manager.ts, discord.js's real ShardingManager and real
// shard processes) against the fake Discord when a shard fails every start, when Discord's daily
// gateway sessions run low, and when GET /gateway/bot fails at start-up. Delays are injected and read
// back from the log; nothing asserts on wall-clock time.
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startShardManager, type RunningShards } from '../../src/shard/manager.ts';
import { fetchGatewayBot, resolveShardCount } from '../../src/shard/shard-count.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
import { dataOf, embedOf, KNOWLEDGE_DIR, memoryLog, startTestBot, TOKEN, type LogLine, type MemoryLog } from './start-bot.ts';

let fake: FakeDiscord | undefined;
let sharded: RunningShards | undefined;
afterEach(async () => {
  await sharded?.stop();
  await fake?.close();
  sharded = undefined;
  fake = undefined;
});

function testConfig(apiUrl: string): Config & { DISCORD_TOKEN: string } {
  const parsed = parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: apiUrl, KNOWLEDGE_DIR, SHARD_COUNT: '1', LOG_LEVEL: 'info' });
  if (!parsed.ok) throw new Error(parsed.message);
  return { ...parsed.config, DISCORD_TOKEN: TOKEN };
}

const UNAUTHORIZED = { status: 401, code: 0, message: '401: Unauthorized' } as const;

describe('a shard that fails every start', () => {
  it('is respawned after doubling delays, and no more once only the sessions to start again remain', async () => {
    // 4 sessions left today: 1 to start, then respawns may spend down to the 1 kept to start again.
    fake = await startFakeDiscord({ sessionStartLimit: { remaining: 4 } });
    const log = memoryLog();
    sharded = await startShardManager({
      config: testConfig(fake.apiUrl),
      logger: createLogger('debug', { destination: log.stream, secrets: [TOKEN] }),
      spawnDelayMs: 0,
      respawn: { baseMs: 200, maxMs: 10_000, random: () => 0.5 },
      output: () => undefined,
    });
    const spawned = () => log.lines().filter((line) => line.msg === 'shard spawned').length;
    expect(spawned()).toBe(1);

    // From now on every start fails: the shard's login is refused, and it exits.
    fake.failNext('GET /gateway/bot', UNAUTHORIZED, 100);
    sharded.manager.shards.get(0)?.process?.kill('SIGKILL');

    const refused = await log.waitFor((line) => line.msg.includes('is not respawned'), 60_000);
    expect(refused).toMatchObject({ level: 50, shard: 0, remaining: 1, total: 1000, reserve: 1 });
    expect(refused.msg).toMatch(/1 of Discord's 1000 daily gateway sessions remain/);

    const scheduled = log.lines().filter((line: LogLine) => line.msg === 'shard respawn scheduled');
    // Equal jitter at random() = 0.5: three quarters of 200, 400, 800 ms.
    expect(scheduled.map((line) => [line.attempt, line.delayMs])).toEqual([[1, 150], [2, 300], [3, 600]]);
    // The first start and two respawns; the third was refused.
    expect(spawned()).toBe(3);
    expect(fake.identifies).toHaveLength(1);
  }, 90_000);
});

describe('Discord\'s daily gateway sessions', () => {
  it('stops start-up with a clear message when fewer remain than there are shards to start', async () => {
    fake = await startFakeDiscord({ sessionStartLimit: { remaining: 0, reset_after: 3 * 60 * 60_000 } });
    const log = memoryLog();
    await expect(
      startShardManager({ config: testConfig(fake.apiUrl), logger: createLogger('debug', { destination: log.stream }), spawnDelayMs: 0, output: () => undefined }),
    ).rejects.toThrow(/Discord allows 0 more gateway sessions \(of 1000 a day, reset in 3 h 0 min\); starting 1 shards needs 1\. Not starting/);
    expect(log.lines().filter((line) => line.msg === 'shard spawned')).toEqual([]);
  });
});

describe('GET /gateway/bot at start-up', () => {
  it('is retried with backoff when Discord fails, each retry logged', async () => {
    fake = await startFakeDiscord({ shardCount: 3 });
    fake.failNext('GET /gateway/bot', { status: 503 }, 4);
    const log = memoryLog();
    const logger = createLogger('debug', { destination: log.stream });
    expect(await resolveShardCount('auto', { apiUrl: fake.apiUrl, token: TOKEN, logger, retryBaseMs: 10 })).toBe(3);
    const retries = log.lines().filter((line) => line.msg === 'GET /gateway/bot failed; retrying');
    expect(retries.map((line) => line.attempt)).toEqual([1, 2, 3, 4]);
  });

  it('gives up with a message naming the URL and the tries', async () => {
    fake = await startFakeDiscord();
    fake.failNext('GET /gateway/bot', { status: 503 }, 3);
    await expect(fetchGatewayBot({ apiUrl: fake.apiUrl, token: TOKEN, attempts: 3, retryBaseMs: 10 })).rejects.toThrow(
      /GET \/gateway\/bot failed 3 times at http:\/\/127\.0\.0\.1:\d+\/api\/v10\/gateway\/bot \(last: .*\); is Discord reachable/,
    );
  });

  it('retries the unsharded bot\'s login with a fresh client and backoff, each retry logged; it then answers', async () => {
    fake = await startFakeDiscord();
    // The REST client tries GET /gateway/bot 4 times a login: two whole logins fail, the third gets through.
    fake.failNext('GET /gateway/bot', { status: 500 }, 8);
    const bot = await startTestBot({ fake, loginRetry: { attempts: 5, baseMs: 20, random: () => 0.5 } });
    try {
      const retries = bot.log.lines().filter((line) => line.msg === 'logging in failed; retrying with a new client');
      // Equal jitter at random() = 0.5: three quarters of 20 and 40 ms.
      expect(retries.map((line) => [line.level, line.attempt, line.attempts, line.retryInMs])).toEqual([[40, 1, 5, 15], [40, 2, 5, 30]]);
      expect(String(retries[0]?.error)).toMatch(/logging in to Discord failed \(GET \/gateway\/bot at http:\/\/127\.0\.0\.1:\d+\/api, then the gateway\): Internal Server Error/);
      expect(fake.requests.filter((request) => request.path === '/gateway/bot')).toHaveLength(9);
      expect(fake.identifies).toHaveLength(1);
      const asked = fake.sendSlashCommand({ name: 'ask', options: { question: 'who founded wahaha' } });
      expect(embedOf(dataOf(await fake.waitForInteractionResponse(asked.id))).description).toContain('Wahaha');
    } finally {
      await bot.stop();
    }
  });

  it('gives up the unsharded bot\'s start after its logins, with a message naming what failed and where', async () => {
    fake = await startFakeDiscord();
    fake.failNext('GET /gateway/bot', { status: 503 }, 100);
    const failure = await startTestBot({ fake, loginRetry: { attempts: 3, baseMs: 10 } }).then(
      () => null,
      (error: unknown) => error as Error & { log?: MemoryLog },
    );
    expect(failure?.message).toMatch(
      /logging in to Discord failed \(GET \/gateway\/bot at http:\/\/127\.0\.0\.1:\d+\/api, then the gateway\): Service Unavailable; is Discord reachable and DISCORD_API_URL right\? \(gave up after 3 logins\)/,
    );
    expect(failure?.log?.lines().filter((line) => line.msg === 'logging in failed; retrying with a new client').map((line) => line.attempt)).toEqual([1, 2]);
    expect(fake.requests.filter((request) => request.path === '/gateway/bot')).toHaveLength(12);
  });

  it('says a refused token at once when the unsharded bot logs in, without retrying', async () => {
    fake = await startFakeDiscord();
    fake.failNext('GET /gateway/bot', UNAUTHORIZED, 5);
    const failure = await startTestBot({ fake, loginRetry: { attempts: 5, baseMs: 10 } }).then(
      () => null,
      (error: unknown) => error as Error & { log?: MemoryLog },
    );
    expect(failure?.message).toMatch(/^logging in: Discord refused the token .*check DISCORD_TOKEN$/);
    expect(failure?.log?.lines().filter((line) => line.msg === 'logging in failed; retrying with a new client')).toEqual([]);
    expect(fake.requests.filter((request) => request.path === '/gateway/bot')).toHaveLength(1);
  });

  it('says the token was refused at once, without retrying', async () => {
    fake = await startFakeDiscord();
    fake.failNext('GET /gateway/bot', UNAUTHORIZED, 5);
    await expect(fetchGatewayBot({ apiUrl: fake.apiUrl, token: TOKEN, retryBaseMs: 10 })).rejects.toThrow(/refused the token .*check DISCORD_TOKEN/);
    expect(fake.requests.filter((request) => request.path === '/gateway/bot')).toHaveLength(1);
  });
});
