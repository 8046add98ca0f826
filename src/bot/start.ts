import { Events, type Client } from 'discord.js';
import type { Logger } from 'pino';
import type { FeedbackLog, KnowledgeCatalog } from '../admin/types.ts';
import type { Config } from '../config.ts';
import type { KnowledgeStore } from '../core/store.ts';
import type { KnowledgeWatcher } from '../watch.ts';
import { handleShutdownSignals } from '../shutdown.ts';
import { createButtonState } from './button-state.ts';
import type { BotContext, SlashCommand } from './command.ts';
import type { MessageContextMenu } from './context-menu.ts';
import { createFollowUps } from './threads.ts';
import { createBotClient } from './client.ts';
import { createMessageHandler } from './messages.ts';
import { createInteractionHandler } from './dispatch.ts';
import { logIn, LoginError } from './login.ts';
import { botHealth, startHealthServer, type HealthServer } from './health.ts';
import type { Metrics } from './metrics.ts';
import { createRateLimiter, type RateLimiter } from './rate-limit.ts';
import { respawnDelayMs } from '../shard/respawn.ts';

/** How often start-up tries to log in when Discord or the network fails, and the first pause (doubling, with jitter). */
export const LOGIN_ATTEMPTS = 5;
export const LOGIN_RETRY_BASE_MS = 1000;

export interface LoginRetryOptions {
  /** Logins tried in all, each with a fresh client. Default 5. */
  readonly attempts?: number;
  /** The first pause; doubles each time (at most 60 s), with jitter. Default 1 s. */
  readonly baseMs?: number;
  /** 0 ≤ random() < 1, for the jitter; injectable for tests. */
  readonly random?: () => number;
}

export interface RunningBot {
  readonly client: Client;
  /** Closes the gateway connection; the process can then exit. */
  stop(): Promise<void>;
  /**
   * This process's metrics, served at /metrics; null when HEALTH_PORT is unset, as nothing could read
   * them then (prom-client is not even imported: tens of milliseconds of a start's CPU).
   */
  readonly metrics: Metrics | null;
  /** The health and metrics endpoint, null when HEALTH_PORT is unset. */
  readonly health: HealthServer | null;
  /** The reload /reload runs (counted in the metrics); the knowledge watcher uses it too. */
  readonly reloadEverywhere: BotContext['reloadEverywhere'];
}

/**
 * Logs the bot in and wires its handlers. Resolves when the client is ready. A login that fails on
 * Discord's or the network's side is tried again with a fresh client after a doubling, jittered pause,
 * each retry logged; a refused token fails at once. With `handleSignals`,
 * SIGINT and SIGTERM close the client cleanly and unhandled rejections are logged, not fatal.
 */
