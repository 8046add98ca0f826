import type { Figure, TimelineEntry } from '../core/types.ts';
import { figuresSpec } from './figures.ts';
import { DEFAULT_CHART_OPTIONS, type ChartOptions } from './options.ts';
import { drawChart, type Chart } from './render.ts';
import { timelineSpec, type DateRange } from './timeline.ts';

export type { Chart } from './render.ts';
export { chartOptions, DEFAULT_CHART_OPTIONS, type ChartColours, type ChartOptions } from './options.ts';
export type { DateRange } from './timeline.ts';

/**
 * The timeline entries of a `/timeline` as a picture (SVG and PNG), or null when there is nothing to
 * draw. Entries come in date order, as `findTimeline` gives them.
 */
export async function renderTimelineChart(
  entries: readonly TimelineEntry[],
  range: DateRange,
  title: string,
  options: ChartOptions = DEFAULT_CHART_OPTIONS,
): Promise<Chart | null> {
  return entries.length === 0 ? null : drawChart(timelineSpec(entries, range, title, options), options.scale);
}

/**
 * The figures of a `/figures` as a picture: one measure over the years when they hold one, else the
 * figures ranked (see `figuresSpec`); null when there is nothing to draw.
 */
export async function renderFiguresChart(figures: readonly Figure[], title: string, options: ChartOptions = DEFAULT_CHART_OPTIONS): Promise<Chart | null> {
  const spec = figuresSpec(figures, title, options);
  return spec === null ? null : drawChart(spec, options.scale);
}
