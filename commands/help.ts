import { slashCommand, type SlashCommand } from '../src/bot/command.ts';
import { respond } from '../src/bot/respond.ts';
import { renderHelp } from '../src/format/discord.ts';

export const help: SlashCommand = {
  data: slashCommand('help', 'What docent knows and how to ask it').toJSON(),

  async execute(interaction, context) {
    await respond(interaction, renderHelp(context.store.current(), context.store.loadedAt()));
  },
};
