import { resolve } from 'node:path';
// Light: it reads WordNet's files on first use, not on import.
import { preloadWordNet } from './core/search/lexicon.ts';
import { loadConfigOrExplain } from './env.ts';

/**
 * config → logger → knowledge → the bot, or the local console when no token is set. Only the
 * configuration is imported up front; the rest (the logger, the core, and discord.js, the commands,
 * SQLite; or the console) is imported together once the configuration is known. The knowledge comes
 * from its snapshot on this thread when it matches (`loadKnowledge`), else from a worker thread's build.
 */
async function main(): Promise<void> {
  const config = await loadConfigOrExplain();
  if (config === null) return;
  const core = Promise.all([import('./logger.ts'), import('./core/store.ts')]);
  const consoleModules = config.DISCORD_TOKEN === undefined ? importConsoleModules() : null;
  const botModules = config.DISCORD_TOKEN === undefined ? null : importBotModules();
  // Awaited below; until then a failed import must not end the process before the knowledge's own error is told.
  void Promise.allSettled([consoleModules, botModules]);
  const [{ createLogger }, { createKnowledgeStore, loadKnowledge }] = await core;
  const logger = createLogger(config.LOG_LEVEL, { secrets: config.DISCORD_TOKEN === undefined ? [] : [config.DISCORD_TOKEN] });
  const knowledgeDir = resolve(config.KNOWLEDGE_DIR);
  const dataDir = resolve(config.DATA_DIR);
  // Nothing to serve (the folder missing or empty) throws: the process exits non-zero, the path named.
  const { knowledge, problems } = await loadKnowledge(knowledgeDir, dataDir);
  // A broken file never stops the start: the documents that load are served, the others are reported.
  for (const problem of problems) logger.warn({ problem }, 'knowledge file skipped');
  logger.info({ documents: knowledge.documents.length, passages: knowledge.passages.length, knowledgeDir }, 'knowledge loaded');
  const store = createKnowledgeStore(knowledgeDir, knowledge, undefined, dataDir);

  if (config.DISCORD_TOKEN === undefined) {
    const [{ runConsole }, { watchKnowledge }, { openAdminFromConfig }] = await (consoleModules ?? importConsoleModules());
    process.stdout.write('No DISCORD_TOKEN set: starting the local console.\n');
    // WATCH_KNOWLEDGE: a change to the documents reloads as /reload does; the result is a log line.
    const watcher = config.WATCH_KNOWLEDGE
      ? watchKnowledge({ dir: knowledgeDir, logger, reload: async () => [{ shard: null, result: await store.reload() }] })
      : null;
    try {
      const admin = openAdminFromConfig(config, store, logger);
      try {
        await runConsole({ store, admin, by: 'console' }, process.stdin, process.stdout);
      } finally {
        admin.close();
      }
    } finally {
      await watcher?.close();
    }
    return;
  }
  const [{ startBot }, { commands, contextMenus }, { openAdminFromConfig }] = await (botModules ?? importBotModules());
  // Once per process: each server's knowledge over the base, and the feedback, on the database in DATA_DIR.
  const { catalog, feedback } = openAdminFromConfig(config, store, logger);
  await startBot({ config: { ...config, DISCORD_TOKEN: config.DISCORD_TOKEN }, logger, store, catalog, feedback, commands, contextMenus, handleSignals: true });
  // Ready: what WordNet reads on first use is read now, so the first questions do not wait for it.
  await preloadWordNet();
}

/** What the local console needs, and the admin module it shares with the bot. */
function importConsoleModules() {
  return Promise.all([import('./console.ts'), import('./watch.ts'), import('./admin/open.ts')]);
}

/** What only the bot needs: discord.js, the commands, and the admin module (SQLite). */
function importBotModules() {
  return Promise.all([import('./bot/start.ts'), import('../commands/index.ts'), import('./admin/open.ts')]);
}

main().catch((error: unknown) => {
  process.stderr.write(`docent: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
