import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { defineSlashCommand, UserError } from '../src/bot/command.ts';
import { respond } from '../src/bot/respond.ts';
import { renderReload } from '../src/format/discord.ts';
import { TABLE } from './table.ts';

export const reload = defineSlashCommand(TABLE.reload, {
  async execute(interaction, context) {
    // Server owners can change who sees the command, so the permission is checked again here.
    const allowed = interaction.inGuild()
      ? interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true
      : context.adminUserIds.includes(interaction.user.id);
    if (!allowed) {
      throw new UserError(
        interaction.inGuild()
          ? 'Only members with the Manage Server permission can reload the knowledge.'
          : 'Only the bot\'s admins (ADMIN_USER_IDS) can reload the knowledge from a direct message.',
      );
    }
    // Reading and indexing the documents can take seconds on a large knowledge base: defer first.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const results = await context.reloadEverywhere();
    const failed = results.some(({ result }) => result.kind === 'failed');
    context.logger.info({ results }, failed ? 'reload failed' : 'reload reloaded');
    await respond(interaction, renderReload(results));
  },
});
