import { defineSlashCommand } from '../src/bot/command.ts';
import { respond } from '../src/bot/respond.ts';
import { renderHelp } from '../src/format/discord.ts';
import { COMMAND_SPECS, TABLE } from './table.ts';

export const help = defineSlashCommand(TABLE.help, {
  async execute(interaction, context) {
    await respond(interaction, renderHelp(context.store.current(), context.store.loadedAt(), COMMAND_SPECS));
  },
});
