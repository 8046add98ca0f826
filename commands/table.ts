import { ADDABLE_EXTENSIONS } from '../src/admin/options.ts';
import { MAX_QUESTION_LENGTH } from '../src/core/answer.ts';
import { MAX_CHECK_LENGTH } from '../src/core/check/options.ts';
import type { CommandSpec, StringOptionSpec } from '../src/format/command-spec.ts';

/** A date option's form: a year, a month or a day (2021, 2021-10, 2021-10-21). */
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** Where to write a chart: a file name ending in .png (so the console reads `/figures chart.png income`). */
const PNG_FILE = /^\S+\.png$/i;

/** `--png <file>` at the terminal: the same chart Discord attaches, of `what` the command lists, written to a file. */
const pngOption = (what: string) =>
  ({
    name: 'png',
    type: 'string',
    description: `Also draw the ${what} as a chart into this PNG file`,
    maxLength: 4096,
    pattern: PNG_FILE,
    placeholder: 'file.png',
    surfaces: ['console', 'cli'],
  }) as const satisfies StringOptionSpec;

/** A Discord server's id, as `--guild` takes it. */
export const GUILD_ID = /^\d{17,20}$/;

/**
 * `--guild ID` at the terminal: act as that server would (its documents with the base; its gaps). In
 * Discord the server is where the command is used, so the option exists only at the terminal.
 */
const GUILD = {
  name: 'guild',
  type: 'string',
  description: 'As this server (its id); default: the base, the host\'s knowledge',
  surfaces: ['console', 'cli'],
  pattern: GUILD_ID,
  placeholder: 'id',
} as const satisfies StringOptionSpec;

/**
 * THE command table: every command's name, description and options, declared once. The Discord slash
 * commands (and so `npm run deploy`), the console, the JSON CLI and `/help` are all derived from it
 * (see `src/format/command-spec.ts` for what each field means). To add an option, add it here; its
 * value then reaches the command's handlers (`commands/<name>.ts`) and the terminal's
 * (`commands/terminal.ts`) typed. To add a command, add it here and give it a handler in
 * `commands/index.ts` (and in `commands/terminal.ts` if it runs at the terminal): the compiler
 * refuses a table entry without one.
 *
 * Pure data (no discord.js), so the console and the CLI read it without loading Discord.
 */
export const TABLE = {
  ask: {
    name: 'ask',
    description: 'Ask a question; get the passage that answers it, quoted and cited',
    surfaces: ['discord', 'console', 'cli'],
    options: [
      { name: 'question', type: 'string', description: 'Your question, in your own words', required: true, rest: true, maxLength: MAX_QUESTION_LENGTH, autocomplete: true },
      { name: 'private', type: 'boolean', description: 'Show the answer only to you', surfaces: ['discord'] },
      { name: 'limit', type: 'integer', description: 'How many passages to show', minValue: 1, maxValue: 999_999, surfaces: ['cli'] },
      { name: 'batch', type: 'boolean', description: 'One question a line on stdin, one answer a line out', surfaces: ['cli'] },
      GUILD,
    ],
  },
  figures: {
    name: 'figures',
    description: 'List the figures (numeric facts) in the documents, with their sentences and citations',
    surfaces: ['discord', 'console', 'cli'],
    options: [
      { name: 'topic', type: 'string', description: 'Only figures about this, e.g. income', maxLength: 200, rest: true },
      { name: 'year', type: 'integer', description: 'Only figures for this year', minValue: 1000, maxValue: 2999 },
      pngOption('figures'),
      GUILD,
    ],
  },
  timeline: {
    name: 'timeline',
    description: 'Walk the dated events of the documents in order, with their sentences and citations',
    surfaces: ['discord', 'console', 'cli'],
    options: [
      { name: 'from', type: 'string', description: 'From this date: 2021, 2021-10 or 2021-10-21', maxLength: 10, pattern: ISO_DATE },
      { name: 'to', type: 'string', description: 'Up to this date: 2022, 2022-03 or 2022-03-01', maxLength: 10, pattern: ISO_DATE },
      { name: 'topic', type: 'string', description: 'Only events about this', maxLength: 200, rest: true },
      pngOption('timeline'),
      GUILD,
    ],
  },
  cite: {
    name: 'cite',
    description: 'Open a cited passage by its id, with the paragraphs around it',
    surfaces: ['discord', 'console', 'cli'],
    options: [
      {
        name: 'id',
        type: 'string',
        description: 'The passage id from an answer\'s footer, or words to find it',
        required: true,
        rest: true,
        maxLength: 200,
        autocomplete: true,
        placeholder: 'passage id',
        example: (knowledge) => knowledge.passages[0]?.id,
      },
      GUILD,
    ],
  },
  reload: {
    name: 'reload',
    description: 'Admins: re-read the knowledge directory and show what changed',
    permission: 'manage-server',
    options: [],
  },
  knowledge: {
    name: 'knowledge',
    description: 'Admins: add, remove and list this server\'s documents, and see who changed what',
    surfaces: ['discord', 'console', 'cli'],
    permission: 'manage-server',
    options: [],
    subcommands: [
      {
        name: 'add',
        description: `Add a document (${ADDABLE_EXTENSIONS.join(', ')}) to this server's knowledge`,
        options: [
          { name: 'file', type: 'attachment', description: `The document: a ${ADDABLE_EXTENSIONS.join(', ')} file`, required: true, rest: true, extensions: ADDABLE_EXTENSIONS },
          { name: 'title', type: 'string', description: 'Its title (default: its front matter\'s, its first heading or its file name)', maxLength: 200 },
          GUILD,
        ],
      },
      {
        name: 'remove',
        description: 'Remove a document this server added',
        options: [{ name: 'document', type: 'string', description: 'The document, as /knowledge list names it', required: true, rest: true, maxLength: 200, autocomplete: true }, GUILD],
      },
      { name: 'list', description: 'The documents this server is answered from: the base\'s and its own', options: [GUILD] },
      { name: 'history', description: 'Who added, removed or reloaded which document, and when', options: [GUILD] },
    ],
  },
  gaps: {
    name: 'gaps',
    description: 'Admins: the questions docent could not answer here or were not helpful, most asked first',
    surfaces: ['discord', 'console', 'cli'],
    permission: 'manage-server',
    options: [GUILD],
  },
  help: {
    name: 'help',
    description: 'What docent knows and how to ask it',
    options: [],
  },
  // In Discord the check is the message context menu "Check against the sources" (commands/context-menus.ts).
  check: {
    name: 'check',
    description: 'Check the figures and dates of a text against the sources',
    surfaces: ['console', 'cli'],
    options: [{ name: 'text', type: 'string', description: 'The text to check, e.g. a message that quotes a figure', required: true, rest: true, maxLength: MAX_CHECK_LENGTH }],
  },
} as const satisfies { readonly [name: string]: CommandSpec };

/** Each entry's key is its name (checked by the compiler). */
const NAMED: { readonly [K in keyof typeof TABLE]: CommandSpec & { readonly name: K } } = TABLE;

export type CommandName = keyof typeof TABLE;

/** The table as a list, in the order Discord, help and usage show the commands. */
export const COMMAND_SPECS: readonly (typeof TABLE)[CommandName][] = Object.values(NAMED) as (typeof TABLE)[CommandName][];
