import { docentEngine } from './docent.ts';
import { eraseIndexType, type Engine } from './engine.ts';
import { flexSearchEngine, flexSearchForwardEngine, flexSearchFuzzyEngine } from './flexsearch.ts';
import { lunrEngine } from './lunr.ts';
import { miniSearchEngine } from './minisearch.ts';
import { oramaEngine, oramaFuzzyEngine } from './orama.ts';

/** Every engine compared, docent first: the ratios in the tables are to it. */
export const ENGINES: readonly Engine<unknown>[] = [
  eraseIndexType(docentEngine),
  eraseIndexType(miniSearchEngine),
  eraseIndexType(lunrEngine),
  eraseIndexType(flexSearchEngine),
  eraseIndexType(flexSearchFuzzyEngine),
  eraseIndexType(oramaEngine),
  eraseIndexType(oramaFuzzyEngine),
];

/** The engine the typo-tolerant latency target compares docent with. */
export const FUZZY_REFERENCE = flexSearchFuzzyEngine.name;

/**
 * The scale bench's engines: docent, FlexSearch's two best configurations in the independent check, and plain
 * MiniSearch (the heap and snapshot targets are relative to it).
 */
export const SCALE_ENGINES: readonly Engine<unknown>[] = [
  eraseIndexType(docentEngine),
  eraseIndexType(flexSearchFuzzyEngine),
  eraseIndexType(flexSearchForwardEngine),
  eraseIndexType(miniSearchEngine),
];
