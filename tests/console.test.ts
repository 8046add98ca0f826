import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { openAdmin } from '../src/admin/open.ts';
import { parseConsoleLine, runConsole } from '../src/console.ts';
import { createKnowledgeStore, loadKnowledge } from '../src/core/store.ts';
import { articlePassageId, KNOWLEDGE_DIR } from './fixtures/article.ts';

async function storeFor(dir: string) {
  return Object.assign(createKnowledgeStore(dir, (await loadKnowledge(dir)).knowledge), { dir });
}

/** Types lines into the console and returns everything it printed. */
async function session(store: Awaited<ReturnType<typeof storeFor>>, lines: readonly string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString();
  });
  // The admins' data in a hidden folder of the knowledge's copy: never loaded, removed with it.
  const admin = openAdmin({ dataDir: join(store.dir, '.admin'), knowledgeDir: store.dir, host: store, logger: pino({ level: 'silent' }) });
  const done = runConsole({ store, admin, by: 'console' }, input, output);
  input.end(lines.map((line) => `${line}\n`).join(''));
  await done;
  admin.close();
  return printed;
}

describe('parseConsoleLine', () => {
  it.each([
    ['what is common prosperity', { kind: 'ask', question: 'what is common prosperity' }],
    ['/ask  who founded wahaha ', { kind: 'ask', question: 'who founded wahaha' }],
    ['/figures income', { kind: 'figures', topic: 'income' }],
    ['/timeline 2020 2022 income gap', { kind: 'timeline', from: '2020', to: '2022', topic: 'income gap' }],
    ['/timeline', { kind: 'timeline' }],
    ['/cite doc#3', { kind: 'cite', id: 'doc#3' }],
    ['/frob', { kind: 'unknown', name: 'frob' }],
    ['/knowledge list', { kind: 'knowledge', subcommand: 'list' }],
    ['/knowledge add 123456789012345678 my notes.md', { kind: 'knowledge', subcommand: 'add', guild: '123456789012345678', file: { name: 'my notes.md', location: 'my notes.md' } }],
    ['/gaps 123456789012345678', { kind: 'gaps', guild: '123456789012345678' }],
    ['   ', null],
  ])('reads %j', (line, command) => {
    expect(parseConsoleLine(line)).toEqual(command);
  });
});

describe('runConsole', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docent-console-'));
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('answers a plain question with the cited passage', async () => {
    const printed = await session(await storeFor(dir), ['who founded wahaha']);
    expect(printed).toMatch(/^Ask a question/);
    expect(printed).toContain('docent> ');
    expect(printed).toContain('Zong Qinghou, founder of Wahaha Group');
    expect(printed).toContain(`¶111, line 227 [${await articlePassageId(111)}]`);
  });

  it('runs each slash command as the bot would', async () => {
    const fifth = await articlePassageId(5);
    const printed = await session(await storeFor(dir), ['/figures investment', '/timeline 2012 2012', `/cite ${fifth}`, '/help', '/nope']);
    expect(printed).toContain('638.6 billion yuan');
    expect(printed).toContain('2012-11-15');
    expect(printed).toContain(`> [${fifth}]`);
    expect(printed).toMatch(/docent knows 1 document/);
    expect(printed).toContain('Unknown command "/nope"');
  });

  it('reloads, reporting what changed, and reports a broken file as kept back', async () => {
    const store = await storeFor(dir);
    await writeFile(join(dir, 'extra.md'), 'The lighthouse keeper logged 42 storms.');
    const reloaded = await session(store, ['/reload', 'lighthouse keeper']);
    expect(reloaded).toMatch(/Reloaded in \d+ ms\.\n• documents: 2 \(\+1 −0\)/);
    expect(reloaded).toContain('The lighthouse keeper logged 42 storms.');

    await writeFile(join(dir, 'broken.md'), '---\ntitle: [oops\n---\ntext');
    const failed = await session(store, ['/reload', 'who founded wahaha']);
    expect(failed).toMatch(/Reloaded in \d+ ms\.[^]*\nKept back broken\.md: not loaded, because\n {2}◦ broken\.md:\d+: front matter is not valid YAML/);
    expect(failed).toContain('Zong Qinghou');
  });

  it('stops at /quit', async () => {
    const printed = await session(await storeFor(dir), ['/quit', 'who founded wahaha']);
    expect(printed).not.toContain('Zong Qinghou');
  });
});
