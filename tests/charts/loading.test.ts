import { describe, expect, it } from 'vitest';
import { drawChart } from '../../src/charts/render.ts';
import { decodePng } from './png.ts';

/** One bar and its label: a small spec whose SVG holds the label as text. */
const spec = (label: string) => ({
  width: 120,
  height: 40,
  data: [{ name: 'bars', values: [{ label, value: 3 }] }],
  scales: [{ name: 'x', type: 'linear' as const, domain: [0, 4], range: 'width' as const }],
  marks: [
    { type: 'rect' as const, from: { data: 'bars' }, encode: { enter: { x: { value: 0 }, x2: { scale: 'x', field: 'value' }, y: { value: 5 }, height: { value: 20 } } } },
    { type: 'text' as const, encode: { enter: { text: { value: label }, x: { value: 2 }, y: { value: 35 } } } },
  ],
});

describe('drawChart', () => {
  // Vega and resvg are imported by the first chart, not when the module loads: charts asked for meanwhile wait for them.
  it('draws charts asked for at once before its libraries are loaded, each its own', { timeout: 60_000 }, async () => {
    const [first, second] = await Promise.all([drawChart(spec('first'), 1), drawChart(spec('second'), 1)]);
    expect(first.svg).toContain('>first<');
    expect(second.svg).toContain('>second<');
    expect(decodePng(first.png).width).toBe(first.width);
    expect(decodePng(second.png).width).toBe(second.width);
  });
});
