// Builders for the Discord objects the fake sends (users, channels, guilds, members, messages). Each is
// typed with discord-api-types (re-exported by discord.js), so an undocumented field fails type-checking.
import { ChannelType, ComponentType, Locale, MessageType, PermissionFlagsBits } from 'discord.js';
import type {
  APIDMChannel,
  APIGuildMember,
  APIInteractionGuildMember,
  APIMessage,
  APIPublicThreadChannel,
  APIRole,
  APITextChannel,
  APIUser,
  ChannelFlags,
  GatewayGuildCreateDispatchData,
  GuildMemberFlags,
  GuildSystemChannelFlags,
  MessageFlags,
  RoleFlags,
} from 'discord.js';
import { snowflake } from './ids.ts';

export const nowIso = (): string => new Date().toISOString();

export function makeUser(overrides: Partial<APIUser> = {}): APIUser {
  const username = overrides.username ?? 'tester';
  return {
    id: snowflake(),
    username,
    discriminator: '0',
    global_name: username.charAt(0).toUpperCase() + username.slice(1),
    avatar: null,
    ...overrides,
  };
}

const bits = (...flags: bigint[]): string => flags.reduce((a, b) => a | b, 0n).toString();

/** What the bot may do where the interaction happened (`app_permissions`). */
export const APP_PERMISSIONS = bits(
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.AttachFiles,
  PermissionFlagsBits.ReadMessageHistory,
  PermissionFlagsBits.AddReactions,
  PermissionFlagsBits.UseExternalEmojis,
);

/** A plain member: can talk and use commands, no ManageGuild. */
export const MEMBER_PERMISSIONS = bits(
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.ReadMessageHistory,
  PermissionFlagsBits.AddReactions,
  PermissionFlagsBits.UseApplicationCommands,
);

/** Attachment size limit in bytes for an unboosted guild (`attachment_size_limit`). */
export const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

export interface FakeGuild {
  readonly id: string;
  readonly name: string;
  /** The guild's one text channel; guild interactions happen here. */
  readonly channelId: string;
  readonly ownerId: string;
}

export function guildTextChannel(guild: FakeGuild): APITextChannel {
  return {
    id: guild.channelId,
    type: ChannelType.GuildText,
    guild_id: guild.id,
    name: 'general',
    position: 0,
    permission_overwrites: [],
    parent_id: null,
    nsfw: false,
    topic: null,
    rate_limit_per_user: 0,
    last_message_id: null,
    flags: 0 as ChannelFlags,
  };
}

/** A public thread (type 11) started from a message: Discord gives it the message's id. */
export function publicThread(guild: FakeGuild, fields: { id: string; parentId: string; ownerId: string; name: string; autoArchiveDuration: number }): APIPublicThreadChannel {
  const now = nowIso();
  return {
    id: fields.id,
    type: ChannelType.PublicThread,
    guild_id: guild.id,
    parent_id: fields.parentId,
    owner_id: fields.ownerId,
    name: fields.name,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0 as ChannelFlags,
    thread_metadata: { archived: false, auto_archive_duration: fields.autoArchiveDuration, archive_timestamp: now, locked: false, create_timestamp: now },
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
  };
}

export function dmChannel(channelId: string, recipient: APIUser): APIDMChannel {
  return { id: channelId, type: ChannelType.DM, name: null, last_message_id: null, flags: 0 as ChannelFlags, recipients: [recipient] };
}

function everyoneRole(guild: FakeGuild): APIRole {
  return {
    id: guild.id, // the @everyone role shares the guild's id
    name: '@everyone',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    position: 0,
    permissions: MEMBER_PERMISSIONS,
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
}

export function guildMember(user: APIUser, permissions: string): APIInteractionGuildMember {
  const member: APIGuildMember = {
    user,
    nick: null,
    avatar: null,
    roles: [],
    joined_at: nowIso(),
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
  return { ...member, permissions };
}

export function guildCreate(guild: FakeGuild, botUser: APIUser): GatewayGuildCreateDispatchData {
  const { permissions: _unused, ...botMember } = guildMember(botUser, APP_PERMISSIONS);
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    roles: [everyoneRole(guild)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: guild.channelId,
    system_channel_flags: 0 as GuildSystemChannelFlags,
    rules_channel_id: null,
    vanity_url_code: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    joined_at: nowIso(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [botMember],
    channels: [guildTextChannel(guild)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** A stored message in the shape Discord returns from message routes. */
export function makeMessage(fields: Partial<APIMessage> & Pick<APIMessage, 'channel_id' | 'author'>): APIMessage {
  return {
    id: snowflake(),
    type: MessageType.Default,
    content: '',
    timestamp: nowIso(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: 0 as MessageFlags,
    ...fields,
  };
}

/** A message with one row holding one button, for clicking when the test has no message of its own. */
export function messageWithButton(channelId: string, author: APIUser, customId: string): APIMessage {
  const button = { type: ComponentType.Button as const, style: 1 as const, custom_id: customId, label: 'Button' };
  return makeMessage({ channel_id: channelId, author, components: [{ type: ComponentType.ActionRow, components: [button] }] });
}
