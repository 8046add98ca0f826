import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The data folder's name and the clean-up of its unfinished writes, apart from `snapshot.ts`: the
 * configuration (its default) and the start of a knowledge load (its clean-up, just before the build's
 * worker thread starts) need them before the core's modules, which `snapshot.ts` imports, are loaded.
 */

/** Where snapshots go when `DATA_DIR` is not set: `.docent/` in the working directory (git-ignored). */
export const DEFAULT_DATA_DIR = '.docent';

/** `writeSnapshot`'s temporary files: `<snapshot file>.<pid>.tmp`, or `<pid>-<thread>.tmp` from a build's worker thread. */
const TEMPORARY = /^snapshot-[0-9a-f]+\.bin\.(\d+)(?:-\d+)?\.tmp$/;

/**
 * Removes the temporary files of snapshot writes that never finished (a process killed mid-write
 * leaves `snapshot-<id>.bin.<pid>.tmp` in the data folder). A file whose process is still running is left alone: it
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
