import { readKnowledgeDir } from './documents/load.ts';
import type { Knowledge } from './knowledge.ts';
import { restoreKnowledgeAsync } from './restore.ts';
import type { EngineOptions } from './options.ts';
import { readSnapshot, snapshotKey, snapshotPath } from './snapshot.ts';
import type { Problem } from './types.ts';

/*
 * A start from the snapshot, on the thread that serves: reads the folder, and when the snapshot was saved
 * for exactly these documents and options, restores it. A build's worker thread (`build.ts`) would cost a
 * second Node environment and a second import of the core and the document readers, which this thread
 * imports anyway (about half a second of CPU on two cores, for what on a hit is a file read and a decode),
 * and at start-up this thread serves nothing yet, so nothing waits while it decodes.
 */

/** The knowledge restored, with the problems and warnings of the files that did not load. */
export interface SnapshotStart {
  readonly knowledge: Knowledge;
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
}

/**
 * The knowledge of `dir` from its snapshot, or null when there is nothing to start from here: no document
 * loads, or the snapshot is missing, stale, altered or does not restore. The caller then builds in a worker
 * thread, which tells those cases apart (and rebuilds a snapshot that does not restore).
 */
export async function startFromSnapshot(dir: string, dataDir: string, options: EngineOptions): Promise<SnapshotStart | null> {
  const { documents, problems, warnings } = await readKnowledgeDir(dir);
  if (documents.length === 0) return null;
  const parts = await readSnapshot(snapshotPath(dir, dataDir), snapshotKey(documents, options));
  if (parts === null) return null;
  try {
    return { knowledge: await restoreKnowledgeAsync(documents, parts), problems, warnings };
  } catch {
    return null;
  }
}
