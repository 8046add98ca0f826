import { renderAsync } from '@resvg/resvg-js';
import { parse, View, type Spec } from 'vega';
import { fontFilesFor } from './fonts.ts';

/** A chart as drawn: the SVG (its labels are text, which the tests read) and the PNG made from it. */
export interface Chart {
  readonly svg: string;
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
}

/**
 * Draws a Vega spec: Vega lays out scales, axes, marks and legends into SVG (headless, no canvas:
 * text widths are estimated, which is why the charts cut their own labels), then resvg rasterises the
 * SVG with the packaged fonts only (`loadSystemFonts: false`), on libuv's thread pool (`renderAsync`):
 * reading the fonts and rasterising take hundreds of milliseconds, which would otherwise hold up every
 * other user's answer.
 */
export async function drawChart(spec: Spec, scale: number): Promise<Chart> {
  const view = new View(parse(spec), { renderer: 'none', logLevel: 0 });
  try {
    const svg = await view.toSVG();
    const image = await renderAsync(svg, {
      font: { fontFiles: fontFilesFor(svg), loadSystemFonts: false, defaultFontFamily: 'Inter' },
      fitTo: { mode: 'zoom', value: scale },
    });
    return { svg, png: image.asPng(), width: image.width, height: image.height };
  } finally {
    view.finalize();
  }
}
