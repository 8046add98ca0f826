import { open, writeFile } from 'node:fs/promises';
import type { Admin } from '../src/admin/open.ts';
import type { GuildScope } from '../src/admin/types.ts';
import type { Chart } from '../src/charts/index.ts';
import { describeFigureFilters, describeTimelineFilters } from '../src/charts/titles.ts';
import { answerQuestion } from '../src/core/answer.ts';
import { citePassage, findFigures, findTimeline } from '../src/core/browse.ts';
import { checkClaims } from '../src/core/check/check.ts';
import type { Knowledge } from '../src/core/knowledge.ts';
import type { KnowledgeStore } from '../src/core/store.ts';
import type { CommandValues, FileRef, OptionValue } from '../src/format/command-spec.ts';
import { renderAddedText, renderDocumentsText, renderGapsText, renderHistoryText, renderRemovedText } from '../src/format/admin-text.ts';
import { checkJson, renderCheckText } from '../src/format/check.ts';
import { addedJson, answerJson, citeJson, documentsJson, figuresJson, gapsJson, historyJson, removedJson, timelineQueryJson } from '../src/format/json.ts';
import { renderAnswerText, renderCiteText, renderFiguresText, renderHelpText, renderReloadText, renderTimelineText } from '../src/format/text.ts';
import { COMMAND_SPECS, GUILD_ID, TABLE, type CommandName } from './table.ts';

/**
 * What a command gives at the terminal: readable text (the console; the CLI without `--json`) and the
 * JSON CLI's object; a mistake in what was typed (the console prints it; the CLI exits 2 with the
 * usage); or a refusal of what was asked (a document that cannot be added, the database unavailable:
 * the console prints it; the CLI prints it on stderr and exits 2).
 */
export type TerminalOutput =
  | {
      readonly kind: 'output';
      readonly text: string;
      readonly json: unknown;
      /** False when the command found nothing to show (a passage id that does not exist): the CLI exits 1. */
      readonly ok: boolean;
    }
  | { readonly kind: 'mistake'; readonly message: string }
  | { readonly kind: 'refused'; readonly message: string };

/** What the terminal's commands run against: the host's knowledge, and the per-server catalog and feedback on it. */
export interface TerminalContext {
  readonly store: KnowledgeStore;
  readonly admin: Admin;
  /** Who the history names for changes made here: `console` or `cli`. */
  readonly by: string;
}

type Runner<S extends (typeof TABLE)[CommandName]> = (context: TerminalContext, options: CommandValues<S>) => TerminalOutput | Promise<TerminalOutput>;

const output = (text: string, json: unknown, ok = true): TerminalOutput => ({ kind: 'output', text, json, ok });
const refused = (message: string): TerminalOutput => ({ kind: 'refused', message });

/** `--guild ID`, or the base. */
const scopeOf = (guild: string | undefined): GuildScope => guild ?? null;

/** A `--guild` that is no server id is a mistake, not a server of its own. */
const badGuild = (guild: string | undefined): TerminalOutput | null =>
  guild === undefined || GUILD_ID.test(guild) ? null : { kind: 'mistake', message: `--guild takes a server's id (17 to 20 digits), not "${guild}"` };

/**
 * A command that reads the knowledge as `--guild`'s server would (the base and that server's own
 * documents, as Discord answers there), or the base without it; a `--guild` that is no id is a mistake.
 */
function asGuild<O extends { readonly guild?: string | undefined }>(
  run: (knowledge: Knowledge, options: O, context: TerminalContext) => TerminalOutput | Promise<TerminalOutput>,
): (context: TerminalContext, options: O) => Promise<TerminalOutput> {
  return async (context, options) => badGuild(options.guild) ?? run(await context.admin.catalog.knowledgeFor(scopeOf(options.guild)), options, context);
}

const GAPS_UNAVAILABLE = 'the feedback database is unavailable (see the log); answering still works';

/**
 * Each command at the terminal, for the console and the JSON CLI alike: options as the command table
 * declares them → core → the text and JSON renderers. A table entry without one does not compile.
 */
