import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { answerQuestion, DEFAULT_RESULT_LIMIT } from './core/answer.ts';
import { citePassage, findFigures, findTimeline } from './core/browse.ts';
import type { Knowledge } from './core/knowledge.ts';
import { loadKnowledge } from './core/store.ts';
import { answerJson, citeJson, figuresJson, timelineQueryJson } from './format/json.ts';
import { renderAnswerText, renderCiteText, renderFiguresText, renderTimelineText } from './format/text.ts';
import { resolve } from 'node:path';
import { parseConfig } from './config.ts';

const USAGE = `usage: npm run --silent cli -- <command> [--json] …
  ask [--json] [--limit N] "<question>"     answer a question
  ask --json --batch                        one question a line on stdin, one JSON object a line out
  figures [--json] [--year YYYY] [topic]    the figures, on a topic if given
  timeline [--json] [--from D] [--to D] [topic]   the dated events, D like 2021 or 2021-10-21
  cite [--json] <passage id>                a passage with its neighbours
Documents come from $KNOWLEDGE_DIR (default: knowledge/).`;

/** A command-line mistake: printed on stderr with the usage, exit code 2. */
class UsageError extends Error {}

const OPTIONS = {
  json: { type: 'boolean' },
  batch: { type: 'boolean' },
  limit: { type: 'string' },
  year: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help === true || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined && values.help !== true ? 2 : 0;
  }
  if (!['ask', 'figures', 'timeline', 'cite'].includes(command)) throw new UsageError(`unknown command "${command}"`);
  const json = values.json === true;
  const argument = rest.join(' ');

  const config = parseConfig(process.env);
  if (!config.ok) throw new UsageError(config.message);
  const { knowledge, problems } = await loadKnowledge(resolve(config.config.KNOWLEDGE_DIR), resolve(config.config.DATA_DIR));
  for (const problem of problems) process.stderr.write(`warning: ${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}: ${problem.message}\n`);
  if (knowledge.documents.length === 0) {
    process.stderr.write('error: no documents could be loaded\n');
    return 1;
  }
  const print = (value: unknown, text: string) => process.stdout.write(`${json ? JSON.stringify(value) : text}\n`);

  switch (command) {
    case 'ask': {
      const limit = parseWholeNumber(values.limit, 'limit', DEFAULT_RESULT_LIMIT);
      if (values.batch === true) return askBatch(knowledge, limit, json);
      if (argument.trim().length === 0) throw new UsageError('ask needs a question');
      const answer = answerQuestion(knowledge, argument, { limit });
      print(answerJson(knowledge, answer), renderAnswerText(knowledge, answer));
      return 0;
    }
    case 'figures': {
      const year = values.year === undefined ? undefined : parseWholeNumber(values.year, 'year', 0);
      const figures = findFigures(knowledge, { ...(argument ? { topic: argument } : {}), ...(year === undefined ? {} : { year }) });
      print(figuresJson(knowledge, figures), renderFiguresText(knowledge, figures, argument || undefined));
      return 0;
    }
    case 'timeline': {
      const result = findTimeline(knowledge, {
        ...(values.from === undefined ? {} : { from: values.from }),
        ...(values.to === undefined ? {} : { to: values.to }),
        ...(argument ? { topic: argument } : {}),
      });
      if (result.kind === 'invalid') throw new UsageError(result.message);
      print(timelineQueryJson(knowledge, result), renderTimelineText(knowledge, result));
      return 0;
    }
    default: {
      if (argument.trim().length === 0) throw new UsageError('cite needs a passage id, e.g. zhejiang-common-prosperity#5');
      const result = citePassage(knowledge, argument);
      print(citeJson(result), renderCiteText(result));
      return result.kind === 'passage' ? 0 : 1;
    }
  }
}

/** Answers one question per stdin line, one output line each, in order. */
async function askBatch(knowledge: Knowledge, limit: number, json: boolean): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const answer = answerQuestion(knowledge, line, { limit });
    process.stdout.write(`${json ? JSON.stringify(answerJson(knowledge, answer)) : renderAnswerText(knowledge, answer).replace(/\n/g, ' ')}\n`);
  }
  return 0;
}

function parseWholeNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1) throw new UsageError(`--${name} must be a whole number of at least 1`);
  return Number(value);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n${USAGE}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
