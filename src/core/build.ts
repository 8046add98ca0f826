import { Worker } from 'node:worker_threads';
import { readKnowledgeDir } from './documents/load.ts';
import { buildKnowledge, knowledgeParts, nextTurn, restoreKnowledge, type KnowledgeParts } from './knowledge.ts';
import { moduleExtension } from './module-file.ts';
import type { EngineOptions } from './options.ts';
import type { Lexicon } from './search/lexicon.ts';
import { joinArrays, splitArrays, type ArrayPath, type TypedArray } from './parts-codec.ts';
import { readSnapshot, snapshotKey, snapshotPath, writeSnapshotParts } from './snapshot.ts';
import type { KnowledgeDocument, Problem } from './types.ts';

/**
 * Building the knowledge of a large folder takes seconds to tens of seconds of CPU (a 19.5 MB document
 * took 41 s). Done on the main thread it froze every answer, the health endpoint and the gateway's
 * heartbeat; so a build runs in a worker thread, with a memory cap, and hands the main thread only
 * what is cheap to take in: the documents, the search index's typed arrays (their buffers transferred,
 * taken as they are), and the rest of the parts as JSON in pieces, which the main thread parses a piece a
 * turn and restores (`restoreKnowledgeAsync`, yielding as the small indexes load) — a fraction of a build,
 * in steps. The old knowledge serves meanwhile.
 */

/** The worker thread's heap cap (V8 old generation) unless told otherwise: a 20 MB document builds within it. */
export const DEFAULT_BUILD_MEMORY_MB = 2048;

/**
 * The worker thread's entry. Compiled (`dist/`), `build-worker.js` itself. As TypeScript, JavaScript that
 * registers tsx and then runs `build-worker.ts`, so it works under `tsx`, under vitest and under plain
 * node alike (a worker does not inherit `--import tsx`).
 */
const BUILD_ENTRY = new URL(moduleExtension(import.meta.url) === '.ts' ? './build-worker.mjs' : './build-worker.js', import.meta.url);

/**
 * A file a reload could not take, with its problems: the version loaded before stays in service
 * (`kept: 'previous'`) or, for a file never loaded, nothing does (`kept: 'nothing'`).
 */
export interface KeptBack {
  readonly file: string;
  readonly kept: 'previous' | 'nothing';
  readonly problems: readonly Problem[];
}

/**
 * The knowledge's parts as the worker sends them: the search index's typed arrays, each with its path and
 * a buffer of its own, and the rest as JSON in pieces of at most a few thousand items (`piecesOf`), each
 * with its path: the main thread parses one piece a turn of its event loop, never all at once.
 */
export interface PartsPieces {
  readonly pieces: readonly (readonly [path: string, json: Uint8Array])[];
  readonly arrays: readonly (readonly [ArrayPath, TypedArray])[];
}

/**
 * The buffers of the pieces and arrays, to transfer rather than copy: a message of 200 MB of strings is
 * copied whole on the main thread as it arrives (seconds for a 20 MB document); transferred buffers are not.
 */
export function transferablesOf(outcome: BuildOutcome): ArrayBuffer[] {
  if (outcome.kind !== 'ready' || outcome.parts === null) return [];
  const { pieces, arrays } = outcome.parts;
  return [...new Set([...pieces.map(([, json]) => json.buffer as ArrayBuffer), ...arrays.map(([, array]) => array.buffer as ArrayBuffer)])];
}

/** What a build is asked: plain data, copied to the worker thread. */
export interface BuildRequest {
  readonly dir: string;
  readonly dataDir: string;
  /** The engine's options in full (a reload keeps those of the knowledge in service). */
  readonly options: EngineOptions;
  /** The documents in service: a file that now has a problem keeps its version from these. */
  readonly inService: readonly KnowledgeDocument[];
  /** False when only the snapshot on disk is wanted (the shard manager): the parts are not sent back. */
  readonly returnParts: boolean;
  /**
   * True for the shard manager: when a file has a problem, each shard builds from the versions it keeps
   * in service, so a snapshot built here would serve no one; nothing is built (`source: 'built'`).
   */
  readonly skipWhenProblems?: boolean;
  /**
   * The documents to build from, already loaded, instead of reading `dir` (a server's knowledge: the
   * base's documents and its own). `dir` then only names the snapshot (`snapshotPath(dir, dataDir)`).
   */
  readonly documents?: readonly KnowledgeDocument[];
}

