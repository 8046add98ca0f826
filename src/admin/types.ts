/**
 * What server admins manage from Discord, the console and the CLI (issue #14): per-server documents,
 * their history, and the feedback and misses that make the gaps report. Nothing here knows Discord.
 *
 * Scope: `guildId` null is the bot owner's base (the host's `knowledge/` plus documents added to the base
 * from a DM by an `ADMIN_USER_IDS` user or from the CLI without `--guild`); a guild id is that server's own
 * documents, searched together with the base for that server only.
 */
import type { Knowledge } from '../core/knowledge.ts';

export type GuildScope = string | null;

/** One document as `/knowledge list` and `knowledge list --json` show it. */
export interface DocumentRecord {
  /** The document's id (its slug), what `remove` takes. */
  readonly document: string;
  readonly title: string;
  readonly passages: number;
  readonly figures: number;
  readonly timeline: number;
  /** First 12 hex digits of the SHA-256 of the file's bytes. */
  readonly hash: string;
  /** ISO 8601. For the host's `knowledge/` files: when they were indexed. */
  readonly addedAt: string;
  /** A display name ("alice", "cli", "knowledge/"), never a user id. */
  readonly addedBy: string;
  readonly scope: 'base' | 'guild';
}

export interface AddRequest {
  readonly guildId: GuildScope;
  /** As uploaded: its extension decides the format (.md, .markdown, .txt). */
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly title?: string;
  readonly addedBy: string;
}

export type AddResult =
  | { readonly kind: 'added'; readonly record: DocumentRecord }
  /** Nothing changed; `reason` says exactly why, for the admin. */
  | { readonly kind: 'refused'; readonly reason: string };

export type RemoveResult = { readonly kind: 'removed'; readonly record: DocumentRecord } | { readonly kind: 'not-found' };

export interface HistoryEntry {
  readonly action: 'added' | 'removed' | 'reloaded';
  readonly document: string;
  readonly hash: string;
  readonly by: string;
  /** ISO 8601. */
  readonly at: string;
}

/** Knowledge per server: the base plus that server's documents, built when first needed, at most N kept in memory. */
export interface KnowledgeCatalog {
  knowledgeFor(guildId: GuildScope): Promise<Knowledge>;
  /** When the knowledge `knowledgeFor(guildId)` returns was built (for answer footers). */
  indexedAt(guildId: GuildScope): Date;
  add(request: AddRequest): Promise<AddResult>;
  remove(guildId: GuildScope, document: string, by: string): Promise<RemoveResult>;
  list(guildId: GuildScope): readonly DocumentRecord[];
  history(guildId: GuildScope): readonly HistoryEntry[];
}

/** A question that went unanswered or was marked not helpful, as recorded (no user ids). */
export interface MissRecord {
  readonly guildId: GuildScope;
  readonly question: string;
  readonly passageIds: readonly string[];
  readonly kind: 'no-match' | 'not-helpful';
}

export interface Gap {
  /** The most recent wording of the group. */
  readonly question: string;
  readonly count: number;
  /** ISO 8601. */
  readonly lastAsked: string;
  readonly kind: 'no-match' | 'not-helpful';
}

/** Votes and misses. Every method may report `unavailable` (a locked or corrupt database): answering goes on. */
export interface FeedbackLog {
  /** The salted hash `vote` takes for a user: the salt stays in the database's keeping, the user id goes nowhere. */
  voterOf(userId: string): string;
  /** One vote per person per answer, changeable; `voter` is a salted hash, never the user id. */
  vote(vote: { readonly answerId: string; readonly voter: string; readonly helpful: boolean; readonly miss: Omit<MissRecord, 'kind'> }): 'recorded' | 'unavailable';
  recordMiss(miss: MissRecord): 'recorded' | 'unavailable';
  gaps(guildId: GuildScope): readonly Gap[] | 'unavailable';
}
