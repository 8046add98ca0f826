/**
 * Where a V8 CPU profile (`node --cpu-prof`, or the inspector's Profiler) spent its samples: by
 * function (self time, and time including callees) and by where the code lives (a package, a folder
 * of docent, Node's internals, the garbage collector).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Profiler } from 'node:inspector';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface ProfileShare {
  readonly name: string;
  /** The share of the busy samples, 0–1. */
  readonly share: number;
}

export interface ProfileSummary {
  /** Samples taken while the process ran JavaScript, the GC or the engine (idle samples excluded). */
  readonly busySamples: number;
  /** The busy share of all samples: how much of the wall time the process's main thread worked. */
  readonly busyShare: number;
  readonly bySelf: readonly ProfileShare[];
  readonly byTotal: readonly ProfileShare[];
  readonly byPlace: readonly ProfileShare[];
}

/**
 * Reads the main thread's profile of the one process `node --cpu-prof` profiled into `dir`. Each thread
 * writes its own (`CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile`; tsx's loader runs in thread 1).
 */
export async function readCpuProfile(dir: string): Promise<Profiler.Profile> {
  const file = (await readdir(dir)).find((name) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(name));
  if (file === undefined) throw new Error(`bench: no main-thread .cpuprofile in ${dir}`);
  return JSON.parse(await readFile(join(dir, file), 'utf8')) as Profiler.Profile;
}

/** Now on the clock V8 stamps profile samples with (CLOCK_MONOTONIC, µs), the same in every process on the machine. */
export const profileClockUs = (): number => Number(process.hrtime.bigint() / 1000n);

/** Two `profileClockUs()` readings: the samples taken between them. */
export interface ProfileWindow {
  readonly fromUs: number;
  readonly toUs: number;
}

/** `window`: only the samples taken in it, or in any of them (e.g. the load, not the start; the rounds, not the pauses between them). */
export function summariseProfile(profile: Profiler.Profile, top = 15, window?: ProfileWindow | readonly ProfileWindow[]): ProfileSummary {
  const windows = window === undefined ? undefined : 'fromUs' in window ? [window] : window;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const place = new Map<string, number>();
  let busy = 0;
  let all = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let stamp = profile.startTime;
  for (const [at, id] of samples.entries()) {
    stamp += deltas[at] ?? 0;
    if (windows !== undefined && !windows.some(({ fromUs, toUs }) => stamp >= fromUs && stamp <= toUs)) continue;
    all += 1;
    const leaf = nodes.get(id);
    if (leaf === undefined || leaf.callFrame.functionName === '(idle)') continue;
    busy += 1;
    bump(self, nameOf(leaf.callFrame));
    bump(place, placeOf(leaf.callFrame));
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = nodes.get(at);
      if (node !== undefined && node.callFrame.functionName !== '(root)') onStack.add(nameOf(node.callFrame));
    }
    for (const name of onStack) bump(total, name);
  }
  const ranked = (counts: Map<string, number>) =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, count]) => ({ name, share: busy === 0 ? 0 : count / busy }));
  return { busySamples: busy, busyShare: all === 0 ? 0 : busy / all, bySelf: ranked(self), byTotal: ranked(total), byPlace: ranked(place) };
}

/** The function and its file, relative to the repository (line numbers are the compiled code's, so left out). */
function nameOf(frame: Profiler.ProfileNode["callFrame"]): string {
  const file = fileOf(frame.url);
  return `${frame.functionName || '(anonymous)'}${file === '' ? '' : ` ${file}`}`;
}

function fileOf(url: string): string {
  if (url === '') return '';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  return path.startsWith(ROOT) ? path.slice(ROOT.length) : path;
}

/** A package (node_modules/<name>), a folder of docent (src/core, commands, …), Node's own code, or V8's pseudo-frames. */
function placeOf(frame: Profiler.ProfileNode["callFrame"]): string {
  const file = fileOf(frame.url);
  if (file === '') return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (inPackage !== null) return `node_modules/${inPackage[1] ?? ''}`;
  if (file.startsWith('node:')) return 'node: internals';
  const folders = file.split('/');
  return folders.length > 2 ? `${folders[0] ?? ''}/${folders[1] ?? ''}` : (folders[0] ?? file);
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
