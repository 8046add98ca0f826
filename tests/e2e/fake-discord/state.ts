// The fake's world: its bot, guilds, DM channels, issued interactions, stored messages and commands.
// Both the REST side and the event injectors read and write it.
import type { APIApplicationCommand, APIAuthorizingIntegrationOwnersMap, APIMessage, APIPublicThreadChannel, APIUser } from 'discord.js';
import { snowflake, snowflakeForShard } from './ids.ts';
import { makeUser, type FakeGuild } from './payloads.ts';

export interface IssuedInteraction {
  readonly id: string;
  readonly token: string;
  /** InteractionType: 2 command, 3 component, 4 autocomplete. */
  readonly type: number;
  readonly channelId: string;
  readonly guildId: string | null;
  readonly user: APIUser;
  readonly authorizingOwners: APIAuthorizingIntegrationOwnersMap;
  /** For components: the message the component is on. */
  readonly componentMessageId: string | null;
  acknowledged: boolean;
  /** The `@original` response message, once there is one. */
  originalMessageId: string | null;
}

export interface FakeGuildOptions {
  readonly id?: string;
  readonly name?: string;
}

export class FakeState {
  readonly applicationId = snowflake();
  readonly botUser: APIUser = makeUser({ id: this.applicationId, username: 'docent', global_name: null, bot: true });
  /** The user interactions and DMs come from unless a test passes another. */
  readonly defaultUser: APIUser = makeUser({ username: 'tester' });
  readonly guilds: readonly FakeGuild[];
  readonly interactions = new Map<string, IssuedInteraction>();
  readonly messages = new Map<string, APIMessage>();
  /** DM channel id by user id; also the set of known DM channels. */
  readonly dmChannels = new Map<string, { readonly id: string; readonly user: APIUser }>();
  /** Threads started from messages (`POST /channels/{id}/messages/{id}/threads`), by id (the message's). */
  readonly threads = new Map<string, APIPublicThreadChannel>();
  /** Registered commands by scope: 'global' or a guild id. */
  readonly commands = new Map<string, APIApplicationCommand[]>();
  #commandIds = new Map<string, string>();

  constructor(readonly shardCount: number, guilds: readonly FakeGuildOptions[] | undefined) {
    // By default one guild per shard, so every shard has something in its READY.
    const specs: readonly FakeGuildOptions[] = guilds ?? Array.from({ length: shardCount }, () => ({}));
    this.guilds = specs.map((spec, index) => ({
      id: spec.id ?? snowflakeForShard(index % shardCount, shardCount),
      name: spec.name ?? `Test Guild ${index + 1}`,
      channelId: snowflake(),
      ownerId: this.defaultUser.id,
    }));
  }

  guild(guildId: string): FakeGuild {
    const guild = this.guilds.find((g) => g.id === guildId);
    if (!guild) throw new Error(`The fake Discord has no guild ${guildId}`);
    return guild;
  }

  /** The user's DM channel with the bot, created on first use like Discord does. */
  dmChannelFor(user: APIUser): string {
    const existing = this.dmChannels.get(user.id);
    if (existing) return existing.id;
    const id = snowflake();
    this.dmChannels.set(user.id, { id, user });
    return id;
  }

  /** A channel the bot can post in: a guild text channel, a thread or a DM channel. */
  channelExists(channelId: string): boolean {
    if (this.guilds.some((g) => g.channelId === channelId) || this.threads.has(channelId)) return true;
    return [...this.dmChannels.values()].some((c) => c.id === channelId);
  }

  /** The id of a command by name: the registered one if the bot registered it, else a stable made-up one. */
  commandId(name: string, guildId: string | null): string {
    const registered = [...(this.commands.get(guildId ?? 'global') ?? []), ...(this.commands.get('global') ?? [])];
    const found = registered.find((c) => c.name === name);
    if (found) return found.id;
    const key = `${guildId ?? 'global'}/${name}`;
    const id = this.#commandIds.get(key) ?? snowflake();
    this.#commandIds.set(key, id);
    return id;
  }

  interactionByToken(token: string): IssuedInteraction | undefined {
    for (const interaction of this.interactions.values()) if (interaction.token === token) return interaction;
    return undefined;
  }

  /** The newest stored message in a channel that carries a component with this custom_id. */
  messageWithCustomId(channelId: string, customId: string): APIMessage | undefined {
    const inChannel = [...this.messages.values()].filter((m) => m.channel_id === channelId).reverse();
    return inChannel.find((m) => JSON.stringify(m.components ?? []).includes(`"custom_id":${JSON.stringify(customId)}`));
  }
}
