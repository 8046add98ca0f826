import type { ProfileSummary } from './cpu-profile.ts';
import type { EndToEndResult, LoadStats } from './e2e.ts';
import type { AbstentionResult, DocumentQuality } from './generalize.ts';
import type { ExtractionScore } from '../src/eval/gold.ts';
import type { QualityResult } from './quality.ts';
import { growthExponent, type ScaleRow } from './scale.ts';
import type { SnapshotStages } from './snapshot-stages.ts';
import type { SpeedResult } from './speed.ts';
import type { StartupResult } from './startup.ts';
import { formatTable, type Column } from './table.ts';
import { E2E_TARGETS, roundsMet, type TargetResult } from './targets.ts';

const SPEED_COLUMNS: readonly Column[] = [
  { header: 'engine', align: 'left' },
  { header: 'build ms', align: 'right' },
  { header: 'heap MiB', align: 'right' },
  { header: 'p50 ms', align: 'right' },
  { header: 'p99 ms', align: 'right' },
  { header: 'saved MiB', align: 'right' },
  { header: 'load ms', align: 'right' },
  { header: 'no hit', align: 'right' },
];

/** Each figure with its ratio to docent's (engine ÷ docent: above 1× is slower or bigger than docent). */
export function speedTable(rows: readonly SpeedResult[], docent: string): string {
  const own = rows.find((row) => row.engine === docent);
  const cell = (value: number, base: number | undefined, digits: number) =>
    `${value.toFixed(digits)}${base === undefined ? '' : ` (${formatRatio(value / base)})`}`;
  return formatTable(
    SPEED_COLUMNS,
    rows.map((row) => [
      row.sharedIndexWith === null ? row.engine : `${row.engine} *`,
      cell(row.buildMs, own?.buildMs, 0),
      cell(row.heapMiB, own?.heapMiB, 1),
      cell(row.p50Ms, own?.p50Ms, 2),
      cell(row.p99Ms, own?.p99Ms, 1),
      cell(row.serializedMiB, own?.serializedMiB, 1),
      cell(row.loadMs, own?.loadMs, 0),
      String(row.emptyQueries),
    ]),
  );
}

export function qualityTable(rows: readonly QualityResult[]): string {
  const sets = [...new Set(rows.map((row) => row.set))];
  const engines = [...new Set(rows.map((row) => row.engine))];
  const columns: Column[] = [{ header: 'engine', align: 'left' }];
  for (const set of sets) columns.push(...['hit@1', 'hit@3', 'MRR@10'].map((score) => ({ header: `${set} ${score}`, align: 'right' as const })));
  return formatTable(
    columns,
    engines.map((engine) => [
      engine,
      ...sets.flatMap((set) => {
        const row = rows.find((candidate) => candidate.engine === engine && candidate.set === set);
        return row === undefined ? ['', '', ''] : [percent(row.hitAt1), percent(row.hitAt3), row.mrrAt10.toFixed(3)];
      }),
    ]),
  );
}

export function targetLines(targets: readonly TargetResult[]): string {
  return targets.map((target) => `${target.met ? 'MET    ' : 'NOT MET'}  ${target.target} — ${target.detail}`).join('\n');
}

const LOAD_COLUMNS: readonly Column[] = [
  { header: 'run', align: 'left' },
  { header: 'sent', align: 'right' },
  { header: 'answered', align: 'right' },
  { header: 'failed', align: 'right' },
  { header: 'unanswered', align: 'right' },
  { header: 'mixed', align: 'right' },
  { header: 'answers/s', align: 'right' },
  { header: 'p50 ms', align: 'right' },
  { header: 'p99 ms', align: 'right' },
  { header: 'max ms', align: 'right' },
  { header: 'bot cores', align: 'right' },
  { header: 'fake cores', align: 'right' },
];

const mebibytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** The end-to-end runs, one row each, and a line on the reloads, the large reload and the flood. */
export function endToEndTable(result: EndToEndResult): string {
  const { plan, reloads, underLargeReload: large, underAutocompleteFlood: flood } = result;
  const row = (name: string, stats: LoadStats) => [
    name,
    String(stats.sent),
    String(stats.answered),
    String(stats.failed),
    String(stats.unanswered),
    String(stats.mixed),
    stats.answersPerSecond.toFixed(0),
    stats.p50Ms.toFixed(1),
    stats.p99Ms.toFixed(1),
    stats.maxMs.toFixed(0),
    stats.botCores === null ? '?' : stats.botCores.toFixed(2),
    stats.fakeCores.toFixed(2),
  ];
  const editions = Object.entries(result.underReload.editions).map(([edition, count]) => `${edition} ${count}`).join(', ');
  return [
    formatTable(LOAD_COLUMNS, [
      row(`saturation, ${plan.inFlight} in flight (${plan.rounds} rounds)`, result.saturation),
      row(`paced, ${plan.pacedRate} a second (${plan.pacedRounds} × ${plan.pacedSeconds} s)`, result.paced),
      row(`/reload every 1 s, ${plan.inFlight} in flight`, result.underReload),
      row(`paced ${plan.largeReload.askRate}/s during a /reload of ${mebibytes(large.documentBytes)} MB`, large.asks),
      row(`others paced ${plan.autocompleteFlood.askRate}/s during an autocomplete flood (${plan.autocompleteFlood.seconds} s)`, flood.asks),
    ]),
    `rounds: saturation ${result.saturationRounds.map((round) => `${round.answersPerSecond.toFixed(0)}/s`).join(', ')}; ` +
      `paced p99 to the bot's write of the callback ${result.pacedRounds.map((round) => `${round.p99Ms.toFixed(1)} ms`).join(', ')} (${roundsMet(result)} of ${result.pacedRounds.length} under ${E2E_TARGETS.p99Ms} ms), ` +
      `to the fake's handling of it ${result.pacedRounds.map((round) => `${(round.atFake ?? round).p99Ms.toFixed(1)} ms`).join(', ')}; latencies pooled over the rounds`,
    `/reload: ${reloads.sent} sent, ${reloads.reloaded} reloaded, ${reloads.failed} failed, ${reloads.unanswered} unanswered; ` +
      `a reload took ${reloads.medianMs.toFixed(0)} ms (median), ${reloads.maxMs.toFixed(0)} ms at most; ` +
      `beacon answers by edition: ${editions || 'none'}; after the last reload, the edition last written was ${reloads.lastEditionServed ? '' : 'NOT '}served`,
    `large /reload: a generated document of ${mebibytes(large.documentBytes)} MB (${large.paragraphs.toLocaleString('en-US')} paragraphs) added to the article; ` +
      `${large.reloadMs === null ? 'no report' : `report after ${(large.reloadMs / 1000).toFixed(1)} s`}: "${large.report.slice(0, 120)}"; ` +
      `the /ask row counts the questions sent from the /reload to its report` +
      (large.asks.failureSamples[0] === undefined ? '' : `; a failed one read: "${large.asks.failureSamples[0].slice(0, 120)}"`),
    `autocomplete flood: one user, ${plan.autocompleteFlood.inFlight} requests in flight, on ${flood.knowledge}: ${flood.autocompletes.sent} sent, ` +
      `${flood.autocompletes.answered} answered (${flood.autocompletes.perSecond.toFixed(0)}/s), ${flood.autocompletes.withChoices} with choices`,
  ].join('\n');
}

export function startupTable(result: StartupResult): string {
  const columns: Column[] = [
    { header: 'knowledge', align: 'left' },
    { header: 'passages', align: 'right' },
    { header: 'runs', align: 'left' },
    { header: 'source', align: 'left' },
    { header: 'starts', align: 'right' },
    { header: 'knowledge loaded ms', align: 'right' },
    { header: 'IDENTIFY ms', align: 'right' },
    { header: 'ready ms', align: 'right' },
    { header: 'CPU to ready ms', align: 'right' },
    { header: 'main thread CPU ms', align: 'right' },
    { header: 'ready, each start (ms)', align: 'left' },
  ];
  return formatTable(
    columns,
    result.cases.map((entry) => [
      entry.knowledge,
      entry.passages.toLocaleString('en-US'),
      entry.runtime,
      entry.source,
      String(entry.runs.length),
      entry.knowledgeMs.toFixed(0),
      entry.identifyMs.toFixed(0),
      entry.readyMs.toFixed(0),
      entry.readyCpuMs.toFixed(0),
      entry.readyMainThreadCpuMs.toFixed(0),
      entry.runs.map((run) => run.readyMs.toFixed(0)).join(', '),
    ]),
  );
}

export function stagesTable(stages: SnapshotStages): string {
  const total = stages.stages.reduce((sum, stage) => sum + stage.ms, 0);
  return formatTable(
    [{ header: 'stage', align: 'left' }, { header: 'ms', align: 'right' }, { header: 'share', align: 'right' }],
    stages.stages.map((stage) => [stage.stage, stage.ms.toFixed(0), percent(stage.ms / total)]),
  );
}

/** The top functions by self time, and the time by where the code lives. */
export function profileTables(summary: ProfileSummary, top = 12): string {
  const shareTable = (title: string, rows: ProfileSummary['bySelf']) =>
    formatTable([{ header: 'share', align: 'right' }, { header: title, align: 'left' }], rows.slice(0, top).map((row) => [percent(row.share), row.name]));
  return [shareTable('function (self time)', summary.bySelf), '', shareTable('function (including callees)', summary.byTotal), '', shareTable('where the code lives (self time)', summary.byPlace)].join('\n');
}

