import { watch, type FSWatcher } from 'chokidar';
import { basename, extname, relative, sep } from 'node:path';
import type { Logger } from 'pino';
import { DOCUMENT_EXTENSIONS, isSkippedPath } from './core/documents/load.ts';
import type { ShardReloadResult } from './core/store.ts';

/** Quiet time after the last change before reloading: an editor's save or a `git pull` is many events. */
export const DEFAULT_WATCH_DEBOUNCE_MS = 400;

export interface KnowledgeWatcher {
  /** Resolves once the folder has been scanned and every later change is seen. */
  readonly ready: Promise<void>;
  /** Stops watching; resolves once a reload already running has finished. */
  close(): Promise<void>;
}

export interface WatchOptions {
  readonly dir: string;
  /** The same reload /reload runs (`reloadEverywhere` in the bot; the store's reload in the console). */
  readonly reload: () => Promise<readonly ShardReloadResult[]>;
  readonly logger: Logger;
  readonly debounceMs?: number;
}

/**
 * Whether a change reported for `file` (relative to the knowledge directory, null when the platform
 * did not say) can change the knowledge. Documents are files with `DOCUMENT_EXTENSIONS`; what the
 * loader skips (`isSkippedPath`: hidden files and folders, so the snapshot and its `.tmp`, and
 * `node_modules`) is not, or every reload would trigger the next. A name without an extension may be
 * a directory of documents that came or went.
 */
export function isKnowledgeChange(file: string | null): boolean {
  if (file === null) return true;
  const parts = file.split(/[\\/]/).filter((part) => part.length > 0);
  if (parts.length === 0 || isSkippedPath(file)) return false;
  const extension = extname(basename(file)).toLowerCase();
  return extension === '' || DOCUMENT_EXTENSIONS.includes(extension);
}

/**
 * Watches the knowledge directory (recursively) and reloads, debounced, when documents change; logs
 * what each reload changed or why it failed (the old knowledge then stays in service). Changes during
 * a reload cause one more reload after it.
 */
export function watchKnowledge(options: WatchOptions): KnowledgeWatcher {
  const { logger } = options;
  const debounceMs = options.debounceMs ?? DEFAULT_WATCH_DEBOUNCE_MS;
  let changed = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let closed = false;

  const schedule = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      // A reload in progress picks the new changes up when it ends.
      if (running === null) running = reloadWhileChanged();
    }, debounceMs);
  };

  const reloadWhileChanged = async (): Promise<void> => {
    while (!closed && changed.size > 0) {
      const files = [...changed].sort();
      changed = new Set();
      logger.info({ files }, 'knowledge files changed: reloading');
      try {
        logResults(logger, files, await options.reload());
      } catch (error) {
        logger.error({ err: error, files }, 'knowledge reload failed; the previous knowledge is still in service');
      }
    }
    running = null;
  };

  // chokidar, not Node's recursive fs.watch: that loses a file's inode when an editor, sed -i, rsync
  // or git replaces it (write a temporary file, rename it over), and misses every later save of it.
  // chokidar watches the folders and re-attaches after a rename (`atomic`); a new subfolder is
  // watched as it appears. Skipped folders (hidden, node_modules) are never entered.
  const watcher: FSWatcher = watch(options.dir, {
    ignoreInitial: true,
    persistent: true,
    atomic: true,
    ignored: (path: string) => {
      const file = relative(options.dir, path);
      return file !== '' && isSkippedPath(file.split(sep).join('/'));
    },
  });
  watcher.on('all', (_event, path) => {
    const file = relative(options.dir, path).split(sep).join('/');
    if (!isKnowledgeChange(file)) {
      logger.trace({ file }, 'knowledge watch: change ignored');
      return;
    }
    if (closed) return;
    changed.add(file);
    schedule();
  });
  watcher.on('error', (error) => {
    // The directory went away or became unreadable: stop watching, keep serving.
    logger.error({ err: error, dir: options.dir }, 'knowledge watch failed; no longer watching');
    void watcher.close();
  });
  const ready = new Promise<void>((resolveReady) => {
    watcher.once('ready', () => {
      logger.info({ dir: options.dir, debounceMs }, 'watching the knowledge directory');
      resolveReady();
    });
  });

  return {
    ready,
    async close() {
      if (!closed) {
        closed = true;
        if (timer !== null) clearTimeout(timer);
        timer = null;
        await watcher.close();
      }
      await running;
    },
  };
}

function logResults(logger: Logger, files: readonly string[], results: readonly ShardReloadResult[]): void {
  for (const { shard, result } of results) {
    const where = shard === null ? {} : { shard };
    const ms = Math.round(result.milliseconds);
    if (result.kind === 'reloaded') {
      logger.info({ ...where, files, diff: result.diff, changes: result.files, ms }, 'knowledge reloaded');
      if ((result.keptBack ?? []).length > 0) logger.warn({ ...where, keptBack: result.keptBack }, 'knowledge files kept back: their problems are in the reload result');
    }
    else logger.error({ ...where, files, problems: result.problems, ms }, 'knowledge reload failed; the previous knowledge is still in service');
  }
}
