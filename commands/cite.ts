import { citePassage } from '../src/core/browse.ts';
import { slashCommand, type SlashCommand } from '../src/bot/command.ts';
import { respond } from '../src/bot/respond.ts';
import { passageIdChoices } from '../src/format/choices.ts';
import { renderCite } from '../src/format/discord.ts';

export const cite: SlashCommand = {
  data: slashCommand('cite', 'Open a cited passage by its id, with the paragraphs around it')
    .addStringOption((option) =>
      option.setName('id').setDescription('The passage id from an answer\'s footer, or words to find it').setRequired(true).setMaxLength(200).setAutocomplete(true),
    )
    .toJSON(),

  async execute(interaction, context) {
    await respond(interaction, renderCite(citePassage(context.store.current(), interaction.options.getString('id', true)), false));
  },

  async autocomplete(interaction, context) {
    await interaction.respond(passageIdChoices(context.store.current(), interaction.options.getFocused()));
  },
};
