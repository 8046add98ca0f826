#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { COMMAND_SPECS, type CommandName } from '../commands/table.ts';
import { runTerminalCommand } from '../commands/terminal.ts';
import { openAdminFromConfig } from './admin/open.ts';
import { parseConfig } from './config.ts';
import { answerQuestion } from './core/answer.ts';
import type { Knowledge } from './core/knowledge.ts';
import { createKnowledgeStore, loadKnowledge } from './core/store.ts';
import {
  commandOn,
  exampleOf,
  missingOptions,
  optionsOn,
  placeholderOf,
  readOptionValue,
  restOption,
  subcommandNamed,
  usageOf,
  type CommandSpec,
  type OptionSpec,
  type OptionValue,
  type SubcommandSpec,
} from './format/command-spec.ts';
import { answerJson } from './format/json.ts';
import { createLogger } from './logger.ts';
import { renderAnswerText } from './format/text.ts';

/** Where the CLI reads and writes: the process's streams and environment, or a test's. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The commands the JSON CLI offers: those of the command table that run in the CLI. */
const CLI_SPECS: readonly CommandSpec[] = COMMAND_SPECS.filter((spec) => commandOn(spec, 'cli'));

/** A command, or each of its subcommands: what the usage lists and the flags are drawn from. */
const CLI_FORMS: readonly { readonly spec: CommandSpec; readonly subcommand?: SubcommandSpec }[] = CLI_SPECS.flatMap((spec) =>
  spec.subcommands === undefined ? [{ spec }] : spec.subcommands.map((subcommand) => ({ spec, subcommand })),
);

/** The usage, from the command table: each command (or subcommand) with its flags, its description and its flags' descriptions. */
export const USAGE = [
  'usage: npm run --silent cli -- <command> [--json] …',
  ...CLI_FORMS.flatMap(({ spec, subcommand }) => {
    const options = optionsOn(spec, 'cli', subcommand);
    return [
      `  ${usageOf(spec, 'cli', subcommand)}`,
      `      ${(subcommand ?? spec).description}`,
      ...options.filter((option) => option !== restOption(options)).map((option) => `      --${option.name}: ${option.description}`),
    ];
  }),
  'Without --json each prints readable text. Documents come from $KNOWLEDGE_DIR (default: knowledge/); what admins add, votes and gaps from $DATA_DIR.',
].join('\n');

/** A command-line mistake: printed on stderr with the usage, exit code 2. */
class UsageError extends Error {}

/** Every flag of every CLI command (each is then checked against the command given), with --json and --help. */
const FLAGS: NonNullable<ParseArgsConfig['options']> = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  ...Object.fromEntries(
    CLI_FORMS.flatMap(({ spec, subcommand }) => optionsOn(spec, 'cli', subcommand))
      .filter((option: OptionSpec) => !((option.type === 'string' || option.type === 'attachment') && option.rest === true))
      .map((option) => [option.name, { type: option.type === 'boolean' ? 'boolean' : 'string' }] as const),
  ),
};

