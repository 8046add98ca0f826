/**
 * Start-up: from spawning the bot to the client's ready (the bot's 'ready' log line, written on
 * `clientReady`), logged into the fake Discord. For the article and for the large corpus, each built from
 * the text (its snapshot deleted first) and restored from the snapshot the build saved. The article is
 * started both as TypeScript through tsx (`npm run dev`) and compiled (`node dist/src/main.js`, what
 * `npm start` runs, built first as its `prestart` does); the large corpus through tsx, where the build
 * dominates. Every start is a fresh process; each case is repeated and its median reported.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { snapshotPath } from '../src/core/snapshot.ts';
import { startFakeDiscord } from '../tests/e2e/fake-discord/index.ts';
import { benchDataDir, spawnBotChild } from './bot-child.ts';
import { ensureLargeCorpus } from './corpus.ts';
import type { SnapshotStages } from './snapshot-stages.ts';
import { median } from './stats.ts';

const ARTICLE_DIR = fileURLToPath(new URL('../knowledge/', import.meta.url));
const STAGES_SCRIPT = fileURLToPath(new URL('./snapshot-stages.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The TypeScript compiler by its path; `-b tsconfig.build.json` is `npm run build`, incremental. */
const TSC = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
/** The build's second step (package.json `build`): discord.js, zod and yaml bundled into dist/node_modules/. */
const VENDOR = fileURLToPath(new URL('../dist/src/vendor.js', import.meta.url));
/** Building the large corpus takes about 25 s on two cores; a start that takes this long has failed. */
const START_TIMEOUT_MS = 180_000;

export interface StartupPlan {
  /** Starts of the article, each built and each from the snapshot. */
  readonly article: number;
  /** Starts of the large corpus built from text, and from its snapshot; both 0 leave it out (`--startup-article-only`). */
  readonly largeBuilt: number;
  readonly largeSnapshot: number;
}

export type Corpus = 'article' | 'large';
export type Source = 'built' | 'snapshot';
/** How the bot runs: its TypeScript through tsx, or the compiled `dist/` by plain node. */
export type Runtime = 'tsx' | 'compiled';

export interface StartupRun {
  /** Spawn to the 'knowledge loaded' line: Node, tsx (unless compiled), the core's modules and loadKnowledge. */
  readonly knowledgeMs: number;
  /** Spawn to the client's IDENTIFY at the fake. */
  readonly identifyMs: number;
  /** Spawn to the 'ready' line. */
  readonly readyMs: number;
  /**
   * The bot's CPU time (user + system, every thread) when its 'ready' line arrived, or null where /proc is
   * missing: on a shared, busy machine the steadier figure, as the wall times grow with others' load.
   */
  readonly readyCpuMs: number | null;
  /** Of `readyCpuMs`, the main thread's (null without /proc): the critical path when a core is free for the rest. */
  readonly readyMainThreadCpuMs: number | null;
  /** Where the knowledge came from, told by the snapshot file: written by this start (built) or left as it was. */
  readonly source: Source;
}

export interface StartupCase {
  readonly knowledge: Corpus;
  readonly runtime: Runtime;
  /** The source asked for; a run whose source differs is reported in `notes`. */
  readonly source: Source;
  readonly passages: number;
  readonly runs: readonly StartupRun[];
  readonly knowledgeMs: number;
  readonly identifyMs: number;
  readonly readyMs: number;
  /** Median of the runs' `readyCpuMs` (NaN without /proc). */
  readonly readyCpuMs: number;
  /** Median of the runs' `readyMainThreadCpuMs` (NaN without /proc). */
  readonly readyMainThreadCpuMs: number;
}

export interface StartupResult {
  readonly plan: StartupPlan;
  readonly cases: readonly StartupCase[];
  readonly snapshotMiB: { readonly article: number; readonly large: number };
  /** Large corpus: median ready time built from text ÷ median ready time from the snapshot. */
  readonly largeSnapshotSpeedup: number;
  /** Wall time of the build before the compiled starts: what `npm start`'s prestart cost this time (little when the tree was built). */
  readonly buildMs: number;
  readonly notes: readonly string[];
  /** When `wantStages` asked for them: the snapshot path's stages for the large corpus, in a fresh process. */
  readonly stages: SnapshotStages | null;
}

