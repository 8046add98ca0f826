import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Knowledge } from '../core/knowledge.ts';
import type { InteractionKind, InteractionOutcome } from './outcome.ts';

/**
 * Buckets of the answer latency, in seconds. Answering is about a millisecond; the rest is Discord's
 * REST round trip (tens to hundreds of milliseconds), and a slow REST retry can take seconds.
 */
export const ANSWER_SECONDS_BUCKETS: readonly number[] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export type KnowledgeSize = Pick<Knowledge, 'documents' | 'passages' | 'figures' | 'timeline'>;

const KNOWLEDGE_GAUGES: readonly { name: string; help: string; count: (knowledge: KnowledgeSize) => number }[] = [
  { name: 'docent_knowledge_documents', help: 'Documents in the knowledge in service.', count: (k) => k.documents.length },
  { name: 'docent_knowledge_passages', help: 'Passages in the knowledge in service.', count: (k) => k.passages.length },
  { name: 'docent_knowledge_figures', help: 'Figures in the knowledge in service.', count: (k) => k.figures.length },
  { name: 'docent_knowledge_timeline_entries', help: 'Timeline entries in the knowledge in service.', count: (k) => k.timeline.length },
];

export interface InteractionRecord {
  /** The command name (`ask`, `help`…), or `unknown` for an interaction no command handles. */
  readonly command: string;
  readonly kind: InteractionKind;
  readonly outcome: InteractionOutcome;
  /** From the handler's start to its end, the reply sent. */
  readonly seconds: number;
}

/**
 * The bot's metrics, in a registry of their own (never prom-client's global one, so several bots can
 * run in one process, as the tests do). Passed explicitly to whatever records.
 */
export interface Metrics {
  readonly registry: Registry;
  recordInteraction(record: InteractionRecord): void;
  /** One reload of this process's knowledge, from /reload or from watching the files. */
  recordReload(ok: boolean): void;
  /** Sets the knowledge size gauges (they are also read from `knowledge` at each scrape when it was given). */
  setKnowledgeSize(knowledge: KnowledgeSize): void;
  /** A gateway shard lost its connection and is reconnecting (it then resumes or identifies again). */
  recordReconnect(shard: number): void;
  /** A gateway shard resumed its session. */
  recordResume(shard: number): void;
}

export interface MetricsOptions {
  /** The knowledge in service, read at each scrape so the size gauges are right whoever reloaded it. */
  readonly knowledge?: () => KnowledgeSize;
  /** Also export prom-client's process metrics (CPU, memory, event loop lag, GC) into this registry. */
  readonly processMetrics?: boolean;
}

export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  const registers = [registry];

  const interactions = new Counter({
    name: 'docent_interactions_total',
    help: 'Interactions, direct messages and mentions handled, by command, kind (command, autocomplete, button, dm, mention) and outcome.',
    labelNames: ['command', 'kind', 'outcome'] as const,
    registers,
  });
  const latency = new Histogram({
    name: 'docent_answer_duration_seconds',
    help: 'Time from receiving an interaction or direct message to having replied, in seconds.',
    labelNames: ['command', 'kind'] as const,
    buckets: [...ANSWER_SECONDS_BUCKETS],
    registers,
  });
  const noMatches = new Counter({
    name: 'docent_no_matches_total',
    help: 'Questions nothing in the knowledge answered.',
    registers,
  });
  const reloads = new Counter({ name: 'docent_reloads_total', help: 'Reloads of the knowledge attempted, failed ones included.', registers });
  const reloadFailures = new Counter({
    name: 'docent_reload_failures_total',
    help: 'Reloads that failed; the previous knowledge stayed in service.',
    registers,
  });
  const reconnects = new Counter({
    name: 'docent_gateway_reconnects_total',
    help: 'Times a gateway shard lost its connection and reconnected.',
    labelNames: ['shard'] as const,
    registers,
  });
  const resumes = new Counter({
    name: 'docent_gateway_resumes_total',
    help: 'Times a gateway shard resumed its session after reconnecting.',
    labelNames: ['shard'] as const,
    registers,
  });

  const read = options.knowledge;
  const sizes = KNOWLEDGE_GAUGES.map(({ name, help, count }) => ({
    count,
    gauge: new Gauge({
      name,
      help,
      registers,
      // Read at each scrape, so the gauges are right whoever reloaded (a /reload, the watcher, a shard broadcast).
      ...(read === undefined ? {} : { collect(this: Gauge) { this.set(count(read())); } }),
    }),
  }));

  if (options.processMetrics === true) collectDefaultMetrics({ register: registry });

  const setKnowledgeSize = (knowledge: KnowledgeSize): void => {
    for (const { gauge, count } of sizes) gauge.set(count(knowledge));
  };
  if (options.knowledge !== undefined) setKnowledgeSize(options.knowledge());

  return {
    registry,
    recordInteraction({ command, kind, outcome, seconds }) {
      interactions.inc({ command, kind, outcome });
      latency.observe({ command, kind }, seconds);
      if (outcome === 'no-match') noMatches.inc();
    },
    recordReload(ok) {
      reloads.inc();
      if (!ok) reloadFailures.inc();
    },
    setKnowledgeSize,
    recordReconnect(shard) {
      reconnects.inc({ shard: String(shard) });
    },
    recordResume(shard) {
      resumes.inc({ shard: String(shard) });
    },
  };
}

