import { createInterface } from 'node:readline';
import { COMMAND_SPECS, type CommandName } from '../commands/table.ts';
import { runTerminalCommand, type TerminalContext } from '../commands/terminal.ts';
import { commandOn, hasFormOf, missingOptions, optionsOn, readOptionValue, restOption, subcommandNamed, usageOf, usagesOf, type CommandSpec, type OptionValue } from './format/command-spec.ts';

/** A plain line (one that does not start with `/`) is this command's rest: a question. */
const PLAIN_LINE_COMMAND: CommandName = 'ask';

/**
 * A line typed at the console, read as the command it names from the command table (`/name`, then
 * its subcommand if it has some, then its options: leading words of an option's form, then the
 * rest), flat: `{ kind: 'timeline', from: '2020', topic: 'income gap' }`, `{ kind: 'knowledge',
 * subcommand: 'list' }`. A plain line is a question. A command that needs a subcommand and has none
 * (or an unknown one) is `usage`.
 */
export type ConsoleLine =
  | ({ readonly kind: CommandName } & { readonly [option: string]: OptionValue })
  | { readonly kind: 'quit' }
  | { readonly kind: 'unknown'; readonly name: string }
  | { readonly kind: 'usage'; readonly usage: string };

const QUIT = new Set(['quit', 'exit']);

export function parseConsoleLine(line: string): ConsoleLine | null {
  const trimmed = line.trim();
  if (trimmed.length === 0) return null;
  const [name = '', ...words] = trimmed.startsWith('/') ? trimmed.slice(1).split(/\s+/) : [PLAIN_LINE_COMMAND];
  if (QUIT.has(name.toLowerCase())) return { kind: 'quit' };
  const spec = COMMAND_SPECS.find((candidate) => candidate.name === name.toLowerCase() && commandOn(candidate, 'console'));
  if (spec === undefined) return { kind: 'unknown', name };
  const declared: CommandSpec = spec;
  const subcommand = declared.subcommands === undefined ? undefined : subcommandNamed(spec, words.shift() ?? '');
  if (declared.subcommands !== undefined && subcommand === undefined) return { kind: 'usage', usage: usagesOf(spec, 'console').join('\n') };
  const options = optionsOn(spec, 'console', subcommand);
  const rest = restOption(options);
  const values: Record<string, OptionValue> = {};
  // Leading words of an option's form are that option, in declaration order: "/timeline 2020 2022 income".
  for (const option of options) {
    const word = words[0];
    if (option === rest || word === undefined || !hasFormOf(option, word)) continue;
    const read = readOptionValue(option, word);
    if (read.ok) values[option.name] = read.value;
    words.shift();
  }
  const text = trimmed.startsWith('/') ? words.join(' ') : trimmed;
  if (rest !== undefined && text.length > 0) {
    const read = readOptionValue(rest, text);
    if (read.ok) values[rest.name] = read.value;
  }
  return { kind: spec.name, ...(subcommand === undefined ? {} : { subcommand: subcommand.name }), ...values };
}

/** Runs one console line's command against the knowledge in service and returns the text to print. */
export async function runConsoleCommand(context: TerminalContext, line: Exclude<ConsoleLine, { kind: 'quit' }>): Promise<string> {
  if (line.kind === 'unknown') return `Unknown command "/${line.name}". Type /help for the commands.`;
  if (line.kind === 'usage') return `Usage:\n${line.usage}`;
  const { kind: name, ...options } = line;
  const spec = COMMAND_SPECS.find((candidate) => candidate.name === name);
  const subcommand = spec === undefined || typeof options.subcommand !== 'string' ? undefined : subcommandNamed(spec, options.subcommand);
  if (spec !== undefined && missingOptions(optionsOn(spec, 'console', subcommand), options).length > 0) return `Usage: ${usageOf(spec, 'console', subcommand)}`;
  const result = await runTerminalCommand(context, { name, options });
  return result.kind === 'output' ? result.text : result.message;
}

/**
 * The interactive console: a prompt, one command or question a line, until /quit or end of input.
 * `context.by` names the console in the knowledge's history.
 */
export async function runConsole(context: TerminalContext, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  const lines = createInterface({ input, output, terminal: false });
  const prompt = () => output.write('docent> ');
  output.write('Ask a question about the documents, or type /help.\n');
  prompt();
  for await (const line of lines) {
    const command = parseConsoleLine(line);
    if (command?.kind === 'quit') break;
    if (command !== null) output.write(`${await runConsoleCommand(context, command)}\n`);
    prompt();
  }
  lines.close();
}
