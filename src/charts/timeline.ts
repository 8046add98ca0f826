import type { Spec } from 'vega';
import type { TimelineEntry } from '../core/types.ts';
import { FONT_FAMILY } from './fonts.ts';
import { cutToFit } from './labels.ts';
import type { ChartOptions } from './options.ts';
import { frame, LEGEND_OFFSET, plotWidthOf, titleOf } from './theme.ts';

/** The dates the user asked for (each end optional), as `/timeline` takes them: 2021, 2021-10, 2021-10-21. */
export interface DateRange {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** Left of the time axis: its year labels. Right of it: the events' labels. */
const AXIS_X = 96;
const LABEL_GAP = 34;

/**
 * The timeline as a vertical time axis: time runs down (a phone scrolls down, and each label gets a
 * whole line to itself), each event a mark on the axis at its date, past events as filled circles and
 * targets as hollow diamonds in another colour, each labelled with its date and the start of its
 * sentence. Labels are pushed apart so none overlaps (`spreadLabels`), with a leader line to their mark.
 * The axis spans the range asked for, or the events' years when none was.
 */
export function timelineSpec(entries: readonly TimelineEntry[], range: DateRange, title: string, options: ChartOptions): Spec {
  const shown = entries.slice(0, options.maxEvents);
  const rowHeight = Math.round(options.fontSize * 1.5);
  const plotHeight = Math.max(options.plotHeight, shown.length * rowHeight);
  const [start, end] = axisDomain(shown, range);
  const yOf = (date: string) => ((startOf(date) - start) / (end - start)) * plotHeight;
  const markYs = shown.map((entry) => clamp(yOf(entry.date), 0, plotHeight));
  const labelYs = spreadLabels(markYs, rowHeight, plotHeight);
  const plotWidth = plotWidthOf(options);
  const labelWidth = plotWidth - AXIS_X - LABEL_GAP;
  const events = shown.map((entry, index) => ({
    y: markYs[index],
    labelY: labelYs[index],
    kind: entry.kind,
    label: cutToFit(`${entry.date} · ${entry.text}`, labelWidth, options.fontSize, options.maxLabelChars),
  }));
  const left = entries.length - shown.length;
  const ends = [range.from ?? yearOf(start), range.to ?? yearOf(end - 1)].join(' – ');
  const subtitle = `${entries.length} dated ${entries.length === 1 ? 'entry' : 'entries'}, ${ends}${left > 0 ? ` · ${shown.length} drawn, ${left} more in the list` : ''}`;
  const { colours } = options;
  return {
    ...frame(options, { legend: true }),
    width: plotWidth,
    height: plotHeight,
    title: titleOf(title, subtitle, options),
    data: [{ name: 'events', values: events }],
    scales: [
      { name: 'time', type: 'utc', domain: [start, end], range: [0, plotHeight], nice: false },
      { name: 'colour', type: 'ordinal', domain: ['past', 'target'], range: [colours.past, colours.target] },
      { name: 'shape', type: 'ordinal', domain: ['past', 'target'], range: ['circle', 'diamond'] },
    ],
    axes: [
      {
        orient: 'left',
        scale: 'time',
        offset: -AXIS_X,
        ...yearTicks(start, end, Math.max(2, Math.floor(plotHeight / (rowHeight * 3)))),
        labelColor: colours.muted,
        labelFont: FONT_FAMILY,
        labelFontSize: options.fontSize,
        domainColor: colours.muted,
        domainWidth: 2,
        tickColor: colours.muted,
        labelPadding: 6,
      },
    ],
    legends: [
      {
        fill: 'colour',
        shape: 'shape',
        orient: 'top',
        direction: 'horizontal',
        labelColor: colours.text,
        labelFont: FONT_FAMILY,
        labelFontSize: options.fontSize,
        symbolSize: options.fontSize * 12,
        columnPadding: 24,
        offset: LEGEND_OFFSET,
        labelLimit: plotWidth / 2,
        encode: {
          labels: { update: { text: { signal: "datum.label === 'past' ? 'happened' : 'target (planned)'" } } },
          symbols: { update: { strokeWidth: { value: 3 }, stroke: { scale: 'colour', field: 'value' }, fillOpacity: { signal: "datum.value === 'past' ? 1 : 0" } } },
        },
      },
    ],
    marks: [
      {
        type: 'rule',
        from: { data: 'events' },
        encode: {
          enter: {
            x: { value: AXIS_X + 10 },
            y: { field: 'y' },
            x2: { value: AXIS_X + LABEL_GAP - 6 },
            y2: { field: 'labelY' },
            stroke: { value: colours.grid },
            strokeWidth: { value: 2 },
          },
        },
      },
      {
        type: 'symbol',
        from: { data: 'events' },
        encode: {
          enter: {
            x: { value: AXIS_X },
            y: { field: 'y' },
            shape: { scale: 'shape', field: 'kind' },
            size: { value: options.fontSize * 14 },
            stroke: { scale: 'colour', field: 'kind' },
            strokeWidth: { value: 3 },
            fill: { signal: `datum.kind === 'past' ? '${colours.past}' : '${colours.background}'` },
          },
        },
      },
      {
        type: 'text',
        from: { data: 'events' },
        encode: {
          enter: {
            x: { value: AXIS_X + LABEL_GAP },
            y: { field: 'labelY' },
            baseline: { value: 'middle' },
            text: { field: 'label' },
            fill: { signal: `datum.kind === 'past' ? '${colours.text}' : '${colours.target}'` },
            font: { value: FONT_FAMILY },
            fontSize: { value: options.fontSize },
          },
        },
      },
    ],
  };
}

/**
 * Positions for labels wanted at `wanted` (in order, top to bottom) so that each is at least `gap`
 * below the one before and all stay within [0, height]: pushed down where they crowd, then pulled back
 * up from the bottom where that overflows. Each label stays as near its mark as the others allow.
 */
export function spreadLabels(wanted: readonly number[], gap: number, height: number): number[] {
  const placed: number[] = [];
  for (const y of wanted) placed.push(Math.max(y, (placed.at(-1) ?? -Infinity) + gap));
  for (let index = placed.length - 1; index >= 0; index--) {
    const below = index === placed.length - 1 ? height : (placed[index + 1] ?? height) - gap;
    placed[index] = Math.min(placed[index] ?? 0, below);
  }
  return placed;
}

/** Steps between labelled years: round numbers a reader counts in. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100];

/**
 * Over three years or more, the axis labels round years (multiples of the step), and the year it starts
 * in unless a round one is near, at most `most` of them; over less, Vega's own ticks (months).
 */
function yearTicks(start: number, end: number, most: number): { values?: number[]; format?: string; tickCount?: number } {
  const first = new Date(start).getUTCFullYear();
  const years = new Date(end - 1).getUTCFullYear() - first + 1;
  if (years < 3) return { tickCount: most };
  const step = YEAR_STEPS.find((candidate) => Math.ceil(years / candidate) <= most) ?? YEAR_STEPS.at(-1) ?? 1;
  const firstRound = Math.ceil(first / step) * step;
  const values = firstRound - first >= step / 2 && Date.UTC(first, 0, 1) >= start ? [Date.UTC(first, 0, 1)] : [];
  for (let year = firstRound; Date.UTC(year, 0, 1) < end; year += step) values.push(Date.UTC(year, 0, 1));
  return { values, format: '%Y' };
}

/** The axis's ends in ms: the range asked for, else the events' years (a year past the last). */
function axisDomain(entries: readonly TimelineEntry[], range: DateRange): [number, number] {
  const starts = entries.map((entry) => startOf(entry.date));
  const first = range.from === undefined ? Date.UTC(new Date(Math.min(...starts)).getUTCFullYear(), 0, 1) : startOf(range.from);
  const last = range.to === undefined ? Date.UTC(new Date(Math.max(...starts)).getUTCFullYear() + 1, 0, 1) : endOf(range.to);
  return last > first ? [first, last] : [first, first + 365 * 86_400_000];
}

/** The first moment of a year, month or day (ISO), in ms. */
function startOf(date: string): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** The moment after a year, month or day ends. */
function endOf(date: string): number {
  const [year = 1970, month, day] = date.split('-').map(Number);
  if (month === undefined) return Date.UTC(year + 1, 0, 1);
  return day === undefined ? Date.UTC(year, month, 1) : Date.UTC(year, month - 1, day + 1);
}

const yearOf = (ms: number): string => String(new Date(ms).getUTCFullYear());

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));
