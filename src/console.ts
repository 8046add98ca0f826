import { createInterface } from 'node:readline';
import { COMMAND_SPECS, type CommandName } from '../commands/table.ts';
import { runTerminalCommand } from '../commands/terminal.ts';
import type { KnowledgeStore } from './core/store.ts';
import { commandOn, hasFormOf, missingOptions, optionsOn, readOptionValue, restOption, usageOf, type OptionValue } from './format/command-spec.ts';

/** A plain line (one that does not start with `/`) is this command's rest: a question. */
const PLAIN_LINE_COMMAND: CommandName = 'ask';

/**
 * A line typed at the console, read as the command it names from the command table (`/name`, then
 * its options: leading words of an option's form, then the rest), flat: `{ kind: 'timeline', from:
 * '2020', topic: 'income gap' }`. A plain line is a question.
 */
export type ConsoleLine =
  | ({ readonly kind: CommandName } & { readonly [option: string]: OptionValue })
  | { readonly kind: 'quit' }
  | { readonly kind: 'unknown'; readonly name: string };

const QUIT = new Set(['quit', 'exit']);

export function parseConsoleLine(line: string): ConsoleLine | null {
  const trimmed = line.trim();
  if (trimmed.length === 0) return null;
  const [name = '', ...words] = trimmed.startsWith('/') ? trimmed.slice(1).split(/\s+/) : [PLAIN_LINE_COMMAND];
  if (QUIT.has(name.toLowerCase())) return { kind: 'quit' };
  const spec = COMMAND_SPECS.find((candidate) => candidate.name === name.toLowerCase() && commandOn(candidate, 'console'));
  if (spec === undefined) return { kind: 'unknown', name };
  const options = optionsOn(spec, 'console');
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
  if (rest !== undefined && text.length > 0) values[rest.name] = text;
  return { kind: spec.name, ...values };
}

/** Runs one console line's command against the knowledge in service and returns the text to print. */
export async function runConsoleCommand(store: KnowledgeStore, line: Exclude<ConsoleLine, { kind: 'quit' }>): Promise<string> {
  if (line.kind === 'unknown') return `Unknown command "/${line.name}". Type /help for the commands.`;
  const { kind: name, ...options } = line;
  const spec = COMMAND_SPECS.find((candidate) => candidate.name === name);
  if (spec !== undefined && missingOptions(optionsOn(spec, 'console'), options).length > 0) return `Usage: ${usageOf(spec, 'console')}`;
  const result = await runTerminalCommand(store, { name, options });
  return result.kind === 'mistake' ? result.message : result.text;
}

/** The interactive console: a prompt, one command or question a line, until /quit or end of input. */
export async function runConsole(store: KnowledgeStore, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  const lines = createInterface({ input, output, terminal: false });
  const prompt = () => output.write('docent> ');
  output.write('Ask a question about the documents, or type /help.\n');
  prompt();
  for await (const line of lines) {
    const command = parseConsoleLine(line);
    if (command?.kind === 'quit') break;
    if (command !== null) output.write(`${await runConsoleCommand(store, command)}\n`);
    prompt();
  }
  lines.close();
}
