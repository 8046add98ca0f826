import { access, readdir, rm } from 'node:fs/promises';
import Database from 'better-sqlite3';
import { basename, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scopeFolder } from '../../src/admin/catalog.ts';
import { DATABASE_FILE } from '../../src/admin/database.ts';
import type { Admin } from '../../src/admin/open.ts';
import { snapshotPath } from '../../src/core/snapshot.ts';
import { bytesOf, citedDocuments, GUILD_A, GUILD_B, LIGHTHOUSE, LIGHTHOUSE_QUESTION, open, setUp, type Setup } from './helpers.ts';

let setup: Setup;
let admin: Admin;
beforeEach(async () => {
  setup = await setUp();
  admin = open(setup);
});
afterEach(async () => {
  admin.close();
  await rm(setup.root, { recursive: true, force: true });
});

const add = (guildId: string | null, fileName: string, text: string | Uint8Array, title?: string) =>
  admin.catalog.add({ guildId, fileName, bytes: typeof text === 'string' ? bytesOf(text) : text, addedBy: 'alice', ...(title === undefined ? {} : { title }) });

describe('the knowledge catalog', { timeout: 60_000 }, () => {
  it('serves a document added to one server in that server only, with what it added', async () => {
    const result = await add(GUILD_A, 'Lighthouse.md', LIGHTHOUSE);
    expect(result).toEqual({
      kind: 'added',
      record: { document: 'lighthouse', title: 'Lighthouse log', passages: 1, figures: 1, timeline: 1, hash: expect.stringMatching(/^[0-9a-f]{12}$/), addedAt: expect.any(String), addedBy: 'alice', scope: 'guild' },
    });
    expect(citedDocuments(await admin.catalog.knowledgeFor(GUILD_A), LIGHTHOUSE_QUESTION)).toEqual(['lighthouse']);
    expect(citedDocuments(await admin.catalog.knowledgeFor(GUILD_B), LIGHTHOUSE_QUESTION)).toEqual([]);
    expect(citedDocuments(await admin.catalog.knowledgeFor(null), LIGHTHOUSE_QUESTION)).toEqual([]);
    // The base still answers in the server that added its own.
    expect(citedDocuments(await admin.catalog.knowledgeFor(GUILD_A), 'when did the red boat set sail')).toEqual(['harbour']);
    expect(admin.catalog.list(GUILD_A).map((record) => [record.document, record.scope])).toEqual([
      ['harbour', 'base'],
      ['lighthouse', 'guild'],
    ]);
    expect(admin.catalog.list(GUILD_B).map((record) => record.document)).toEqual(['harbour']);
  });

  it('a document added to the base is served in every server', async () => {
    await add(null, 'lighthouse.txt', 'The lighthouse keeper logged 42 storms in 2021 on the Zhoushan coast.', 'Keeper notes');
    expect(citedDocuments(await admin.catalog.knowledgeFor(GUILD_B), LIGHTHOUSE_QUESTION)).toEqual(['lighthouse']);
    expect(admin.catalog.list(GUILD_B).find((record) => record.document === 'lighthouse')).toMatchObject({ title: 'Keeper notes', scope: 'base' });
  });

  it.each([
    // Made when the test runs: a 2 MB argument here would be copied into every test's name and report.
    ['an oversized file', 'big.md', () => `# Big\n\n${'word '.repeat(420_000)}`, /2\.0 MB, over the 2\.0 MB limit/],
    ['a binary file', 'photo.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary/],
    ['broken front matter', 'broken.md', '---\ntitle: [oops\n---\nThe lighthouse keeper logged 42 storms.', /line \d+: .*front matter|line \d+:/],
    ['another file type', 'notes.pdf', 'The lighthouse keeper logged 42 storms.', /only \.md, \.markdown, \.txt/],
    ['an empty file', 'empty.md', '', /empty/],
    ['an id the base has', 'harbour.md', 'The lighthouse keeper logged 42 storms.', /already in the base/],
  ])('refuses %s with the reason, and nothing changes', async (_, fileName, content, reason) => {
    await add(GUILD_A, 'lighthouse.md', LIGHTHOUSE);
    const before = { list: admin.catalog.list(GUILD_A), history: admin.catalog.history(GUILD_A), files: await readdir(scopeFolder(setup.dataDir, GUILD_A)) };
    const result = await add(GUILD_A, fileName, typeof content === 'function' ? content() : content);
    expect(result.kind).toBe('refused');
    expect(result.kind === 'refused' ? result.reason : '').toMatch(reason);
    expect({ list: admin.catalog.list(GUILD_A), history: admin.catalog.history(GUILD_A), files: await readdir(scopeFolder(setup.dataDir, GUILD_A)) }).toEqual(before);
    expect(citedDocuments(await admin.catalog.knowledgeFor(GUILD_A), LIGHTHOUSE_QUESTION)).toEqual(['lighthouse']);
  });

  it('removes a server\'s document: no longer cited nor listed, and the history says who did what', async () => {
    await add(GUILD_A, 'lighthouse.md', LIGHTHOUSE);
    expect(await admin.catalog.remove(GUILD_B, 'lighthouse', 'mallory')).toEqual({ kind: 'not-found' });
    expect(await admin.catalog.remove(GUILD_A, 'harbour', 'bob')).toEqual({ kind: 'not-found' });
    expect(await admin.catalog.remove(GUILD_A, 'lighthouse', 'bob')).toMatchObject({ kind: 'removed', record: { document: 'lighthouse' } });
    expect(citedDocuments(await admin.catalog.knowledgeFor(GUILD_A), LIGHTHOUSE_QUESTION)).toEqual([]);
    expect(admin.catalog.list(GUILD_A).map((record) => record.document)).toEqual(['harbour']);
    expect(await readdir(scopeFolder(setup.dataDir, GUILD_A))).toEqual([]);
    expect(admin.catalog.history(GUILD_A).map((entry) => [entry.action, entry.document, entry.by])).toEqual([
      ['removed', 'lighthouse', 'bob'],
      ['added', 'lighthouse', 'alice'],
    ]);
  });

  it('keeps at most N servers built, and rebuilds an evicted one when it is asked again', async () => {
    admin.close();
    admin = open(setup, { catalog: { guildsInMemory: 1 } });
    await add(GUILD_A, 'lighthouse.md', LIGHTHOUSE);
    await add(GUILD_B, 'ferry.md', '# Ferry\n\nThe night ferry to Putuo island carries 300 passengers.');
    const first = await admin.catalog.knowledgeFor(GUILD_A);
    expect(await admin.catalog.knowledgeFor(GUILD_A)).toBe(first);
    await admin.catalog.knowledgeFor(GUILD_B);
    const again = await admin.catalog.knowledgeFor(GUILD_A);
    expect(again).not.toBe(first);
    expect(citedDocuments(again, LIGHTHOUSE_QUESTION)).toEqual(['lighthouse']);
  });

  it('survives reopening, and a change made through another opening (another shard) is served at the next question', async () => {
    await add(GUILD_A, 'lighthouse.md', LIGHTHOUSE);
    admin.close();
    admin = open(setup);
    expect(citedDocuments(await admin.catalog.knowledgeFor(GUILD_A), LIGHTHOUSE_QUESTION)).toEqual(['lighthouse']);
    expect(admin.catalog.list(GUILD_A).map((record) => record.document)).toContain('lighthouse');

    const shard = open(setup);
    try {
      await shard.catalog.remove(GUILD_A, 'lighthouse', 'bob');
      expect(citedDocuments(await admin.catalog.knowledgeFor(GUILD_A), LIGHTHOUSE_QUESTION)).toEqual([]);
    } finally {
      shard.close();
    }
  });

  describe('stale files', () => {
    /** Every file under DATA_DIR but the database's own, relative to it. */
    const dataFiles = async (): Promise<string[]> =>
      (await readdir(setup.dataDir, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile() && !entry.name.startsWith('docent.sqlite'))
        .map((entry) => relative(setup.dataDir, `${entry.parentPath}/${entry.name}`))
        .sort();
    const snapshotOf = (guildId: string | null) => relative(setup.dataDir, snapshotPath(scopeFolder(setup.dataDir, guildId), setup.dataDir));
    const exists = (path: string) => access(`${setup.dataDir}/${path}`).then(() => true, () => false);
    let hostSnapshot: string;
    beforeEach(async () => {
      hostSnapshot = basename(snapshotPath(setup.knowledgeDir, setup.dataDir));
      expect(await dataFiles()).toEqual([hostSnapshot]);
    });

    it('leaves nothing of a server behind once its documents are removed: neither their files nor its snapshot', async () => {
      await add(GUILD_A, 'lighthouse.md', LIGHTHOUSE);
      await add(GUILD_A, 'ferry.md', '# Ferry\n\nThe night ferry to Putuo island carries 300 passengers.');
      expect(await dataFiles()).toEqual([hostSnapshot, 'guilds/111111111111111111/ferry.md', 'guilds/111111111111111111/lighthouse.md', snapshotOf(GUILD_A)].sort());

      // One removed: the snapshot held it, so it goes; the next question builds and saves the server's anew.
      await admin.catalog.remove(GUILD_A, 'ferry', 'bob');
      expect(await dataFiles()).toEqual([hostSnapshot, 'guilds/111111111111111111/lighthouse.md'].sort());
      expect(citedDocuments(await admin.catalog.knowledgeFor(GUILD_A), LIGHTHOUSE_QUESTION)).toEqual(['lighthouse']);
      expect(await exists(snapshotOf(GUILD_A))).toBe(true);

      // All removed: the server is answered from the base, and nothing of its own is left on disk.
      await admin.catalog.remove(GUILD_A, 'lighthouse', 'bob');
      expect(await dataFiles()).toEqual([hostSnapshot]);
      expect(citedDocuments(await admin.catalog.knowledgeFor(GUILD_A), 'when did the red boat set sail')).toEqual(['harbour']);
      expect(await dataFiles()).toEqual([hostSnapshot]);
    });

    it('drops every server\'s snapshot when the base changes (each holds the base), and the base\'s own once it has no documents', async () => {
      await add(GUILD_A, 'lighthouse.md', LIGHTHOUSE);
      await add(GUILD_B, 'ferry.md', '# Ferry\n\nThe night ferry to Putuo island carries 300 passengers.');
      expect(await exists(snapshotOf(GUILD_A))).toBe(true);
      expect(await exists(snapshotOf(GUILD_B))).toBe(true);

      await add(null, 'tides.md', '# Tides\n\nThe spring tide at Zhoushan rose 4 metres in 2020.');
      expect(await dataFiles()).toEqual([hostSnapshot, 'guilds/111111111111111111/lighthouse.md', 'guilds/222222222222222222/ferry.md', 'guilds/base/tides.md', snapshotOf(null)].sort());
      // Asked again, a server is built with the base's new document and saved again.
      expect(citedDocuments(await admin.catalog.knowledgeFor(GUILD_A), 'how high did the spring tide rise')).toEqual(['tides']);
      expect(await exists(snapshotOf(GUILD_A))).toBe(true);

      await admin.catalog.remove(null, 'tides', 'bob');
      expect(await dataFiles()).toEqual([hostSnapshot, 'guilds/111111111111111111/lighthouse.md', 'guilds/222222222222222222/ferry.md'].sort());
    });
  });

  it('a server answered from the base, its list read, sees a document another opening adds at the next question', async () => {
    // Asked and listed first, so what the catalog keeps between questions is in place.
    expect(citedDocuments(await admin.catalog.knowledgeFor(GUILD_B), LIGHTHOUSE_QUESTION)).toEqual([]);
    const before = admin.catalog.list(GUILD_B);
    expect(admin.catalog.list(GUILD_B)).toBe(before);
    const shard = open(setup);
    try {
      await shard.catalog.add({ guildId: GUILD_B, fileName: 'lighthouse.md', bytes: bytesOf(LIGHTHOUSE), addedBy: 'bob' });
      expect(citedDocuments(await admin.catalog.knowledgeFor(GUILD_B), LIGHTHOUSE_QUESTION)).toEqual(['lighthouse']);
      expect(admin.catalog.list(GUILD_B).map((record) => record.document)).toEqual(['harbour', 'lighthouse']);
      await shard.catalog.remove(GUILD_B, 'lighthouse', 'bob');
      expect(citedDocuments(await admin.catalog.knowledgeFor(GUILD_B), LIGHTHOUSE_QUESTION)).toEqual([]);
      expect(admin.catalog.list(GUILD_B).map((record) => record.document)).toEqual(['harbour']);
    } finally {
      shard.close();
    }
  });

  it('reads whether another process changed the database once a turn of the event loop, and sees a change from the next turn', async () => {
    expect(admin.catalog.list(GUILD_B).map((record) => record.document)).toEqual(['harbour']);
    // Another process's commit, made between two questions of one turn: a plain connection of its own to the file.
    const other = new Database(join(setup.dataDir, DATABASE_FILE));
    try {
      other.prepare("INSERT INTO documents (scope, document, file, title, hash, passages, figures, timeline, added_at, added_by) VALUES (?, 'ferry', 'ferry.md', 'Ferry', 'abc', 1, 0, 0, '2026-12-02T00:00:00.000Z', 'bob')").run(GUILD_B);
      other.prepare('INSERT INTO generations (scope, generation) VALUES (?, 1) ON CONFLICT (scope) DO UPDATE SET generation = generation + 1').run(GUILD_B);
    } finally {
      other.close();
    }
    // The turn that read the database goes on with what it read; the next one reads it again.
    expect(admin.catalog.list(GUILD_B).map((record) => record.document)).toEqual(['harbour']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(admin.catalog.list(GUILD_B).map((record) => record.document)).toEqual(['harbour', 'ferry']);
  });
});
