// One shard of a sharded docent, spawned by the ShardingManager (src/shard/manager.ts) with SHARDS and
// SHARD_COUNT in its environment, which the discord.js client reads itself. Does what src/main.ts does
// for the bot: config → logger → knowledge (the manager's snapshot) → startBot, with /reload going
// through the manager to every shard.
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRateLimiter, type RateLimiter, type RateLimitResult } from '../bot/rate-limit.ts';
import type { RunningBot } from '../bot/start.ts';
import { createKnowledgeStore, loadKnowledge, type KnowledgeStore, type ReloadResult, type ShardReloadResult } from '../core/store.ts';
import { loadConfigOrExplain } from '../env.ts';
import { createLogger } from '../logger.ts';
import { failedReload, isManagerMessage, type ShardMessage } from './protocol.ts';

/** How long /reload waits for the manager: its per-shard time-out comes on top of reading and building. */
const MANAGER_ANSWER_TIMEOUT_MS = 120_000;
/** How long a request waits for the manager's rate limit before this shard's own decides. */
const MANAGER_RATE_LIMIT_TIMEOUT_MS = 1000;

async function main(): Promise<void> {
  if (process.send === undefined) {
    process.stderr.write('docent: src/shard/shard.ts is spawned by the shard manager; run `npm run start:sharded`.\n');
    process.exitCode = 2;
    return;
  }
  const config = await loadConfigOrExplain();
  if (config === null) return;
  const token = config.DISCORD_TOKEN;
  if (token === undefined) {
    process.stderr.write('docent: a shard needs DISCORD_TOKEN (the manager passes it)\n');
    process.exitCode = 2;
    return;
  }
  const shard = shardIdFromEnvironment();
  const logger = createLogger(config.LOG_LEVEL, { secrets: [token] }).child({ shard });

  const post = (message: ShardMessage): Promise<void> =>
    new Promise((resolvePromise, reject) => {
      process.send?.(message, undefined, undefined, (error: Error | null) => (error === null ? resolvePromise() : reject(error)));
    });

  const knowledgeDir = resolve(config.KNOWLEDGE_DIR);
  let bot: RunningBot | null = null;
  /** This shard's /reload requests waiting for the manager's answer, by request id. */
  const waiting = new Map<string, (results: readonly ShardReloadResult[]) => void>();
  /** Rate-limit questions waiting for the manager's answer, by request id. */
  const pendingLimits = new Map<string, (result: RateLimitResult) => void>();
  let storeLoaded: (store: KnowledgeStore) => void = () => undefined;
  const storePromise = new Promise<KnowledgeStore>((resolveStore) => {
    storeLoaded = resolveStore;
  });

  const answerReload = async (requestId: string): Promise<void> => {
    let result: ReloadResult;
    try {
      // A reload that arrives while this shard is still loading waits for it (messages nobody listens to are lost).
      result = await (await storePromise).reload();
    } catch (error) {
      result = failedReload(knowledgeDir, `reload failed: ${error instanceof Error ? error.message : String(error)}`, 0);
    }
    // This shard's own reload: counted here (the asking shard's /reload counts only a refusal by the manager).
    bot?.metrics?.recordReload(result.kind === 'reloaded');
    if (result.kind === 'reloaded') logger.info({ source: result.source, diff: result.diff, milliseconds: Math.round(result.milliseconds) }, 'reloaded for the manager');
    else logger.warn({ problems: result.problems }, 'reload failed; the previous knowledge is still in service');
    await post({ docent: 'reload-result', requestId, result }).catch((error: unknown) => logger.error({ err: error }, 'could not send the reload result'));
  };

  process.on('message', (message: unknown) => {
    if (!isManagerMessage(message)) return;
    if (message.docent === 'reload') void answerReload(message.requestId);
    else if (message.docent === 'rate-limit-result') pendingLimits.get(message.requestId)?.(message.result);
    else waiting.get(message.requestId)?.(message.results);
  });

  const { knowledge, problems, source } = await loadKnowledge(knowledgeDir, config.DATA_DIR);
  for (const problem of problems) logger.warn({ problem }, 'knowledge file skipped');
  // 'snapshot' when the manager's snapshot was restored, as it should be; 'built' means it was not usable.
  logger.info({ source, documents: knowledge.documents.length, passages: knowledge.passages.length, knowledgeDir }, 'knowledge loaded');
  const store = createKnowledgeStore(knowledgeDir, knowledge, undefined, config.DATA_DIR);
  storeLoaded(store);
  await post({ docent: 'knowledge-loaded', source, documents: knowledge.documents.length });

  /**
   * The rate limit is the manager's, one for every shard (a user's servers may be on several). Should
   * the manager not answer within a second, this shard's own limiter decides rather than stall a reply.
   */
  const localLimiter = createRateLimiter({ count: config.RATE_LIMIT_COUNT, windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000 });
  const rateLimiter: RateLimiter = {
    take: (userId) =>
      new Promise<RateLimitResult>((resolvePromise) => {
        const requestId = randomUUID();
        const settle = (result: RateLimitResult): void => {
          clearTimeout(timer);
          pendingLimits.delete(requestId);
          resolvePromise(result);
        };
        const useLocal = (): void => settle(localLimiter.take(userId));
        const timer = setTimeout(useLocal, MANAGER_RATE_LIMIT_TIMEOUT_MS);
        pendingLimits.set(requestId, settle);
        post({ docent: 'rate-limit', requestId, userId }).catch(useLocal);
      }),
  };

  /** /reload on this shard: the manager reloads every shard and sends back each one's result. */
  const reloadEverywhere = (): Promise<readonly ShardReloadResult[]> =>
    new Promise((resolvePromise) => {
      const requestId = randomUUID();
      const started = performance.now();
      const finish = (results: readonly ShardReloadResult[]): void => {
        clearTimeout(timer);
        waiting.delete(requestId);
        resolvePromise(results);
      };
      const fail = (message: string): void => finish([{ shard, result: failedReload('shard manager', message, performance.now() - started) }]);
      const timer = setTimeout(() => fail(`did not answer within ${MANAGER_ANSWER_TIMEOUT_MS / 1000} s`), MANAGER_ANSWER_TIMEOUT_MS);
      waiting.set(requestId, finish);
      post({ docent: 'reload-request', requestId }).catch((error: unknown) => fail(`could not be reached: ${error instanceof Error ? error.message : String(error)}`));
    });

  // The manager is gone (crashed or killed): a shard on its own would serve without /reload; stop.
  process.once('disconnect', () => {
    logger.warn('the shard manager disconnected; stopping');
    void (bot?.stop() ?? Promise.resolve()).finally(() => process.exit(0));
  });

  const [{ startBot }, { commands, contextMenus }, { openAdminFromConfig }] = await Promise.all([
    import('../bot/start.ts'),
    import('../../commands/index.ts'),
    import('../admin/open.ts'),
  ]);
  // Once per shard process, on the one database every shard shares (WAL): a document one shard adds is
  // served by the others at their next question, as the catalog checks the database's generations.
  const { catalog, feedback } = openAdminFromConfig(config, store, logger);
  bot = await startBot({ config: { ...config, DISCORD_TOKEN: token }, logger, store, catalog, feedback, commands, contextMenus, handleSignals: true, reloadEverywhere, rateLimiter });
  logger.info({ shards: bot.client.shard?.ids, shardCount: bot.client.shard?.count }, 'shard serving');
}

/** The shard id discord.js's manager put in SHARDS (the client reads it too); null if absent. */
function shardIdFromEnvironment(): number | null {
  try {
    const ids: unknown = JSON.parse(process.env.SHARDS ?? 'null');
    const id = Array.isArray(ids) ? (ids as unknown[])[0] : ids;
    return typeof id === 'number' ? id : null;
  } catch {
    return null;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`docent shard: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
