import { Client, GatewayIntentBits, Partials } from 'discord.js';

/**
 * The discord.js client docent runs: server events, server messages and direct messages, no privileged
 * intents. GuildMessages delivers server messages; without Message Content their text is empty except in
 * a message that mentions the bot, which is all docent reads there.
 * `Partials.Channel` is required for DMs: the DM channel is not cached when its first message arrives.
 * `apiUrl` is the REST base (Discord's, a proxy, or the tests' fake); the gateway URL comes from it.
 * `messageContent` adds the privileged Message Content intent (`MESSAGE_CONTENT_INTENT`), for plain
 * follow-up questions in threads.
 */
export function createBotClient(options: { apiUrl: string; shards?: number[]; shardCount?: number; messageContent?: boolean }): Client {
  return new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      ...(options.messageContent === true ? [GatewayIntentBits.MessageContent] : []),
    ],
    partials: [Partials.Channel],
    rest: { api: options.apiUrl },
    ...(options.shards === undefined ? {} : { shards: options.shards }),
    ...(options.shardCount === undefined ? {} : { shardCount: options.shardCount }),
  });
}
