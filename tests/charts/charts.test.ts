import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { chartOptions, DEFAULT_CHART_OPTIONS, renderFiguresChart, renderTimelineChart } from '../../src/charts/index.ts';
import { seriesOf } from '../../src/charts/figures.ts';
import { CJK_FONTS, fontFilesFor } from '../../src/charts/fonts.ts';
import { spreadLabels } from '../../src/charts/timeline.ts';
import { findFigures, findTimeline } from '../../src/core/browse.ts';
import { readKnowledgeDir } from '../../src/core/documents/load.ts';
import { buildKnowledge, type Knowledge } from '../../src/core/knowledge.ts';
import type { Figure, TimelineEntry } from '../../src/core/types.ts';
import { KNOWLEDGE_DIR } from '../fixtures/article.ts';
import { decodePng, rgbOf } from './png.ts';

const BILINGUAL_DIR = fileURLToPath(new URL('../fixtures/bilingual/', import.meta.url));
/** A made-up document stating one measure in five years: the sample of a chart over time. */
const SERIES_DIR = fileURLToPath(new URL('../fixtures/charts/', import.meta.url));
const ONE_MB = 1024 * 1024;
const BACKGROUND = rgbOf(DEFAULT_CHART_OPTIONS.colours.background);

let article: Knowledge;
let bilingual: Knowledge;

beforeAll(async () => {
  article = buildKnowledge((await readKnowledgeDir(KNOWLEDGE_DIR)).documents);
  bilingual = buildKnowledge((await readKnowledgeDir(BILINGUAL_DIR)).documents);
}, 120_000);

/** Building the knowledge and drawing take seconds each on a busy machine (seven test runs on two cores). */
const SLOW = { timeout: 60_000 };

function entriesOf(knowledge: Knowledge, filter: Parameters<typeof findTimeline>[1]): readonly TimelineEntry[] {
  const result = findTimeline(knowledge, filter);
  if (result.kind !== 'entries') throw new Error(result.message);
  return result.entries;
}

/** The text of every <text> element of an SVG, unescaped, in document order. */
function textsOf(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) =>
    (match[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
  );
}

const figure = (measure: string, value: number, year: number | undefined, unit: Figure['unit'] = 'yuan'): Figure => ({
  value,
  unit,
  measure,
  raw: `${value.toLocaleString('en')} ${unit}`,
  text: `The ${measure} was ${value}.`,
  passageId: 'doc#00000000',
  ...(year === undefined ? {} : { year }),
});

describe('renderTimelineChart', SLOW, () => {
  it('draws the article\'s whole timeline as a PNG of the configured width, not blank, under 1 MB', async () => {
    const entries = entriesOf(article, {});
    const chart = await renderTimelineChart(entries, {}, 'Timeline');
    if (chart === null) throw new Error('no chart');
    const png = decodePng(chart.png);
    expect(png.width).toBe(DEFAULT_CHART_OPTIONS.width * DEFAULT_CHART_OPTIONS.scale);
    expect(png.height).toBeGreaterThan(png.width / 2);
    expect(png.colours).toBeGreaterThan(20);
    expect(png.pixelsUnlike(BACKGROUND)).toBeGreaterThan(png.width * png.height * 0.03);
    expect(chart.png.length).toBeLessThan(ONE_MB);
  });

  it('labels each event with its date and sentence, and tells past events from targets in the legend', async () => {
    const entries = entriesOf(article, { from: '2021', to: '2025' });
    const chart = await renderTimelineChart(entries, { from: '2021', to: '2025' }, 'Timeline from 2021 to 2025');
    const texts = textsOf(chart?.svg ?? '');
    expect(texts).toContain('Timeline from 2021 to 2025');
    expect(texts).toContain('happened');
    expect(texts).toContain('target (planned)');
    const target = entries.find((entry) => entry.kind === 'target' && entry.date === '2025');
    expect(texts.some((text) => text.startsWith('2025 · ') && target !== undefined && text.includes(target.text.slice(0, 12)))).toBe(true);
    expect(texts.some((text) => text.startsWith('2021-10-21 · On October 21, 2021'))).toBe(true);
  });

  it('spans the range the user asked for, not only the years its events fall in', async () => {
    const entries = entriesOf(article, { from: '2015', to: '2030' });
    const chart = await renderTimelineChart(entries, { from: '2015', to: '2030' }, 'Timeline');
    const texts = textsOf(chart?.svg ?? '');
    expect(texts).toContain('2015');
    const years = texts.filter((text) => /^\d{4}$/.test(text)).map(Number);
    expect(Math.min(...years)).toBe(2015);
    expect(Math.max(...years)).toBeLessThanOrEqual(2030);
    expect(texts.some((text) => text.includes('2015 – 2030'))).toBe(true);
  });

  it('draws at most maxEvents events and says how many more the list holds', async () => {
    const entries = entriesOf(article, {});
    const chart = await renderTimelineChart(entries, {}, 'Timeline', chartOptions({ maxEvents: 5 }));
    const texts = textsOf(chart?.svg ?? '');
    expect(texts.filter((text) => /^\d{4}(-\d\d)* · /.test(text))).toHaveLength(5);
    expect(texts.some((text) => text.includes(`5 drawn, ${entries.length - 5} more in the list`))).toBe(true);
  });

  it('draws nothing for no entries', async () => {
    expect(await renderTimelineChart([], {}, 'Timeline')).toBeNull();
  });

  it('escapes a topic typed by the user into the SVG, and still draws it', async () => {
    const chart = await renderTimelineChart(entriesOf(article, { from: '2021', to: '2021' }), {}, 'Timeline about “<b>&amp; </svg>”');
    expect(chart?.svg).toContain('&lt;b&gt;&amp;amp; &lt;/svg&gt;');
    expect(textsOf(chart?.svg ?? '')).toContain('Timeline about “<b>&amp; </svg>”');
    expect(decodePng(chart?.png ?? Buffer.alloc(0)).width).toBe(DEFAULT_CHART_OPTIONS.width * DEFAULT_CHART_OPTIONS.scale);
  });
});

