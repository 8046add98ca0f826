import { defineSlashCommand } from '../src/bot/command.ts';
import { provenanceFor } from '../src/bot/provenance.ts';
import { respond } from '../src/bot/respond.ts';
import { renderHelp } from '../src/format/discord.ts';
import { COMMAND_SPECS, TABLE } from './table.ts';

export const help = defineSlashCommand(TABLE.help, {
  async execute(interaction, context) {
    const { catalog, guildId } = context;
    const managesBase = guildId === null && context.adminUserIds.includes(interaction.user.id);
    await respond(interaction, renderHelp(await context.knowledge(), catalog.indexedAt(guildId), COMMAND_SPECS, { provenanceOf: provenanceFor(catalog, guildId), managesBase }));
  },
});