function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio >= 1 ? ratio.toFixed(1) : ratio.toFixed(2)}×`;
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** Per document: figures and timeline P/R/F1 against its gold, and each engine's question scores. */
export function generalizationTable(rows: readonly DocumentQuality[]): string {
  const columns: Column[] = [
    { header: 'document', align: 'left' },
    { header: 'set', align: 'left' },
    { header: 'passages', align: 'right' },
    { header: 'figures P/R/F1', align: 'left' },
    { header: 'timeline P/R/F1', align: 'left' },
    { header: 'questions', align: 'left' },
    { header: 'engine', align: 'left' },
    { header: 'hit@1', align: 'right' },
    { header: 'hit@3', align: 'right' },
    { header: 'MRR@10', align: 'right' },
  ];
  const prf = (score: ExtractionScore | null) =>
    score === null ? '—' : `${score.precision.toFixed(2)}/${score.recall.toFixed(2)}/${score.f1.toFixed(2)} (${score.required})`;
  return formatTable(
    columns,
    rows.flatMap((row) => {
      const lead = [row.name, row.group, String(row.passages), prf(row.figures), prf(row.timeline)];
      // A document with gold figures and dates but no questions still gets its row.
      if (row.questions.length === 0) return [[...lead, '—', '', '', '', '']];
      return row.questions.map((quality, at) => [
        ...(at === 0 ? lead : lead.map(() => '')),
        `${quality.set} (${quality.questions})`,
        quality.engine,
        percent(quality.hitAt1),
        percent(quality.hitAt3),
        quality.mrrAt10.toFixed(3),
      ]);
    }),
  );
}

/** The share of each question set answered with a passage: high for on-topic sets, low for off-topic ones. */
export function abstentionTable(rows: readonly AbstentionResult[]): string {
  const columns: Column[] = [
    { header: 'knowledge', align: 'left' },
    { header: 'questions', align: 'left' },
    { header: 'kind', align: 'left' },
    { header: 'n', align: 'right' },
    { header: 'answered', align: 'right' },
    { header: 'said "not in my documents"', align: 'right' },
  ];
  return formatTable(
    columns,
    rows.map((row) => [row.knowledge, row.set, row.onTopic ? 'on-topic' : 'off-topic', String(row.questions), percent(row.answered), percent(1 - row.answered)]),
  );
}

const SCALE_COLUMNS: readonly Column[] = [
  { header: 'size', align: 'left' },
  { header: 'engine', align: 'left' },
  { header: 'p50 ms', align: 'right' },
  { header: 'p99 ms', align: 'right' },
  { header: 'top-10 (window/typo/common)', align: 'right' },
  { header: 'memory MiB', align: 'right' },
  { header: 'memory B/B', align: 'right' },
  { header: 'snapshot B/B', align: 'right' },
  { header: 'load ms', align: 'right' },
  { header: 'build s', align: 'right' },
];

/** The scale bench: each size's engines, figures with their ratio to docent's (engine ÷ docent). */
export function scaleTable(rows: readonly ScaleRow[], docent: string): string {
  const own = (row: ScaleRow) => rows.find((other) => other.size === row.size && other.engine === docent);
  const cell = (value: number, base: number | undefined, digits: number) =>
    `${value.toFixed(digits)}${base === undefined || base === value ? '' : ` (${formatRatio(value / base)})`}`;
  const percent = (share: number) => `${(share * 100).toFixed(0)}%`;
  return formatTable(
    SCALE_COLUMNS,
    rows.map((row) => [
      `${row.size} (${row.passages.toLocaleString('en-US')})`,
      row.passes === 1 ? `${row.engine} (1 pass)` : row.engine,
      cell(row.p50Ms, own(row)?.p50Ms, 2),
      cell(row.p99Ms, own(row)?.p99Ms, 1),
      `${percent(row.knownItem)} (${percent(row.knownItemByKind.window)}/${percent(row.knownItemByKind.typo)}/${percent(row.knownItemByKind.common)})`,
      cell(row.memoryMiB, own(row)?.memoryMiB, 0),
      row.memoryBytesPerTextByte.toFixed(1),
      row.snapshotBytesPerTextByte.toFixed(2),
      row.loadMs.toFixed(0),
      (row.buildMs / 1000).toFixed(1),
    ]),
  );
}

/** Per engine: p50 and p99 at the smallest and the largest base, and the exponent of N their growth follows. */
export function scaleGrowthLines(rows: readonly ScaleRow[]): string {
  const engines = [...new Set(rows.map((row) => row.engine))];
  return engines
    .flatMap((engine) => {
      const own = rows.filter((row) => row.engine === engine).sort((a, b) => a.passages - b.passages);
      const [small, large] = [own[0], own.at(-1)];
      if (small === undefined || large === undefined || small === large) return [];
      const growth = (read: (row: ScaleRow) => number) =>
        `${read(small).toFixed(2)} → ${read(large).toFixed(2)} ms (N^${growthExponent({ passages: small.passages, value: read(small) }, { passages: large.passages, value: read(large) }).toFixed(2)})`;
      return [`${engine}: p50 ${growth((row) => row.p50Ms)}, p99 ${growth((row) => row.p99Ms)}, ${small.passages.toLocaleString('en-US')} → ${large.passages.toLocaleString('en-US')} passages`];
    })
    .join('\n');
}
