/**
 * The scale bench, measured as the independent check measured docent (issue 13): knowledge bases of about 5k,
 * 30k and 100k passages, ≥ 1,000 queries drawn from each (2–5-word windows of random passages, 30% with one
 * typo, some of common words only) with a seeded random order, a warm-up, then repetitions; for each engine
 * p50, p99, the known-item rate (the source passage in the top 10), memory held (heap and typed arrays), snapshot bytes per byte of text and
 * load time, with the ratios to docent and the growth from the smallest to the largest base.
 */
import { performance } from 'node:perf_hooks';
import type { KnowledgeDocument } from '../src/core/types.ts';
import type { Engine } from './engines/engine.ts';
import { liveMemoryBytes } from './heap.ts';
import { seededRandom } from './random.ts';
import { scaleInputs, type ScaleInput } from './scale-corpus.ts';
import { drawQueries, findsSource, sameTextGroups, DEFAULT_QUERY_DRAW, type KnownItemQuery } from './scale-queries.ts';
import { median, percentile } from './stats.ts';

/** The top a known item must reach. */
const TOP = 10;

export interface ScalePlan {
  /** Passages of each knowledge base, about. */
  readonly sizes: readonly number[];
  readonly queries: number;
  /** Queries run once before timing, so the JIT and the caches are warm as in a running bot. */
  readonly warmup: number;
  /** Timed passes over the queries; p50 and p99 are the medians over passes. */
  readonly repetitions: number;
  /**
   * An engine slower than this at its median is timed over one pass only (plain MiniSearch takes 60 ms a query at
   * 30k, seconds with fuzzy matching): its figures stand, the run stays within minutes.
   */
  readonly slowQueryMs: number;
  readonly seed: number;
}

export interface ScaleRow {
  readonly size: string;
  readonly passages: number;
  readonly generatedPassages: number;
  readonly megabytes: number;
  readonly engine: string;
  readonly buildMs: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Share of queries whose source passage is in the top 10. */
  readonly knownItem: number;
  /** The same by kind of query. */
  readonly knownItemByKind: Readonly<Record<KnownItemQuery['kind'], number>>;
  /** Heap and typed arrays held by the built index (`liveMemoryBytes`). */
  readonly memoryMiB: number;
  readonly memoryBytesPerTextByte: number;
  readonly snapshotBytesPerTextByte: number;
  readonly loadMs: number;
  readonly passes: number;
}

/** Every engine on every size, smallest first; `progress` is told what runs, `sizeDone` each size's rows as they are ready. */
export function measureScale(
  engines: readonly Engine<unknown>[],
  documents: readonly KnowledgeDocument[],
  plan: ScalePlan,
  progress: (message: string) => void,
  sizeDone: (rows: readonly ScaleRow[]) => void,
): ScaleRow[] {
  const rows: ScaleRow[] = [];
  for (const input of scaleInputs(documents, plan.sizes, seededRandom(plan.seed))) {
    const queries = drawQueries(input.passages, seededRandom(plan.seed + input.passages.length), { ...DEFAULT_QUERY_DRAW, count: plan.queries });
    for (const engine of engines) {
      progress(`scale ${input.name} (${input.passages.length.toLocaleString('en-US')} passages): ${engine.name}`);
      rows.push(measureEngine(engine, input, queries, plan));
    }
    sizeDone(rows.filter((row) => row.size === input.name));
  }
  return rows;
}

function measureEngine(engine: Engine<unknown>, input: ScaleInput, queries: readonly KnownItemQuery[], plan: ScalePlan): ScaleRow {
  const memoryBefore = liveMemoryBytes();
  const buildStart = performance.now();
  let index: unknown = engine.build(input);
  const buildMs = performance.now() - buildStart;
  const memoryBytes = liveMemoryBytes() - memoryBefore;

  const sameText = sameTextGroups(input.passages);
  for (const query of queries.slice(0, plan.warmup)) engine.search(index, query.text, TOP);
  const passes: number[][] = [];
  const hits = { window: [0, 0], typo: [0, 0], common: [0, 0] } satisfies Record<KnownItemQuery['kind'], number[]>;
  for (let pass = 0; pass < plan.repetitions; pass += 1) {
    const latencies: number[] = [];
    for (const query of queries) {
      const start = performance.now();
      const ids = engine.search(index, query.text, TOP);
      latencies.push(performance.now() - start);
      if (pass === 0) {
        const counts = hits[query.kind];
        counts[0] = (counts[0] ?? 0) + (findsSource(ids, query, sameText, TOP) ? 1 : 0);
        counts[1] = (counts[1] ?? 0) + 1;
      }
    }
    passes.push(latencies);
    if (percentile(latencies, 50) > plan.slowQueryMs) break;
  }

  const snapshot = engine.serialize(index);
  index = null; // the built index goes before the loaded one comes, as in a restart
  const loadStart = performance.now();
  engine.load(snapshot, input);
  const loadMs = performance.now() - loadStart;

  const rate = ([hit, all]: number[]) => (all === 0 ? 0 : (hit ?? 0) / (all ?? 1));
  const totalHits = Object.values(hits).reduce((sum, [hit]) => sum + (hit ?? 0), 0);
  return {
    size: input.name,
    passages: input.passages.length,
    generatedPassages: input.generatedPassages,
    megabytes: input.bytes / 1e6,
    engine: engine.name,
    buildMs,
    p50Ms: median(passes.map((latencies) => percentile(latencies, 50))),
    p99Ms: median(passes.map((latencies) => percentile(latencies, 99))),
    knownItem: totalHits / queries.length,
    knownItemByKind: { window: rate(hits.window), typo: rate(hits.typo), common: rate(hits.common) },
    memoryMiB: memoryBytes / 2 ** 20,
    memoryBytesPerTextByte: memoryBytes / input.bytes,
    snapshotBytesPerTextByte: Buffer.byteLength(snapshot) / input.bytes,
    loadMs,
    passes: passes.length,
  };
}

/** How a figure grows from the smallest base to the largest: the exponent e of N^e. */
export function growthExponent(small: { passages: number; value: number }, large: { passages: number; value: number }): number {
  return Math.log(large.value / small.value) / Math.log(large.passages / small.passages);
}
