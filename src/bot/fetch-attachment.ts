import type { FileRef } from '../format/command-spec.ts';

/** How `/knowledge add` downloads an uploaded file from Discord's CDN. */
export interface FetchAttachmentOptions {
  /**
   * The largest file taken, in bytes. A file Discord declares bigger is refused without a request; a
   * download is stopped as soon as it passes this, whatever was declared (a CDN's size can be wrong).
   */
  readonly maxBytes: number;
  /** Milliseconds the whole download may take (headers and body), so a stalled CDN cannot hold a command. Default 15 s. */
  readonly timeoutMs?: number;
  /** The fetch to use; the global one by default (tests inject nothing: the fake serves the CDN on 127.0.0.1). */
  readonly fetch?: typeof fetch;
}

/** Discord gives an interaction 15 minutes once deferred; 15 s is ample for a text file and short enough to wait for. */
export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;

export type FetchedAttachment =
  | { readonly kind: 'fetched'; readonly bytes: Uint8Array }
  /** Nothing was kept; `reason` says why, for the admin; `cause`, for the log only, what failed underneath. */
  | { readonly kind: 'refused'; readonly reason: string; readonly cause?: string };

/** "2.5 MB", "900 KB", "12 bytes": sizes as an admin reads them. */
export function describeSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * Downloads an attachment's bytes within a size cap and a time limit: refused unread when its declared
 * size is over the cap, stopped (the connection cancelled) as soon as the bytes read pass it, and
 * abandoned when the time runs out. Never throws: every failure is a reason.
 */
export async function fetchAttachment(file: FileRef, options: FetchAttachmentOptions): Promise<FetchedAttachment> {
  const cap = describeSize(options.maxBytes);
  if (file.size !== undefined && file.size > options.maxBytes) {
    return { kind: 'refused', reason: `${file.name} is ${describeSize(file.size)}; documents can be at most ${cap}.` };
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await (options.fetch ?? fetch)(file.location, { signal, redirect: 'error' });
    if (!response.ok || response.body === null) {
      await response.body?.cancel();
      return { kind: 'refused', reason: `Discord did not hand over ${file.name} (HTTP ${response.status}); try uploading it again.` };
    }
    const chunks: Uint8Array[] = [];
    let length = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > options.maxBytes) {
        await reader.cancel();
        return { kind: 'refused', reason: `${file.name} is over ${cap}; documents can be at most ${cap}.` };
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return { kind: 'fetched', bytes };
  } catch (error) {
    if (signal.aborted) {
      const limit = timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`;
      return { kind: 'refused', reason: `Downloading ${file.name} took longer than ${limit}; try again.` };
    }
    return { kind: 'refused', reason: `${file.name} could not be downloaded from Discord; try again.`, cause: error instanceof Error ? error.message : String(error) };
  }
}
