/**
 * `npx tsx bench/profile.ts [passes]`: where docent's query path spends its time on the large corpus.
 * Samples the CPU only while the bench queries run (not while the knowledge is built) and prints the
 * functions with the largest shares, by self time and by time including callees.
 */
import { Session, type Profiler } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { QUERIES } from './queries.ts';
import { RESULT_LIMIT } from './speed.ts';
import { formatTable } from './table.ts';

// tsx compiles each module to one line: source maps, kept only for modules loaded from here on, give
// profile entries their TypeScript lines. So the core is imported after this, dynamically.
process.setSourceMapsEnabled(true);
const { ensureLargeCorpus } = await import('./corpus.ts');
const { docentEngine } = await import('./engines/docent.ts');
const { loadBenchInput } = await import('./input.ts');

const passes = Number(process.argv[2] ?? 5);
const ROOT = new URL('../', import.meta.url).href;
const TOP = 20;

const input = await loadBenchInput(await ensureLargeCorpus());
const knowledge = docentEngine.build(input);
// One pass first, so the profile shows steady state rather than compilation and first-use caches.
for (const query of QUERIES) docentEngine.search(knowledge, query, RESULT_LIMIT);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
for (let pass = 0; pass < passes; pass += 1) for (const query of QUERIES) docentEngine.search(knowledge, query, RESULT_LIMIT);
const { profile } = await session.post('Profiler.stop');
session.disconnect();

const { self, total, samples } = shares(profile);
console.log(`docent query path, ${input.passages.length.toLocaleString('en-US')} passages, ${passes} × ${QUERIES.length} queries, ${samples} samples`);
for (const [title, counts] of [['self time', self], ['time including callees', total]] as const) {
  const rows = [...counts].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  console.log(`\nTop functions by ${title}`);
  console.log(formatTable([{ header: 'share', align: 'right' }, { header: 'function', align: 'left' }], rows.map(([name, count]) => [`${((count / samples) * 100).toFixed(1)}%`, name])));
}

/** Samples per function: where the sample was taken (self) and anywhere on its stack (total, once per sample). */
function shares(profile: Profiler.Profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let samples = 0;
  for (const id of profile.samples ?? []) {
    const leaf = nodes.get(id);
    if (leaf === undefined || ['(idle)', '(program)', '(root)'].includes(leaf.callFrame.functionName)) continue;
    samples += 1;
    bump(self, nameOf(leaf));
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = nodes.get(at);
      if (node !== undefined && node.callFrame.functionName !== '(root)') onStack.add(nameOf(node));
    }
    for (const name of onStack) bump(total, name);
  }
  return { self, total, samples };
}

/** The function's name and its place in the TypeScript source (or the JavaScript, for packages). */
function nameOf(node: Profiler.ProfileNode): string {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const entry = url.length > 0 && lineNumber >= 0 ? findSourceMap(url)?.findEntry(lineNumber, columnNumber) : undefined;
  const line = entry !== undefined && 'originalLine' in entry && typeof entry.originalLine === 'number' ? entry.originalLine : lineNumber;
  const source = entry !== undefined && 'originalSource' in entry && typeof entry.originalSource === 'string' ? entry.originalSource : url;
  const file = source.replace(ROOT, '');
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${line + 1}` : ''}`;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