/** `wantStages` hears the large corpus's speed-up from the snapshot and says whether to time the snapshot path's stages. */
export async function measureStartup(plan: StartupPlan, progress: (message: string) => void, wantStages: (speedup: number) => boolean): Promise<StartupResult> {
  const root = await mkdtemp(join(tmpdir(), 'docent-bench-startup-'));
  const articleDir = join(root, 'article');
  const largeDir = join(root, 'large');
  try {
    progress('start-up: compiling (npm run build)');
    const buildMs = await buildCompiled();
    await cp(ARTICLE_DIR, articleDir, { recursive: true });
    const large = plan.largeBuilt + plan.largeSnapshot > 0;
    if (large) await cp(await ensureLargeCorpus(), largeDir, { recursive: true });
    const notes: string[] = [];
    const runs = new Map<string, { passages: number; runs: StartupRun[] }>();
    const once = async (knowledge: Corpus, source: Source, runtime: Runtime = 'tsx') => {
      const dir = knowledge === 'article' ? articleDir : largeDir;
      const { run, passages } = await startOnce(dir, source, runtime);
      if (run.source !== source) notes.push(`a ${knowledge} start (${runtime}) meant to be ${source} was ${run.source}`);
      const name = `${knowledge} ${runtime} ${source}`;
      const entry = runs.get(name) ?? { passages, runs: [] };
      entry.runs.push(run);
      runs.set(name, entry);
    };

    progress(`start-up: the article, ${plan.article} × built and from the snapshot, through tsx and compiled`);
    // Built, then from the snapshot that build saved, in turn. The snapshot's key covers the code that
    // runs (.ts or .js), so each runtime builds its own.
    for (let at = 0; at < plan.article; at += 1) {
      for (const runtime of ['tsx', 'compiled'] as const) {
        await once('article', 'built', runtime);
        await once('article', 'snapshot', runtime);
      }
    }
    if (large) progress(`start-up: the large corpus, ${plan.largeBuilt} × built (about 30 s each), ${plan.largeSnapshot} × from the snapshot`);
    for (let at = 0; large && at < Math.max(plan.largeBuilt, plan.largeSnapshot); at += 1) {
      // The first round builds, so a snapshot is there to start from.
      if (at < plan.largeBuilt || at === 0) await once('large', 'built');
      if (at < plan.largeSnapshot) await once('large', 'snapshot');
    }

    const cases: StartupCase[] = [...runs].map(([name, entry]) => {
      const [knowledge, runtime, source] = name.split(' ') as [Corpus, Runtime, Source];
      return {
        knowledge,
        runtime,
        source,
        passages: entry.passages,
        runs: entry.runs,
        knowledgeMs: median(entry.runs.map((run) => run.knowledgeMs)),
        identifyMs: median(entry.runs.map((run) => run.identifyMs)),
        readyMs: median(entry.runs.map((run) => run.readyMs)),
        readyCpuMs: median(entry.runs.map((run) => run.readyCpuMs ?? Number.NaN)),
        readyMainThreadCpuMs: median(entry.runs.map((run) => run.readyMainThreadCpuMs ?? Number.NaN)),
      };
    });
    const ready = (knowledge: Corpus, source: Source) =>
      cases.find((entry) => entry.knowledge === knowledge && entry.runtime === 'tsx' && entry.source === source)?.readyMs ?? Number.NaN;
    const speedup = ready('large', 'built') / ready('large', 'snapshot');
    let stages: SnapshotStages | null = null;
    if (large && wantStages(speedup)) {
      progress('start-up: the snapshot target was missed; timing the snapshot path');
      stages = await snapshotStages(largeDir);
    }
    return {
      plan,
      cases,
      snapshotMiB: { article: await sizeMiB(snapshotPath(articleDir, benchDataDir(articleDir))), large: await sizeMiB(snapshotPath(largeDir, benchDataDir(largeDir))) },
      largeSnapshotSpeedup: speedup,
      buildMs,
      notes,
      stages,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * `npm run build` (`tsc -b tsconfig.build.json`, incremental, then the vendor bundles, as `npm start`'s
 * prestart runs it), so the compiled starts run the code measured; resolves with its wall time in ms.
 */
export async function buildCompiled(): Promise<number> {
  const started = performance.now();
  await promisify(execFile)(process.execPath, [TSC, '-b', 'tsconfig.build.json'], { cwd: ROOT, maxBuffer: 16 * 2 ** 20 });
  await promisify(execFile)(process.execPath, [VENDOR, 'dist'], { cwd: ROOT, maxBuffer: 16 * 2 ** 20 });
  return performance.now() - started;
}

/** One compiled start of a build compared (`compareStartups`), with the load average when it was ready. */
export interface ComparedStart extends StartupRun {
  readonly loadAverage: number;
}

/**
 * Compiled starts of the article from its snapshot, for each of `mains` (entry points of builds of the bot:
 * `dist/src/main.js`, a copy of `dist/` from before a change…), started in turn round after round so that
 * every build meets the same load: on a shared machine, the only fair way to tell two builds apart.
 * Each build gets its own copy of the article and its own snapshot (the key hashes the code that runs),
 * written by one start first that is not counted. Resolves with each build's starts, in `mains`' order.
 */
export async function compareStartups(mains: readonly string[], runs: number, progress: (message: string) => void): Promise<ComparedStart[][]> {
  const root = await mkdtemp(join(tmpdir(), 'docent-bench-startup-compare-'));
  try {
    const dirs = mains.map((_, at) => join(root, `article-${at}`));
    for (const [at, main] of mains.entries()) {
      await cp(ARTICLE_DIR, dirs[at] ?? '', { recursive: true });
      await startOnce(dirs[at] ?? '', 'built', 'compiled', main);
    }
    const starts: ComparedStart[][] = mains.map(() => []);
    for (let round = 0; round < runs; round += 1) {
      progress(`start-up compared: round ${round + 1} of ${runs}`);
      for (const [at, main] of mains.entries()) {
        const { run } = await startOnce(dirs[at] ?? '', 'snapshot', 'compiled', main);
        starts[at]?.push({ ...run, loadAverage: loadavg()[0] ?? Number.NaN });
      }
    }
    return starts;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * One start: a fresh fake, the bot spawned, timed to 'knowledge loaded', IDENTIFY and 'ready', then one
 * question answered. `compiledMain`: another compiled build's entry point than `dist/src/main.js`.
 */
async function startOnce(dir: string, source: Source, runtime: Runtime, compiledMain?: string): Promise<{ run: StartupRun; passages: number }> {
  const snapshot = snapshotPath(dir, benchDataDir(dir));
  if (source === 'built') await rm(snapshot, { force: true });
  const before = await modifiedAt(snapshot);
  if (source === 'snapshot' && before === null) throw new Error(`bench: no snapshot in ${dir} to start from`);
  const fake = await startFakeDiscord();
  const bot = spawnBotChild({ apiUrl: fake.apiUrl, knowledgeDir: dir, logLevel: 'info', runtime, ...(compiledMain === undefined ? {} : { compiledMain }) });
  try {
    const identified = fake.waitForIdentify(1, START_TIMEOUT_MS).then(() => performance.now());
    const loaded = await bot.waitForLog((line) => line.msg === 'knowledge loaded', START_TIMEOUT_MS);
    const ready = await bot.waitForLog((line) => line.msg === 'ready', START_TIMEOUT_MS);
    const readyCpuMs = bot.cpuMs();
    const readyMainThreadCpuMs = bot.mainThreadCpuMs();
    const identifyAt = await identified;
    // Ready means answering: one question, answered with a cited passage.
    const sent = fake.sendSlashCommand({ name: 'ask', options: { question: 'what is the common prosperity demonstration zone' } });
    const callback = (await fake.waitForInteractionResponse(sent.id, 10_000)).body as { type?: number };
    if (callback.type !== 4) throw new Error(`bench: the bot's first answer was ${JSON.stringify(callback)}`);
    const after = await modifiedAt(snapshot);
    return {
      run: {
        knowledgeMs: loaded.at - bot.spawnedAt,
        identifyMs: identifyAt - bot.spawnedAt,
        readyMs: ready.at - bot.spawnedAt,
        readyCpuMs,
        readyMainThreadCpuMs,
        source: after !== null && after !== before ? 'built' : 'snapshot',
      },
      passages: typeof loaded.line['passages'] === 'number' ? loaded.line['passages'] : 0,
    };
  } finally {
    await bot.stop();
    await fake.close();
  }
}

/** The snapshot path's stages, in a fresh process (`snapshot-stages.ts`), for a directory holding a current snapshot. */
async function snapshotStages(dir: string): Promise<SnapshotStages> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', TSX, STAGES_SCRIPT, dir], { maxBuffer: 16 * 2 ** 20 });
  return JSON.parse(stdout) as SnapshotStages;
}

async function modifiedAt(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
}

async function sizeMiB(path: string): Promise<number> {
  try {
    return (await stat(path)).size / 2 ** 20;
  } catch {
    return Number.NaN;
  }
}
