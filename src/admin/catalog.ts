import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Logger } from 'pino';
import { parseDocument, readKnowledgeDir, slugOf } from '../core/documents/load.ts';
import { buildInWorker, partsOfPieces } from '../core/build.ts';
import type { Knowledge } from '../core/knowledge.ts';
import { restoreKnowledgeAsync } from '../core/restore.ts';
import { snapshotPath } from '../core/snapshot.ts';
import type { KnowledgeStore } from '../core/store.ts';
import type { KnowledgeDocument } from '../core/types.ts';
import { scopeKey, UNAVAILABLE, type AdminDatabase, type Session } from './database.ts';
import { ADDABLE_EXTENSIONS, DEFAULT_CATALOG_OPTIONS, type CatalogOptions } from './options.ts';
import type { AddRequest, AddResult, DocumentRecord, GuildScope, HistoryEntry, KnowledgeCatalog, RemoveResult } from './types.ts';

/**
 * Knowledge per server (issue #14). The base is the host's `knowledge/` (the `KnowledgeStore` in
 * service, reloaded by /reload) plus the documents admins added to the base; a server's knowledge is
 * the base plus its own added documents, built the first time that server asks, kept for at most
 * `guildsInMemory` servers (least recently used evicted) and snapshotted, so a server asked again after
 * an eviction, or after a restart, is restored rather than rebuilt. A server with no documents of its
 * own is served the base itself: no copy, no build.
 *
 * Added documents' bytes are files: `DATA_DIR/guilds/<guild id>/<slug>.<ext>` (`guilds/base/` for the
 * base); the database holds their hash, title, counts, who added them and when, the history, and a
 * generation per scope that every change bumps. Each use of a knowledge compares the generations it was
 * built at with the database's (one indexed read), so a document one shard adds is served by every
 * shard at the next question; if the database is unavailable, what is built keeps serving.
 */

/** The folder of a scope's added documents. A guild id is digits: anything else (`../..`) never becomes a path. */
export function scopeFolder(dataDir: string, guildId: GuildScope): string {
  if (guildId !== null && !/^\d{1,20}$/.test(guildId)) throw new Error(`not a server id: ${JSON.stringify(guildId)}`);
  return join(resolve(dataDir), 'guilds', scopeKey(guildId));
}

interface Built {
  readonly knowledge: Knowledge;
  readonly at: Date;
  /** What it was built from: the host's knowledge object and the generations of the base and the scope. */
  readonly host: Knowledge;
  readonly generations: string;
}

interface DocumentRow {
  readonly document: string;
  readonly file: string;
  readonly title: string;
  readonly hash: string;
  readonly passages: number;
  readonly figures: number;
  readonly timeline: number;
  readonly added_at: string;
  readonly added_by: string;
}

export interface CatalogDeps {
  readonly dataDir: string;
  /** The host's knowledge folder, to hash its files for `list`. */
  readonly knowledgeDir: string;
  /** The host's knowledge in service. */
  readonly host: KnowledgeStore;
  readonly database: AdminDatabase;
  readonly logger: Logger;
  readonly options?: Partial<CatalogOptions>;
  readonly now?: () => Date;
}

const shortHash = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex').slice(0, 12);

