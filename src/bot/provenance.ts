import type { GuildScope, KnowledgeCatalog } from '../admin/types.ts';
import type { Provenance, ProvenanceOf } from '../format/discord.ts';

/**
 * The provenance of the documents a server is answered from (its own and the base's): each one's short
 * content hash and when it was indexed, as `/knowledge list` shows them, for answer footers and `/help`.
 * The catalog keeps its records in memory, so this costs one pass over them per answer.
 */
export function provenanceFor(catalog: KnowledgeCatalog, guildId: GuildScope): ProvenanceOf {
  const byDocument = new Map<string, Provenance>();
  for (const record of catalog.list(guildId)) byDocument.set(record.document, { hash: record.hash, indexedAt: record.addedAt });
  return (document) => byDocument.get(document);
}
