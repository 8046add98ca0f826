import { performance } from 'node:perf_hooks';
import { buildKnowledge, restoreKnowledge, type Knowledge } from './knowledge.ts';
import { readKnowledgeDir } from './documents/load.ts';
import { DEFAULT_ENGINE_OPTIONS, mergeEngineOptions, type EngineOptions, type EngineOverrides } from './options.ts';
import { readSnapshot, removeStaleSnapshotTemporaries, snapshotKey, writeSnapshot } from './snapshot.ts';
import type { KnowledgeDocument, Problem } from './types.ts';

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

export type ReloadResult =
  | { readonly kind: 'reloaded'; readonly diff: KnowledgeDiff; readonly milliseconds: number; readonly source?: KnowledgeSource }
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
   * Reads the directory and builds new knowledge; swaps it in only if every document loaded.
   * Otherwise the old knowledge stays in service and the problems come back.
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
 * other options is not used.
 */
export async function loadKnowledge(
  dir: string,
  overrides: EngineOverrides = {},
): Promise<{ knowledge: Knowledge; problems: readonly Problem[]; source: KnowledgeSource }> {
  // At start: a write killed half-way left its temporary file behind.
  await removeStaleSnapshotTemporaries(dir);
  const { documents, problems } = await readKnowledgeDir(dir);
  return { ...(await knowledgeOf(dir, documents, mergeEngineOptions(DEFAULT_ENGINE_OPTIONS, overrides))), problems };
}

async function knowledgeOf(
  dir: string,
  documents: readonly KnowledgeDocument[],
  options: EngineOptions,
): Promise<{ knowledge: Knowledge; source: KnowledgeSource }> {
  const key = snapshotKey(documents, options);
  const parts = await readSnapshot(dir, key);
  if (parts !== null) {
    try {
      return { knowledge: restoreKnowledge(documents, parts), source: 'snapshot' };
    } catch {
      // A snapshot that parses but does not restore is as good as none: build.
    }
  }
  return { knowledge: await buildAndSnapshot(dir, documents, key, undefined, options), source: 'built' };
}

/**
 * Builds the knowledge and saves its snapshot under `key`. A snapshot that cannot be saved only costs
 * the next start a build: `onUnsaved` hears of it, the knowledge is returned all the same. `key` must
 * be `snapshotKey(documents, options)`.
 */
export async function buildAndSnapshot(
  dir: string,
  documents: readonly KnowledgeDocument[],
  key: string,
  onUnsaved: (error: unknown) => void = () => undefined,
  options: EngineOptions = DEFAULT_ENGINE_OPTIONS,
): Promise<Knowledge> {
  const knowledge = buildKnowledge(documents, options);
  await writeSnapshot(dir, key, knowledge).catch(onUnsaved);
  return knowledge;
}

export function createKnowledgeStore(dir: string, initial: Knowledge, now: () => Date = () => new Date()): KnowledgeStore {
  let knowledge = initial;
  let loadedAt = now();
  let inFlight: Promise<ReloadResult> | null = null;

  const reloadOnce = async (): Promise<ReloadResult> => {
    const started = performance.now();
    const { documents, problems } = await readKnowledgeDir(dir);
    if (problems.length > 0) return { kind: 'failed', problems, milliseconds: performance.now() - started };
    let next: Knowledge;
    let source: KnowledgeSource;
    try {
      // A reload keeps the options the knowledge in service was built with.
      ({ knowledge: next, source } = await knowledgeOf(dir, documents, knowledge.options));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { kind: 'failed', problems: [{ file: dir, message: `reload: building the knowledge failed: ${message}` }], milliseconds: performance.now() - started };
    }
    const diff = diffKnowledge(knowledge, next);
    knowledge = next;
    loadedAt = now();
    return { kind: 'reloaded', diff, milliseconds: performance.now() - started, source };
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

/** The stable key of each thing docent knows: a thing whose key changed was removed and added. */
const KEYS_OF: { readonly [K in keyof KnowledgeDiff]: (knowledge: Knowledge) => string[] } = {
  documents: (knowledge) => knowledge.documents.map((document) => document.slug),
  passages: (knowledge) => knowledge.passages.map((passage) => `${passage.id}\u0000${passage.text}`),
  figures: (knowledge) => knowledge.figures.map((figure) => `${figure.passageId}\u0000${figure.raw}\u0000${figure.value}`),
  timeline: (knowledge) => knowledge.timeline.map((entry) => `${entry.passageId}\u0000${entry.date}\u0000${entry.raw}`),
};

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
