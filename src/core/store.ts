import { performance } from 'node:perf_hooks';
import { buildInWorker, DEFAULT_BUILD_MEMORY_MB, partsOfPieces, type BuildOutcome, type BuildResult, type KeptBack } from './build.ts';
import type { Knowledge } from './knowledge.ts';
import { restoreKnowledgeAsync } from './restore.ts';
import { nextTurn } from './next-turn.ts';
import { wordNetLexicon } from './search/lexicon.ts';
import { DEFAULT_ENGINE_OPTIONS, mergeEngineOptions, type EngineOverrides } from './options.ts';
import { DEFAULT_DATA_DIR, removeStaleSnapshotTemporaries } from './data-dir.ts';
import { startFromSnapshot } from './snapshot-start.ts';
import type { KnowledgeDocument, Problem } from './types.ts';

export type { KeptBack };

/** What a reload changed: ids added and removed for each kind of thing docent knows. */
export interface KnowledgeDiff {
  readonly documents: Change;
  readonly passages: Change;
  readonly figures: Change;
  readonly timeline: Change;
}

export interface Change {
  readonly added: number;
  readonly removed: number;
  /** How many there are after the change. */
  readonly total: number;
}

/** Which documents (by file) a reload added, changed and removed. */
export interface FileChanges {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

/**
 * `reloaded`: the knowledge was swapped, with what changed and what was kept back and why (one bad
 * file never blocks the others). `failed`: nothing was swapped (the folder is unreadable, nothing in
 * it loads, or the build failed) and the previous knowledge is still in service.
 */
export type ReloadResult =
  | {
      readonly kind: 'reloaded';
      readonly diff: KnowledgeDiff;
      readonly milliseconds: number;
      readonly source?: KnowledgeSource;
      readonly files?: FileChanges;
      readonly keptBack?: readonly KeptBack[];
    }
  | { readonly kind: 'failed'; readonly problems: readonly Problem[]; readonly milliseconds: number };

/**
 * One place's reload result: this process's store (`shard` null), or one shard's when the bot runs
 * sharded. /reload, the knowledge watcher and the shard manager all report reloads as a list of these.
 */
export interface ShardReloadResult {
  readonly shard: number | null;
  readonly result: ReloadResult;
}

/** Holds the knowledge in service and replaces it whole. */
export interface KnowledgeStore {
  /** The knowledge in service now. Read it once per request, so one answer comes from one knowledge. */
  current(): Knowledge;
  /** When the knowledge in service was built. */
  loadedAt(): Date;
  /**
   * Reads the directory and builds new knowledge from the documents that load, keeping the version in
   * service of any file that now has a problem (the good is never replaced by the bad); then swaps.
   * When nothing loads, the old knowledge stays in service and the problems come back. Reading and
   * building run in a worker thread (`buildInWorker`): the knowledge in service keeps answering, and
   * only the restore of the built parts, a fraction of a build, runs on this thread.
   */
  reload(): Promise<ReloadResult>;
}

/** Where a knowledge came from: its snapshot, or built from the text (and then saved as the snapshot). */
export type KnowledgeSource = 'snapshot' | 'built';

/**
 * Loads knowledge from a directory: the documents that load, and the problems of those that don't.
 * The knowledge comes from the directory's snapshot when it was saved for exactly these documents,
 * else it is built and the snapshot saved (a snapshot that cannot be saved only costs the next start).
 * `overrides` changes any of the engine's options, as `buildKnowledge`'s do; a snapshot saved with
 * other options is not used. A snapshot that matches is restored on this thread (`startFromSnapshot`);
 * otherwise reading and building run in a worker thread capped at `memoryMb` (the health endpoint and
 * the process's signals are answered meanwhile); a build that fails throws.
 */
export async function loadKnowledge(
  dir: string,
  dataDir: string = DEFAULT_DATA_DIR,
  overrides: EngineOverrides = {},
  memoryMb: number = DEFAULT_BUILD_MEMORY_MB,
): Promise<KnowledgeLoad> {
  // At start: a write killed half-way left its temporary file behind.
  await removeStaleSnapshotTemporaries(dataDir);
  const options = mergeEngineOptions(DEFAULT_ENGINE_OPTIONS, overrides);
  const restored = await startFromSnapshot(dir, dataDir, options);
  if (restored !== null) return { ...restored, source: 'snapshot' };
  const building = buildInWorker({ dir, dataDir, options, inService: [], returnParts: true }, memoryMb);
  // The knowledge holds the WordNet lexicon: read its index files (6 MB) while the worker builds, not after.
  wordNetLexicon();
  const built = await building;
  if (built.kind === 'empty') throw new KnowledgeDirError(dir, built.problems);
  if (built.kind === 'crashed') throw new Error(`knowledge: building the knowledge of ${dir} failed: ${built.message}`);
  return { knowledge: await knowledgeFromBuild(built, []), problems: built.problems, warnings: built.warnings, source: built.source };
}

/** What `loadKnowledge` resolves with. */
export interface KnowledgeLoad {
  readonly knowledge: Knowledge;
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
  readonly source: KnowledgeSource;
}

/**
 * The knowledge of a build's outcome, restored on this thread from the parts the worker built, in
 * steps between which the event loop turns. The documents kept back from the knowledge in service are
 * those very objects again, not copies.
 */
async function knowledgeFromBuild(built: Extract<BuildOutcome, { kind: 'ready' }>, inService: readonly KnowledgeDocument[]): Promise<Knowledge> {
  if (built.parts === null) throw new Error('the build sent no parts back');
  const kept = new Set(built.keptBack.filter((entry) => entry.kept === 'previous').map((entry) => entry.file));
  const previous = new Map(inService.filter((document) => kept.has(document.file)).map((document) => [document.file, document]));
  const documents = built.documents.map((document) => previous.get(document.file) ?? document);
  return restoreKnowledgeAsync(documents, await partsOfPieces(built.parts));
}

/** The problem of a build that failed as a whole, for a reload's `failed` result. */
function buildFailure(dir: string, built: Exclude<BuildResult, { kind: 'ready' }>): readonly Problem[] {
  return built.kind === 'empty' ? built.problems : [{ file: dir, message: `reload: building the knowledge failed: ${built.message}` }];
}

/**
 * Nothing to serve at start-up: the knowledge folder is missing, unreadable, empty, or every file in it
 * is broken. A bot that answers "nothing matches" to everyone is worse than one that does not start.
 */
export class KnowledgeDirError extends Error {
  constructor(
    readonly dir: string,
    readonly problems: readonly Problem[],
  ) {
    const reasons = problems.map((problem) => `\n  ${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}: ${problem.message}`).join('');
    super(`knowledge: no documents to serve in ${dir} (set KNOWLEDGE_DIR to a folder of .md or .txt documents)${reasons}`);
    this.name = 'KnowledgeDirError';
  }
}

/**
 * `dataDir`: where the snapshot goes (`DATA_DIR`); `.docent/` in the working directory when not given.
 * `memoryMb`: the heap cap of a reload's worker thread; a build that exceeds it fails the reload.
 */
export function createKnowledgeStore(
  dir: string,
  initial: Knowledge,
  now: () => Date = () => new Date(),
  dataDir: string = DEFAULT_DATA_DIR,
  memoryMb: number = DEFAULT_BUILD_MEMORY_MB,
): KnowledgeStore {
  let knowledge = initial;
  let loadedAt = now();
  let inFlight: Promise<ReloadResult> | null = null;

  const reloadOnce = async (): Promise<ReloadResult> => {
    const started = performance.now();
    const inService = knowledge;
    // A reload keeps the options the knowledge in service was built with. The knowledge in service
    // answers while the worker thread reads and builds; only one reload runs at a time (below).
    const built = await buildInWorker({ dir, dataDir, options: inService.options, inService: inService.documents, returnParts: true }, memoryMb);
    if (built.kind !== 'ready') return { kind: 'failed', problems: buildFailure(dir, built), milliseconds: performance.now() - started };
    let next: Knowledge;
    try {
      next = await knowledgeFromBuild(built, inService.documents);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { kind: 'failed', problems: [{ file: dir, message: `reload: building the knowledge failed: ${message}` }], milliseconds: performance.now() - started };
    }
    const diff = await diffKnowledgeInTurns(inService, next);
    const files = diffFiles(inService.documents, next.documents);
    // The swap: one assignment, so a reader sees the old knowledge or the new one, whole.
    knowledge = next;
    loadedAt = now();
    return { kind: 'reloaded', diff, milliseconds: performance.now() - started, source: built.source, files, keptBack: built.keptBack };
  };

  return {
    current: () => knowledge,
    loadedAt: () => loadedAt,
    // Two admins pressing reload together share one reload rather than racing two swaps.
    reload() {
      inFlight ??= reloadOnce().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
  };
}

function diffFiles(before: readonly KnowledgeDocument[], after: readonly KnowledgeDocument[]): FileChanges {
  const old = new Map(before.map((document) => [document.file, document]));
  const now = new Map(after.map((document) => [document.file, document]));
  const isChanged = (was: KnowledgeDocument | undefined, is: KnowledgeDocument) =>
    was !== undefined && (was.body !== is.body || JSON.stringify(was.meta) !== JSON.stringify(is.meta));
  return {
    added: [...now.keys()].filter((file) => !old.has(file)),
    changed: [...now].filter(([file, document]) => isChanged(old.get(file), document)).map(([file]) => file),
    removed: [...old.keys()].filter((file) => !now.has(file)),
  };
}

/** The stable key of each thing docent knows: a thing whose key changed was removed and added. */
const documentKey = (document: KnowledgeDocument): string => document.slug;
const passageKey = (passage: Knowledge['passages'][number]): string => `${passage.id}\u0000${passage.text}`;
const figureKey = (figure: Knowledge['figures'][number]): string => `${figure.passageId}\u0000${figure.raw}\u0000${figure.value}`;
const timelineKey = (entry: Knowledge['timeline'][number]): string => `${entry.passageId}\u0000${entry.date}\u0000${entry.raw}`;
const KEYS_OF: { readonly [K in keyof KnowledgeDiff]: (knowledge: Knowledge) => string[] } = {
  documents: (knowledge) => knowledge.documents.map(documentKey),
  passages: (knowledge) => knowledge.passages.map(passageKey),
  figures: (knowledge) => knowledge.figures.map(figureKey),
  timeline: (knowledge) => knowledge.timeline.map(timelineKey),
};

/** Items handled between two turns of the event loop by `diffKnowledgeInTurns`. */
const ITEMS_PER_TURN = 10_000;

/**
 * `diffKnowledge` that lets the event loop turn every ten thousand items: for a 20 MB document's
 * hundreds of thousands of passages, figures and dates, the diff alone took about 2 s.
 */
export async function diffKnowledgeInTurns(before: Knowledge, after: Knowledge): Promise<KnowledgeDiff> {
  return {
    documents: await changeInTurns(before.documents, after.documents, documentKey),
    passages: await changeInTurns(before.passages, after.passages, passageKey),
    figures: await changeInTurns(before.figures, after.figures, figureKey),
    timeline: await changeInTurns(before.timeline, after.timeline, timelineKey),
  };
}

async function changeInTurns<T>(before: readonly T[], after: readonly T[], keyOf: (item: T) => string): Promise<Change> {
  let count = 0;
  const turn = async (): Promise<void> => {
    count += 1;
    if (count % ITEMS_PER_TURN === 0) await nextTurn();
  };
  const old = new Set<string>();
  for (const item of before) {
    old.add(keyOf(item));
    await turn();
  }
  const now = new Set<string>();
  for (const item of after) {
    now.add(keyOf(item));
    await turn();
  }
  let added = 0;
  let removed = 0;
  for (const key of now) {
    if (!old.has(key)) added += 1;
    await turn();
  }
  for (const key of old) {
    if (!now.has(key)) removed += 1;
    await turn();
  }
  return { added, removed, total: after.length };
}

/** Compares two knowledges by the stable keys of their documents, passages, figures and dates. */
export function diffKnowledge(before: Knowledge, after: Knowledge): KnowledgeDiff {
  const change = (kind: keyof KnowledgeDiff) => changeOf(KEYS_OF[kind](before), KEYS_OF[kind](after));
  return { documents: change('documents'), passages: change('passages'), figures: change('figures'), timeline: change('timeline') };
}

function changeOf(before: readonly string[], after: readonly string[]): Change {
  const old = new Set(before);
  const now = new Set(after);
  let added = 0;
  let removed = 0;
  for (const key of now) if (!old.has(key)) added += 1;
  for (const key of old) if (!now.has(key)) removed += 1;
  return { added, removed, total: after.length };
}
