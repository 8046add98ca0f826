import { DiscordAPIError, REST, Routes, type RESTGetAPIGatewayBotResult } from 'discord.js';
import type { Logger } from 'pino';
import { respawnDelayMs } from './respawn.ts';

/** How often start-up asks `GET /gateway/bot` before giving up, and the first pause (doubling, with jitter). */
const GATEWAY_BOT_ATTEMPTS = 5;
const GATEWAY_BOT_RETRY_BASE_MS = 1000;

export interface GatewayBotOptions {
  readonly apiUrl: string;
  readonly token: string;
  readonly logger?: Logger;
  /** Default 5. */
  readonly attempts?: number;
  /** The first pause between attempts; doubles each time, with jitter. Default 1 s. */
  readonly retryBaseMs?: number;
}

/**
 * `GET /gateway/bot` through the configured REST base (`DISCORD_API_URL`: Discord, a proxy or the
 * tests' fake): the recommended shard count and `session_start_limit`. A refused token fails at once
 * with a message saying so; any other failure (Discord down, a network error, a 5xx) is retried with
 * backoff, each retry logged, and the last failure says what was tried, where, and how often.
 */
export async function fetchGatewayBot(options: GatewayBotOptions): Promise<RESTGetAPIGatewayBotResult> {
  const attempts = options.attempts ?? GATEWAY_BOT_ATTEMPTS;
  // Our own retries, with backoff: the REST client's own would retry a 5xx at once, three times.
  const rest = new REST({ api: options.apiUrl, retries: 0 }).setToken(options.token);
  const where = `${options.apiUrl}/v10/gateway/bot`;
  let lastError = '';
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
      if (typeof gateway?.session_start_limit?.remaining !== 'number') throw new Error('the answer has no session_start_limit');
      return gateway;
    } catch (error) {
      if (error instanceof DiscordAPIError && error.status === 401) {
        throw new Error(`GET /gateway/bot: Discord refused the token (401 Unauthorized at ${where}); check DISCORD_TOKEN`);
      }
      lastError = error instanceof Error ? error.message : String(error);
      if (attempt + 1 >= attempts) break;
      const retryInMs = respawnDelayMs(attempt, { baseMs: options.retryBaseMs ?? GATEWAY_BOT_RETRY_BASE_MS, maxMs: 60_000 });
      options.logger?.warn({ attempt: attempt + 1, attempts, retryInMs, error: lastError, url: where }, 'GET /gateway/bot failed; retrying');
      await new Promise((resolve) => setTimeout(resolve, retryInMs));
    }
  }
  throw new Error(`GET /gateway/bot failed ${attempts} times at ${where} (last: ${lastError}); is Discord reachable and DISCORD_API_URL right?`);
}

/**
 * The number of shards to run: `SHARD_COUNT` as set, or for `auto` the count Discord recommends in
 * `GET /gateway/bot`. ShardingManager's own `'auto'` is not used: it calls a hard-coded discord.com.
 */
export async function resolveShardCount(
  setting: number | 'auto',
  options: GatewayBotOptions,
  gateway?: RESTGetAPIGatewayBotResult,
): Promise<number> {
  if (setting !== 'auto') return setting;
  const { shards } = gateway ?? (await fetchGatewayBot(options));
  if (!Number.isInteger(shards) || shards < 1) {
    throw new Error(`GET /gateway/bot recommended ${String(shards)} shards; set SHARD_COUNT to a number`);
  }
  return shards;
}