export async function startBot(options: {
  config: Config & { DISCORD_TOKEN: string };
  logger: Logger;
  store: KnowledgeStore;
  /** Each server's knowledge over `store` (the base), opened once per process (`openAdmin`). */
  catalog: KnowledgeCatalog;
  /** Votes and misses, in the same database as the catalog. */
  feedback: FeedbackLog;
  /** The slash commands to serve (`commands/index.ts`); /help and "help" in a DM list them. */
  commands: readonly SlashCommand[];
  /** The message context menus to serve (`commands/index.ts`). */
  contextMenus?: readonly MessageContextMenu[];
  handleSignals?: boolean;
  /** How /reload reaches every copy of the knowledge; by default, this process's store. */
  reloadEverywhere?: BotContext['reloadEverywhere'];
  /** The rate limit; by default this process's own. A shard's asks the manager, which keeps one for all shards. */
  rateLimiter?: RateLimiter;
  /**
   * Retrying a login that failed on Discord's side or the network's (`GET /gateway/bot` a 5xx, a reset):
   * by default 5 logins, 1 s doubling between them. A refused token is never retried.
   */
  loginRetry?: LoginRetryOptions;
}): Promise<RunningBot> {
  const { config, logger, store, commands, catalog, feedback } = options;
  // discord.js destroys a client whose login failed: each try gets a fresh one, wired the same way.
  const clientOptions = { apiUrl: config.DISCORD_API_URL, messageContent: config.MESSAGE_CONTENT_INTENT };
  let client = createBotClient(clientOptions);
  const healthPort = healthPortOf(config, client);
  const metrics =
    healthPort === undefined ? null : (await import('./metrics.ts')).createMetrics({ knowledge: () => store.current(), processMetrics: true });
  const reloadEverywhere = options.reloadEverywhere ?? (async () => [{ shard: null, result: await store.reload() }]);
  const context = {
    store,
    buttons: createButtonState(),
    adminUserIds: config.ADMIN_USER_IDS,
    reloadEverywhere: metrics === null ? reloadEverywhere : countingReloads(reloadEverywhere, metrics),
    catalog,
    feedback,
    maxAttachmentBytes: config.MAX_ATTACHMENT_BYTES,
  };
  const rateLimiter = options.rateLimiter ?? createRateLimiter({ count: config.RATE_LIMIT_COUNT, windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000 });
  const followUps = createFollowUps({ plainMessages: config.MESSAGE_CONTENT_INTENT });
  const counted = metrics === null ? {} : { metrics };
  const onInteraction = createInteractionHandler(commands, context, { logger, rateLimiter, ...counted, contextMenus: options.contextMenus ?? [], followUps });
  const onMessage = createMessageHandler(context, { logger, rateLimiter, ...counted, commands: commands.map((command) => command.spec), followUps });

  const wire = (target: Client): void => {
    target.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction));
    target.on(Events.MessageCreate, (message) => void onMessage(message));
    target.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, 'gateway disconnected'));
    target.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway resumed'));
    target.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
    if (metrics === null) return;
    target.on(Events.ShardReconnecting, (shardId) => metrics.recordReconnect(shardId));
    target.on(Events.ShardResume, (shardId) => metrics.recordResume(shardId));
  };
  wire(client);

  // Up before login, so a probe sees 503 "gateway not ready" while the bot connects.
  const health =
    healthPort === undefined || metrics === null
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

  // A shard spawned by the ShardingManager tries once: the manager respawns it with its own backoff.
  const attempts = Math.max(1, options.loginRetry?.attempts ?? (client.shard === null ? LOGIN_ATTEMPTS : 1));
  for (let attempt = 0; ; attempt += 1) {
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    try {
      await logIn(client, config.DISCORD_TOKEN, { apiUrl: config.DISCORD_API_URL });
      await ready;
      break;
    } catch (error) {
      const retry = error instanceof LoginError && error.retryable && attempt + 1 < attempts && stopping === null;
      if (!retry) {
        await health?.close();
        throw attempt === 0 || !(error instanceof Error) ? error : new Error(`${error.message} (gave up after ${attempt + 1} logins)`, { cause: error });
      }
      const retryInMs = respawnDelayMs(attempt, {
        baseMs: options.loginRetry?.baseMs ?? LOGIN_RETRY_BASE_MS,
        maxMs: 60_000,
        ...(options.loginRetry?.random === undefined ? {} : { random: options.loginRetry.random }),
      });
      logger.warn({ attempt: attempt + 1, attempts, retryInMs, error: error.message }, 'logging in failed; retrying with a new client');
      await client.destroy();
      await new Promise((resolve) => setTimeout(resolve, retryInMs));
      if (stopping !== null) {
        await health?.close();
        throw new Error('stopped before the bot logged in', { cause: error });
      }
      client = createBotClient(clientOptions);
      wire(client);
    }
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'ready');
  // A shard spawned by the ShardingManager does not watch: the manager watches once for all shards.
  if (config.WATCH_KNOWLEDGE && client.shard === null) {
    // Imported here: chokidar is for the bots that watch, and after 'ready' it delays no answer.
    const { watchKnowledge } = await import('../watch.ts');
    // A stop while it was imported has closed everything: a watcher started now would keep the process alive.
    if (stopping === null) {
      watcher = watchKnowledge({ dir: config.KNOWLEDGE_DIR, reload: context.reloadEverywhere, logger });
      await watcher.ready;
    }
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