const RUNNERS: { readonly [K in CommandName]: Runner<(typeof TABLE)[K]> } = {
  ask: asGuild((knowledge, { question, limit, guild }, { admin }) => {
    const answer = answerQuestion(knowledge, question, limit === undefined ? {} : { limit });
    // Asked as a server, a question is that server's, as in Discord: a no-match is one of its gaps.
    if (guild !== undefined && answer.kind === 'no-match') admin.feedback.recordMiss({ guildId: guild, question, passageIds: [], kind: 'no-match' });
    return output(renderAnswerText(knowledge, answer), answerJson(knowledge, answer));
  }),
  figures: asGuild(async (knowledge, filters) => {
    const figures = findFigures(knowledge, filters);
    const chart = await writeChart(filters.png, async () => (await loadCharts()).renderFiguresChart(figures, `Figures${describeFigureFilters(filters)}`));
    return output(renderFiguresText(knowledge, figures, filters.topic) + chart, figuresJson(knowledge, figures));
  }),
  timeline: asGuild(async (knowledge, filters) => {
    const result = findTimeline(knowledge, filters);
    if (result.kind === 'invalid') return { kind: 'mistake', message: result.message };
    const chart = await writeChart(filters.png, async () => (await loadCharts()).renderTimelineChart(result.entries, filters, `Timeline${describeTimelineFilters(filters)}`));
    return output(renderTimelineText(knowledge, result) + chart, timelineQueryJson(knowledge, result));
  }),
  cite: asGuild((knowledge, { id }) => {
    const result = citePassage(knowledge, id);
    return output(renderCiteText(result), citeJson(result), result.kind === 'passage');
  }),
  async reload({ store }) {
    const result = await store.reload();
    return output(renderReloadText(result), result, result.kind === 'reloaded');
  },
  async knowledge({ admin, by }, call) {
    const mistake = badGuild(call.guild);
    if (mistake !== null) return mistake;
    const guildId = scopeOf(call.guild);
    switch (call.subcommand) {
      case 'add': {
        const bytes = await readCapped(call.file, admin.maxDocumentBytes);
        if (typeof bytes === 'string') return refused(bytes);
        const result = await admin.catalog.add({ guildId, fileName: call.file.name, bytes, addedBy: by, ...(call.title === undefined ? {} : { title: call.title }) });
        return result.kind === 'refused' ? refused(`${call.file.name}: ${result.reason}`) : output(renderAddedText(result.record), addedJson(result.record));
      }
      case 'remove': {
        const result = await admin.catalog.remove(guildId, call.document, by);
        return output(renderRemovedText(result.kind === 'removed' ? result.record : null, call.document), removedJson(result), result.kind === 'removed');
      }
      case 'list': {
        const records = admin.catalog.list(guildId);
        return output(renderDocumentsText(records), documentsJson(records));
      }
      case 'history': {
        const entries = admin.catalog.history(guildId);
        return output(renderHistoryText(entries), historyJson(entries));
      }
    }
  },
  gaps({ admin }, { guild }) {
    const mistake = badGuild(guild);
    if (mistake !== null) return mistake;
    const gaps = admin.feedback.gaps(scopeOf(guild));
    return gaps === 'unavailable' ? refused(GAPS_UNAVAILABLE) : output(renderGapsText(gaps), gapsJson(gaps));
  },
  help({ store }) {
    return output(renderHelpText(store.current(), store.loadedAt(), COMMAND_SPECS), null);
  },
  check({ store }, { text }) {
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


/** A file's bytes, read no further than the cap (a 1 GB file is refused after cap + 1 bytes), or why not. */
async function readCapped(file: FileRef, cap: number): Promise<Uint8Array | string> {
  let handle;
  try {
    handle = await open(file.location, 'r');
  } catch (error) {
    return `${file.location}: cannot read the file (${error instanceof Error && 'code' in error ? String(error.code) : 'unknown error'})`;
  }
  try {
    const buffer = Buffer.alloc(cap + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0 || length + bytesRead >= buffer.length) return buffer.subarray(0, length + bytesRead);
      length += bytesRead;
    }
  } catch (error) {
    return `${file.location}: cannot read the file (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    await handle.close();
  }
}

/** A command with its options read (by the console's or the CLI's parser, from the table), a subcommand's name among them. */
export interface TerminalCall {
  readonly name: CommandName;
  readonly options: Readonly<Record<string, OptionValue>>;
}

/** Runs a command against the knowledge in service. The caller has checked the options against the table. */
export function runTerminalCommand(context: TerminalContext, call: TerminalCall): Promise<TerminalOutput> {
  const run = RUNNERS[call.name] as Runner<(typeof TABLE)[CommandName]>;
  return Promise.resolve(run(context, call.options as CommandValues<(typeof TABLE)[CommandName]>));
}
