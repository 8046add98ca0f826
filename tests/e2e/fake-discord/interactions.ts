// Builders for INTERACTION_CREATE payloads (slash command, autocomplete, button) in their guild and DM
// forms, with the fields discord.js needs: entitlements, authorizing_integration_owners, app_permissions.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
} from 'discord.js';
import type {
  APIApplicationCommandAutocompleteInteraction,
  APIApplicationCommandInteractionDataBasicOption,
  APIApplicationCommandInteractionDataOption,
  APIAttachment,
  APIAuthorizingIntegrationOwnersMap,
  APIInteractionDataResolved,
  APIChatInputApplicationCommandInteraction,
  APIMessage,
  APIMessageApplicationCommandInteraction,
  APIMessageComponentButtonInteraction,
  APIUser,
} from 'discord.js';
import {
  APP_PERMISSIONS,
  ATTACHMENT_SIZE_LIMIT,
  dmChannel,
  guildMember,
  guildTextChannel,
  type FakeGuild,
} from './payloads.ts';
import type { FakeAttachment } from './cdn.ts';

/** An option's value; an uploaded file (`fake.uploadAttachment`) for an ATTACHMENT option. */
export type OptionValue = string | number | boolean | FakeAttachment;

/**
 * Command options by name; a JS integer becomes INTEGER (4), other numbers NUMBER (10), an uploaded file
 * ATTACHMENT (11) whose value is the attachment's id (its metadata goes in `resolved`, see `resolvedOf`).
 */
export function commandOptions(
  options: Readonly<Record<string, OptionValue>>,
  focused?: string,
): APIApplicationCommandInteractionDataBasicOption[] {
  return Object.entries(options).map(([name, value]): APIApplicationCommandInteractionDataBasicOption => {
    const focus = name === focused ? { focused: true } : {};
    if (typeof value === 'object') return { name, type: ApplicationCommandOptionType.Attachment, value: value.data.id };
    if (typeof value === 'string') return { name, type: ApplicationCommandOptionType.String, value, ...focus };
    if (typeof value === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value };
    const type = Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
    return { name, type, value, ...focus };
  });
}

/** `data.resolved` of a command: each uploaded file's metadata under its id, as Discord sends it; undefined when none. */
export function resolvedOf(options: Readonly<Record<string, OptionValue>>): APIInteractionDataResolved | undefined {
  const attachments: Record<string, APIAttachment> = {};
  for (const value of Object.values(options)) if (typeof value === 'object') attachments[value.data.id] = value.data;
  return Object.keys(attachments).length === 0 ? undefined : { attachments };
}

/** A subcommand's options nest in one SUB_COMMAND (1) option named after it: `[{type:1, name:"add", options:[…]}]`. */
export function underSubcommand(
  options: APIApplicationCommandInteractionDataBasicOption[],
  subcommand: string | undefined,
): APIApplicationCommandInteractionDataOption[] {
  return subcommand === undefined ? options : [{ type: ApplicationCommandOptionType.Subcommand, name: subcommand, options }];
}

/** Where an interaction or message happens: a guild text channel, or the user's DM with the bot. */
export type Place = { kind: 'guild'; guild: FakeGuild } | { kind: 'dm'; channelId: string };

export interface InteractionContext {
  readonly id: string;
  readonly token: string;
  readonly applicationId: string;
  readonly user: APIUser;
  readonly place: Place;
  readonly memberPermissions: string;
  /** Guild-installed apps are authorised by the guild ("0" in the bot's DM); user-installed by the user. */
  readonly installation: 'guild' | 'user';
}

function owners(ctx: InteractionContext): APIAuthorizingIntegrationOwnersMap {
  if (ctx.installation === 'user') return { 1: ctx.user.id };
  return { 0: ctx.place.kind === 'guild' ? ctx.place.guild.id : '0' };
}

/** The fields every interaction carries, in their guild or DM form. */
function interactionBase(ctx: InteractionContext) {
  const common = {
    id: ctx.id,
    application_id: ctx.applicationId,
    token: ctx.token,
    version: 1 as const,
    app_permissions: APP_PERMISSIONS,
    locale: Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: owners(ctx),
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
  };
  if (ctx.place.kind === 'dm') {
    return {
      ...common,
      user: ctx.user,
      channel_id: ctx.place.channelId,
      channel: dmChannel(ctx.place.channelId, ctx.user),
      context: InteractionContextType.BotDM,
    };
  }
  const { guild } = ctx.place;
  return {
    ...common,
    guild_id: guild.id,
    guild: { id: guild.id, locale: Locale.EnglishUS, features: [] },
    guild_locale: Locale.EnglishUS,
    member: guildMember(ctx.user, ctx.memberPermissions),
    channel_id: guild.channelId,
    channel: guildTextChannel(guild),
    context: InteractionContextType.Guild,
  };
}

export function chatInputInteraction(
  ctx: InteractionContext,
  command: { id: string; name: string; options: APIApplicationCommandInteractionDataOption[]; resolved?: APIInteractionDataResolved | undefined },
): APIChatInputApplicationCommandInteraction {
  const data = {
    id: command.id,
    name: command.name,
    type: ApplicationCommandType.ChatInput as const,
    options: command.options,
    ...(command.resolved === undefined ? {} : { resolved: command.resolved }),
  };
  return { ...interactionBase(ctx), type: InteractionType.ApplicationCommand, data };
}

export function autocompleteInteraction(
  ctx: InteractionContext,
  command: { id: string; name: string; options: APIApplicationCommandInteractionDataOption[] },
): APIApplicationCommandAutocompleteInteraction {
  const data = { id: command.id, name: command.name, type: ApplicationCommandType.ChatInput as const, options: command.options };
  return { ...interactionBase(ctx), type: InteractionType.ApplicationCommandAutocomplete, data };
}

export function buttonInteraction(
  ctx: InteractionContext,
  customId: string,
  message: APIMessage,
): APIMessageComponentButtonInteraction {
  const data = { custom_id: customId, component_type: ComponentType.Button as const };
  return { ...interactionBase(ctx), type: InteractionType.MessageComponent, data, message };
}

/**
 * A message context menu command (type 2, `data.type` 3): the message it was used on is `target_id`, and
 * Discord sends it whole in `resolved.messages` (content included, with or without Message Content).
 */
export function messageContextMenuInteraction(
  ctx: InteractionContext,
  command: { id: string; name: string },
  target: APIMessage,
): APIMessageApplicationCommandInteraction {
  const data = {
    id: command.id,
    name: command.name,
    type: ApplicationCommandType.Message as const,
    target_id: target.id,
    resolved: { messages: { [target.id]: target } },
  };
  return { ...interactionBase(ctx), type: InteractionType.ApplicationCommand, data };
}
