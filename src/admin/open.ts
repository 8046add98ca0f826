import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { KnowledgeStore } from '../core/store.ts';
import { openCatalog } from './catalog.ts';
import { DATABASE_FILE, DEFAULT_DATABASE_OPTIONS, openDatabase } from './database.ts';
import { DEFAULT_FEEDBACK_OPTIONS, openFeedbackLog } from './feedback.ts';
import { DEFAULT_CATALOG_OPTIONS, DEFAULT_RETENTION_DAYS, type CatalogOptions } from './options.ts';
import type { FeedbackLog, KnowledgeCatalog } from './types.ts';

/** What a process opens once (the bot, each shard, the CLI): the catalog and the feedback log, on one database. */
export interface Admin {
  readonly catalog: KnowledgeCatalog;
  readonly feedback: FeedbackLog;
  /** The largest document `catalog.add` takes: read no further than this (and one byte) before adding. */
  readonly maxDocumentBytes: number;
  /** Stops the retention sweep and closes the database. */
  close(): void;
}

export interface AdminSettings {
  /** `DATA_DIR`: the database (`docent.sqlite`), the added documents (`guilds/`) and the snapshots. */
  readonly dataDir: string;
  /** The host's knowledge folder (`KNOWLEDGE_DIR`). */
  readonly knowledgeDir: string;
  /** The host's knowledge in service: the base every server's knowledge starts from. */
  readonly host: KnowledgeStore;
  readonly logger: Logger;
  readonly catalog?: Partial<CatalogOptions>;
  /** `RETENTION_DAYS`. */
  readonly retentionDays?: number;
  readonly now?: () => Date;
}

/** Opens the database in `DATA_DIR` and the catalog and feedback log on it. Never throws: a bad database is `unavailable`. */
export function openAdmin(settings: AdminSettings): Admin {
  const database = openDatabase(join(resolve(settings.dataDir), DATABASE_FILE), settings.logger, DEFAULT_DATABASE_OPTIONS);
  const now = settings.now ?? DEFAULT_FEEDBACK_OPTIONS.now;
  const feedback = openFeedbackLog(database, { retentionDays: settings.retentionDays ?? DEFAULT_RETENTION_DAYS, now });
  const catalogOptions: CatalogOptions = { ...DEFAULT_CATALOG_OPTIONS, ...settings.catalog };
  const catalog = openCatalog({
    dataDir: settings.dataDir,
    knowledgeDir: settings.knowledgeDir,
    host: settings.host,
    database,
    logger: settings.logger,
    options: catalogOptions,
    now,
  });
  return {
    catalog,
    feedback,
    maxDocumentBytes: catalogOptions.maxDocumentBytes,
    close() {
      feedback.close();
      database.close();
    },
  };
}

/**
 * `openAdmin` with the operator's settings: what the bot, each shard, the console and the CLI open, once a
 * process, on the database in DATA_DIR: what an admin may add (MAX_ATTACHMENT_BYTES), how many servers'
 * knowledge stays built (GUILDS_IN_MEMORY), how long votes and misses are kept (RETENTION_DAYS). `host` is
 * the base in service, so /reload of the base reaches every server. Never throws: a database that cannot
 * be opened makes feedback say it is unavailable, and answering goes on.
 */
export function openAdminFromConfig(
  config: Pick<Config, 'DATA_DIR' | 'KNOWLEDGE_DIR' | 'RETENTION_DAYS' | 'MAX_ATTACHMENT_BYTES' | 'GUILDS_IN_MEMORY'>,
  host: KnowledgeStore,
  logger: Logger,
): Admin {
  return openAdmin({
    dataDir: resolve(config.DATA_DIR),
    knowledgeDir: resolve(config.KNOWLEDGE_DIR),
    host,
    logger,
    retentionDays: config.RETENTION_DAYS,
    catalog: { maxDocumentBytes: config.MAX_ATTACHMENT_BYTES, guildsInMemory: config.GUILDS_IN_MEMORY },
  });
}
