import type { SlashCommand } from '../src/bot/command.ts';
import { ask } from './ask.ts';
import { cite } from './cite.ts';
import { figures } from './figures.ts';
import { help } from './help.ts';
import { reload } from './reload.ts';
import { timeline } from './timeline.ts';

/** The one list of slash commands: the bot dispatches from it and `npm run deploy` registers it. */
export const commands: readonly SlashCommand[] = [ask, figures, timeline, cite, reload, help];