/**
 * `empty`: nothing in the folder loads (or it is unreadable). `ready`: the documents to serve, with the
 * parts built from them unless not asked for; `unsaved` says why the snapshot could
 * not be written (that only costs the next start a build).
 */
export type BuildOutcome =
  | { readonly kind: 'empty'; readonly problems: readonly Problem[]; readonly warnings: readonly Problem[] }
  | {
      readonly kind: 'ready';
      readonly documents: readonly KnowledgeDocument[];
      readonly problems: readonly Problem[];
      readonly warnings: readonly Problem[];
      readonly keptBack: readonly KeptBack[];
      readonly source: 'snapshot' | 'built';
      readonly parts: PartsPieces | null;
      readonly unsaved: string | null;
    };

/** The build's result on the main thread: the outcome, or why the worker thread gave none. */
export type BuildResult = BuildOutcome | { readonly kind: 'crashed'; readonly message: string };

/**
 * Runs the build in a new worker thread capped at `memoryMb` of heap, and resolves with its outcome;
 * never rejects: a worker that throws, runs out of memory or exits early resolves as `crashed`.
 */
export function buildInWorker(request: BuildRequest, memoryMb: number = DEFAULT_BUILD_MEMORY_MB): Promise<BuildResult> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(BUILD_ENTRY, {
        workerData: request,
        resourceLimits: { maxOldGenerationSizeMb: memoryMb },
        // Its output would interleave with the logger's lines; it has nothing to say but its result.
        stdout: true,
        stderr: true,
      });
    } catch (error) {
      resolve({ kind: 'crashed', message: `the build's worker thread did not start: ${messageOf(error)}` });
      return;
    }
    let settled = false;
    const settle = (result: BuildResult): void => {
      if (settled) return;
      settled = true;
      resolve(result);
      // Its heap goes at once, not when it gets round to exiting.
      void worker.terminate();
    };
    worker.once('message', (outcome: BuildOutcome) => settle(outcome));
    worker.once('error', (error: Error & { code?: string }) =>
      settle({
        kind: 'crashed',
        message:
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `the build ran out of memory (its worker thread is capped at ${memoryMb} MB)`
            : `the build's worker thread failed: ${error.message}`,
      }),
    );
    worker.once('exit', (code) => settle({ kind: 'crashed', message: `the build's worker thread exited (code ${code}) before it finished` }));
  });
}

/** A lexicon the worker thread never consults: building does not use it, and WordNet is large to load. */
const UNUSED_LEXICON: Lexicon = { isWord: () => false, baseForms: () => [], usage: () => 0, isName: () => false, relatedWords: () => [] };

/**
 * What the worker thread does (exported for it, and for tests that want it on their own thread): reads
 * the folder, keeps the version in service of each file that now has a problem, then takes the parts
 * from the snapshot when it was saved for exactly these documents and options and restores, else builds
 * and saves the snapshot.
 */
export async function buildInWorkerThread(request: BuildRequest): Promise<BuildOutcome> {
  const loaded = request.documents === undefined ? await readKnowledgeDir(request.dir) : { documents: request.documents, problems: [], warnings: [] };
  const { documents, keptBack } = keepGoodVersions(request.inService, loaded.documents, loaded.problems);
  if (documents.length === 0) return { kind: 'empty', problems: loaded.problems, warnings: loaded.warnings };
  const key = snapshotKey(documents, request.options);
  const path = snapshotPath(request.dir, request.dataDir);
  const common = { kind: 'ready', documents, problems: loaded.problems, warnings: loaded.warnings, keptBack } as const;
  if (request.skipWhenProblems === true && loaded.problems.length > 0) return { ...common, source: 'built', parts: null, unsaved: null };
  const saved = await readSnapshot(path, key);
  if (saved !== null) {
    try {
      // Restored here first, so a snapshot that decodes but does not restore is found off the main thread.
      restoreKnowledge(documents, saved, UNUSED_LEXICON);
      return { ...common, source: 'snapshot', parts: request.returnParts ? piecesOf(saved) : null, unsaved: null };
    } catch {
      // As good as none: build.
    }
  }
  const parts = knowledgeParts(buildKnowledge(documents, request.options, UNUSED_LEXICON));
  let unsaved: string | null = null;
  await writeSnapshotParts(path, key, parts).catch((error: unknown) => {
    unsaved = messageOf(error);
  });
  return { ...common, source: 'built', parts: request.returnParts ? piecesOf(parts) : null, unsaved };
}

