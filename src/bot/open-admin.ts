import { resolve } from 'node:path';
import type { Logger } from 'pino';
import { openAdmin, type Admin } from '../admin/open.ts';
import type { Config } from '../config.ts';
import type { KnowledgeStore } from '../core/store.ts';

/**
 * The catalog and feedback log of one process (the bot, each shard), on the database in DATA_DIR, with
 * the operator's settings: what an admin may add (MAX_ATTACHMENT_BYTES), how many servers' knowledge
 * stays built (GUILDS_IN_MEMORY), how long votes and misses are kept (RETENTION_DAYS). `host` is the
 * base in service, so /reload of the base reaches every server. Never throws: a database that cannot
 * be opened makes feedback say it is unavailable, and answering goes on.
 */
export function openAdminFor(config: Config, host: KnowledgeStore, logger: Logger): Admin {
  return openAdmin({
    dataDir: resolve(config.DATA_DIR),
    knowledgeDir: resolve(config.KNOWLEDGE_DIR),
    host,
    logger,
    retentionDays: config.RETENTION_DAYS,
    catalog: { maxDocumentBytes: config.MAX_ATTACHMENT_BYTES, guildsInMemory: config.GUILDS_IN_MEMORY },
  });
}
