// Injecting events: builds an INTERACTION_CREATE or a DM or guild MESSAGE_CREATE, remembers what the REST side
// needs to answer it (token, channel, component message), and dispatches it to the right sessions.
import { randomBytes } from 'node:crypto';
import { ChannelType, GatewayDispatchEvents, GatewayIntentBits, MessageType } from 'discord.js';
import type { APIInteraction, APIMessage, APIUser, GatewayMessageCreateDispatchData } from 'discord.js';
import type { Gateway } from './gateway.ts';
import { snowflake } from './ids.ts';
import type { InteractionContext, OptionValue, Place } from './interactions.ts';
import { guildMember, makeMessage, MEMBER_PERMISSIONS } from './payloads.ts';
import type { FakeState } from './state.ts';

/** Where an event happens: a guild (default: the first) or, with `dm: true`, the user's DM with the bot. */
export interface Origin {
  /** Defaults to `fake.defaultUser`; build others with `makeUser()`. */
  readonly user?: APIUser;
  readonly guildId?: string;
  readonly dm?: boolean;
  /** `member.permissions` in a guild, a bitfield string such as "32" (ManageGuild). Default: a plain member. */
  readonly memberPermissions?: string;
  /** How the app is installed; decides `authorizing_integration_owners`. Default 'guild'. */
  readonly installation?: 'guild' | 'user';
}

export interface SlashCommandInput extends Origin {
  readonly name: string;
  /** The subcommand (`/knowledge add`): `options` are then its options, nested as Discord nests them. */
  readonly subcommand?: string;
  readonly options?: Readonly<Record<string, OptionValue>>;
}

export interface AutocompleteInput extends SlashCommandInput {
  /** The option being typed into (its value is what the user typed so far). */
  readonly focused: string;
}

export interface MessageContextMenuInput extends Origin {
  /** The menu's name, as registered ("Ask docent"). */
  readonly name: string;
  /** The message it is used on (e.g. one `sendGuildMessage` stored: `fake.message(sent.id)`). */
  readonly target: APIMessage;
}

export interface ButtonInput extends Origin {
  readonly customId: string;
  /** The message the button is on. Default: the newest stored message in the channel with that custom_id. */
  readonly message?: APIMessage;
}

export interface DirectMessageInput {
  readonly content: string;
  readonly user?: APIUser;
}

export interface GuildMessageInput {
  readonly content: string;
  readonly user?: APIUser;
  /** Default: the first guild; the message is posted in its text channel. */
  readonly guildId?: string;
  /** The users the message mentions (Discord's `mentions`); put the bot here, and `<@id>` in the content. */
  readonly mentions?: readonly APIUser[];
  readonly mentionEveryone?: boolean;
  readonly mentionRoles?: readonly string[];
  /** The message this one replies to (`message_reference` and `referenced_message`). */
  readonly replyTo?: APIMessage;
  /** A thread of the guild (one the bot started) to post in, instead of its text channel. */
  readonly threadId?: string;
}

export interface SentInteraction {
  readonly id: string;
  readonly token: string;
  readonly channelId: string;
  readonly guildId: string | null;
  /** False when no live gateway session could receive it. */
  readonly delivered: boolean;
}

export interface SentMessage {
  readonly id: string;
  readonly channelId: string;
  /** False when no session could receive it, e.g. none identified with the DirectMessages (or GuildMessages) intent. */
  readonly delivered: boolean;
}

interface Deps {
  readonly state: FakeState;
  readonly gateway: Gateway;
}

export function placeOf(state: FakeState, origin: Origin): Place {
  if (origin.dm) return { kind: 'dm', channelId: state.dmChannelFor(origin.user ?? state.defaultUser) };
  const guildId = origin.guildId ?? state.guilds[0]?.id ?? '';
  return { kind: 'guild', guild: state.guild(guildId) };
}

/** An interaction token's random bytes, as many as Discord's tokens carry. */
const TOKEN_BYTES = 48;
/** Tokens drawn from one buffer of random bytes at a time: one call into the system's generator per this many interactions, not one each. */
const TOKENS_A_DRAW = 64;
let tokenBytes = Buffer.alloc(0);
let tokenAt = 0;

function interactionToken(): string {
  if (tokenAt + TOKEN_BYTES > tokenBytes.length) {
    tokenBytes = randomBytes(TOKEN_BYTES * TOKENS_A_DRAW);
    tokenAt = 0;
  }
  tokenAt += TOKEN_BYTES;
  return tokenBytes.toString('base64url', tokenAt - TOKEN_BYTES, tokenAt);
}

