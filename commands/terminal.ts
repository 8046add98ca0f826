import { writeFile } from 'node:fs/promises';
import type { Chart } from '../src/charts/index.ts';
import { describeFigureFilters, describeTimelineFilters } from '../src/charts/titles.ts';
import { answerQuestion } from '../src/core/answer.ts';
import { citePassage, findFigures, findTimeline } from '../src/core/browse.ts';
import { checkClaims } from '../src/core/check/check.ts';
import type { KnowledgeStore } from '../src/core/store.ts';
import type { OptionValue, OptionValues } from '../src/format/command-spec.ts';
import { checkJson, renderCheckText } from '../src/format/check.ts';
import { answerJson, citeJson, figuresJson, timelineQueryJson } from '../src/format/json.ts';
import { renderAnswerText, renderCiteText, renderFiguresText, renderHelpText, renderReloadText, renderTimelineText } from '../src/format/text.ts';
import { COMMAND_SPECS, TABLE, type CommandName } from './table.ts';

/**
 * What a command gives at the terminal: readable text (the console; the CLI without `--json`) and the
 * JSON CLI's object, or a mistake in what was typed (the console prints it; the CLI exits 2).
 */
export type TerminalOutput =
  | {
      readonly kind: 'output';
      readonly text: string;
      readonly json: unknown;
      /** False when the command found nothing to show (a passage id that does not exist): the CLI exits 1. */
      readonly ok: boolean;
    }
  | { readonly kind: 'mistake'; readonly message: string };

type Runner<S extends (typeof TABLE)[CommandName]> = (store: KnowledgeStore, options: OptionValues<S>) => TerminalOutput | Promise<TerminalOutput>;

const output = (text: string, json: unknown, ok = true): TerminalOutput => ({ kind: 'output', text, json, ok });

/**
 * Each command at the terminal, for the console and the JSON CLI alike: options as the command table
 * declares them → core → the text and JSON renderers. A table entry without one does not compile.
 */
const RUNNERS: { readonly [K in CommandName]: Runner<(typeof TABLE)[K]> } = {
  ask(store, { question, limit }) {
    const knowledge = store.current();
    const answer = answerQuestion(knowledge, question, limit === undefined ? {} : { limit });
    return output(renderAnswerText(knowledge, answer), answerJson(knowledge, answer));
  },
  async figures(store, filters) {
    const knowledge = store.current();
    const figures = findFigures(knowledge, filters);
    const chart = await writeChart(filters.png, async () => (await loadCharts()).renderFiguresChart(figures, `Figures${describeFigureFilters(filters)}`));
    return output(renderFiguresText(knowledge, figures, filters.topic) + chart, figuresJson(knowledge, figures));
  },
  async timeline(store, filters) {
    const knowledge = store.current();
    const result = findTimeline(knowledge, filters);
    if (result.kind === 'invalid') return { kind: 'mistake', message: result.message };
    const chart = await writeChart(filters.png, async () => (await loadCharts()).renderTimelineChart(result.entries, filters, `Timeline${describeTimelineFilters(filters)}`));
    return output(renderTimelineText(knowledge, result) + chart, timelineQueryJson(knowledge, result));
  },
  cite(store, { id }) {
    const result = citePassage(store.current(), id);
    return output(renderCiteText(result), citeJson(result), result.kind === 'passage');
  },
  async reload(store) {
    const result = await store.reload();
    return output(renderReloadText(result), result, result.kind === 'reloaded');
  },
  help(store) {
    return output(renderHelpText(store.current(), store.loadedAt(), COMMAND_SPECS), null);
  },
  check(store, { text }) {
    const knowledge = store.current();
    const result = checkClaims(knowledge, text);
    return output(renderCheckText(knowledge, result), checkJson(knowledge, result));
  },
};

/** The charts' module (Vega and resvg: seconds to load on a busy machine), loaded only when a chart is asked for. */
const loadCharts = () => import('../src/charts/index.ts');

/**
 * Draws the chart into `file` when one was asked for (`--png`, or a `.png` word at the console), the
 * same chart `/figures` and `/timeline` attach in Discord. Returns the line the readable text ends with
 * (the JSON stays as it is, for scripts).
 */
async function writeChart(file: string | undefined, draw: () => Promise<Chart | null>): Promise<string> {
  if (file === undefined) return '';
  const chart = await draw();
  if (chart === null) return `\nNo chart written: nothing to draw.`;
  await writeFile(file, chart.png);
  return `\nChart written to ${file} (${chart.width}×${chart.height} PNG, ${Math.ceil(chart.png.length / 1024)} KB).`;
}

/** A command with its options read (by the console's or the CLI's parser, from the table). */
export interface TerminalCall {
  readonly name: CommandName;
  readonly options: Readonly<Record<string, OptionValue>>;
}

/** Runs a command against the knowledge in service. The caller has checked the options against the table. */
export function runTerminalCommand(store: KnowledgeStore, call: TerminalCall): Promise<TerminalOutput> {
  const run = RUNNERS[call.name] as Runner<(typeof TABLE)[CommandName]>;
  return Promise.resolve(run(store, call.options as OptionValues<(typeof TABLE)[CommandName]>));
}
