import { Events, type Client } from 'discord.js';
import type { Logger } from 'pino';
import { commands } from '../../commands/index.ts';
import type { Config } from '../config.ts';
import type { KnowledgeStore } from '../core/store.ts';
import { createButtonState } from './button-state.ts';
import type { BotContext } from './command.ts';
import { createBotClient } from './client.ts';
import { createDirectMessageHandler } from './direct-messages.ts';
import { createInteractionHandler } from './dispatch.ts';
import { createRateLimiter } from './rate-limit.ts';

export interface RunningBot {
  readonly client: Client;
  /** Closes the gateway connection; the process can then exit. */
  stop(): Promise<void>;
}

/**
 * Logs the bot in and wires its handlers. Resolves when the client is ready. With `handleSignals`,
 * SIGINT and SIGTERM close the client cleanly and unhandled rejections are logged, not fatal.
 */
export async function startBot(options: {
  config: Config & { DISCORD_TOKEN: string };
  logger: Logger;
  store: KnowledgeStore;
  handleSignals?: boolean;
  /** How /reload reaches every copy of the knowledge; by default, this process's store. */
  reloadEverywhere?: BotContext['reloadEverywhere'];
}): Promise<RunningBot> {
  const { config, logger, store } = options;
  const client = createBotClient({ apiUrl: config.DISCORD_API_URL });
  const context = {
    store,
    buttons: createButtonState(),
    adminUserIds: config.ADMIN_USER_IDS,
    reloadEverywhere: options.reloadEverywhere ?? (async () => [{ shard: null, result: await store.reload() }]),
  };
  const rateLimiter = createRateLimiter({ count: config.RATE_LIMIT_COUNT, windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000 });
  const onInteraction = createInteractionHandler(commands, context, { logger, rateLimiter });
  const onMessage = createDirectMessageHandler(context, { logger, rateLimiter });

  client.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction));
  client.on(Events.MessageCreate, (message) => void onMessage(message));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway resumed'));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(config.DISCORD_TOKEN);
  await ready;
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'ready');

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= client.destroy();
    return stopping;
  };
  if (options.handleSignals === true) {
    process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        logger.info({ signal }, 'shutting down');
        void stop().then(() => process.exit(0));
      });
    }
  }
  return { client, stop };
}
