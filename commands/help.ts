import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/bot/command.ts';
import { respond } from '../src/bot/respond.ts';
import { renderHelp } from '../src/format/discord.ts';

export const help: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName('help')
    .setDescription('What docent knows and how to ask it')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .toJSON(),

  async execute(interaction, context) {
    await respond(interaction, renderHelp(context.store.current(), context.store.loadedAt()));
  },
};
