import { MessageFlags } from 'discord.js';
import { defineSlashCommand } from '../src/bot/command.ts';
import { requireAdmin } from '../src/bot/permissions.ts';
import { respond } from '../src/bot/respond.ts';
import { describeHashChanges } from '../src/format/discord-admin.ts';
import { renderReload } from '../src/format/discord.ts';
import { TABLE } from './table.ts';

export const reload = defineSlashCommand(TABLE.reload, {
  async execute(interaction, context) {
    requireAdmin(interaction, context.adminUserIds, 'reload the knowledge');
    // Reading and indexing the documents can take seconds on a large knowledge base: defer first.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const before = context.catalog.list(null);
    const results = await context.reloadEverywhere();
    const failed = results.some(({ result }) => result.kind === 'failed');
    context.logger.info({ results }, failed ? 'reload failed' : 'reload reloaded');
    await respond(interaction, renderReload(results, describeHashChanges(before, context.catalog.list(null))));
  },
});
