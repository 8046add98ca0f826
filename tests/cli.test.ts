import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePassageId } from './fixtures/article.ts';
import { cliInProcess as cli } from './fixtures/run-cli.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('npm run cli (spawned once: the process entry around runCli)', () => {
  it('prints the JSON of a command on stdout and exits 0', async () => {
    const id = await articlePassageId(5);
    const { stdout } = await run('npm', ['run', '--silent', 'cli', '--', 'cite', '--json', id], { cwd: ROOT, timeout: 60_000 });
    expect(JSON.parse(stdout).passage.id).toBe(id);
  });
});

describe('the JSON CLI', () => {
  it('answers a question with ranked, cited passages and the figures that bear on it', async () => {
    const { code, stdout } = await cli(['ask', '--json', '--limit', '2', 'how many civil disputes has fengqiao mediated']);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({ query: 'how many civil disputes has fengqiao mediated', kind: 'answer' });
    expect(answer.results).toHaveLength(2);
    expect(answer.results[0]).toMatchObject({
      id: await articlePassageId(92),
      text: expect.stringContaining('more than 1,300 civil disputes'),
      score: expect.any(Number),
      source: { document: 'zhejiang-common-prosperity', title: expect.any(String), line: 189, paragraph: 92 },
    });
    expect(answer.figures[0]).toMatchObject({ value: 1300, unit: 'count', raw: expect.stringContaining('1,300') });
  });

  it('answers one question a line in batch mode, one JSON object a line', async () => {
    const { code, stdout } = await cli(['ask', '--json', '--batch'], { input: 'who founded wahaha\n\nqwxz blorft\n' });
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.kind)).toEqual(['answer', 'invalid', 'no-match']);
  });

  it('lists figures on a topic with value, unit, sentence and source', async () => {
    const { stdout } = await cli(['figures', '--json', 'investment']);
    const { figures } = JSON.parse(stdout);
    expect(figures).toContainEqual(expect.objectContaining({ value: 638_600_000_000, unit: 'yuan', raw: expect.stringContaining('638.6 billion'), source: expect.objectContaining({ paragraph: expect.any(Number) }) }));
  });

  it('lists the timeline in a date range, in order', async () => {
    const { stdout } = await cli(['timeline', '--json', '--from', '2021-06', '--to', '2021-12']);
    const { entries } = JSON.parse(stdout);
    const dates = entries.map((entry: { date: string }) => entry.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toContain('2021-10-21');
    // An entry counts when its period overlaps the range: "2021" (the year) does, "2021-02" would not.
    expect(dates.every((date: string) => date === '2021' || (date >= '2021-06' && date <= '2021-12-31'))).toBe(true);
    expect(dates).not.toContain('2022-01-05');
  });

  it('cites a passage with its neighbours', async () => {
    const [fourth, fifth, sixth] = await Promise.all([4, 5, 6].map(articlePassageId));
    const { stdout } = await cli(['cite', '--json', fifth ?? '']);
    const cited = JSON.parse(stdout);
    expect(cited.passage.id).toBe(fifth);
    expect(cited.passage.source).toMatchObject({ paragraph: 5 });
    expect(cited.before.map((p: { id: string }) => p.id)).toEqual([fourth]);
    expect(cited.after.map((p: { id: string }) => p.id)).toEqual([sixth]);
  });

  it('lists each subcommand of a command in the usage, with its flags', async () => {
    const { code, stderr } = await cli(['knowledge']);
    expect(code).toBe(2);
    expect(stderr).toContain('knowledge needs one of: add, remove, list, history');
    expect(stderr).toContain('knowledge add [--json] [--title TITLE] [--guild ID] <file>');
    expect(stderr).toContain('knowledge remove [--json] [--guild ID] <document>');
  });

  it.each([
    [['frobnicate']],
    [['ask', '--json']],
    [['ask', '--limit', 'many', 'question']],
    [['timeline', '--json', '--from', 'yesterday']],
    [['ask', '--no-such-flag', 'q']],
    [['knowledge', '--json']],
    [['knowledge', 'frob']],
    [['knowledge', 'add', '--json']],
    [['gaps', '--guild', 'my-server', '--json']],
  ])('exits 2 with a message on stderr for bad arguments %j', async (args) => {
    const { code, stdout, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/error: /);
  });

  describe('with KNOWLEDGE_DIR naming another folder', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'docent-cli-'));
      await writeFile(join(dir, 'notes.md'), '---\ntitle: Field notes\n---\nThe lighthouse keeper logged 42 storms in 1998.\n');
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('answers from that folder instead', async () => {
      const { stdout } = await cli(['ask', '--json', 'lighthouse storms'], { env: { KNOWLEDGE_DIR: dir } });
      expect(JSON.parse(stdout).results[0]).toMatchObject({ id: expect.stringMatching(/^notes#[0-9a-z]{8}$/), source: { title: 'Field notes', line: 4 } });
    });
  });
});
