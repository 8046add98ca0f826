import type { Spec } from 'vega';
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
  const [{ parse, View }, { renderAsync }] = await drawingModules();
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

let loading: Promise<readonly [typeof import('vega'), typeof import('@resvg/resvg-js')]> | undefined;

/**
 * Vega and resvg, imported by the first chart rather than at start-up, where they cost about 0.3 s of
 * every start's CPU (Vega's hundred modules most of it) for a command most sessions never run. Charts
 * asked for while they load wait for the same import.
 */
function drawingModules(): Promise<readonly [typeof import('vega'), typeof import('@resvg/resvg-js')]> {
  loading ??= Promise.all([import('vega'), import('@resvg/resvg-js')]);
  return loading;
}
