import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Answer } from '../core/answer.ts';
import type { KnowledgeStore, ShardReloadResult } from '../core/store.ts';

/** Whether a question was answered, matched nothing, or was not a question (empty, too long). */
export type AnswerKind = Answer['kind'];
import type { ButtonState } from './button-state.ts';

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

/** A mistake of the user's (no permission, a bad option): shown to them as it is, privately, not logged as a fault. */
export class UserError extends Error {
  override readonly name = 'UserError';
}
