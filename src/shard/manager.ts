import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { ShardingManager, type Shard } from 'discord.js';
import type { Logger } from 'pino';
import { createRateLimiter } from '../bot/rate-limit.ts';
import type { Config } from '../config.ts';
import { buildInWorker } from '../core/build.ts';
import { moduleExtension } from '../core/module-file.ts';
import { DEFAULT_ENGINE_OPTIONS } from '../core/options.ts';
import { loadKnowledge, type KnowledgeSource, type ReloadResult, type ShardReloadResult } from '../core/store.ts';
import type { Problem } from '../core/types.ts';
import { handleShutdownSignals } from '../shutdown.ts';
import { watchKnowledge, type KnowledgeWatcher } from '../watch.ts';
import { failedReload, isShardMessage, type ManagerMessage } from './protocol.ts';
import { createSessionBudget, describeDuration, respawnDelayMs, RESPAWN_DEFAULTS, type RespawnOptions } from './respawn.ts';
import { fetchGatewayBot, resolveShardCount } from './shard-count.ts';

/** The manager runs as TypeScript (tsx: development, tests) or compiled (`dist/`); its shards run the same. */
const RUNS_TYPESCRIPT = moduleExtension(import.meta.url) === '.ts';

/** The script each shard process runs: `shard.ts` beside this file, or the compiled `shard.js`. */
const SHARD_ENTRY = resolve(import.meta.dirname, RUNS_TYPESCRIPT ? 'shard.ts' : 'shard.js');

/**
 * The node options of a shard process. TypeScript shards need tsx's loader, resolved from here so it
 * works from any working directory; compiled shards need nothing (tsx is a development dependency,
 * absent from a production install, so it is only looked up when needed).
 */
function shardExecArgv(): string[] {
  return RUNS_TYPESCRIPT ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : [];
}

/** discord.js's own default: Discord lets a bot IDENTIFY about once per 5 s (per max_concurrency bucket). */
const DEFAULT_SPAWN_DELAY_MS = 5500;
const DEFAULT_READY_TIMEOUT_MS = 30_000;
const DEFAULT_RELOAD_TIMEOUT_MS = 30_000;
/** How long a shard has to close its gateway connection and exit before it is killed. */
const STOP_TIMEOUT_MS = 10_000;

export interface ShardManagerOptions {
  readonly config: Config & { DISCORD_TOKEN: string };
  readonly logger: Logger;
  /** Pause between spawning two shards. Default 5.5 s (Discord's identify rate); 0 in tests. */
  readonly spawnDelayMs?: number;
  /** How long a shard has to become ready once spawned. Default 30 s. */
  readonly readyTimeoutMs?: number;
  /** How long a shard has to answer a reload before it is reported failed. Default 30 s. */
  readonly reloadTimeoutMs?: number;
  /** Takes the shards' stdout and stderr instead of letting them share this process's (by default). */
  readonly output?: (shard: number, chunk: string) => void;
  /** SIGINT and SIGTERM stop every shard, then the process exits 0. */
  readonly handleSignals?: boolean;
  /** How a shard that exited is respawned: exponential backoff with jitter (`respawn.ts`). */
  readonly respawn?: RespawnOptions;
  /** The first pause between start-up's tries of `GET /gateway/bot` (doubling). Default 1 s. */
  readonly gatewayRetryBaseMs?: number;
}

export interface RunningShards {
  readonly manager: ShardingManager;
  readonly shardCount: number;
  readonly knowledgeDir: string;
  /**
   * Re-reads the documents once and writes their snapshot, then has every shard reload (from that
   * snapshot) and collects each shard's result. If the documents have a problem, no shard is asked and
   * the one result (shard null) names it. Concurrent calls share one reload.
   */
  reloadAll(): Promise<ShardReloadResult[]>;
  /** Stops every shard (SIGTERM: each closes its gateway connection) and waits for them to exit. */
  stop(): Promise<void>;
}

