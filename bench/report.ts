import type { QualityResult } from './quality.ts';
import type { SpeedResult } from './speed.ts';
import { formatTable, type Column } from './table.ts';
import type { TargetResult } from './targets.ts';

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

function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio >= 1 ? ratio.toFixed(1) : ratio.toFixed(2)}×`;
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}
