/**
 * The real bot, `node --import tsx src/main.ts` (or compiled: `node dist/src/main.js`, what `npm start`
 * runs), in a child process logged into a fake Discord: its JSON log lines (stderr) can be awaited, its
 * CPU time read, and it stops with SIGTERM as in production.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
/** `npm run build`'s output (tsconfig.build.json), run by plain node. */
const COMPILED_MAIN = fileURLToPath(new URL('../dist/src/main.js', import.meta.url));
/** tsx by its path: the child's working directory is the knowledge's temporary directory, not the repository. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const TOKEN = 'any.test.token';
const PROBE = fileURLToPath(new URL('./e2e-probe.ts', import.meta.url));
const WRITTEN = new URL('./e2e-written.mjs', import.meta.url).href;
const GCS = new URL('./e2e-gcs.mjs', import.meta.url).href;

export interface BotChildOptions {
  readonly apiUrl: string;
  readonly knowledgeDir: string;
  /** 'info' to see the 'knowledge loaded' and 'ready' lines; the load runs keep to 'warn'. */
  readonly logLevel: 'info' | 'warn';
  /** Writes a V8 CPU profile (`--cpu-prof`) into this directory when the bot exits. */
  readonly cpuProfileDir?: string;
  /** The TypeScript source through tsx (default), or the compiled `dist/` (build it first). */
  readonly runtime?: 'tsx' | 'compiled';
  /** Compiled only: the entry point to run instead of `dist/src/main.js` (another build of the bot, e.g. a copy of `dist/` from before a change). */
  readonly compiledMain?: string;
  /** Runs the bot through `e2e-probe.ts` (tsx only), which writes its timings to this file when the bot exits. */
  readonly probeFile?: string;
  /** Loads `e2e-written.mjs` into the bot, which writes to this file when the bot exits when each callback left it. */
  readonly writtenFile?: string;
  /** Loads `e2e-gcs.mjs` into the bot, which writes its main thread's collections to this file when the bot exits. */
  readonly gcFile?: string;
  /** Node's flags for the bot (e.g. `--single-threaded-gc`), to compare with the bot as `npm start` runs it. */
  readonly nodeFlags?: readonly string[];
}

export interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly [key: string]: unknown;
}

export interface BotChild {
  /** performance.now() just before the spawn: start-up is measured from here. */
  readonly spawnedAt: number;
  readonly pid: number;
  /** The first log line matching `predicate` with when it arrived here (performance.now()). */
  waitForLog(predicate: (line: LogLine) => boolean, timeoutMs: number): Promise<{ line: LogLine; at: number }>;
  /** Log lines at warn or above, and anything on stderr that is not a log line. */
  readonly complaints: string[];
  /** The child's user + system CPU time so far, in ms (from /proc; null where there is none). */
  cpuMs(): number | null;
  /**
   * The CPU time of its main thread alone (where the modules load and the knowledge is restored): what
   * stands between spawn and ready when other cores are free, so a steadier guide to the wall time on a
   * quiet machine than the whole process's, which adds the worker and V8's helper threads.
   */
  mainThreadCpuMs(): number | null;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code (null when killed). */
  stop(graceMs?: number): Promise<number | null>;
}

const WARN = 40;

export function spawnBotChild(options: BotChildOptions): BotChild {
  const entry = options.runtime === 'compiled' ? [options.compiledMain ?? COMPILED_MAIN] : ['--import', TSX, options.probeFile === undefined ? MAIN : PROBE];
  const args = [...(options.nodeFlags ?? []), ...(options.writtenFile === undefined ? [] : ['--import', WRITTEN]), ...(options.gcFile === undefined ? [] : ['--import', GCS]), ...(options.cpuProfileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`]), ...entry];
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, args, {
    // The temporary directory holds no .env, so only these settings apply.
    cwd: options.knowledgeDir,
    env: {
      PATH: process.env['PATH'] ?? '',
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: options.apiUrl,
      KNOWLEDGE_DIR: options.knowledgeDir,
      // The snapshot where the benchmarks look for it (`benchDataDir`): hidden, so never loaded as a document.
      DATA_DIR: benchDataDir(options.knowledgeDir),
      LOG_LEVEL: options.logLevel,
      // The most the config allows: the load comes from many users, and must never meet the limit.
      RATE_LIMIT_COUNT: '10000',
      ...(options.probeFile === undefined ? {} : { DOCENT_BENCH_PROBE: options.probeFile }),
      ...(options.writtenFile === undefined ? {} : { DOCENT_BENCH_WRITTEN: options.writtenFile }),
      ...(options.gcFile === undefined ? {} : { DOCENT_BENCH_GCS: options.gcFile }),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const lines: { line: LogLine; at: number }[] = [];
  const waiters = new Set<{ matches: (line: LogLine) => boolean; resolve: (entry: { line: LogLine; at: number }) => void }>();
  const complaints: string[] = [];
  let pending = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    const at = performance.now();
    pending += String(chunk);
    const end = pending.lastIndexOf('\n') + 1;
    const whole = pending.slice(0, end);
    pending = pending.slice(end);
    for (const raw of whole.split('\n')) {
      if (raw.trim() === '') continue;
      const line = parseLine(raw);
      if (line === null || line.level >= WARN) complaints.push(raw.slice(0, 500));
      if (line === null) continue;
      const entry = { line, at };
      lines.push(entry);
      for (const waiter of waiters) {
        if (!waiter.matches(line)) continue;
        waiters.delete(waiter);
        waiter.resolve(entry);
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let exitCode: number | null | undefined;
  void exited.then((code) => {
    exitCode = code;
  });

  return {
    spawnedAt,
    pid: child.pid ?? -1,
    complaints,
    waitForLog(predicate, timeoutMs) {
      const found = lines.find((entry) => predicate(entry.line));
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = {
          matches: predicate,
          resolve: (entry: { line: LogLine; at: number }) => {
            clearTimeout(timer);
            resolve(entry);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`bench: no matching log line from the bot within ${timeoutMs} ms${exitCode === undefined ? '' : ` (it exited with ${exitCode})`}; it complained:\n${complaints.slice(-5).join('\n')}`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    cpuMs: () => cpuMsOf(`/proc/${child.pid}/stat`),
    mainThreadCpuMs: () => cpuMsOf(`/proc/${child.pid}/task/${child.pid}/stat`),
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const killed = new Promise<null>((resolve) => {
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve(null);
        }, graceMs);
      });
      const code = await Promise.race([exited, killed]);
      clearTimeout(timer);
      await exited;
      return code;
    },
  };
}

function parseLine(raw: string): LogLine | null {
  try {
    const parsed = JSON.parse(raw) as Partial<LogLine>;
    return typeof parsed.level === 'number' && typeof parsed.msg === 'string' ? (parsed as LogLine) : null;
  } catch {
    return null;
  }
}

/** utime + stime of a process from /proc/<pid>/stat, in ms; the clock tick is 100 Hz on Linux. */
/** User + system CPU ms of a process's or a thread's `/proc` stat file (null where there is none). */
function cpuMsOf(statFile: string): number | null {
  try {
    const stat = readFileSync(statFile, 'utf8');
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** The data folder of a benchmark's knowledge folder: inside it, hidden. */
export function benchDataDir(knowledgeDir: string): string {
  return `${knowledgeDir}/.docent`;
}
