import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, open, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { knowledgeParts, type Knowledge, type KnowledgeParts } from './knowledge.ts';
import { STOP_WORDS } from './search/words.ts';
import type { KnowledgeDocument } from './types.ts';

/**
 * A snapshot saves what building the knowledge computes from the documents (passages, figures,
 * timeline, indexes), in a cache folder (`DATA_DIR`, never the knowledge folder: a docs repo must not
 * grow an untracked file), so a start or a shard can load instead of rebuilding.
 * It is keyed by a hash of the documents and of how they are indexed (the core's code, the stop
 * words): a snapshot whose key differs
 * is stale and is never served; it is rebuilt and replaced.
 */
export const SNAPSHOT_FILE = '.docent-snapshot.json';

/** Where snapshots go when `DATA_DIR` is not set: `.docent/` in the working directory (git-ignored). */
export const DEFAULT_DATA_DIR = '.docent';

/**
 * The snapshot file of a knowledge folder within the data folder: one per knowledge folder (named by a
 * hash of its absolute path), so two bots, or tests, with different folders never overwrite each other.
 */
export function snapshotPath(knowledgeDir: string, dataDir: string = DEFAULT_DATA_DIR): string {
  const id = createHash('sha256').update(resolve(knowledgeDir)).digest('hex').slice(0, 16);
  return join(resolve(dataDir), `snapshot-${id}.json`);
}

/** Bump when the shape of the file itself changes. */
export const SNAPSHOT_FORMAT = 1;

/**
 * The core's own source is part of the key: a change to how text becomes passages, figures, dates or
 * index terms makes every snapshot stale, without anyone having to remember to say so.
 */
let coreFingerprint: string | undefined;
function fingerprintOfCore(): string {
  if (coreFingerprint === undefined) {
    const dir = dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    // Recursive: the stages live in subfolders.
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts')).sort()) {
      hash.update(`${file}\u0000`).update(readFileSync(join(dir, file)));
    }
    coreFingerprint = hash.digest('hex');
  }
  return coreFingerprint;
}

interface SnapshotFile {
  readonly format: number;
  readonly key: string;
  readonly parts: KnowledgeParts;
}

/** The hash of the documents (paths, metadata, text) and of the indexing settings. */
export function snapshotKey(documents: readonly KnowledgeDocument[]): string {
  const hash = createHash('sha256');
  // The stop words come from a package: a new version of its list changes the index terms.
  hash.update(JSON.stringify({ format: SNAPSHOT_FORMAT, core: fingerprintOfCore(), stopWords: [...STOP_WORDS] }));
  for (const document of documents) {
    hash.update(`\u0000${document.file}\u0000${document.slug}\u0000${JSON.stringify(document.meta)}\u0000${document.bodyLine}\u0000`);
    hash.update(document.body);
  }
  return hash.digest('hex');
}

/** How a snapshot file starts: its format and key come first, so a stale one is told apart without parsing it. */
function snapshotHeader(key: string): string {
  return `{"format":${SNAPSHOT_FORMAT},"key":"${key}",`;
}

/** True when the snapshot at `path` was saved for this key; reads only the file's first bytes. */
export async function snapshotMatches(path: string, key: string): Promise<boolean> {
  const header = snapshotHeader(key);
  try {
    const file = await open(path, 'r');
    try {
      const { buffer, bytesRead } = await file.read(Buffer.alloc(header.length), 0, header.length, 0);
      return buffer.toString('utf8', 0, bytesRead) === header;
    } finally {
      await file.close();
    }
  } catch {
    return false;
  }
}

/** The saved parts for this key, or null when there is no snapshot, it is unreadable, or it is stale. */
export async function readSnapshot(path: string, key: string): Promise<KnowledgeParts | null> {
  try {
    const text = await readFile(path, 'utf8');
    if (!text.startsWith(snapshotHeader(key))) return null;
    const saved = JSON.parse(text) as Partial<SnapshotFile>;
    return saved.parts ?? null;
  } catch {
    return null;
  }
}

/** Saves the knowledge's parts under the key; written aside and renamed, so a reader never sees half a file. */
export async function writeSnapshot(path: string, key: string, knowledge: Knowledge): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.tmp`;
  // Key order matters: `snapshotHeader` reads the format and key from the file's first bytes.
  const snapshot: SnapshotFile = { format: SNAPSHOT_FORMAT, key, parts: knowledgeParts(knowledge) };
  await writeFile(partial, JSON.stringify(snapshot));
  await rename(partial, path);
}
