import lunr from 'lunr';
import type { Engine } from './engine.ts';

/**
 * lunr with its standard pipeline (trimmer, English stop words, Porter stemmer). Its query syntax
 * reads `:` `~` `^` `+` `-` `*` as operators, so a question it cannot parse finds nothing, as it
 * would for a user.
 */
export const lunrEngine: Engine<lunr.Index> = {
  name: 'lunr',
  config: "ref 'id', field 'text', standard pipeline, index.search(query)",
  typoTolerant: false,
  build: (input) =>
    lunr(function () {
      this.ref('id');
      this.field('text');
      for (const passage of input.passages) this.add(passage);
    }),
  search(index, query, limit) {
    try {
      return index.search(query).slice(0, limit).map((result) => result.ref);
    } catch (error) {
      if (error instanceof lunr.QueryParseError) return [];
      throw error;
    }
  },
  serialize: (index) => JSON.stringify(index),
  load: (data: string) => lunr.Index.load(JSON.parse(data)),
};
