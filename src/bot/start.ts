import { Events, type Client } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { KnowledgeStore } from '../core/store.ts';
import { watchKnowledge, type KnowledgeWatcher } from '../watch.ts';
import { handleShutdownSignals } from '../shutdown.ts';
import { createButtonState } from './button-state.ts';
import type { BotContext, SlashCommand } from './command.ts';
import { createBotClient } from './client.ts';
import { createDirectMessageHandler } from './direct-messages.ts';
import { createInteractionHandler } from './dispatch.ts';
import { logIn } from './login.ts';
import { botHealth, startHealthServer, type HealthServer } from './health.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { createRateLimiter, type RateLimiter } from './rate-limit.ts';

export interface RunningBot {
  readonly client: Client;
  /** Closes the gateway connection; the process can then exit. */
  stop(): Promise<void>;
  /** This process's metrics (also served at /metrics when HEALTH_PORT is set). */
  readonly metrics: Metrics;
  /** The health and metrics endpoint, null when HEALTH_PORT is unset. */
  readonly health: HealthServer | null;
  /** The reload /reload runs (counted in the metrics); the knowledge watcher uses it too. */
  readonly reloadEverywhere: BotContext['reloadEverywhere'];
}

/**
 * Logs the bot in and wires its handlers. Resolves when the client is ready. With `handleSignals`,
 * SIGINT and SIGTERM close the client cleanly and unhandled rejections are logged, not fatal.
 */
export async function startBot(options: {
  config: Config & { DISCORD_TOKEN: string };
  logger: Logger;
  store: KnowledgeStore;
  /** The slash commands to serve (`commands/index.ts`); /help and "help" in a DM list them. */
  commands: readonly SlashCommand[];
  handleSignals?: boolean;
  /** How /reload reaches every copy of the knowledge; by default, this process's store. */
  reloadEverywhere?: BotContext['reloadEverywhere'];
  /** The rate limit; by default this process's own. A shard's asks the manager, which keeps one for all shards. */
  rateLimiter?: RateLimiter;
}): Promise<RunningBot> {
  const { config, logger, store, commands } = options;
  const client = createBotClient({ apiUrl: config.DISCORD_API_URL });
  const metrics = createMetrics({ knowledge: () => store.current(), processMetrics: config.HEALTH_PORT !== undefined });
  const reloadEverywhere = options.reloadEverywhere ?? (async () => [{ shard: null, result: await store.reload() }]);
  const context = {
    store,
    buttons: createButtonState(),
    adminUserIds: config.ADMIN_USER_IDS,
    reloadEverywhere: countingReloads(reloadEverywhere, metrics),
  };
  const rateLimiter = options.rateLimiter ?? createRateLimiter({ count: config.RATE_LIMIT_COUNT, windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000 });
  const onInteraction = createInteractionHandler(commands, context, { logger, rateLimiter, metrics });
  const onMessage = createDirectMessageHandler(context, { logger, rateLimiter, metrics, commands: commands.map((command) => command.spec) });

  client.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction));
  client.on(Events.MessageCreate, (message) => void onMessage(message));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway resumed'));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
  client.on(Events.ShardReconnecting, (shardId) => metrics.recordReconnect(shardId));
  client.on(Events.ShardResume, (shardId) => metrics.recordResume(shardId));

  // Up before login, so a probe sees 503 "gateway not ready" while the bot connects.
  const healthPort = healthPortOf(config, client);
  const health =
    healthPort === undefined
      ? null
      : await startHealthServer({ host: config.HEALTH_HOST, port: healthPort, health: () => botHealth(client, store), metrics, logger });
  let watcher: KnowledgeWatcher | null = null;
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      await watcher?.close();
      await health?.close();
      await client.destroy();
    })();
    return stopping;
  };
  // Before login: a SIGTERM while the bot connects also closes it cleanly.
  if (options.handleSignals === true) handleShutdownSignals(logger, stop);

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await logIn(client, config.DISCORD_TOKEN, { apiUrl: config.DISCORD_API_URL });
    await ready;
  } catch (error) {
    await health?.close();
    throw error;
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'ready');
  // A shard spawned by the ShardingManager does not watch: the manager watches once for all shards.
  if (config.WATCH_KNOWLEDGE && client.shard === null) {
    watcher = watchKnowledge({ dir: config.KNOWLEDGE_DIR, reload: context.reloadEverywhere, logger });
    await watcher.ready;
  }

  return { client, stop, metrics, health, reloadEverywhere: context.reloadEverywhere };
}

/**
 * Counts the reloads of this process's knowledge (result `shard: null`). A sharded bot's shards reload
 * on the manager's message, not here: they count with `metrics.recordReload`.
 */
function countingReloads(reload: BotContext['reloadEverywhere'], metrics: Metrics): BotContext['reloadEverywhere'] {
  return async () => {
    let results;
    try {
      results = await reload();
    } catch (error) {
      metrics.recordReload(false);
      throw error;
    }
    for (const { shard, result } of results) if (shard === null) metrics.recordReload(result.kind === 'reloaded');
    return results;
  };
}

/** HEALTH_PORT, or for a shard spawned by the ShardingManager, HEALTH_PORT + its first shard id (0 stays 0). */
function healthPortOf(config: Config, client: Client): number | undefined {
  const port = config.HEALTH_PORT;
  if (port === undefined || port === 0 || client.shard === null) return port;
  const ids = client.options.shards;
  const first = typeof ids === 'number' ? ids : Array.isArray(ids) ? Math.min(...(ids as readonly number[])) : 0;
  return port + first;
}
