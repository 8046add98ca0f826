import { DEFAULT_BUILD_MEMORY_MB } from '../core/build.ts';

/**
 * The tunables of per-server knowledge and feedback (issue #14), with their defaults and why. Every
 * one can be passed to `openCatalog` / `openFeedbackLog`; the environment sets the ones an operator
 * needs (`RETENTION_DAYS`, `MAX_ATTACHMENT_BYTES`, `GUILDS_IN_MEMORY`, see `src/config.ts`).
 */

/** What an admin may add: Markdown and plain text (the loader's `.mdx` is for the host's folder only). */
export const ADDABLE_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt'];

/**
 * Largest document an admin may add: 2 MB. A document is prose; 2 MB is ~300 000 words, far beyond any
 * manual, and it keeps one upload's build under a second. The loader's own cap (20 MB) is for the host.
 */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;

/**
 * Servers whose knowledge is kept built in memory at once (least recently used evicted): 16. Each costs
 * the base's index plus its own documents (see the README's measurement); an evicted one is rebuilt
 * from its snapshot when next asked.
 */
export const DEFAULT_GUILDS_IN_MEMORY = 16;

/** How long votes and misses are kept: 90 days, enough to see a season's gaps, not a record of people. */
export const DEFAULT_RETENTION_DAYS = 90;

/**
 * Heap cap of the worker thread that builds a server's knowledge: the host's own (2048 MB), since a
 * server's knowledge holds the whole base besides its own documents.
 */
const DEFAULT_SCOPE_BUILD_MEMORY_MB = DEFAULT_BUILD_MEMORY_MB;

export interface CatalogOptions {
  /** See `DEFAULT_MAX_ATTACHMENT_BYTES`. */
  readonly maxDocumentBytes: number;
  /** See `DEFAULT_GUILDS_IN_MEMORY`. */
  readonly guildsInMemory: number;
  /** See `DEFAULT_SCOPE_BUILD_MEMORY_MB`. */
  readonly buildMemoryMb: number;
}

export const DEFAULT_CATALOG_OPTIONS: CatalogOptions = {
  maxDocumentBytes: DEFAULT_MAX_ATTACHMENT_BYTES,
  guildsInMemory: DEFAULT_GUILDS_IN_MEMORY,
  buildMemoryMb: DEFAULT_SCOPE_BUILD_MEMORY_MB,
};
