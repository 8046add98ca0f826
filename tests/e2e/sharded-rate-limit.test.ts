// End to end: docent sharded (the real manager and two real shard processes) against the fake Discord:
// one user's requests count against one rate limit, whichever shard their servers are on.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startShardManager, type RunningShards } from '../../src/shard/manager.ts';
import { makeUser, shardOf, startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
import { dataOf, expectCleanRun, KNOWLEDGE_DIR, memoryLog, TOKEN, trackUnhandledRejections, visibleText } from './start-bot.ts';

const rejections = trackUnhandledRejections();
let fake: FakeDiscord;
let sharded: RunningShards | undefined;

beforeAll(async () => {
  fake = await startFakeDiscord({ shardCount: 2 });
  const parsed = parseConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    KNOWLEDGE_DIR,
    SHARD_COUNT: '2',
    RATE_LIMIT_COUNT: '2',
    RATE_LIMIT_WINDOW_SECONDS: '600',
    LOG_LEVEL: 'warn',
  });
  if (!parsed.ok) throw new Error(parsed.message);
  sharded = await startShardManager({
    config: { ...parsed.config, DISCORD_TOKEN: TOKEN },
    logger: createLogger('debug', { destination: memoryLog().stream, secrets: [TOKEN] }),
    spawnDelayMs: 0,
    output: () => undefined,
  });
}, 60_000);
afterEach(() => expectCleanRun(fake, rejections));
afterAll(async () => {
  await sharded?.stop();
  await fake?.close();
});

describe('the rate limit of a sharded bot', () => {
  it('is one for every shard: a user over it on one shard is over it on the other', async () => {
    const guildOf = (shard: number) => fake.guildIds.find((id) => shardOf(id, 2) === shard) ?? '';
    const user = makeUser({ username: 'everywhere' });
    const ask = async (shard: number) => {
      const sent = fake.sendSlashCommand({ name: 'ask', guildId: guildOf(shard), user, options: { question: 'who founded wahaha' } });
      return visibleText(dataOf(await fake.waitForInteractionResponse(sent.id, 15_000)));
    };
    expect(await ask(0)).toContain('Wahaha');
    expect(await ask(1)).toContain('Wahaha');
    expect(await ask(0)).toContain("You're asking faster than I can keep up");
    expect(await ask(1)).toContain("You're asking faster than I can keep up");
    // Another user has their own.
    const other = fake.sendSlashCommand({ name: 'ask', guildId: guildOf(1), user: makeUser(), options: { question: 'who founded wahaha' } });
    expect(visibleText(dataOf(await fake.waitForInteractionResponse(other.id, 15_000)))).toContain('Wahaha');
  });
});
