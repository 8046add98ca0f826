import { docentEngine } from './docent.ts';
import { eraseIndexType, type Engine } from './engine.ts';
import { flexSearchEngine, flexSearchFuzzyEngine } from './flexsearch.ts';
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
