import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUILD_A, GUILD_B, LIGHTHOUSE, LIGHTHOUSE_QUESTION, setUp, type Setup } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'src/cli.ts');

let setup: Setup;
beforeAll(async () => {
  setup = await setUp();
  await writeFile(join(setup.root, 'lighthouse.md'), LIGHTHOUSE);
  await writeFile(join(setup.root, 'broken.md'), '---\ntitle: [oops\n---\nThe lighthouse keeper logged 42 storms.');
});
afterAll(() => rm(setup.root, { recursive: true, force: true }));

/** One CLI process, as a script runs it: its exit code, stdout and stderr. */
function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', CLI, ...args],
      { cwd: ROOT, timeout: 120_000, env: { ...process.env, KNOWLEDGE_DIR: setup.knowledgeDir, DATA_DIR: setup.dataDir, LOG_LEVEL: 'silent' } },
      (error, stdout, stderr) => resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr }),
    );
  });
}

const citedBy = (stdout: string): string[] => (JSON.parse(stdout) as { results: { source: { document: string } }[] }).results.map((result) => result.source.document);

describe('the admin CLI round trip, each step a separate process', () => {
  it('knowledge add → ask --guild cites it, figures --guild lists it → gaps lists a miss → knowledge remove → ask no longer cites it', { timeout: 600_000 }, async () => {
    const added = await cli('knowledge', 'add', join(setup.root, 'lighthouse.md'), '--guild', GUILD_A, '--title', 'Keeper log', '--json');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toEqual({ added: { document: 'lighthouse', title: 'Keeper log', passages: 1, figures: 1, timeline: 1, hash: expect.stringMatching(/^[0-9a-f]{12}$/) } });

    const refused = await cli('knowledge', 'add', join(setup.root, 'broken.md'), '--guild', GUILD_A, '--json');
    expect(refused).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/broken\.md: line \d+/) });

    const asked = await cli('ask', '--guild', GUILD_A, '--json', LIGHTHOUSE_QUESTION);
    expect(citedBy(asked.stdout)).toContain('lighthouse');
    const elsewhere = await cli('ask', '--guild', GUILD_B, '--json', LIGHTHOUSE_QUESTION);
    expect(citedBy(elsewhere.stdout)).not.toContain('lighthouse');
    const figures = await cli('figures', '--guild', GUILD_A, '--json', 'storms');
    expect(JSON.parse(figures.stdout).figures).toContainEqual(expect.objectContaining({ value: 42, source: expect.objectContaining({ document: 'lighthouse' }) }));

    const missed = await cli('ask', '--guild', GUILD_A, '--json', 'what time does the night ferry leave');
    expect(JSON.parse(missed.stdout).kind).toBe('no-match');
    const gaps = await cli('gaps', '--guild', GUILD_A, '--json');
    expect(JSON.parse(gaps.stdout)).toEqual({ gaps: [{ question: 'what time does the night ferry leave', count: 1, lastAsked: expect.any(String), kind: 'no-match' }] });

    const listed = await cli('knowledge', 'list', '--guild', GUILD_A, '--json');
    expect(JSON.parse(listed.stdout).documents).toEqual([
      expect.objectContaining({ document: 'harbour', scope: 'base' }),
      expect.objectContaining({ document: 'lighthouse', title: 'Keeper log', passages: 1, scope: 'guild', addedAt: expect.any(String) }),
    ]);

    const removed = await cli('knowledge', 'remove', 'lighthouse', '--guild', GUILD_A, '--json');
    expect(JSON.parse(removed.stdout)).toMatchObject({ removed: { document: 'lighthouse' } });
    const after = await cli('ask', '--guild', GUILD_A, '--json', LIGHTHOUSE_QUESTION);
    expect(citedBy(after.stdout)).not.toContain('lighthouse');

    const history = await cli('knowledge', 'history', '--guild', GUILD_A, '--json');
    expect(JSON.parse(history.stdout).history.map((entry: { action: string }) => entry.action)).toEqual(['removed', 'added']);
  });
});
