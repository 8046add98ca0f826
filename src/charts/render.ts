import { Resvg } from '@resvg/resvg-js';
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
 * SVG with the packaged fonts only (`loadSystemFonts: false`).
 */
export async function drawChart(spec: Spec, scale: number): Promise<Chart> {
  const view = new View(parse(spec), { renderer: 'none', logLevel: 0 });
  try {
    const svg = await view.toSVG();
    const resvg = new Resvg(svg, {
      font: { fontFiles: fontFilesFor(svg), loadSystemFonts: false, defaultFontFamily: 'Inter' },
      fitTo: { mode: 'zoom', value: scale },
    });
    const image = resvg.render();
    return { svg, png: image.asPng(), width: image.width, height: image.height };
  } finally {
    view.finalize();
  }
}