/** Arrays longer than this are sent in chunks of this many items: no one piece takes long to parse. */
const CHUNK_ITEMS = 5000;
/** Objects with more keys than this (an index's id maps) are one piece; smaller ones are split by key. */
const SPLIT_KEYS = 16;

/**
 * The parts in pieces: the typed arrays apart (each copied to a buffer of its own when it shares one, as
 * the views of a snapshot file do, since a buffer is transferred whole), then of the rest small objects
 * split by key, long arrays in chunks (appended on arrival), the rest whole. Paths are JSON arrays of
 * keys; a chunk's path ends with `[]`.
 */
function piecesOf(parts: KnowledgeParts): PartsPieces {
  const { json, arrays } = splitArrays(parts);
  const owned = arrays.map(([path, array]) => [path, array.byteOffset === 0 && array.byteLength === array.buffer.byteLength ? array : array.slice()] as const);
  const encoder = new TextEncoder();
  const pieces: [string, Uint8Array][] = [];
  const visit = (path: readonly string[], value: unknown): void => {
    if (Array.isArray(value) && value.length > CHUNK_ITEMS) {
      for (let start = 0; start < value.length; start += CHUNK_ITEMS) {
        pieces.push([JSON.stringify([...path, '[]']), encoder.encode(JSON.stringify(value.slice(start, start + CHUNK_ITEMS)))]);
      }
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0 && Object.keys(value).length <= SPLIT_KEYS) {
      for (const [key, inner] of Object.entries(value)) if (inner !== undefined) visit([...path, key], inner);
    } else {
      pieces.push([JSON.stringify(path), encoder.encode(JSON.stringify(value))]);
    }
  };
  visit([], json);
  return { pieces, arrays: owned };
}

/** The parts again from their pieces, parsed on this thread one piece a turn of the event loop. */
export async function partsOfPieces({ pieces, arrays }: PartsPieces): Promise<KnowledgeParts> {
  const decoder = new TextDecoder();
  const root: Record<string, unknown> = {};
  for (const [pathJson, json] of pieces) {
    const path = JSON.parse(pathJson) as string[];
    const appended = path.at(-1) === '[]';
    const keys = appended ? path.slice(0, -1) : path;
    let holder = root;
    for (const key of keys.slice(0, -1)) holder = (holder[key] ??= {}) as Record<string, unknown>;
    const last = keys.at(-1) as string;
    const value = JSON.parse(decoder.decode(json)) as unknown;
    if (!appended) holder[last] = value;
    else {
      const items = (holder[last] ??= []) as unknown[];
      for (const item of value as unknown[]) items.push(item);
    }
    await nextTurn();
  }
  return joinArrays(root, arrays);
}
/**
 * The documents to build from: those that loaded, and for each file with a problem the version in
 * service, if there is one. Files in file order, as the loader gives them.
 */
export function keepGoodVersions(
  inService: readonly KnowledgeDocument[],
  loaded: readonly KnowledgeDocument[],
  problems: readonly Problem[],
): { documents: KnowledgeDocument[]; keptBack: KeptBack[] } {
  const previous = new Map(inService.map((document) => [document.file, document]));
  const problemsByFile = new Map<string, Problem[]>();
  for (const problem of problems) problemsByFile.set(problem.file, [...(problemsByFile.get(problem.file) ?? []), problem]);
  const slugs = new Set(loaded.map((document) => document.slug));
  const keptBack: KeptBack[] = [];
  const kept: KnowledgeDocument[] = [];
  for (const [file, fileProblems] of problemsByFile) {
    const old = previous.get(file);
    // A slug taken meanwhile by a new file (a rare rename clash) cannot be kept under the same ids.
    if (old !== undefined && !slugs.has(old.slug)) kept.push(old);
    keptBack.push({ file, kept: old !== undefined && !slugs.has(old.slug) ? 'previous' : 'nothing', problems: fileProblems });
  }
  const documents = [...loaded, ...kept].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { documents, keptBack };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
