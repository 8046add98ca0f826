import { performance } from 'node:perf_hooks';
import type { BenchInput, Engine } from './engines/engine.ts';
import { liveHeapBytes } from './heap.ts';
import { median, percentile } from './stats.ts';

/** Passages a query asks for, as a user's first page would. */
export const RESULT_LIMIT = 10;

export interface SpeedPlan {
  /** Rounds; each builds, queries, saves and loads every index once, indexes in turn. */
  readonly repetitions: number;
  /** Times the query set is run per round, for enough samples behind p99. */
  readonly queryPasses: number;
}

/** One engine's figures: the median over rounds of each round's value. */
export interface SpeedResult {
  readonly engine: string;
  readonly buildMs: number;
  readonly heapMiB: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly serializedMiB: number;
  readonly loadMs: number;
  /** Queries that found nothing: an engine that finds nothing is fast for no merit. */
  readonly emptyQueries: number;
  /** Set when the index figures are those of another engine's index, searched differently. */
  readonly sharedIndexWith: string | null;
}

/** An index's figures in one round. */
interface IndexSample {
  readonly buildMs: number;
  readonly heapBytes: number;
  readonly serializedBytes: number;
  readonly loadMs: number;
}

/** One engine's queries in one round. */
interface QuerySample {
  readonly latenciesMs: readonly number[];
  readonly emptyQueries: number;
}

/**
 * Measures every engine on the same input. Indexes take turns within each round, and the order
 * rotates between rounds, so drift in the machine (heat, other load, heap state) spreads over all.
 */
export function measureSpeed(
  engines: readonly Engine<unknown>[],
  input: BenchInput,
  queries: readonly string[],
  plan: SpeedPlan,
): SpeedResult[] {
  const indexSamples = new Map<string, IndexSample[]>();
  const querySamples = new Map<string, QuerySample[]>();
  const groups = groupBySharedIndex(engines);
  for (let round = 0; round < plan.repetitions; round += 1) {
    for (const group of rotate(groups, round)) {
      const { index, queries: byEngine } = measureIndexRound(group, input, queries, plan.queryPasses);
      append(indexSamples, group[0]?.name ?? '', index);
      for (const [engine, sample] of byEngine) append(querySamples, engine, sample);
    }
  }
  return engines.map((engine) => {
    const owner = engine.sameIndexAs ?? engine.name;
    return summarise(engine, indexSamples.get(owner) ?? [], querySamples.get(engine.name) ?? []);
  });
}

/** Builds one index, runs each of its engines' queries on it, then saves and loads it. */
function measureIndexRound(group: readonly Engine<unknown>[], input: BenchInput, queries: readonly string[], passes: number) {
  const [owner] = group;
  if (owner === undefined) throw new Error('bench: an index group without an engine');
  const heapBefore = liveHeapBytes();
  const buildStart = performance.now();
  const index = owner.build(input);
  const buildMs = performance.now() - buildStart;
  const heapBytes = liveHeapBytes() - heapBefore;

  const byEngine = new Map(group.map((engine) => [engine.name, runQueries(engine, index, queries, passes)]));

  const serialized = owner.serialize(index);
  const loadStart = performance.now();
  const loaded = owner.load(serialized, input);
  const loadMs = performance.now() - loadStart;
  // A load that returns an index answering differently would make its time meaningless.
  assertSameAnswers(owner, index, loaded, queries.slice(0, 3));
  return { index: { buildMs, heapBytes, serializedBytes: Buffer.byteLength(serialized), loadMs }, queries: byEngine };
}

function runQueries(engine: Engine<unknown>, index: unknown, queries: readonly string[], passes: number): QuerySample {
  const latenciesMs: number[] = [];
  let emptyQueries = 0;
  for (let pass = 0; pass < passes; pass += 1) {
    for (const query of queries) {
      const start = performance.now();
      const ids = engine.search(index, query, RESULT_LIMIT);
      latenciesMs.push(performance.now() - start);
      if (pass === 0 && ids.length === 0) emptyQueries += 1;
    }
  }
  return { latenciesMs, emptyQueries };
}

function assertSameAnswers(engine: Engine<unknown>, built: unknown, loaded: unknown, queries: readonly string[]): void {
  for (const query of queries) {
    const [before, after] = [engine.search(built, query, RESULT_LIMIT), engine.search(loaded, query, RESULT_LIMIT)];
    if (before.join() !== after.join()) throw new Error(`bench: ${engine.name} answers "${query}" differently after load`);
  }
}

function summarise(engine: Engine<unknown>, indexRounds: readonly IndexSample[], queryRounds: readonly QuerySample[]): SpeedResult {
  const ofIndex = (read: (sample: IndexSample) => number) => median(indexRounds.map(read));
  const ofQueries = (read: (sample: QuerySample) => number) => median(queryRounds.map(read));
  return {
    engine: engine.name,
    buildMs: ofIndex((sample) => sample.buildMs),
    heapMiB: ofIndex((sample) => sample.heapBytes) / 2 ** 20,
    p50Ms: ofQueries((sample) => percentile(sample.latenciesMs, 50)),
    p99Ms: ofQueries((sample) => percentile(sample.latenciesMs, 99)),
    serializedMiB: ofIndex((sample) => sample.serializedBytes) / 2 ** 20,
    loadMs: ofIndex((sample) => sample.loadMs),
    emptyQueries: ofQueries((sample) => sample.emptyQueries),
    sharedIndexWith: engine.sameIndexAs ?? null,
  };
}

/** Engines in groups that search one index, the index's own engine first, in the engines' order. */
function groupBySharedIndex(engines: readonly Engine<unknown>[]): Engine<unknown>[][] {
  const groups = new Map<string, Engine<unknown>[]>();
  for (const engine of engines) append(groups, engine.sameIndexAs ?? engine.name, engine);
  for (const [owner, group] of groups) {
    if (group[0]?.name !== owner) throw new Error(`bench: ${owner} must be listed before the engines that share its index`);
  }
  return [...groups.values()];
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = by % Math.max(1, items.length);
  return [...items.slice(shift), ...items.slice(0, shift)];
}
