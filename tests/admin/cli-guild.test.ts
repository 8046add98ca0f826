// The CLI's read commands (`figures`, `timeline`, `cite`) with `--guild ID`: each reads the knowledge
// that server is answered from in Discord (the base and its own documents), and without it the base,
// exactly as `ask --guild` does. Run in process (`runCli`); cli-round-trip.test.ts spawns the processes.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess } from '../fixtures/run-cli.ts';
import { GUILD_A, GUILD_B, LIGHTHOUSE, LIGHTHOUSE_QUESTION, setUp, type Setup } from './helpers.ts';

let setup: Setup;
/** The id of the added document's passage, as `ask --guild` cites it. */
let lighthouseId: string;

const cli = (...args: string[]) => cliInProcess(args, { env: { KNOWLEDGE_DIR: setup.knowledgeDir, DATA_DIR: setup.dataDir, LOG_LEVEL: 'silent' } });
const documentsOf = (items: readonly { source: { document: string } | null }[]): string[] => items.map((item) => item.source?.document ?? '');

beforeAll(async () => {
  setup = await setUp();
  await writeFile(join(setup.root, 'lighthouse.md'), LIGHTHOUSE);
  expect((await cli('knowledge', 'add', join(setup.root, 'lighthouse.md'), '--guild', GUILD_A, '--json')).code).toBe(0);
  const asked = JSON.parse((await cli('ask', '--guild', GUILD_A, '--json', LIGHTHOUSE_QUESTION)).stdout) as { results: { id: string; source: { document: string } }[] };
  lighthouseId = asked.results.find((result) => result.source.document === 'lighthouse')?.id ?? 'missing';
}, 120_000);
afterAll(() => rm(setup.root, { recursive: true, force: true }));

describe('figures --guild', () => {
  it('lists the server\'s own figures with the base\'s, and no other server\'s', async () => {
    const here = await cli('figures', '--guild', GUILD_A, '--json');
    expect(here.code).toBe(0);
    const figures = JSON.parse(here.stdout).figures;
    expect(documentsOf(figures)).toEqual(expect.arrayContaining(['harbour', 'lighthouse']));
    expect(figures).toContainEqual(expect.objectContaining({ value: 42, text: expect.stringContaining('42 storms'), source: expect.objectContaining({ document: 'lighthouse' }) }));
    for (const elsewhere of [['--guild', GUILD_B], []]) {
      expect(documentsOf(JSON.parse((await cli('figures', ...elsewhere, '--json')).stdout).figures)).not.toContain('lighthouse');
    }
  });
});

describe('timeline --guild', () => {
  it('walks the server\'s own dated entries with the base\'s, and no other server\'s', async () => {
    const here = JSON.parse((await cli('timeline', '--guild', GUILD_A, '--from', '2021', '--to', '2021', '--json')).stdout);
    expect(here.entries).toEqual([expect.objectContaining({ date: expect.stringMatching(/^2021/), source: expect.objectContaining({ document: 'lighthouse' }) })]);
    expect(JSON.parse((await cli('timeline', '--guild', GUILD_B, '--from', '2021', '--to', '2021', '--json')).stdout).entries).toEqual([]);
  });
});

describe('cite --guild', () => {
  it('opens the server\'s own passage by its id there, and finds no such passage elsewhere (exit 1)', async () => {
    const here = await cli('cite', '--guild', GUILD_A, '--json', lighthouseId);
    expect(here.code).toBe(0);
    expect(JSON.parse(here.stdout)).toMatchObject({ kind: 'passage', passage: { id: lighthouseId, text: expect.stringContaining('42 storms') } });
    for (const elsewhere of [['--guild', GUILD_B], []]) {
      const other = await cli('cite', ...elsewhere, '--json', lighthouseId);
      expect(other.code).toBe(1);
      expect(JSON.parse(other.stdout).kind).toBe('not-found');
    }
  });

  it('takes only a server id: anything else is a usage mistake (exit 2), not a server of its own', async () => {
    const bad = await cli('cite', '--guild', '../../etc', '--json', lighthouseId);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^error: --guild/);
  });
});