describe('spreadLabels', () => {
  it('keeps a label that has room at its mark', () => {
    expect(spreadLabels([0, 100, 300], 30, 400)).toEqual([0, 100, 300]);
  });

  it('pushes crowded labels apart by at least the gap, in order, within the height', () => {
    const wanted = [10, 12, 14, 15, 200, 390, 395, 400];
    const placed = spreadLabels(wanted, 30, 400);
    for (let index = 1; index < placed.length; index++) expect((placed[index] ?? 0) - (placed[index - 1] ?? 0)).toBeGreaterThanOrEqual(30);
    expect(Math.min(...placed)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...placed)).toBeLessThanOrEqual(400);
    expect(placed[4]).toBe(200);
  });
});

describe('seriesOf', () => {
  it('finds one measure across years among other figures, in year order', () => {
    const income = [figure('disposable income', 52_000, 2021), figure('Disposable  income', 49_000, 2020), figure('disposable income', 57_000, 2022)];
    const series = seriesOf([figure('tourism income', 2_250_000_000, 2020), ...income, figure('counties', 26, undefined, 'count')]);
    expect(series?.map((f) => f.year)).toEqual([2020, 2021, 2022]);
  });

  it('finds none when no measure is given for two different years', () => {
    expect(seriesOf([figure('income', 1, 2020), figure('income', 2, 2020), figure('income', 3, 2021, 'percent'), figure('debt', 4, 2022)])).toBeNull();
  });
});

describe('renderFiguresChart', SLOW, () => {
  it('draws one measure over the years as a line with its years and unit', async () => {
    const figures = [figure('per capita disposable income', 49_899, 2019), figure('per capita disposable income', 52_397, 2020), figure('per capita disposable income', 57_541, 2021)];
    const chart = await renderFiguresChart(figures, 'Figures about “income”');
    const texts = textsOf(chart?.svg ?? '');
    expect(texts).toContain('per capita disposable income');
    expect(texts).toEqual(expect.arrayContaining(['2019', '2020', '2021', '57,541']));
    expect(texts).toContain('Figures about “income” · 3 figures in yuan, 2019–2021');
    const png = decodePng(chart?.png ?? Buffer.alloc(0));
    expect(png.colours).toBeGreaterThan(20);
    expect(chart?.svg).toContain('class="mark-line');
  });

  it('charts a document\'s measure over the years from the figures the extractor reads', async () => {
    const knowledge = buildKnowledge((await readKnowledgeDir(SERIES_DIR)).documents);
    const chart = await renderFiguresChart(findFigures(knowledge, { topic: 'passengers' }), 'Figures about “passengers”');
    const texts = textsOf(chart?.svg ?? '');
    expect(chart?.svg).toContain('class="mark-line');
    expect(texts).toEqual(expect.arrayContaining(['2019', '2023', '1.2 m', '400,000', '1.7 m']));
    expect(texts).toContain('Figures about “passengers” · 5 counts, 2019–2023');
  });

  it('ranks the article\'s figures of one unit, largest first, and says how many it left out', async () => {
    const figures = findFigures(article, {});
    const chart = await renderFiguresChart(figures, 'Figures');
    const texts = textsOf(chart?.svg ?? '');
    const counts = figures.filter((f) => f.unit === 'count').sort((a, b) => b.value - a.value).slice(0, DEFAULT_CHART_OPTIONS.maxBars);
    const labelled = texts.filter((text) => counts.some((f) => f.measure === text));
    expect(labelled[0]).toBe('people');
    expect(labelled.length).toBeGreaterThanOrEqual(counts.length - 2);
    expect(texts.some((text) => /^12 counts, largest first \(log scale\) · \d+ more in the list$/.test(text))).toBe(true);
    const png = decodePng(chart?.png ?? Buffer.alloc(0));
    expect(png.width).toBe(DEFAULT_CHART_OPTIONS.width * DEFAULT_CHART_OPTIONS.scale);
    expect(chart?.png.length).toBeLessThan(ONE_MB);
  });

  it('draws Chinese labels with the packaged CJK font', async () => {
    const figures = findFigures(bilingual, {}).filter((f) => /\p{Script=Han}/u.test(f.measure));
    const chart = await renderFiguresChart(figures, '云溪镇的数字');
    if (chart === null) throw new Error('no chart');
    expect(textsOf(chart.svg)).toEqual(expect.arrayContaining(['云溪镇的数字', '常住人口']));
    expect(fontFilesFor(chart.svg)).toEqual(expect.arrayContaining([...CJK_FONTS]));
    // The same chart with its Chinese labels blanked has far fewer drawn pixels: the glyphs were drawn.
    const blanked = await renderFiguresChart(figures.map((f) => ({ ...f, measure: '' })), '');
    const drawn = (bytes: Buffer) => decodePng(bytes).pixelsUnlike(BACKGROUND);
    expect(drawn(chart.png)).toBeGreaterThan(drawn(blanked?.png ?? Buffer.alloc(0)) * 1.2);
  });

  it('draws nothing for no figures', async () => {
    expect(await renderFiguresChart([], 'Figures')).toBeNull();
  });
});
