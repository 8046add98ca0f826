/**
 * The charts' render time: each chart `/timeline` and `/figures` attach, drawn from the article at its
 * whole size (every timeline entry, every figure), timed from the entries to the PNG bytes (Vega's
 * layout to SVG, then resvg's rasterising with the packaged fonts), p50 and p99 over the rounds; and
 * a Chinese chart, whose CJK font resvg loads each time.
 */
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { CHART_BUDGET_MS } from '../src/bot/chart-attachment.ts';
import { renderFiguresChart, renderTimelineChart, type Chart } from '../src/charts/index.ts';
import { findFigures, findTimeline } from '../src/core/browse.ts';
import { readKnowledgeDir } from '../src/core/documents/load.ts';
import { buildKnowledge } from '../src/core/knowledge.ts';
import { percentile } from './stats.ts';
import { formatTable } from './table.ts';
import type { TargetResult } from './targets.ts';

const ARTICLE_DIR = fileURLToPath(new URL('../knowledge/', import.meta.url));
const CHINESE_DIR = fileURLToPath(new URL('../tests/fixtures/bilingual/', import.meta.url));

export interface ChartTiming {
  readonly chart: string;
  readonly items: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly kilobytes: number;
  readonly pixels: string;
}

export interface ChartsResult {
  readonly rounds: number;
  readonly timings: readonly ChartTiming[];
}

export async function measureCharts(rounds: number, progress: (message: string) => void): Promise<ChartsResult> {
  const article = buildKnowledge((await readKnowledgeDir(ARTICLE_DIR)).documents);
  const chinese = buildKnowledge((await readKnowledgeDir(CHINESE_DIR)).documents);
  const timeline = findTimeline(article, {});
  const entries = timeline.kind === 'entries' ? timeline.entries : [];
  const figures = findFigures(article, {});
  const chineseFigures = findFigures(chinese, {}).filter((figure) => /\p{Script=Han}/u.test(figure.measure));
  const cases: readonly [string, number, () => Promise<Chart | null>][] = [
    ['timeline, every entry', entries.length, () => renderTimelineChart(entries, {}, 'Timeline')],
    ['figures ranked, every figure', figures.length, () => renderFiguresChart(figures, 'Figures')],
    ['figures ranked, Chinese labels', chineseFigures.length, () => renderFiguresChart(chineseFigures, '数字')],
  ];
  const timings: ChartTiming[] = [];
  for (const [chart, items, draw] of cases) {
    progress(`charts: ${chart} (${rounds} rounds)`);
    const first = await draw(); // warm: module state, the JIT
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      await draw();
      times.push(performance.now() - started);
    }
    timings.push({
      chart,
      items,
      p50Ms: percentile(times, 50),
      p99Ms: percentile(times, 99),
      kilobytes: Math.ceil((first?.png.length ?? 0) / 1024),
      pixels: first === null ? '—' : `${first.width}×${first.height}`,
    });
  }
  return { rounds, timings };
}

export function chartsTable(result: ChartsResult): string {
  return formatTable(
    [
      { header: 'chart', align: 'left' },
      { header: 'items', align: 'right' },
      { header: 'p50 ms', align: 'right' },
      { header: 'p99 ms', align: 'right' },
      { header: 'PNG KB', align: 'right' },
      { header: 'pixels', align: 'right' },
    ],
    result.timings.map((row) => [row.chart, String(row.items), row.p50Ms.toFixed(0), row.p99Ms.toFixed(0), String(row.kilobytes), row.pixels]),
  );
}

/** Every chart within the bot's budget at p99 (else /timeline and /figures go out without it), and under 1 MB. */
export function chartsTargets(result: ChartsResult): TargetResult[] {
  const slowest = Math.max(...result.timings.map((row) => row.p99Ms));
  const largest = Math.max(...result.timings.map((row) => row.kilobytes));
  return [
    { target: `chart render p99 < ${CHART_BUDGET_MS} ms (the reply's budget)`, met: slowest < CHART_BUDGET_MS, detail: `slowest p99 ${slowest.toFixed(0)} ms` },
    { target: 'chart PNG < 1 MB', met: largest < 1024, detail: `largest ${largest} KB` },
  ];
}
