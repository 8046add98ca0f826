import type { SlashCommand } from '../src/bot/command.ts';
import type { Surface } from '../src/format/command-spec.ts';
import { ask } from './ask.ts';
import { cite } from './cite.ts';
import { figures } from './figures.ts';
import { gaps } from './gaps.ts';
import { help } from './help.ts';
import { knowledge } from './knowledge.ts';
import { reload } from './reload.ts';
import { timeline } from './timeline.ts';
import { COMMAND_SPECS, TABLE, type CommandName } from './table.ts';

export { contextMenus } from './context-menus.ts';

/** The table's commands that are slash commands: those without `surfaces`, and those whose surfaces name Discord. */
type SlashCommandName = {
  [K in CommandName]: (typeof TABLE)[K] extends { readonly surfaces: readonly Surface[] } ? ('discord' extends (typeof TABLE)[K]['surfaces'][number] ? K : never) : K;
}[CommandName];

/** The Discord handlers of every slash command in the table: a table entry without one does not compile. */
const HANDLERS: { readonly [K in SlashCommandName]: SlashCommand } = { ask, figures, timeline, cite, reload, knowledge, gaps, help };

const isSlashCommand = (name: CommandName): name is SlashCommandName => name in HANDLERS;

/**
 * The slash commands, in the table's order: the bot serves them (`startBot`) and `npm run deploy` registers
 * them, with the message context menus (`contextMenus`).
 */
export const commands: readonly SlashCommand[] = COMMAND_SPECS.flatMap((spec) => (isSlashCommand(spec.name) ? [HANDLERS[spec.name]] : []));
