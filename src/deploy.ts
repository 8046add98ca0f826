import { REST, Routes } from 'discord.js';
import { commands, contextMenus } from '../commands/index.ts';
import { loadConfigOrExplain } from './env.ts';

/**
 * `npm run deploy`: registers the slash commands and message context menus from the lists the bot uses. To DISCORD_GUILD_ID
 * when set (instant, for development), else globally (for release).
 */
async function main(): Promise<number> {
  const config = await loadConfigOrExplain();
  if (config === null) return 2;
  const { DISCORD_TOKEN: token, DISCORD_CLIENT_ID: clientId, DISCORD_GUILD_ID: guildId, DISCORD_API_URL: api } = config;
  if (token === undefined || clientId === undefined) {
    process.stderr.write('deploy: DISCORD_TOKEN and DISCORD_CLIENT_ID must be set (see .env.example)\n');
    return 2;
  }
  const rest = new REST({ api }).setToken(token);
  const route = guildId === undefined ? Routes.applicationCommands(clientId) : Routes.applicationGuildCommands(clientId, guildId);
  const body = [...commands.map((command) => command.data), ...contextMenus.map((menu) => menu.data)];
  const registered = (await rest.put(route, { body })) as { name: string; type?: number }[];
  // Slash commands as "/name", message context menus (type 3) as "Apps › Name".
  process.stdout.write(
    `Registered ${registered.length} command(s) ${guildId === undefined ? 'globally (may take up to an hour to appear)' : `to server ${guildId}`}: ` +
      `${registered.map((command) => (command.type === 3 ? `Apps › ${command.name}` : `/${command.name}`)).join(', ')}\n`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`deploy: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
