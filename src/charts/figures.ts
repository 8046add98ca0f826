import type { Spec } from 'vega';
import type { Figure, FigureUnit } from '../core/types.ts';
import { FONT_FAMILY } from './fonts.ts';
import { cutToFit, estimateWidth } from './labels.ts';
import type { ChartOptions } from './options.ts';
import { COMPACT_NUMBER, frame, plotWidthOf, titleOf } from './theme.ts';

/** How a unit is named on an axis and in a subtitle. A currency without a name here shows its ISO code. */
const UNIT_NAMES: Partial<Record<FigureUnit, string>> = {
  yuan: 'yuan',
  usd: 'US dollars',
  eur: 'euros',
  gbp: 'pounds',
  jpy: 'yen',
  percent: 'percent',
  'percentage-points': 'percentage points',
  ratio: 'ratio',
  count: 'count',
  years: 'years',
  'per-thousand': 'per thousand',
  minutes: 'minutes',
  months: 'months',
  times: 'times',
};

const unitName = (unit: FigureUnit): string => UNIT_NAMES[unit] ?? unit.toUpperCase();

/** "12 counts", "3 figures in yuan": how many figures a chart draws, and in what. */
function howMany(count: number, unit: FigureUnit): string {
  return unit === 'count' ? `${count} ${count === 1 ? 'count' : 'counts'}` : `${count} ${count === 1 ? 'figure' : 'figures'} in ${unitName(unit)}`;
}

/** Two figures measure the same thing when their measures read the same (case and spacing aside) in one unit. */
const seriesKey = (figure: Figure): string => `${figure.unit}|${figure.measure.toLowerCase().replace(/\s+/g, ' ').trim()}`;

/**
 * The figures of one measure across years, when the selection holds one: of the groups of figures
 * with a year that share a measure and a unit, the one spanning the most years (the best-ranked on a
 * tie), if it spans at least two. A restatement in a second currency is the same fact, so it is left out.
 */
export function seriesOf(figures: readonly Figure[]): Figure[] | null {
  const groups = new Map<string, Figure[]>();
  for (const figure of figures) {
    if (figure.year === undefined || figure.conversionOf !== undefined) continue;
    const key = seriesKey(figure);
    groups.set(key, [...(groups.get(key) ?? []), figure]);
  }
  let best: Figure[] | null = null;
  const yearsOf = (group: readonly Figure[]) => new Set(group.map((figure) => figure.year)).size;
  for (const group of groups.values()) if (yearsOf(group) >= 2 && (best === null || yearsOf(group) > yearsOf(best))) best = group;
  return best === null ? null : [...best].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
}

/**
 * The figures as a chart: one measure over the years (a line with its unit) when they hold one
 * (`seriesOf`), else the figures ranked, largest first, as bars. Bars only compare like with like, so a
 * ranked chart shows the figures of the unit most of them share, and says how many it left out.
 */
export function figuresSpec(figures: readonly Figure[], title: string, options: ChartOptions): Spec | null {
  if (figures.length === 0) return null;
  const series = seriesOf(figures);
  return series === null ? rankedSpec(figures, title, options) : overTimeSpec(series, title, options);
}

function overTimeSpec(series: readonly Figure[], title: string, options: ChartOptions): Spec {
  const first = series[0] as Figure;
  const years = series.map((figure) => figure.year ?? 0);
  const [low, high] = [Math.min(...years), Math.max(...years)];
  const points = series.map((figure) => ({ year: figure.year, value: figure.value, top: figure.valueMax ?? figure.value, label: describeValue(figure) }));
  const { colours } = options;
  const axisRoom = Math.round(options.fontSize * 5.5);
  return {
    ...frame(options, { axis: axisRoom }),
    width: plotWidthOf(options, axisRoom),
    height: options.plotHeight,
    title: titleOf(first.measure, `${title} · ${howMany(series.length, first.unit)}, ${low}–${high}`, options),
    data: [{ name: 'points', values: points }],
    scales: [
      { name: 'x', type: 'linear', domain: [low - 0.5, high + 0.5], range: 'width', nice: false, zero: false },
      { name: 'y', type: 'linear', domain: { data: 'points', field: 'top' }, range: 'height', nice: true, zero: true },
    ],
    axes: [
      { ...axisStyle(options), orient: 'bottom', scale: 'x', format: 'd', tickMinStep: 1, grid: false },
      {
        ...axisStyle(options),
        orient: 'left',
        scale: 'y',
        grid: true,
        tickCount: 5,
        encode: { labels: { update: { text: { signal: COMPACT_NUMBER } } } },
      },
    ],
    marks: [
      {
        type: 'line',
        from: { data: 'points' },
        encode: { enter: { x: { scale: 'x', field: 'year' }, y: { scale: 'y', field: 'value' }, stroke: { value: colours.past }, strokeWidth: { value: 4 } } },
      },
      {
        type: 'rule',
        from: { data: 'points' },
        encode: { enter: { x: { scale: 'x', field: 'year' }, y: { scale: 'y', field: 'value' }, y2: { scale: 'y', field: 'top' }, stroke: { value: colours.past }, strokeWidth: { value: 10 }, strokeCap: { value: 'round' } } },
      },
      {
        type: 'symbol',
        from: { data: 'points' },
        encode: { enter: { x: { scale: 'x', field: 'year' }, y: { scale: 'y', field: 'value' }, size: { value: options.fontSize * 16 }, fill: { value: colours.past }, stroke: { value: colours.background }, strokeWidth: { value: 3 } } },
      },
      {
        type: 'text',
        from: { data: 'points' },
        encode: {
          enter: {
            x: { scale: 'x', field: 'year' },
            y: { scale: 'y', field: 'top' },
            dy: { value: -Math.round(options.fontSize * 1.1) },
            align: { value: 'center' },
            text: { field: 'label' },
            fill: { value: colours.text },
            font: { value: FONT_FAMILY },
            fontSize: { value: options.fontSize },
          },
        },
      },
    ],
  };
}