export function openCatalog(deps: CatalogDeps): KnowledgeCatalog {
  const options: CatalogOptions = { ...DEFAULT_CATALOG_OPTIONS, ...deps.options };
  const now = deps.now ?? (() => new Date());
  const { database, host, logger } = deps;
  /** Built knowledge by scope key, least recently used first (a Map keeps insertion order). */
  const built = new Map<string, Built>();
  /**
   * Scopes served the host's knowledge itself (no documents added to them or to the base), by scope key, at
   * the generations that showed it: until these change, a question needs no look at the documents table.
   */
  const servedFromBase = new Map<string, Built>();
  /** What `list` gave for a scope, at a host knowledge and the generations: answers name their documents' provenance from it. */
  const listed = new Map<string, { readonly host: Knowledge; readonly generations: string; readonly records: readonly DocumentRecord[] }>();
  const building = new Map<string, Promise<Built>>();
  /** The host documents' records, worked out once per host knowledge (hashing reads the files). */
  const hostRecords = new WeakMap<Knowledge, DocumentRecord[]>();

  const rows = (guildId: GuildScope): DocumentRow[] | typeof UNAVAILABLE =>
    database.attempt('list documents', (db) => db.statement('SELECT * FROM documents WHERE scope = ? ORDER BY document').all(scopeKey(guildId)) as DocumentRow[]);

  /**
   * The generations read so far, by scope key, and SQLite's `data_version` when they were read: it moves
   * when another connection (another shard, the CLI) commits, so while it stands still they are still
   * true. This catalog's own changes do not move it on its own connection: `bump` forgets them instead.
   */
  let generationsSeen: { version: number; byScope: Map<string, string> } = { version: -1, byScope: new Map() };
  /**
   * Whether `data_version` was read in this turn of the event loop. A question asks twice (its knowledge, its
   * provenance) and the questions of one gateway read share a turn: within it one read stands for all. Another
   * process's commit is seen from the next turn, as it would be had it come a moment later; a turn is the span of
   * one synchronous run, a millisecond or so.
   */
  let versionReadThisTurn = false;
  const bump = (db: Session, scope: string): void => {
    generationsSeen = { version: -1, byScope: new Map() };
    versionReadThisTurn = false;
    bumpGeneration(db, scope);
  };

  /**
   * The generations a scope's knowledge depends on ("base:guild"), or null when the database cannot say.
   * Asked twice on every question (its knowledge, its provenance): one pragma step a turn of the event loop, and
   * an indexed read only when the database changed since, so what is cached below is checked without reading a
   * table.
   */
  const generationsOf = (guildId: GuildScope): string | null => {
    const key = scopeKey(guildId);
    const read = database.attempt('read generations', (db) => {
      if (!versionReadThisTurn) {
        const version = db.statement('PRAGMA data_version').pluck().get() as number;
        if (version !== generationsSeen.version) generationsSeen = { version, byScope: new Map() };
        versionReadThisTurn = true;
        setImmediate(() => {
          versionReadThisTurn = false;
        });
      }
      const seen = generationsSeen.byScope.get(key);
      if (seen !== undefined) return seen;
      const found = db.statement('SELECT scope, generation FROM generations WHERE scope IN (\'base\', ?)').all(key) as { scope: string; generation: number }[];
      const of = (scope: string) => found.find((row) => row.scope === scope)?.generation ?? 0;
      const generations = `${of('base')}:${guildId === null ? '' : of(guildId)}`;
      keepBounded(generationsSeen.byScope, key, generations);
      return generations;
    });
    return read === UNAVAILABLE ? null : read;
  };

  const recordsOfHost = (knowledge: Knowledge): DocumentRecord[] => {
    let records = hostRecords.get(knowledge);
    if (records === undefined) {
      const addedAt = host.loadedAt().toISOString();
      records = knowledge.documents.map((document) => {
        let hash: string;
        try {
          hash = shortHash(readFileSync(join(deps.knowledgeDir, document.file)));
        } catch {
          // Gone since it was loaded: what is served is its text.
          hash = shortHash(document.body);
        }
        return { document: document.slug, title: document.meta.title, ...countsOf(knowledge, document.slug), hash, addedAt, addedBy: 'knowledge/', scope: 'base' as const };
      });
      hostRecords.set(knowledge, records);
      recordReloads(records);
    }
    return records;
  };

  /**
   * Writes a `reloaded` history entry for each host document whose hash is not the one last recorded:
   * every shard sees the same reload, so the check and the write are one transaction, written once.
   */
  const recordReloads = (records: readonly DocumentRecord[]): void => {
    database.attempt('record a reload', (db) =>
      db.transaction(() => {
        for (const record of records) {
          const last = db.statement('SELECT hash FROM history WHERE scope = \'base\' AND document = ? ORDER BY id DESC LIMIT 1').get(record.document) as { hash: string } | undefined;
          if (last?.hash === record.hash) continue;
          db.statement('INSERT INTO history (scope, action, document, hash, by, at) VALUES (\'base\', \'reloaded\', ?, ?, \'knowledge/\', ?)').run(record.document, record.hash, record.addedAt);
        }
      }),
    );
  };

  /** A scope's added documents as loaded from its folder, with the titles admins gave them. */
  const addedDocuments = async (guildId: GuildScope): Promise<KnowledgeDocument[]> => {
    const loaded = await readKnowledgeDir(scopeFolder(deps.dataDir, guildId));
    const titles = rows(guildId);
    const titleOf = new Map(titles === UNAVAILABLE ? [] : titles.map((row) => [row.document, row.title]));
    return loaded.documents.map((document) => {
      const title = titleOf.get(document.slug);
      return title === undefined ? document : { ...document, meta: { ...document.meta, title } };
    });
  };

  /** The documents of a scope's knowledge: the host's, the base's added ones, then the server's; a slug taken earlier wins. */
  const documentsOf = async (guildId: GuildScope, hostKnowledge: Knowledge): Promise<KnowledgeDocument[]> => {
    const layers = [hostKnowledge.documents, await addedDocuments(null), ...(guildId === null ? [] : [await addedDocuments(guildId)])];
    const seen = new Set<string>();
    const documents: KnowledgeDocument[] = [];
    for (const document of layers.flat()) {
      if (seen.has(document.slug)) {
        logger.warn({ document: document.slug, guildId }, 'an added document has the id of a base document; the base one is served');
        continue;
      }
      seen.add(document.slug);
      documents.push(document);
    }
    return documents;
  };

  /**
   * A scope's knowledge: restored from its snapshot when it was saved for exactly these documents, else
   * built and the snapshot saved. Both happen in a worker thread (`buildInWorker`, as the host's
   * reloads): a build takes seconds for a large server, and on this thread it would stall every
   * server's answers and the gateway's heartbeat. Only the restore of the parts runs here, in steps.
   */
  const buildScope = async (guildId: GuildScope, documents: readonly KnowledgeDocument[], hostKnowledge: Knowledge): Promise<Knowledge> => {
    const result = await buildInWorker(
      { dir: scopeFolder(deps.dataDir, guildId), dataDir: deps.dataDir, options: hostKnowledge.options, inService: [], returnParts: true, documents },
      options.buildMemoryMb,
    );
    if (result.kind !== 'ready' || result.parts === null) throw new Error(result.kind === 'crashed' ? result.message : 'nothing to build');
    if (result.unsaved !== null) logger.warn({ guildId, reason: result.unsaved }, 'could not save a server\'s snapshot; it is rebuilt next time');
    return restoreKnowledgeAsync(result.documents, await partsOfPieces(result.parts), hostKnowledge.lexicon);
  };

  /**
   * Deletes snapshots a change made stale. A stale snapshot is never served (its key no longer
   * matches), but nothing else would delete it: a server whose documents are all removed is served the
   * base and never builds again, and one that is never asked again keeps its last file. One file per
   * scope, so this is one unlink each.
   */
  const dropSnapshots = (scopes: readonly GuildScope[]): Promise<unknown> =>
    Promise.all(scopes.map((scope) => unlink(snapshotPath(scopeFolder(deps.dataDir, scope), deps.dataDir)).catch(() => undefined)));

  /** The servers whose snapshots a change of `guildId` makes stale besides its own: after the base's, every server with a folder (each holds the base). */
  const holdersOf = async (guildId: GuildScope): Promise<string[]> =>
    guildId === null ? (await readdir(join(resolve(deps.dataDir), 'guilds')).catch(() => [])).filter((name) => /^\d{1,20}$/.test(name)) : [];

  /** Runs a change of a scope after the one before it: two adds at once in one server never interleave. */
  const changes = new Map<string, Promise<unknown>>();
  const inTurn = <T>(guildId: GuildScope, change: () => Promise<T>): Promise<T> => {
    const key = scopeKey(guildId);
    const next = (changes.get(key) ?? Promise.resolve()).then(change, change);
    const settled = next.catch(() => undefined);
    changes.set(key, settled);
    void settled.then(() => {
      if (changes.get(key) === settled) changes.delete(key);
    });
    return next;
  };

  const hasAdded = (guildId: GuildScope): boolean => {
    const found = rows(guildId);
    // Unknown without the database: look at what is built, else assume the folder may hold some.
    return found === UNAVAILABLE ? true : found.length > 0;
  };

  const remember = (key: string, entry: Built): void => {
    built.delete(key);
    built.set(key, entry);
    while (built.size > options.guildsInMemory) {
      const oldest = built.keys().next().value as string;
      built.delete(oldest);
      logger.debug({ scope: oldest }, 'server knowledge evicted (least recently used)');
    }
  };

  const current = async (guildId: GuildScope): Promise<Built> => {
    const hostKnowledge = host.current();
    recordsOfHost(hostKnowledge);
    const key = scopeKey(guildId);
    const generations = generationsOf(guildId);
    const cached = built.get(key);
    if (cached !== undefined && cached.host === hostKnowledge && (generations === null || cached.generations === generations)) {
      remember(key, cached);
      return cached;
    }
    const fromBase = servedFromBase.get(key);
    if (fromBase !== undefined && fromBase.host === hostKnowledge && fromBase.generations === generations) return fromBase;
    // A server without documents of its own, or the base without added ones: the knowledge in service itself.
    if (!hasAdded(null) && (guildId === null || !hasAdded(guildId))) {
      const entry: Built = { knowledge: hostKnowledge, at: host.loadedAt(), host: hostKnowledge, generations: generations ?? '' };
      if (generations !== null) keepBounded(servedFromBase, key, entry);
      return entry;
    }
    let pending = building.get(key);
    if (pending === undefined) {
      pending = (async () => {
        try {
          const entry: Built = { knowledge: await buildScope(guildId, await documentsOf(guildId, hostKnowledge), hostKnowledge), at: now(), host: hostKnowledge, generations: generations ?? '' };
          remember(key, entry);
          return entry;
        } catch (error) {
          // The server is answered from the base meanwhile; the next question tries again.
          logger.error({ err: error, guildId }, 'building a server\'s knowledge failed; answering from the base');
          return { knowledge: hostKnowledge, at: host.loadedAt(), host: hostKnowledge, generations: '' };
        }
      })().finally(() => building.delete(key));
      building.set(key, pending);
    }
    return pending;
  };

  const recordsOfScope = (guildId: GuildScope): DocumentRecord[] => {
    const found = rows(guildId);
    return found === UNAVAILABLE ? [] : found.map((row) => recordOfRow(guildId, row));
  };

  const refuse = (reason: string): AddResult => ({ kind: 'refused', reason });

  const add = async (request: AddRequest): Promise<AddResult> => {
    const extension = extname(request.fileName).toLowerCase();
    if (!ADDABLE_EXTENSIONS.includes(extension)) return refuse(`only ${ADDABLE_EXTENSIONS.join(', ')} files can be added; "${request.fileName}" is not one`);
    if (request.bytes.byteLength > options.maxDocumentBytes) {
      return refuse(`the file is ${formatBytes(request.bytes.byteLength)}, over the ${formatBytes(options.maxDocumentBytes)} limit`);
    }
    const slug = slugOf(request.fileName);
    const file = `${slug}${extension}`;
    const parsed = parseDocument(file, request.bytes);
    if ('problems' in parsed) {
      return refuse(parsed.problems.map((problem) => `${problem.line === undefined ? '' : `line ${problem.line}: `}${problem.message}`).join('; '));
    }
    const hostKnowledge = host.current();
    // A server's document may not take a base document's id (its passages' ids would clash); the base's may replace its own.
    const baseAdded = request.guildId === null ? [] : rows(null);
    const base = new Set([...hostKnowledge.documents.map((candidate) => candidate.slug), ...(baseAdded === UNAVAILABLE ? [] : baseAdded.map((row) => row.document))]);
    if (base.has(slug)) return refuse(`a document with the id "${slug}" is already in the base; rename the file`);
    // Without the database nothing can be recorded, so nothing is built or written.
    if (rows(request.guildId) === UNAVAILABLE) return refuse('the database is unavailable, so nothing was added; try again later');

    const title = request.title?.trim() || parsed.document.meta.title;
    const document: KnowledgeDocument = { ...parsed.document, meta: { ...parsed.document.meta, title } };
    const others = (await documentsOf(request.guildId, hostKnowledge)).filter((candidate) => candidate.slug !== slug);
    let knowledge: Knowledge;
    try {
      knowledge = await buildScope(request.guildId, [...others, document], hostKnowledge);
    } catch (error) {
      logger.error({ err: error, guildId: request.guildId }, 'indexing an added document failed');
      return refuse(`it could not be indexed (${error instanceof Error ? error.message : String(error)})`);
    }
    const hash = shortHash(request.bytes);
    const record: DocumentRecord = {
      document: slug,
      title,
      ...countsOf(knowledge, slug),
      hash,
      addedAt: now().toISOString(),
      addedBy: request.addedBy,
      scope: request.guildId === null ? 'base' : 'guild',
    };

    const folder = scopeFolder(deps.dataDir, request.guildId);
    await mkdir(folder, { recursive: true });
    const partial = join(folder, `.${file}.${process.pid}.tmp`);
    await writeFile(partial, request.bytes);
    const written = database.attempt('add a document', (db) =>
      db.transaction(() => {
        const scope = scopeKey(request.guildId);
        // A file of the same id with another extension is replaced, not kept beside it.
        const previous = db.statement('SELECT file FROM documents WHERE scope = ? AND document = ?').get(scope, slug) as { file: string } | undefined;
        db.statement(
          `INSERT INTO documents (scope, document, file, title, hash, passages, figures, timeline, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (scope, document) DO UPDATE SET file = excluded.file, title = excluded.title, hash = excluded.hash, passages = excluded.passages,
             figures = excluded.figures, timeline = excluded.timeline, added_at = excluded.added_at, added_by = excluded.added_by`,
        ).run(scope, slug, file, title, hash, record.passages, record.figures, record.timeline, record.addedAt, record.addedBy);
        db.statement('INSERT INTO history (scope, action, document, hash, by, at) VALUES (?, \'added\', ?, ?, ?, ?)').run(scope, slug, hash, record.addedBy, record.addedAt);
        bump(db, scope);
        return previous?.file;
      }),
    );
    if (written === UNAVAILABLE) {
      await unlink(partial).catch(() => undefined);
      // The build saved a snapshot holding the document that was not added.
      await dropSnapshots([request.guildId]);
      return refuse('the database is unavailable, so nothing was added; try again later');
    }
    if (written !== undefined && written !== file) await unlink(join(folder, written)).catch(() => undefined);
    await rename(partial, join(folder, file));
    // The scope's own snapshot its build has just written anew; an add to the base leaves the servers' stale.
    await dropSnapshots(await holdersOf(request.guildId));
    // Served at once here; other shards see the new generation at their next question.
    const generations = generationsOf(request.guildId);
    if (generations === null) built.delete(scopeKey(request.guildId));
    else remember(scopeKey(request.guildId), { knowledge, at: now(), host: hostKnowledge, generations });
    return { kind: 'added', record };
  };

  const remove = async (guildId: GuildScope, document: string, by: string): Promise<RemoveResult> => {
    const at = now().toISOString();
    const removed = database.attempt('remove a document', (db) =>
      db.transaction(() => {
        const scope = scopeKey(guildId);
        const row = db.statement('SELECT * FROM documents WHERE scope = ? AND document = ?').get(scope, document) as DocumentRow | undefined;
        if (row === undefined) return undefined;
        db.statement('DELETE FROM documents WHERE scope = ? AND document = ?').run(scope, document);
        db.statement('INSERT INTO history (scope, action, document, hash, by, at) VALUES (?, \'removed\', ?, ?, ?, ?)').run(scope, document, row.hash, by, at);
        bump(db, scope);
        return row;
      }),
    );
    if (removed === UNAVAILABLE || removed === undefined) return { kind: 'not-found' };
    await unlink(join(scopeFolder(deps.dataDir, guildId), removed.file)).catch(() => undefined);
    await dropSnapshots([guildId, ...(await holdersOf(guildId))]);
    built.delete(scopeKey(guildId));
    return { kind: 'removed', record: recordOfRow(guildId, removed) };
  };

  return {
    async knowledgeFor(guildId) {
      return (await current(guildId)).knowledge;
    },
    indexedAt(guildId) {
      return built.get(scopeKey(guildId))?.at ?? host.loadedAt();
    },
    add: (request: AddRequest) => inTurn(request.guildId, () => add(request)),
    remove: (guildId, document, by) => inTurn(guildId, () => remove(guildId, document, by)),
    list(guildId) {
      const hostKnowledge = host.current();
      const key = scopeKey(guildId);
      // Read before the rows: a change between the two only costs one more read next time.
      const generations = generationsOf(guildId);
      const cached = listed.get(key);
      if (generations !== null && cached !== undefined && cached.host === hostKnowledge && cached.generations === generations) return cached.records;
      const records = [...recordsOfHost(hostKnowledge), ...recordsOfScope(null), ...(guildId === null ? [] : recordsOfScope(guildId))];
      if (generations !== null) keepBounded(listed, key, { host: hostKnowledge, generations, records });
      return records;
    },
    history(guildId) {
      const entries = database.attempt('read the history', (db) =>
        db.statement('SELECT action, document, hash, by, at FROM history WHERE scope = ? ORDER BY id DESC LIMIT 500').all(scopeKey(guildId)) as HistoryEntry[],
      );
      return entries === UNAVAILABLE ? [] : entries;
    },
  };
}

