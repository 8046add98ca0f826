import { createInterface } from 'node:readline';
import { answerQuestion } from './core/answer.ts';
import { citePassage, findFigures, findTimeline } from './core/browse.ts';
import type { KnowledgeStore } from './core/store.ts';
import { renderAnswerText, renderCiteText, renderFiguresText, renderHelpText, renderReloadText, renderTimelineText } from './format/text.ts';

/** A line typed at the console, read as the slash command it names; a plain line is a question. */
export type ConsoleCommand =
  | { readonly kind: 'ask'; readonly question: string }
  | { readonly kind: 'figures'; readonly topic?: string }
  | { readonly kind: 'timeline'; readonly from?: string; readonly to?: string; readonly topic?: string }
  | { readonly kind: 'cite'; readonly id: string }
  | { readonly kind: 'reload' }
  | { readonly kind: 'help' }
  | { readonly kind: 'quit' }
  | { readonly kind: 'unknown'; readonly name: string };

const DATE_ARGUMENT = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function parseConsoleLine(line: string): ConsoleCommand | null {
  const trimmed = line.trim();
  if (trimmed.length === 0) return null;
  if (!trimmed.startsWith('/')) return { kind: 'ask', question: trimmed };
  const [name = '', ...words] = trimmed.slice(1).split(/\s+/);
  const rest = words.join(' ');
  switch (name.toLowerCase()) {
    case 'ask':
      return { kind: 'ask', question: rest };
    case 'figures':
      return rest ? { kind: 'figures', topic: rest } : { kind: 'figures' };
    case 'timeline': {
      // Leading dates are the range: "/timeline 2020 2022 income" is from 2020 to 2022 about income.
      const dates = [];
      while (dates.length < 2 && DATE_ARGUMENT.test(words[0] ?? '')) dates.push(words.shift() as string);
      const [from, to] = dates;
      const topic = words.join(' ');
      return { kind: 'timeline', ...(from ? { from } : {}), ...(to ? { to } : {}), ...(topic ? { topic } : {}) };
    }
    case 'cite':
      return { kind: 'cite', id: rest };
    case 'reload':
      return { kind: 'reload' };
    case 'help':
      return { kind: 'help' };
    case 'quit':
    case 'exit':
      return { kind: 'quit' };
    default:
      return { kind: 'unknown', name };
  }
}

/** Runs one console command against the knowledge in service and returns the text to print. */
export async function runConsoleCommand(store: KnowledgeStore, command: Exclude<ConsoleCommand, { kind: 'quit' }>): Promise<string> {
  const knowledge = store.current();
  switch (command.kind) {
    case 'ask':
      return renderAnswerText(knowledge, answerQuestion(knowledge, command.question));
    case 'figures':
      return renderFiguresText(knowledge, findFigures(knowledge, command.topic === undefined ? {} : { topic: command.topic }), command.topic);
    case 'timeline':
      return renderTimelineText(knowledge, findTimeline(knowledge, command));
    case 'cite':
      return command.id ? renderCiteText(citePassage(knowledge, command.id)) : 'Usage: /cite <passage id>';
    case 'reload':
      return renderReloadText(await store.reload());
    case 'help':
      return renderHelpText(knowledge, store.loadedAt());
    case 'unknown':
      return `Unknown command "/${command.name}". Type /help for the commands.`;
  }
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
