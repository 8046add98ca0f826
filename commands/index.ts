import type { SlashCommand } from '../src/bot/command.ts';
import { ask } from './ask.ts';
import { cite } from './cite.ts';
import { figures } from './figures.ts';
import { gaps } from './gaps.ts';
import { help } from './help.ts';
import { knowledge } from './knowledge.ts';
import { reload } from './reload.ts';
import { timeline } from './timeline.ts';
import { COMMAND_SPECS, type CommandName } from './table.ts';

/** The Discord handlers of every command in the table: a table entry without one does not compile. */
const HANDLERS: { readonly [K in CommandName]: SlashCommand } = { ask, figures, timeline, cite, reload, knowledge, gaps, help };

/** The slash commands, in the table's order: the bot serves them (`startBot`) and `npm run deploy` registers them. */
export const commands: readonly SlashCommand[] = COMMAND_SPECS.map((spec) => HANDLERS[spec.name]);