export function issueInteraction(
  { state, gateway }: Deps,
  origin: Origin,
  type: number,
  componentMessageId: string | null,
  build: (ctx: InteractionContext) => APIInteraction,
): SentInteraction {
  const place = placeOf(state, origin);
  const ctx: InteractionContext = {
    id: snowflake(),
    token: interactionToken(),
    applicationId: state.applicationId,
    user: origin.user ?? state.defaultUser,
    place,
    memberPermissions: origin.memberPermissions ?? MEMBER_PERMISSIONS,
    installation: origin.installation ?? 'guild',
  };
  const payload = build(ctx);
  const guildId = place.kind === 'guild' ? place.guild.id : null;
  const channelId = place.kind === 'guild' ? place.guild.channelId : place.channelId;
  state.interactions.set(ctx.id, {
    id: ctx.id,
    token: ctx.token,
    type,
    channelId,
    guildId,
    user: ctx.user,
    authorizingOwners: payload.authorizing_integration_owners,
    componentMessageId,
    acknowledged: false,
    originalMessageId: null,
  });
  const reached = gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload, { guildId });
  return { id: ctx.id, token: ctx.token, channelId, guildId, delivered: reached > 0 };
}

export function sendDirectMessage({ state, gateway }: Deps, input: DirectMessageInput): SentMessage {
  const user = input.user ?? state.defaultUser;
  const channelId = state.dmChannelFor(user);
  const message = makeMessage({ channel_id: channelId, author: user, content: input.content });
  state.messages.set(message.id, message);
  // channel_type lets discord.js build the DM channel it has not cached; without it the message is dropped.
  const payload: GatewayMessageCreateDispatchData = { ...message, channel_type: ChannelType.DM };
  // discord.js does not filter by intents, so the gateway does: DMs need DirectMessages (1 << 12).
  const reached = gateway.dispatch(GatewayDispatchEvents.MessageCreate, payload, {
    guildId: null,
    intent: GatewayIntentBits.DirectMessages,
  });
  return { id: message.id, channelId, delivered: reached > 0 };
}

/** Without this intent Discord sends a guild message's content, embeds, attachments and components empty... */
const MESSAGE_CONTENT = 1 << 15;

export function sendGuildMessage({ state, gateway }: Deps, input: GuildMessageInput): SentMessage {
  const user = input.user ?? state.defaultUser;
  const guild = state.guild(input.guildId ?? state.guilds[0]?.id ?? '');
  const mentions = input.mentions ?? [];
  const replyTo = input.replyTo;
  if (input.threadId !== undefined && state.threads.get(input.threadId)?.guild_id !== guild.id) {
    throw new Error(`The fake Discord has no thread ${input.threadId} in guild ${guild.id}`);
  }
  const channelId = input.threadId ?? guild.channelId;
  const message = makeMessage({
    channel_id: channelId,
    author: user,
    content: input.content,
    mentions: mentions.map((mentioned) => ({ ...mentioned })),
    mention_everyone: input.mentionEveryone ?? false,
    mention_roles: [...(input.mentionRoles ?? [])],
    ...(replyTo === undefined
      ? {}
      : {
          type: MessageType.Reply,
          message_reference: { type: 0, message_id: replyTo.id, channel_id: replyTo.channel_id, guild_id: guild.id },
          referenced_message: replyTo,
        }),
  });
  state.messages.set(message.id, message);
  const { user: _user, permissions: _permissions, ...member } = guildMember(user, MEMBER_PERMISSIONS);
  // Discord names the channel's type on message create; 11 for a public thread.
  const channelType = input.threadId === undefined ? {} : { channel_type: ChannelType.PublicThread as const };
  const payload: GatewayMessageCreateDispatchData = { ...message, guild_id: guild.id, member, ...channelType };
  // ...unless the message mentions the bot (or is in a DM): so a bot without it still reads its mentions.
  const mentionsBot = mentions.some((mentioned) => mentioned.id === state.botUser.id);
  const shape = (intents: number): GatewayMessageCreateDispatchData =>
    (intents & MESSAGE_CONTENT) !== 0 || mentionsBot ? payload : { ...payload, content: '', embeds: [], attachments: [], components: [] };
  // discord.js does not filter by intents, so the gateway does: guild messages need GuildMessages (1 << 9).
  const reached = gateway.dispatch(GatewayDispatchEvents.MessageCreate, payload, {
    guildId: guild.id,
    intent: GatewayIntentBits.GuildMessages,
    shape,
  });
  return { id: message.id, channelId, delivered: reached > 0 };
}
