import { Worker } from 'node:worker_threads';
import { moduleExtension } from './module-file.ts';
import { nextTurn } from './next-turn.ts';
import type { KnowledgeParts } from './knowledge.ts';
import type { EngineOptions } from './options.ts';
import { joinArrays, type ArrayPath, type TypedArray } from './parts-codec.ts';
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

/** An error's message, or the thrown value as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