/**
 * The JSON CLI, in process: reads `argv` (the arguments after the script), writes to `io`, resolves
 * with the exit code: 0, 1 (nothing found, or no documents), 2 (bad arguments, with the usage on stderr).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await runCommand(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`error: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    io.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function runCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: FLAGS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [name, ...words] = positionals;
  if (values.help === true || name === undefined) {
    io.stdout.write(`${USAGE}\n`);
    return name === undefined && values.help !== true ? 2 : 0;
  }
  const spec = CLI_SPECS.find((candidate) => candidate.name === name);
  if (spec === undefined) throw new UsageError(`unknown command "${name}"`);
  let subcommand: SubcommandSpec | undefined;
  if (spec.subcommands !== undefined) {
    const word = words.shift() ?? '';
    subcommand = subcommandNamed(spec, word);
    if (subcommand === undefined) throw new UsageError(`${name} needs one of: ${spec.subcommands.map((candidate) => candidate.name).join(', ')}`);
  }
  const options = readCommandOptions(spec, values, words, subcommand);
  const json = values.json === true;

  const config = parseConfig(io.env);
  if (!config.ok) throw new UsageError(config.message);
  const knowledgeDir = resolve(config.config.KNOWLEDGE_DIR);
  const { knowledge, problems } = await loadKnowledge(knowledgeDir, resolve(config.config.DATA_DIR));
  for (const problem of problems) io.stderr.write(`warning: ${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}: ${problem.message}\n`);
  if (knowledge.documents.length === 0) {
    io.stderr.write('error: no documents could be loaded\n');
    return 1;
  }

  // --batch: the CLI's own mode of ask, one question a line of stdin.
  if (name === 'ask' && options.batch === true) return askBatch(knowledge, options.limit, json, io);
  const missing = missingOptions(optionsOn(spec, 'cli', subcommand), options)[0];
  if (missing !== undefined) {
    const example = exampleOf(spec, 'cli', knowledge);
    throw new UsageError(`${name} needs a ${placeholderOf(missing)}${example === undefined ? '' : `, e.g. ${example}`}`);
  }
  const dataDir = resolve(config.config.DATA_DIR);
  const store = createKnowledgeStore(knowledgeDir, knowledge, undefined, dataDir);
  // Only errors reach stderr (a database unavailable): the JSON on stdout stays the only output a script reads.
  const logger = createLogger('error', { destination: io.stderr as NodeJS.WritableStream, pretty: false });
  const admin = openAdminFromConfig(config.config, store, logger);
  try {
    const call = { name: spec.name as CommandName, options: subcommand === undefined ? options : { ...options, subcommand: subcommand.name } };
    const result = await runTerminalCommand({ store, admin, by: 'cli' }, call);
    if (result.kind === 'mistake') throw new UsageError(result.message);
    if (result.kind === 'refused') {
      io.stderr.write(`error: ${result.message}\n`);
      return 2;
    }
    io.stdout.write(`${json ? JSON.stringify(result.json) : result.text}\n`);
    return result.ok ? 0 : 1;
  } finally {
    admin.close();
  }
}

/** The command's options from its flags (checked against the table) and its positional words (its rest option). */
function readCommandOptions(spec: CommandSpec, values: Readonly<Record<string, unknown>>, words: readonly string[], subcommand?: SubcommandSpec): Record<string, OptionValue> {
  const declared = optionsOn(spec, 'cli', subcommand);
  const named = subcommand === undefined ? spec.name : `${spec.name} ${subcommand.name}`;
  const options: Record<string, OptionValue> = {};
  for (const [flag, raw] of Object.entries(values)) {
    if (flag === 'json' || flag === 'help' || raw === undefined) continue;
    const option = declared.find((candidate) => candidate.name === flag);
    if (option === undefined) throw new UsageError(`${named} has no --${flag}`);
    const read = readOptionValue(option, String(raw));
    if (!read.ok) throw new UsageError(`--${read.message}`);
    options[flag] = read.value;
  }
  const rest = restOption(declared);
  const text = words.join(' ');
  if (rest !== undefined && text.trim().length > 0) {
    const read = readOptionValue(rest, text);
    if (read.ok) options[rest.name] = read.value;
  } else if (rest === undefined && text.length > 0) throw new UsageError(`${named} takes no words, only flags`);
  return options;
}

/** Answers one question per stdin line, one output line each, in order. */
async function askBatch(knowledge: Knowledge, limit: OptionValue | undefined, json: boolean, io: CliIo): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const answer = answerQuestion(knowledge, line, typeof limit === 'number' ? { limit } : {});
    io.stdout.write(`${json ? JSON.stringify(answerJson(knowledge, answer)) : renderAnswerText(knowledge, answer).replace(/\n/g, ' ')}\n`);
  }
  return 0;
}

/** Whether this module is the process's entry (`npm run cli`), not imported (by the tests). */
function isProcessEntry(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isProcessEntry()) {
  runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
