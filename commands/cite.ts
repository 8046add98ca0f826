import { citePassage } from '../src/core/browse.ts';
import { defineSlashCommand } from '../src/bot/command.ts';
import { provenanceFor } from '../src/bot/provenance.ts';
import { respond } from '../src/bot/respond.ts';
import { passageIdChoices } from '../src/format/choices.ts';
import { renderCite } from '../src/format/discord.ts';
import { TABLE } from './table.ts';

export const cite = defineSlashCommand(TABLE.cite, {
  async execute(interaction, context, options) {
    await respond(interaction, renderCite(citePassage(await context.knowledge(), options.id), false, provenanceFor(context.catalog, context.guildId)));
  },

  async autocomplete(interaction, context) {
    await interaction.respond(passageIdChoices(await context.knowledge(), interaction.options.getFocused()));
  },
});