/** Compact numbers for a point's label, where the sentence's wording would not fit: "1.2 m", "638.6 bn", "45%". */
function compact(value: number): string {
  const [scaled, suffix] = Math.abs(value) >= 1e9 ? [value / 1e9, ' bn'] : Math.abs(value) >= 1e6 ? [value / 1e6, ' m'] : [value, ''];
  return `${scaled.toLocaleString('en', { maximumFractionDigits: 2 })}${suffix}`;
}

/** A figure's value (a range as "low–high") in its unit, compactly. */
function describeValue(figure: Figure): string {
  const value = figure.valueMax === undefined ? compact(figure.value) : `${compact(figure.value)}–${compact(figure.valueMax)}`;
  return figure.unit === 'percent' ? `${value}%` : value;
}

/** A ranked chart whose values span this ratio or more is drawn on a log scale (and says so), or the small bars vanish. */
const LOG_SCALE_RATIO = 1000;

function rankedSpec(figures: readonly Figure[], title: string, options: ChartOptions): Spec {
  const unit = commonestUnit(figures);
  const sameUnit = figures.filter((figure) => figure.unit === unit && figure.conversionOf === undefined);
  const bars = [...sameUnit].sort((a, b) => b.value - a.value).slice(0, options.maxBars);
  const width = plotWidthOf(options);
  const tops = bars.map((figure) => figure.valueMax ?? figure.value);
  const max = Math.max(...tops);
  const min = Math.min(...bars.map((figure) => figure.value));
  const log = min > 0 && max / min >= LOG_SCALE_RATIO;
  // A log bar starts below the smallest value, so the smallest bar still shows.
  const domain: [number, number] = log ? [min / 3, max] : [0, max > 0 ? max : 1];
  const xOf = (value: number) =>
    log ? (Math.log(value / domain[0]) / Math.log(domain[1] / domain[0])) * width : (Math.max(0, value) / domain[1]) * width;
  const rowHeight = Math.round(options.fontSize * 2.7);
  const barHeight = Math.round(options.fontSize * 0.95);
  const gap = 10;
  const rows = bars.map((figure, index) => {
    const end = xOf(figure.valueMax ?? figure.value);
    const value = `${figure.raw}${figure.year === undefined ? '' : ` (${figure.year})`}`;
    const after = width - end - gap;
    // The value stands after its bar; inside it (dark on the bar) when the bar is the longer room.
    const inside = estimateWidth(value, options.fontSize) > after && end - 2 * gap > after;
    return {
      labelY: index * rowHeight,
      barY: index * rowHeight + options.fontSize * 0.7,
      top: figure.valueMax ?? figure.value,
      label: cutToFit(figure.measure, width, options.fontSize, options.maxLabelChars),
      valueText: cutToFit(value, inside ? end - 2 * gap : after, options.fontSize, options.maxLabelChars),
      inside,
    };
  });
  const left = figures.length - bars.length;
  const { colours } = options;
  return {
    ...frame(options),
    width,
    height: bars.length * rowHeight,
    title: titleOf(title, `${howMany(bars.length, unit)}, largest first${log ? ' (log scale)' : ''}${left > 0 ? ` · ${left} more in the list` : ''}`, options),
    data: [{ name: 'rows', values: rows }],
    scales: [log ? { name: 'x', type: 'log', domain, range: 'width', nice: false } : { name: 'x', type: 'linear', domain, range: 'width', nice: false, zero: true }],
    marks: [
      {
        type: 'text',
        from: { data: 'rows' },
        encode: { enter: { x: { value: 0 }, y: { field: 'labelY' }, baseline: { value: 'middle' }, text: { field: 'label' }, fill: { value: colours.text }, font: { value: FONT_FAMILY }, fontSize: { value: options.fontSize } } },
      },
      {
        type: 'rect',
        from: { data: 'rows' },
        encode: {
          enter: {
            x: { scale: 'x', value: domain[0] },
            x2: { scale: 'x', field: 'top' },
            y: { field: 'barY' },
            height: { value: barHeight },
            fill: { value: colours.past },
            cornerRadius: { value: 3 },
          },
        },
      },
      {
        type: 'text',
        from: { data: 'rows' },
        encode: {
          enter: {
            x: { scale: 'x', field: 'top', offset: { signal: `datum.inside ? ${-gap} : ${gap}` } },
            y: { field: 'barY', offset: barHeight / 2 },
            align: { signal: "datum.inside ? 'right' : 'left'" },
            baseline: { value: 'middle' },
            text: { field: 'valueText' },
            fill: { signal: `datum.inside ? '${colours.background}' : '${colours.muted}'` },
            font: { value: FONT_FAMILY },
            fontSize: { value: options.fontSize },
            fontWeight: { value: 600 },
          },
        },
      },
    ],
  };
}

/** The unit most of the figures are in (the best-ranked one's on a tie). */
function commonestUnit(figures: readonly Figure[]): FigureUnit {
  const counts = new Map<FigureUnit, number>();
  for (const figure of figures) counts.set(figure.unit, (counts.get(figure.unit) ?? 0) + 1);
  let best = (figures[0] as Figure).unit;
  for (const [unit, count] of counts) if (count > (counts.get(best) ?? 0)) best = unit;
  return best;
}

function axisStyle(options: ChartOptions) {
  const { colours } = options;
  return {
    labelColor: colours.muted,
    labelFont: FONT_FAMILY,
    labelFontSize: options.fontSize,
    domainColor: colours.muted,
    tickColor: colours.muted,
    gridColor: colours.grid,
  };
}
