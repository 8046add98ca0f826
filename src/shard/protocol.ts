import type { RateLimitResult } from '../bot/rate-limit.ts';
import type { KnowledgeSource, ReloadResult, ShardReloadResult } from '../core/store.ts';

/**
 * The messages docent's shards and their manager exchange over the shard processes' IPC channel,
 * next to discord.js's own (whose keys start with `_`; ours carry `docent`, so neither reads the other's).
 *
 * /reload on a shard: the shard sends `reload-request`; the manager re-reads the documents once and
 * writes the new snapshot, sends `reload` to every shard, each reloads (from that snapshot) and answers
 * `reload-result`; the manager sends the collected results back in `reload-response`.
 */
export type ShardMessage =
  /** Once at start: where the shard's knowledge came from (the manager's snapshot, or built). */
  | { readonly docent: 'knowledge-loaded'; readonly source: KnowledgeSource; readonly documents: number }
  | { readonly docent: 'reload-request'; readonly requestId: string }
  | { readonly docent: 'reload-result'; readonly requestId: string; readonly result: ReloadResult }
  /** A request by this user reached the shard: may it be answered? (One rate limit for every shard.) */
  | { readonly docent: 'rate-limit'; readonly requestId: string; readonly userId: string };

export type ManagerMessage =
  | { readonly docent: 'reload'; readonly requestId: string }
  | { readonly docent: 'reload-response'; readonly requestId: string; readonly results: readonly ShardReloadResult[] }
  | { readonly docent: 'rate-limit-result'; readonly requestId: string; readonly result: RateLimitResult };

export function isShardMessage(message: unknown): message is ShardMessage {
  return isDocentMessage(message) && ['knowledge-loaded', 'reload-request', 'reload-result', 'rate-limit'].includes(message.docent);
}

export function isManagerMessage(message: unknown): message is ManagerMessage {
  return isDocentMessage(message) && ['reload', 'reload-response', 'rate-limit-result'].includes(message.docent);
}

function isDocentMessage(message: unknown): message is { docent: string } {
  return typeof message === 'object' && message !== null && typeof (message as { docent?: unknown }).docent === 'string';
}

/** A reload result for a shard that could not reload: it keeps the knowledge it has. */
export function failedReload(file: string, message: string, milliseconds: number): ReloadResult {
  return { kind: 'failed', problems: [{ file, message }], milliseconds };
}
