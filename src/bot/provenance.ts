import type { DocumentRecord, GuildScope, KnowledgeCatalog } from '../admin/types.ts';
import type { Provenance, ProvenanceOf } from '../format/discord.ts';

/** The lookup made from a list of records, once per list: the catalog gives the same list until a document changes. */
const lookups = new WeakMap<readonly DocumentRecord[], ProvenanceOf>();

/**
 * The provenance of the documents a server is answered from (its own and the base's): each one's short
 * content hash and when it was indexed, as `/knowledge list` shows them, for answer footers and `/help`.
 * The catalog keeps its list until a document is added, removed or reloaded, so an answer costs one
 * look-up here, not a pass over the records.
 */
export function provenanceFor(catalog: KnowledgeCatalog, guildId: GuildScope): ProvenanceOf {
  const records = catalog.list(guildId);
  let lookup = lookups.get(records);
  if (lookup === undefined) {
    const byDocument = new Map<string, Provenance>(records.map((record) => [record.document, { hash: record.hash, indexedAt: record.addedAt }]));
    lookup = (document) => byDocument.get(document);
    lookups.set(records, lookup);
  }
  return lookup;
}
