import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SharedSlashCommandOptions,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { FeedbackLog, GuildScope, KnowledgeCatalog } from '../admin/types.ts';
import type { Answer } from '../core/answer.ts';
import type { Knowledge } from '../core/knowledge.ts';
import type { KnowledgeStore, ShardReloadResult } from '../core/store.ts';
import {
  optionsOn,
  subcommandNamed,
  type CommandSpec,
  type CommandValues,
  type FileRef,
  type OptionSpec,
  type OptionValue,
  type OptionValues,
} from '../format/command-spec.ts';
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
  /** Users who may /reload and manage the base's documents in a direct message, where there are no server permissions. */
  readonly adminUserIds: readonly string[];
  /** Each server's knowledge (the base plus its own documents) and its documents' records; DMs use the base. */
  readonly catalog: KnowledgeCatalog;
  /** Votes and misses; answers never wait on it, and it says when the database is unavailable. */
  readonly feedback: FeedbackLog;
  /** The largest file `/knowledge add` downloads, in bytes (MAX_ATTACHMENT_BYTES). */
  readonly maxAttachmentBytes: number;
}

/** The context of one interaction or message, with a logger that already names it, and where it came from. */
export interface InteractionContext extends BotContext {
  readonly logger: Logger;
  /** The server it came from, or null in a DM (the base). */
  readonly guildId: GuildScope;
  /** The knowledge that answers there: the server's (built when first needed), or the base in a DM. */
  knowledge(): Promise<Knowledge>;
}

/** The context of one interaction or message from `guildId` (null: a DM). */
export function contextFor(context: BotContext, logger: Logger, guildId: GuildScope): InteractionContext {
  return { ...context, logger, guildId, knowledge: () => context.catalog.knowledgeFor(guildId) };
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
function slashCommand(name: string, description: string): SlashCommandBuilder {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription(description)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
}

/**
 * The slash command data of a command table entry: what the bot serves and `npm run deploy` registers.
 * A command with subcommands (`/knowledge add|remove|list|history`) gets one SUB_COMMAND each, with
 * that subcommand's options; Discord then allows no options beside them.
 */
function slashCommandData(spec: CommandSpec): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const builder = slashCommand(spec.name, spec.description);
  if (spec.permission === 'manage-server') builder.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);
  if (spec.subcommands === undefined) {
    addOptions(builder, optionsOn(spec, 'discord'));
    return builder.toJSON();
  }
  for (const subcommand of spec.subcommands) {
    builder.addSubcommand((sub) => {
      addOptions(sub.setName(subcommand.name).setDescription(subcommand.description), optionsOn(spec, 'discord', subcommand));
      return sub;
    });
  }
  return builder.toJSON();
}

/** Adds declared options to a command or a subcommand, in declaration order (Discord wants the required ones first; the table declares them so). */
function addOptions<B extends SharedSlashCommandOptions<B>>(builder: SharedSlashCommandOptions<B>, options: readonly OptionSpec[]): void {
  for (const option of options) {
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
      case 'attachment':
        builder.addAttachmentOption((o) => o.setName(option.name).setDescription(option.description).setRequired(option.required === true));
        break;
    }
  }
}

/**
 * The values of a command's options in an interaction, as its declaration types them; absent ones are
 * left out. For a command with subcommands: `subcommand`, the one called, and its options' values. An
 * attachment is its file name, its CDN URL (`location`) and the size Discord declares.
 */
function readOptions<S extends CommandSpec>(spec: S, interaction: ChatInputCommandInteraction): CommandValues<S> {
  const called = spec.subcommands === undefined ? undefined : interaction.options.getSubcommand(true);
  const subcommand = called === undefined ? undefined : subcommandNamed(spec, called);
  if (called !== undefined && subcommand === undefined) throw new UserError(`/${spec.name} has no subcommand “${called}”. Run /help to see its subcommands.`);
  const values: Record<string, OptionValue> = called === undefined ? {} : { subcommand: called };
  for (const option of optionsOn(spec, 'discord', subcommand)) {
    const value = readOption(option, interaction);
    if (value !== null) values[option.name] = value;
  }
  return values as CommandValues<S>;
}

function readOption(option: OptionSpec, interaction: ChatInputCommandInteraction): OptionValue | null {
  const required = option.required === true;
  switch (option.type) {
    case 'string':
      return interaction.options.getString(option.name, required);
    case 'integer':
      return interaction.options.getInteger(option.name, required);
    case 'boolean':
      return interaction.options.getBoolean(option.name, required);
    case 'attachment': {
      const attachment = interaction.options.getAttachment(option.name, required);
      return attachment === null ? null : ({ name: attachment.name, location: attachment.url, size: attachment.size } satisfies FileRef);
    }
  }
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
    case 'attachment':
      return z.object({ name: z.string(), location: z.string(), size: z.number().optional() });
  }
}

/** A command's handlers, given its options already read as its declaration types them. */
export interface SlashCommandHandlers<S extends CommandSpec> {
  execute(interaction: ChatInputCommandInteraction, context: InteractionContext, options: CommandValues<S>): Promise<AnswerKind | void>;
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
