import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Answer } from '../core/answer.ts';
import type { KnowledgeStore, ShardReloadResult } from '../core/store.ts';
import { optionsOn, type CommandSpec, type OptionSpec, type OptionValues } from '../format/command-spec.ts';
import type { ButtonState } from './button-state.ts';

/** Whether a question was answered, matched nothing, or was not a question (empty, too long). */
export type AnswerKind = Answer['kind'];

/** What every handler may use: passed explicitly, never looked up. */
export interface BotContext {
  readonly store: KnowledgeStore;
  readonly buttons: ButtonState;
  /**
   * Reloads the knowledge wherever it is served: this process's store, or every shard's when the bot
   * runs sharded. One result per place, `shard` null for a bot that is not sharded.
   */
  readonly reloadEverywhere: () => Promise<readonly ShardReloadResult[]>;
  /** Users who may /reload in a direct message, where there are no server permissions. */
  readonly adminUserIds: readonly string[];
}

/** The context of one interaction, with a logger that already names it. */
export interface InteractionContext extends BotContext {
  readonly logger: Logger;
}

/**
 * A slash command: its registration data and its handlers. Buttons whose custom id starts with
 * `<name>:` come to `button` with their decoded payload (null when it has expired).
 */
export interface SlashCommand {
  /** Its declaration in the command table. */
  readonly spec: CommandSpec;
  /** The registration data, derived from `spec`. */
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Resolves with the kind of answer a question got, for the metrics, when the command answers questions. */
  execute(interaction: ChatInputCommandInteraction, context: InteractionContext): Promise<AnswerKind | void>;
  autocomplete?(interaction: AutocompleteInteraction, context: InteractionContext): Promise<void>;
  button?(interaction: ButtonInteraction, context: InteractionContext, action: string, payload: string | null): Promise<void>;
}

/** A docent slash command's builder: every command works in servers and in DMs with the bot, installed to servers. */
export function slashCommand(name: string, description: string): SlashCommandBuilder {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription(description)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
}

/** The slash command data of a command table entry: what the bot serves and `npm run deploy` registers. */
export function slashCommandData(spec: CommandSpec): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const builder = slashCommand(spec.name, spec.description);
  if (spec.permission === 'manage-server') builder.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);
  for (const option of optionsOn(spec, 'discord')) {
    switch (option.type) {
      case 'string':
        builder.addStringOption((o) => {
          o.setName(option.name).setDescription(option.description).setRequired(option.required === true);
          if (option.maxLength !== undefined) o.setMaxLength(option.maxLength);
          if (option.autocomplete === true) o.setAutocomplete(true);
          return o;
        });
        break;
      case 'integer':
        builder.addIntegerOption((o) => {
          o.setName(option.name).setDescription(option.description).setRequired(option.required === true);
          if (option.minValue !== undefined) o.setMinValue(option.minValue);
          if (option.maxValue !== undefined) o.setMaxValue(option.maxValue);
          return o;
        });
        break;
      case 'boolean':
        builder.addBooleanOption((o) => o.setName(option.name).setDescription(option.description).setRequired(option.required === true));
        break;
    }
  }
  return builder.toJSON();
}

/** The values of a command's options in an interaction, as its declaration types them; absent ones are left out. */
export function readOptions<S extends CommandSpec>(spec: S, interaction: ChatInputCommandInteraction): OptionValues<S> {
  const values: Record<string, string | number | boolean> = {};
  for (const option of optionsOn(spec, 'discord')) {
    const required = option.required === true;
    const value =
      option.type === 'string'
        ? interaction.options.getString(option.name, required)
        : option.type === 'integer'
          ? interaction.options.getInteger(option.name, required)
          : interaction.options.getBoolean(option.name, required);
    if (value !== null) values[option.name] = value;
  }
  return values as OptionValues<S>;
}

/**
 * The zod schema of a command's Discord options, for state that comes back from a button (a list's
 * filters): the same names, types and limits the slash command declares.
 */
export function optionsSchema<S extends CommandSpec>(spec: S): z.ZodType<OptionValues<S>> {
  const shape: Record<string, z.ZodType> = {};
  for (const option of optionsOn(spec, 'discord')) shape[option.name] = optionSchema(option).optional();
  return z.object(shape) as unknown as z.ZodType<OptionValues<S>>;
}

function optionSchema(option: OptionSpec): z.ZodType {
  switch (option.type) {
    case 'string':
      return option.maxLength === undefined ? z.string() : z.string().max(option.maxLength);
    case 'integer': {
      let schema = z.number().int();
      if (option.minValue !== undefined) schema = schema.min(option.minValue);
      if (option.maxValue !== undefined) schema = schema.max(option.maxValue);
      return schema;
    }
    case 'boolean':
      return z.boolean();
  }
}

/** A command's handlers, given its options already read as its declaration types them. */
export interface SlashCommandHandlers<S extends CommandSpec> {
  execute(interaction: ChatInputCommandInteraction, context: InteractionContext, options: OptionValues<S>): Promise<AnswerKind | void>;
  autocomplete?: SlashCommand['autocomplete'];
  button?: SlashCommand['button'];
}

/** A slash command from its command table entry and its handlers: the data and the options reader are derived. */
export function defineSlashCommand<S extends CommandSpec>(spec: S, handlers: SlashCommandHandlers<S>): SlashCommand {
  return {
    spec,
    data: slashCommandData(spec),
    execute: (interaction, context) => handlers.execute(interaction, context, readOptions(spec, interaction)),
    ...(handlers.autocomplete === undefined ? {} : { autocomplete: handlers.autocomplete }),
    ...(handlers.button === undefined ? {} : { button: handlers.button }),
  };
}

/** A mistake of the user's (no permission, a bad option): shown to them as it is, privately, not logged as a fault. */
export class UserError extends Error {
  override readonly name = 'UserError';
}
