import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli.ts';
import { parseConsoleLine } from '../../src/console.ts';
import { DEFAULT_CHART_OPTIONS } from '../../src/charts/options.ts';
import { cliInProcess } from '../fixtures/run-cli.ts';
import { decodePng } from './png.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'docent-charts-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Each CLI run loads the knowledge, and the first also the charts' module: slow on a busy machine.
const cli = (args: string[]) => cliInProcess(args, { env: { DATA_DIR: join(dir, 'data') } });

describe('--png at the CLI', () => {
  it('writes the timeline chart to the file and says so after the readable text', async () => {
    const file = join(dir, 'timeline.png');
    const { code, stdout } = await cli(['timeline', '--from', '2021', '--to', '2021', '--png', file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`Chart written to ${file.replace(/[.\\/]/g, '\\$&')} \\(${DEFAULT_CHART_OPTIONS.width * DEFAULT_CHART_OPTIONS.scale}×\\d+ PNG, \\d+ KB\\)\\.\\n$`));
    const png = decodePng(await readFile(file));
    expect(png.width).toBe(DEFAULT_CHART_OPTIONS.width * DEFAULT_CHART_OPTIONS.scale);
    expect(png.colours).toBeGreaterThan(20);
  }, 60_000);

  it('writes the figures chart and keeps stdout pure JSON with --json', async () => {
    const file = join(dir, 'figures.png');
    const { code, stdout } = await cli(['figures', '--json', '--png', file, 'income']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).figures.length).toBeGreaterThan(0);
    expect(decodePng(await readFile(file)).width).toBe(DEFAULT_CHART_OPTIONS.width * DEFAULT_CHART_OPTIONS.scale);
  }, 60_000);

  it('is in the usage of both commands', () => {
    expect(USAGE).toMatch(/figures \[--json\][^\n]*\[--png FILE.PNG\]/);
    expect(USAGE).toMatch(/timeline \[--json\][^\n]*\[--png FILE.PNG\]/);
  });
});

describe('a .png word at the console', () => {
  it('is read as the file to draw the chart into, before the topic', () => {
    expect(parseConsoleLine('/figures 2022 chart.png investment')).toEqual({ kind: 'figures', year: 2022, png: 'chart.png', topic: 'investment' });
    expect(parseConsoleLine('/timeline 2021 2022 out.png')).toEqual({ kind: 'timeline', from: '2021', to: '2022', png: 'out.png' });
  });
});
