import type { Padding, Title } from 'vega';
import { FONT_FAMILY } from './fonts.ts';
import { cutToFit } from './labels.ts';
import type { ChartOptions } from './options.ts';

/** Space left and right of the plot. */
const SIDE_MARGIN = { left: 24, right: 28 } as const;

/** The plot's width in a chart of `options.width`, less `axisRoom` kept left of it for an axis's labels. */
export const plotWidthOf = (options: ChartOptions, axisRoom = 0): number => options.width - SIDE_MARGIN.left - SIDE_MARGIN.right - axisRoom;

/** Space between the title block and the plot (or the legend above it). */
const TITLE_OFFSET = 18;

/** The height Vega gives a title with its subtitle. */
const titleBlockHeight = (options: ChartOptions): number => Math.round(options.titleFontSize * 1.25 + options.fontSize * 1.25 + 6);

/**
 * The spec's frame: a fixed width (no autosize, so the positions a chart computes are where things land)
 * with room above the plot for the title, the subtitle and a legend (`legend`: the chart has one there),
 * and `axisRoom` left of the plot for an axis's labels, on the theme's background.
 */
export function frame(options: ChartOptions, room: { axis?: number; legend?: boolean } = {}): { padding: Padding; background: string; autosize: 'none' } {
  const legendHeight = room.legend === true ? Math.round(options.fontSize * 1.2 + LEGEND_OFFSET) : 0;
  const top = titleBlockHeight(options) + TITLE_OFFSET + legendHeight + 20;
  const padding = { left: SIDE_MARGIN.left + (room.axis ?? 0), right: SIDE_MARGIN.right, top, bottom: Math.round(options.fontSize * 2.2) };
  return { padding, background: options.colours.background, autosize: 'none' };
}

/** Space between a legend above the plot and the plot. */
export const LEGEND_OFFSET = 14;

/** A chart's title (what it shows) and subtitle (how much, over what), cut to the chart's width. */
export function titleOf(text: string, subtitle: string, options: ChartOptions): Title {
  const width = plotWidthOf(options);
  return {
    text: cutToFit(text, width, options.titleFontSize, options.maxLabelChars),
    subtitle: cutToFit(subtitle, width, options.fontSize, options.maxLabelChars * 2),
    anchor: 'start',
    frame: 'bounds',
    orient: 'top',
    offset: TITLE_OFFSET,
    font: FONT_FAMILY,
    subtitleFont: FONT_FAMILY,
    fontSize: options.titleFontSize,
    fontWeight: 600,
    subtitleFontSize: options.fontSize,
    color: options.colours.text,
    subtitleColor: options.colours.muted,
    subtitlePadding: 6,
  };
}

/** Axis tick labels of large amounts: "1.4 bn", "638.6 bn", "45 m", "12,000". */
export const COMPACT_NUMBER =
  "abs(datum.value) >= 1e9 ? format(datum.value / 1e9, ',.4~f') + ' bn' : abs(datum.value) >= 1e6 ? format(datum.value / 1e6, ',.4~f') + ' m' : format(datum.value, ',.4~f')";