/**
 * How many scopes the per-scope caches above hold (an entry is a few small strings and references):
 * past it they start again, so a bot in very many servers keeps those asked since, not every one it ever saw.
 */
const CACHED_SCOPES = 10_000;

function keepBounded<T>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size >= CACHED_SCOPES) cache.clear();
  cache.set(key, value);
}

function recordOfRow(guildId: GuildScope, row: DocumentRow): DocumentRecord {
  return {
    document: row.document,
    title: row.title,
    passages: row.passages,
    figures: row.figures,
    timeline: row.timeline,
    hash: row.hash,
    addedAt: row.added_at,
    addedBy: row.added_by,
    scope: guildId === null ? 'base' : 'guild',
  };
}

/** How many passages, figures and dated entries a document has in a knowledge. */
function countsOf(knowledge: Knowledge, slug: string): { passages: number; figures: number; timeline: number } {
  const ofDocument = (passageId: string) => passageId.slice(0, passageId.lastIndexOf('#')) === slug;
  return {
    passages: knowledge.passages.filter((passage) => passage.citation.document === slug).length,
    figures: knowledge.figures.filter((figure) => ofDocument(figure.passageId)).length,
    timeline: knowledge.timeline.filter((entry) => ofDocument(entry.passageId)).length,
  };
}

function bumpGeneration(db: Session, scope: string): void {
  db.statement('INSERT INTO generations (scope, generation) VALUES (?, 1) ON CONFLICT (scope) DO UPDATE SET generation = generation + 1').run(scope);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
