import { REST, Routes, type RESTGetAPIGatewayBotResult } from 'discord.js';

/**
 * The number of shards to run: `SHARD_COUNT` as set, or for `auto` the count Discord recommends in
 * `GET /gateway/bot`, asked through the configured REST base (`DISCORD_API_URL`: Discord, a proxy or
 * the tests' fake). ShardingManager's own `'auto'` is not used: it calls a hard-coded discord.com.
 */
export async function resolveShardCount(setting: number | 'auto', options: { apiUrl: string; token: string }): Promise<number> {
  if (setting !== 'auto') return setting;
  const rest = new REST({ api: options.apiUrl }).setToken(options.token);
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  if (!Number.isInteger(gateway.shards) || gateway.shards < 1) {
    throw new Error(`GET /gateway/bot recommended ${String(gateway.shards)} shards; set SHARD_COUNT to a number`);
  }
  return gateway.shards;
}
