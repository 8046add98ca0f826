import type { KnowledgeDocument } from '../../src/core/types.ts';

/** A passage as every engine indexes it: docent's own passage id and text. */
export interface BenchPassage {
  readonly id: string;
  readonly text: string;
}

/**
 * What an engine is built from. The plain engines index `passages`; docent builds from `documents`,
 * which its loader cuts into those same passages.
 */
export interface BenchInput {
  readonly documents: readonly KnowledgeDocument[];
  readonly passages: readonly BenchPassage[];
}

/** One search engine behind the interface the benchmark drives; `I` is its index. */
export interface Engine<I> {
  readonly name: string;
  /** The configuration used, in a few words, for the tables and the JSON. */
  readonly config: string;
  /** True for the variants that match misspelt words (docent always does). */
  readonly typoTolerant: boolean;
  /**
   * The engine whose index this one only searches differently (same build, serialize and load):
   * that index is built once per round and its build, heap, size and load figures are shared.
   */
  readonly sameIndexAs?: string;
  build(input: BenchInput): I;
  /** Passage ids, best first, at most `limit`. */
  search(index: I, query: string, limit: number): string[];
  /** The saved form: JSON text for most, docent's snapshot file as bytes. */
  serialize(index: I): string | Uint8Array;
  /** The index from its saved form; `input` is what it was built from (docent's documents, on disk anyway). */
  load(data: string | Uint8Array, input: BenchInput): I;
}

/** Hides an engine's index type so engines with different indexes fit in one list. */
export function eraseIndexType<I>(engine: Engine<I>): Engine<unknown> {
  return {
    ...engine,
    build: (input) => engine.build(input),
    search: (index, query, limit) => engine.search(index as I, query, limit),
    serialize: (index) => engine.serialize(index as I),
    load: (data, input) => engine.load(data, input),
  };
}
