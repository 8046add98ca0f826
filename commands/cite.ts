import { citePassage } from '../src/core/browse.ts';
import { defineSlashCommand } from '../src/bot/command.ts';
import { respond } from '../src/bot/respond.ts';
import { passageIdChoices } from '../src/format/choices.ts';
import { renderCite } from '../src/format/discord.ts';
import { TABLE } from './table.ts';

export const cite = defineSlashCommand(TABLE.cite, {
  async execute(interaction, context, options) {
    await respond(interaction, renderCite(citePassage(context.store.current(), options.id), false));
  },

  async autocomplete(interaction, context) {
    await interaction.respond(passageIdChoices(context.store.current(), interaction.options.getFocused()));
  },
});
