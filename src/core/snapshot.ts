import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import { deflateSync, inflateSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import type { Knowledge, KnowledgeParts } from './knowledge.ts';
import { knowledgeParts } from './restore.ts';
import { DEFAULT_DATA_DIR } from './data-dir.ts';
import { decodeParts, encodeParts } from './parts-codec.ts';
import { moduleExtension } from './module-file.ts';
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from './options.ts';
import { STOP_WORDS } from './search/words.ts';
import { IRREGULAR_FORMS_SOURCE } from './search/irregular.ts';
import type { KnowledgeDocument } from './types.ts';

/**
 * A snapshot saves what building the knowledge computes from the documents (passages, figures,
 * timeline, indexes), in a cache folder (`DATA_DIR`, never the knowledge folder: a docs repo must not
 * grow an untracked file), so a start or a shard can load instead of rebuilding.
 * It is keyed by a hash of the documents and of how they are indexed (the core's code, the stop
 * words, the engine's options): a snapshot whose key differs is stale and is never served; it is
 * rebuilt and replaced.
 */

/**
 * The snapshot file of a knowledge folder within the data folder: one per knowledge folder (named by a
 * hash of its absolute path), so two bots, or tests, with different folders never overwrite each other.
 */
export function snapshotPath(knowledgeDir: string, dataDir: string = DEFAULT_DATA_DIR): string {
  const id = createHash('sha256').update(resolve(knowledgeDir)).digest('hex').slice(0, 16);
  return join(resolve(dataDir), `snapshot-${id}.bin`);
}

/**
 * Bump when the shape of the file itself changes. 2: the parts hold the engine's options; 3: a checksum of
 * the parts follows the key; 4: binary, the search index's typed arrays written as they are (`parts-codec.ts`).
 */
export const SNAPSHOT_FORMAT = 4;

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
 * The file: a header line, `DOCENT-SNAPSHOT/4 <key> <sha256 of the body> <its inflated length>`, padded
 * with spaces, then the body: the parts (`encodeParts`) deflated. The key says which documents (paths, metadata, text) and which
 * code it was built from; the checksum covers every byte of the body, so a snapshot edited by hand (forged
 * text, `text: null`) or cut short is told from a good one and rebuilt, never served.
 *
 * Deflated (level 1): at 30,000 passages the parts are 3.6 bytes per byte of text (the passages' text and
 * their JSON, the figures' and dates' sentences, the postings), deflated 1.2, under the 2 of issue 13.
 * Inflating costs about as much CPU as parsing the JSON section (a few hundred ms each at 30k); the arrays
 * are then views of the inflated bytes, as of a file read whole.
 */
const DEFLATE_LEVEL = 1;

/**
 * The hash of the documents (paths, metadata, text) and of the indexing settings, among them the
 * engine's options in full (`buildKnowledge`'s, defaults filled in): knowledge built with other
 * options never reuses the snapshot.
 */
export function snapshotKey(documents: readonly KnowledgeDocument[], options: EngineOptions = DEFAULT_ENGINE_OPTIONS): string {
  const hash = createHash('sha256');
  // The stop words and the irregular forms come from packages: a new version of either list changes the index terms.
  // Options keep the key order of the defaults (`mergeEngineOptions` builds them so), so equal options hash alike.
  // The arrays are saved in the machine's byte order: a file from a machine of the other order is another key.
  hash.update(JSON.stringify({ format: SNAPSHOT_FORMAT, core: fingerprintOfCore(), stopWords: [...STOP_WORDS], irregular: IRREGULAR_FORMS_SOURCE, options, byteOrder: endianness() }));
  for (const document of documents) {
    hash.update(`\u0000${document.file}\u0000${document.slug}\u0000${JSON.stringify(document.meta)}\u0000${document.bodyLine}\u0000`);
    hash.update(document.body);
  }
  return hash.digest('hex');
}

const MAGIC = `DOCENT-SNAPSHOT/${SNAPSHOT_FORMAT}`;
/** Magic, key, checksum and the inflated length (up to 15 digits), with spaces between. */
const HEADER_BYTES = 8 * Math.ceil((MAGIC.length + 1 + 64 + 1 + 64 + 1 + 15 + 1) / 8);

/** The header line for a key, a body checksum and the body's inflated length, `HEADER_BYTES` long. */
function snapshotHeader(key: string, checksum: string, inflatedLength: number): Buffer {
  return Buffer.from(`${MAGIC} ${key} ${checksum} ${inflatedLength}`.padEnd(HEADER_BYTES - 1, ' ') + '\n', 'latin1');
}

/**
 * The body (deflated) of a snapshot file's bytes and its inflated length when it was saved for this key and
 * its checksum holds, else null.
 */
function verifiedBody(file: Buffer, key: string): { body: Buffer; inflatedLength: number } | null {
  if (file.length < HEADER_BYTES) return null;
  const [magic, savedKey, checksum, length] = file.subarray(0, HEADER_BYTES).toString('latin1').trimEnd().split(' ');
  const inflatedLength = Number(length);
  if (magic !== MAGIC || savedKey !== key || checksum === undefined || !Number.isSafeInteger(inflatedLength)) return null;
  const body = file.subarray(HEADER_BYTES);
  return createHash('sha256').update(body).digest('hex') === checksum ? { body, inflatedLength } : null;
}

/** The saved parts for this key, or null when there is no snapshot, it is unreadable, stale, or altered. */
export async function readSnapshot(path: string, key: string): Promise<KnowledgeParts | null> {
  try {
    return snapshotPartsOf(await readFile(path), key);
  } catch {
    return null;
  }
}

/**
 * The parts in a snapshot file's bytes, or null when they were not saved for this key or were altered;
 * the search index's arrays are views of `file`. Throws when the bytes are intact but not parts (a bug).
 */
export function snapshotPartsOf(file: Buffer, key: string): KnowledgeParts | null {
  const verified = verifiedBody(file, key);
  if (verified === null) return null;
  // Inflated in one piece of the length it was saved with: a third faster than in 16 KB chunks joined after.
  // The length is not under the checksum: one no deflated body could reach is not allocated.
  const chunkSize = Math.max(64, Math.min(verified.inflatedLength, verified.body.length * 64));
  return decodeParts(inflateSync(verified.body, { chunkSize }));
}

/** A snapshot file's bytes: the parts under the key. */
export function snapshotBytes(key: string, parts: KnowledgeParts): Buffer {
  const inflated = Buffer.concat(encodeParts(parts));
  const body = deflateSync(inflated, { level: DEFLATE_LEVEL });
  return Buffer.concat([snapshotHeader(key, createHash('sha256').update(body).digest('hex'), inflated.length), body]);
}

/** Saves the knowledge's parts under the key; written aside and renamed, so a reader never sees half a file. */
export async function writeSnapshot(path: string, key: string, knowledge: Knowledge): Promise<void> {
  await writeSnapshotParts(path, key, knowledgeParts(knowledge));
}

/** `writeSnapshot` of the parts. */
export async function writeSnapshotParts(path: string, key: string, parts: KnowledgeParts): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // Per thread as well as per process: two builds' worker threads never share a temporary file.
  const partial = `${path}.${process.pid}${threadId === 0 ? '' : `-${threadId}`}.tmp`;
  await writeFile(partial, snapshotBytes(key, parts));
  await rename(partial, path);
}
