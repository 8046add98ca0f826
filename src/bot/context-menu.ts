import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  type ButtonInteraction,
  type MessageContextMenuCommandInteraction,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { AnswerKind, InteractionContext } from './command.ts';

/**
 * A message context menu command (right-click a message → Apps → its name): its registration data and
 * its handler. Its buttons carry `buttonPrefix` before the `:` of their custom id (a command's name has
 * spaces, a prefix may not), and come to `button` with their decoded payload (null when it has expired).
 */
export interface MessageContextMenu {
  readonly data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  readonly buttonPrefix?: string;
  execute(interaction: MessageContextMenuCommandInteraction, context: InteractionContext): Promise<AnswerKind | void>;
  button?(interaction: ButtonInteraction, context: InteractionContext, action: string, payload: string | null): Promise<void>;
}

/** A docent message context menu's data: like the slash commands, in servers and in DMs with the bot, installed to servers. */
export function messageContextMenuData(name: string): RESTPostAPIContextMenuApplicationCommandsJSONBody {
  return new ContextMenuCommandBuilder()
    .setName(name)
    .setType(ApplicationCommandType.Message)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .toJSON();
}
