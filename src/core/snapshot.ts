import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { knowledgeParts, type Knowledge, type KnowledgeParts } from './knowledge.ts';
import { moduleExtension } from './module-file.ts';
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from './options.ts';
import { STOP_WORDS } from './search/words.ts';
import type { KnowledgeDocument } from './types.ts';

/**
 * A snapshot saves what building the knowledge computes from the documents (passages, figures,
 * timeline, indexes), in a cache folder (`DATA_DIR`, never the knowledge folder: a docs repo must not
 * grow an untracked file), so a start or a shard can load instead of rebuilding.
 * It is keyed by a hash of the documents and of how they are indexed (the core's code, the stop
 * words, the engine's options): a snapshot whose key differs is stale and is never served; it is
 * rebuilt and replaced.
 */
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

/** Bump when the shape of the file itself changes. 2: the parts hold the engine's options; 3: a checksum of the parts follows the key. */
export const SNAPSHOT_FORMAT = 3;

/**
 * The core's own source is part of the key: a change to how text becomes passages, figures, dates or
 * index terms makes every snapshot stale, without anyone having to remember to say so.
 */
let coreFingerprint: string | undefined;
function fingerprintOfCore(): string {
  if (coreFingerprint === undefined) {
    const dir = dirname(fileURLToPath(import.meta.url));
    // The code that runs: the `.ts` files under tsx, the compiled `.js` files in dist/ (which holds no `.ts`).
    const extension = moduleExtension(import.meta.url);
    const hash = createHash('sha256');
    // Recursive: the stages live in subfolders.
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith(extension)).sort()) {
      hash.update(`${file}\u0000`).update(readFileSync(join(dir, file)));
    }
    coreFingerprint = hash.digest('hex');
  }
  return coreFingerprint;
}

/**
 * The file: `{"format":3,"key":"<documents and code>","checksum":"<sha256 of the parts' JSON>","parts":…}`,
 * written in that order. The key says which documents (paths, metadata, text) and which code it was
 * built from; the checksum covers every byte of the parts as written, so a snapshot edited by hand
 * (forged text, `text: null`) or cut short is told from a good one and rebuilt, never served.
 */
/**
 * The hash of the documents (paths, metadata, text) and of the indexing settings, among them the
 * engine's options in full (`buildKnowledge`'s, defaults filled in): knowledge built with other
 * options never reuses the snapshot.
 */
export function snapshotKey(documents: readonly KnowledgeDocument[], options: EngineOptions = DEFAULT_ENGINE_OPTIONS): string {
  const hash = createHash('sha256');
  // The stop words come from a package: a new version of its list changes the index terms.
  // Options keep the key order of the defaults (`mergeEngineOptions` builds them so), so equal options hash alike.
  hash.update(JSON.stringify({ format: SNAPSHOT_FORMAT, core: fingerprintOfCore(), stopWords: [...STOP_WORDS], options }));
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

const CHECKSUM = /^"checksum":"([0-9a-f]{64})","parts":/;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The parts' JSON of a snapshot file's text when it was saved for this key and its checksum holds, else null. */
function verifiedPartsJson(text: string, key: string): string | null {
  const header = snapshotHeader(key);
  if (!text.startsWith(header) || !text.endsWith('}')) return null;
  const rest = text.slice(header.length);
  const match = CHECKSUM.exec(rest);
  if (match === null) return null;
  const partsJson = rest.slice(match[0].length, -1);
  return sha256(partsJson) === match[1] ? partsJson : null;
}

/** True when the snapshot at `path` was saved for this key and is intact (its checksum holds). */
export async function snapshotMatches(path: string, key: string): Promise<boolean> {
  try {
    return verifiedPartsJson(await readFile(path, 'utf8'), key) !== null;
  } catch {
    return false;
  }
}

/** The saved parts for this key, or null when there is no snapshot, it is unreadable, stale, or altered. */
export async function readSnapshot(path: string, key: string): Promise<KnowledgeParts | null> {
  try {
    const partsJson = await readSnapshotJson(path, key);
    return partsJson === null ? null : (JSON.parse(partsJson) as KnowledgeParts);
  } catch {
    return null;
  }
}

/** The saved parts for this key as JSON text (verified, not parsed), or null as `readSnapshot`. */
export async function readSnapshotJson(path: string, key: string): Promise<string | null> {
  try {
    return verifiedPartsJson(await readFile(path, 'utf8'), key);
  } catch {
    return null;
  }
}

/** Saves the knowledge's parts under the key; written aside and renamed, so a reader never sees half a file. */
export async function writeSnapshot(path: string, key: string, knowledge: Knowledge): Promise<void> {
  await writeSnapshotJson(path, key, JSON.stringify(knowledgeParts(knowledge)));
}

/** `writeSnapshot` of parts already turned into JSON (`JSON.stringify(knowledgeParts(knowledge))`). */
export async function writeSnapshotJson(path: string, key: string, partsJson: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // Per thread as well as per process: two builds' worker threads never share a temporary file.
  const partial = `${path}.${process.pid}${threadId === 0 ? '' : `-${threadId}`}.tmp`;
  await writeFile(partial, `${snapshotHeader(key)}"checksum":"${sha256(partsJson)}","parts":${partsJson}}`);
  await rename(partial, path);
}

/** `writeSnapshot`'s temporary files: `<snapshot file>.<pid>.tmp`, or `<pid>-<thread>.tmp` from a build's worker thread. */
const TEMPORARY = /^snapshot-[0-9a-f]+\.json\.(\d+)(?:-\d+)?\.tmp$/;

/**
 * Removes the temporary files of snapshot writes that never finished (a process killed mid-write
 * leaves `snapshot-<id>.json.<pid>.tmp` in the data folder). A file whose process is still running is left alone: it
 * may be a shard or the manager writing now. Never throws: a file that cannot go stays.
 */
export async function removeStaleSnapshotTemporaries(dataDir: string = DEFAULT_DATA_DIR): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(dataDir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const pid = Number(TEMPORARY.exec(name)?.[1] ?? Number.NaN);
    if (!Number.isInteger(pid) || (pid !== process.pid && processIsRunning(pid))) continue;
    try {
      await unlink(join(dataDir, name));
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
