import { create, insertMultiple, load, save, search, type Orama, type RawData } from '@orama/orama';
import type { Engine } from './engine.ts';

const SCHEMA = { text: 'string' } as const;
type PassageDb = Orama<typeof SCHEMA>;

/** Orama's calls return promises only when a plugin or hook is async; none is here, so a promise is a mistake. */
function settled<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) throw new Error('orama: expected a synchronous result');
  return value;
}

/** Orama with default settings: BM25, its English tokenizer, no stemming, any-term matching. */
export const oramaEngine: Engine<PassageDb> = {
  name: 'orama',
  config: "create({ schema: { text: 'string' } }), search({ term, limit })",
  typoTolerant: false,
  build(input) {
    const db = create({ schema: SCHEMA });
    settled(insertMultiple(db, input.passages.map((passage) => ({ id: passage.id, text: passage.text }))));
    return db;
  },
  search: (db, query, limit) => settled(search(db, { term: query, limit })).hits.map((hit) => hit.id),
  serialize: (db) => JSON.stringify(save(db)),
  load(data: string) {
    const db = create({ schema: SCHEMA });
    load(db, JSON.parse(data) as RawData);
    return db;
  },
};

/** The same index searched with `tolerance: 1`: terms within one edit of the typed word match. */
export const oramaFuzzyEngine: Engine<PassageDb> = {
  ...oramaEngine,
  name: 'orama-fuzzy',
  config: 'the orama index, search({ term, limit, tolerance: 1 })',
  typoTolerant: true,
  sameIndexAs: oramaEngine.name,
  search: (db, query, limit) => settled(search(db, { term: query, limit, tolerance: 1 })).hits.map((hit) => hit.id),
};