/**
 * Starts docent sharded on discord.js's ShardingManager: resolves the shard count (`auto` through
 * DISCORD_API_URL), loads the knowledge and writes its snapshot once, then spawns the shards, each of
 * which loads that snapshot. Resolves when every shard is ready.
 */
export async function startShardManager(options: ShardManagerOptions): Promise<RunningShards> {
  const { config, logger } = options;
  const reloadTimeoutMs = options.reloadTimeoutMs ?? DEFAULT_RELOAD_TIMEOUT_MS;
  const knowledgeDir = resolve(config.KNOWLEDGE_DIR);
  const dataDir = resolve(config.DATA_DIR);

  // Asked once, with retries: the shard count for `auto`, and how many gateway sessions Discord still allows today.
  const gatewayOptions = {
    apiUrl: config.DISCORD_API_URL,
    token: config.DISCORD_TOKEN,
    logger,
    ...(options.gatewayRetryBaseMs === undefined ? {} : { retryBaseMs: options.gatewayRetryBaseMs }),
  };
  const gateway = await fetchGatewayBot(gatewayOptions);
  const shardCount = await resolveShardCount(config.SHARD_COUNT, gatewayOptions, gateway);
  logger.info({ shardCount, setting: config.SHARD_COUNT, sessionStartLimit: gateway.session_start_limit }, 'shard count');
  // Respawns never spend the sessions needed to start every shard once more.
  const sessions = createSessionBudget(gateway.session_start_limit, { reserve: shardCount });
  if (!sessions.takeForStart(shardCount)) {
    const { remaining, total, resetsInMs } = sessions.state();
    throw new Error(
      `shard manager: Discord allows ${remaining} more gateway sessions (of ${total} a day, reset in ${describeDuration(resetsInMs)}); ` +
        `starting ${shardCount} shards needs ${shardCount}. Not starting, so as not to lock the bot out; try again after the reset.`,
    );
  }

  // Built (or restored) here once, so that every shard restores the snapshot instead of building.
  const started = performance.now();
  const { knowledge, problems, source } = await loadKnowledge(knowledgeDir, dataDir);
  for (const problem of problems) logger.warn({ problem }, 'knowledge file skipped');
  logger.info(
    { source, documents: knowledge.documents.length, passages: knowledge.passages.length, knowledgeDir, milliseconds: Math.round(performance.now() - started) },
    'knowledge loaded',
  );

  const manager = createManager(config);
  // One rate limit for every shard: a user whose servers are on several shards still gets one budget.
  const rateLimiter = createRateLimiter({ count: config.RATE_LIMIT_COUNT, windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000 });
  const shardSettings = settingsForShards(config, knowledgeDir);
  /** Reload answers awaited, by `${requestId}/${shardId}`. */
  const pending = new Map<string, (result: ReloadResult) => void>();
  let stopping: Promise<void> | null = null;
  /** Set before the shards are killed, so their deaths are not reported as crashes. */
  let stopRequested = false;
  let inFlight: Promise<ShardReloadResult[]> | null = null;
  let watcher: KnowledgeWatcher | null = null;
  /** Each shard's respawn state: failures in a row, when it was last ready, its pending respawn. */
  const respawns = new Map<number, { attempt: number; readyAt: number | null; timer: NodeJS.Timeout | null }>();
  const respawnOf = (id: number) => {
    let state = respawns.get(id);
    if (state === undefined) respawns.set(id, (state = { attempt: 0, readyAt: null, timer: null }));
    return state;
  };

  /**
   * Respawns an exited shard after a delay that doubles with each failure in a row (with jitter), while
   * the day's gateway sessions allow; discord.js's own respawn (at once, forever) is off.
   */
  const scheduleRespawn = (shard: Shard): void => {
    const state = respawnOf(shard.id);
    const stableMs = options.respawn?.stableMs ?? RESPAWN_DEFAULTS.stableMs;
    if (state.readyAt !== null && Date.now() - state.readyAt >= stableMs) state.attempt = 0;
    state.readyAt = null;
    const delayMs = respawnDelayMs(state.attempt, options.respawn);
    state.attempt += 1;
    logger.warn({ shard: shard.id, attempt: state.attempt, delayMs }, 'shard respawn scheduled');
    if (state.timer !== null) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = null;
      if (stopRequested || shard.process !== null) return;
      if (!sessions.takeForRespawn()) {
        const { remaining, total, resetsInMs, reserve } = sessions.state();
        logger.error(
          { shard: shard.id, remaining, total, resetsInMs, reserve },
          `shard ${shard.id} is not respawned: ${remaining} of Discord's ${total} daily gateway sessions remain (reset in ${describeDuration(resetsInMs)}), ` +
            `kept to start every shard again; fix what makes it fail and restart the bot`,
        );
        return;
      }
      shard.spawn(-1).catch((error: unknown) => logger.error({ err: error, shard: shard.id }, 'shard respawn failed'));
    }, delayMs);
  };

  const reloadShard = (shard: Shard, requestId: string): Promise<ShardReloadResult> =>
    new Promise((resolvePromise) => {
      const begun = performance.now();
      const key = `${requestId}/${shard.id}`;
      const finish = (result: ReloadResult): void => {
        clearTimeout(timer);
        pending.delete(key);
        shard.off('death', onDeath);
        resolvePromise({ shard: shard.id, result });
      };
      const fail = (message: string): void => finish(failedReload(`shard ${shard.id}`, message, performance.now() - begun));
      const onDeath = (): void => fail('exited during the reload');
      const timer = setTimeout(() => fail(`did not answer within ${reloadTimeoutMs / 1000} s`), reloadTimeoutMs);
      if (shard.process === null) {
        fail('is not running');
        return;
      }
      pending.set(key, finish);
      shard.once('death', onDeath);
      const message: ManagerMessage = { docent: 'reload', requestId };
      shard.send(message).catch((error: unknown) => fail(`could not be reached: ${errorMessage(error)}`));
    });

  const reloadOnce = async (): Promise<ShardReloadResult[]> => {
    const begun = performance.now();
    const prepared = await prepareSnapshot(knowledgeDir, dataDir, logger);
    if (prepared.kind === 'failed') {
      logger.warn({ problems: prepared.problems }, 'reload refused: the documents have problems; no shard changed');
      return [{ shard: null, result: { kind: 'failed', problems: prepared.problems, milliseconds: performance.now() - begun } }];
    }
    logger.info({ source: prepared.source, documents: prepared.documents, milliseconds: Math.round(performance.now() - begun) }, 'reload: snapshot ready');
    const requestId = randomUUID();
    const results = await Promise.all([...manager.shards.values()].map((shard) => reloadShard(shard, requestId)));
    results.sort((a, b) => (a.shard ?? -1) - (b.shard ?? -1));
    const summary = results.map(({ shard, result }) =>
      result.kind === 'reloaded' ? { shard, kind: result.kind, source: result.source } : { shard, kind: result.kind, problems: result.problems },
    );
    const failed = results.some(({ result }) => result.kind === 'failed');
    (failed ? logger.warn.bind(logger) : logger.info.bind(logger))({ results: summary }, failed ? 'reload finished; some shards failed' : 'reload finished');
    return results;
  };

  const reloadAll = (): Promise<ShardReloadResult[]> => {
    inFlight ??= reloadOnce().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };

  const onShardMessage = (shard: Shard, message: unknown): void => {
    if (!isShardMessage(message)) return;
    switch (message.docent) {
      case 'knowledge-loaded':
        logger.info({ shard: shard.id, source: message.source, documents: message.documents }, 'shard knowledge loaded');
        return;
      case 'reload-request':
        logger.info({ shard: shard.id }, 'reload requested');
        void reloadAll()
          .then((results) => shard.send({ docent: 'reload-response', requestId: message.requestId, results } satisfies ManagerMessage))
          .catch((error: unknown) => logger.error({ err: error, shard: shard.id }, 'could not answer a reload request'));
        return;
      case 'rate-limit':
        shard
          .send({ docent: 'rate-limit-result', requestId: message.requestId, result: rateLimiter.take(message.userId) } satisfies ManagerMessage)
          .catch((error: unknown) => logger.warn({ err: error, shard: shard.id }, 'could not answer a rate-limit request'));
        return;
      case 'reload-result': {
        const settle = pending.get(`${message.requestId}/${shard.id}`);
        if (settle === undefined) logger.warn({ shard: shard.id, kind: message.result.kind }, 'a shard answered a reload after its time-out');
        else settle(message.result);
        return;
      }
    }
  };

  manager.on('shardCreate', (shard) => {
    Object.assign(shard.env as Record<string, unknown>, shardSettings);
    shard.on('spawn', (child) => {
      const { pid, stdout, stderr } = child as ChildProcess;
      logger.info({ shard: shard.id, pid }, 'shard spawned');
      const output = options.output;
      if (output !== undefined) {
        for (const stream of [stdout, stderr]) stream?.setEncoding('utf8').on('data', (chunk: string) => output(shard.id, chunk));
      }
      // A shard spawned while stopping (spawning is slow and sequential) is stopped at once.
      if (stopRequested) shard.kill();
    });
    shard.on('ready', () => {
      respawnOf(shard.id).readyAt = Date.now();
      logger.info({ shard: shard.id }, 'shard ready');
    });
    shard.on('death', (child) => {
      const { exitCode, signalCode } = child as ChildProcess;
      if (stopRequested) return;
      logger.warn({ shard: shard.id, exitCode, signalCode }, 'shard exited');
      scheduleRespawn(shard);
    });
    shard.on('error', (error) => logger.error({ err: error, shard: shard.id }, 'shard error'));
    shard.on('message', (message) => onShardMessage(shard, message));
  });

  const stop = (): Promise<void> => {
    stopRequested = true;
    stopping ??= (async () => {
      for (const state of respawns.values()) if (state.timer !== null) clearTimeout(state.timer);
      await watcher?.close();
      await Promise.all([...manager.shards.values()].map((shard) => stopShard(shard)));
      logger.info({ shards: manager.shards.size }, 'shards stopped');
    })();
    return stopping;
  };

  if (options.handleSignals === true) handleShutdownSignals(logger, stop);

  const delay = options.spawnDelayMs ?? DEFAULT_SPAWN_DELAY_MS;
  const readyTimeoutMs = options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
  try {
    if (delay > 0) {
      // discord.js's pacing: each shard spawns once the one before is ready, and `delay` after it spawned.
      await manager.spawn({ amount: shardCount, delay, timeout: readyTimeoutMs });
    } else {
      // No identify rate to respect (a high max_concurrency, or the tests' fake): all shards at once.
      await manager.spawn({ amount: shardCount, delay: 0, timeout: -1 });
      await Promise.all([...manager.shards.values()].map((shard) => whenReady(shard, readyTimeoutMs)));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  logger.info({ shardCount }, 'all shards ready');
  // WATCH_KNOWLEDGE: the manager watches once for all shards (they do not watch), reloading as /reload does.
  if (config.WATCH_KNOWLEDGE && !stopRequested) {
    watcher = watchKnowledge({ dir: knowledgeDir, reload: reloadAll, logger });
    await watcher.ready; // ready means watching: a change from now on is seen
  }
  return { manager, shardCount, knowledgeDir, reloadAll, stop };

  function createManager(settings: Config & { DISCORD_TOKEN: string }): ShardingManager {
    // The constructor marks *this* process as a shard manager in process.env (and puts the token there);
    // that is for the shards, which get it explicitly, so this process's environment is put back.
    const keys = ['SHARDING_MANAGER', 'SHARDING_MANAGER_MODE', 'DISCORD_TOKEN'] as const;
    const saved = keys.map((key) => [key, process.env[key]] as const);
    const created = new ShardingManager(SHARD_ENTRY, {
      totalShards: shardCount,
      token: settings.DISCORD_TOKEN,
      mode: 'process',
      // Respawning is ours (scheduleRespawn): discord.js's respawns at once, forever, spending a session each time.
      respawn: false,
      execArgv: shardExecArgv(),
      silent: options.output !== undefined,
    });
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    return created;
  }
}

/**
 * The manager's settings for the shards, as environment strings: they run with the same config, the
 * knowledge directory resolved. discord.js sets SHARDS, SHARD_COUNT and DISCORD_TOKEN itself.
 */
function settingsForShards(config: Config, knowledgeDir: string): Record<string, string> {
  const env: Record<string, string> = { SHARDING_MANAGER_MODE: 'process' };
  for (const [key, value] of Object.entries(config)) {
    if (value === undefined || key === 'SHARD_COUNT' || key === 'DISCORD_TOKEN') continue;
    env[key] = Array.isArray(value) ? value.join(',') : String(value);
  }
  env.KNOWLEDGE_DIR = knowledgeDir;
  // The shards restore the manager's snapshot: the same data folder, whatever their working directory.
  env.DATA_DIR = resolve(config.DATA_DIR);
  return env;
}

type PreparedSnapshot =
  | { readonly kind: 'ready'; readonly source: KnowledgeSource; readonly documents: number }
  | { readonly kind: 'failed'; readonly problems: readonly Problem[] };

/**
 * Reads the documents and makes sure their snapshot is on disk: the one already there if it matches,
 * else built and written, in a worker thread (the manager keeps relaying messages and answering its
 * health endpoint meanwhile). Any problem in the documents stops the reload before a shard is asked.
 * A snapshot that cannot be written does not: each shard then builds for itself.
 */
async function prepareSnapshot(dir: string, dataDir: string, logger: Logger): Promise<PreparedSnapshot> {
  // A file with a problem: each shard keeps the version it has in service, so the documents it builds
  // from are not these; it builds for itself (`skipWhenProblems`).
  const built = await buildInWorker({ dir, dataDir, options: DEFAULT_ENGINE_OPTIONS, inService: [], returnParts: false, skipWhenProblems: true });
  if (built.kind === 'empty') return { kind: 'failed', problems: built.problems };
  if (built.kind === 'crashed') return { kind: 'failed', problems: [{ file: dir, message: `reload: building the knowledge failed: ${built.message}` }] };
  if (built.unsaved !== null) logger.warn({ err: built.unsaved, dir }, 'reload: the snapshot could not be written; each shard builds the knowledge itself');
  return { kind: 'ready', source: built.source, documents: built.documents.length };
}

/** Resolves when the shard's client is ready; rejects if its process exits first or it takes too long. */
function whenReady(shard: Shard, timeoutMs: number): Promise<void> {
  if (shard.ready) return Promise.resolve();
  return new Promise((resolvePromise, reject) => {
    const settle = (error: Error | null): void => {
      clearTimeout(timer);
      shard.off('ready', onReady);
      shard.off('death', onDeath);
      if (error === null) resolvePromise();
      else reject(error);
    };
    const onReady = (): void => settle(null);
    const onDeath = (): void => settle(new Error(`shard ${shard.id} exited before it was ready`));
    const timer = setTimeout(() => settle(new Error(`shard ${shard.id} was not ready within ${timeoutMs / 1000} s`)), timeoutMs);
    shard.once('ready', onReady);
    shard.once('death', onDeath);
  });
}

async function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (child === null) return;
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : once(child, 'exit').then(() => undefined);
  shard.kill(); // SIGTERM, and no respawn: the shard's bot closes its gateway connection and exits 0
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
