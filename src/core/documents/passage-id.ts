import { createHash } from 'node:crypto';
import type { KnowledgeDocument } from '../types.ts';

/**
 * Passage ids are content-addressed: `<document slug, cut short>#<8 base36 characters>`, the characters
 * a hash of the document's slug (its path) and the passage's text. So an id stays the same across
 * reloads and restarts while that text is unchanged (buttons, /cite and quoted citations keep
 * working), a passage whose text changed gets a new id (the old one then says it no longer exists),
 * and every id fits Discord's 100-character autocomplete value and a button's custom id.
 */
export const MAX_PASSAGE_ID_LENGTH = 50;
/** The readable part: the slug's first characters. The hash covers the whole slug, so the cut loses nothing. */
const SLUG_CHARS = MAX_PASSAGE_ID_LENGTH - 9;
/** 36^8 ≈ 2.8 × 10^12: collisions within one document are told apart below; across documents the slug differs. */
const HASH_CHARS = 8;
const HASH_SPACE = 36n ** BigInt(HASH_CHARS);

/** The id of a passage with this text in this document; `occurrence` (0 for the first) tells identical texts apart. */
function passageId(document: Pick<KnowledgeDocument, 'slug'>, text: string, occurrence = 0): string {
  const hash = createHash('sha256').update(`${document.slug}\u0000${occurrence}\u0000${text}`).digest();
  const code = (hash.readBigUInt64BE(0) % HASH_SPACE).toString(36).padStart(HASH_CHARS, '0');
  return `${shortSlug(document.slug)}#${code}`;
}

function shortSlug(slug: string): string {
  return slug.length <= SLUG_CHARS ? slug : slug.slice(0, SLUG_CHARS).replace(/-+$/, '');
}

/**
 * Ids for a document's passages in order: a text that repeats (or, rarely, a hash that collides)
 * takes the next occurrence, so every id in the document is unique and the first copy's id is the
 * one it always had.
 */
export function passageIdsFor(document: Pick<KnowledgeDocument, 'slug'>): (text: string) => string {
  const used = new Set<string>();
  return (text) => {
    let occurrence = 0;
    let id = passageId(document, text, occurrence);
    while (used.has(id)) id = passageId(document, text, (occurrence += 1));
    used.add(id);
    return id;
  };
}
