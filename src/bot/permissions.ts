import { PermissionFlagsBits, type BaseInteraction } from 'discord.js';
import { UserError } from './command.ts';

/**
 * Whether the user of an interaction may run an admin command there: in a server, a member with Manage
 * Server (the admin commands' default permission, checked again here because a server's owners can let
 * others see a command); in a DM, where there are no server permissions, a user in ADMIN_USER_IDS.
 */
export function isAdmin(interaction: BaseInteraction, adminUserIds: readonly string[]): boolean {
  return interaction.inGuild()
    ? interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true
    : adminUserIds.includes(interaction.user.id);
}

/** Refuses, as a user error shown privately, anyone `isAdmin` does not allow; `action` ends "Only … can <action>". */
export function requireAdmin(interaction: BaseInteraction, adminUserIds: readonly string[], action: string): void {
  if (isAdmin(interaction, adminUserIds)) return;
  throw new UserError(
    interaction.inGuild()
      ? `Only members with the Manage Server permission can ${action}.`
      : `Only the bot's admins (ADMIN_USER_IDS) can ${action} from a direct message.`,
  );
}
