// Attachments as Discord's CDN serves them: a user uploads a file with a slash command's `attachment`
// option, the interaction carries its id in `data.options` and the file's metadata (url, filename, size,
// content_type) in `data.resolved.attachments[id]`, and the bot downloads it with a plain GET of `url`.
// Here the CDN is a path on the fake's own 127.0.0.1 server, so no test reaches the internet.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIAttachment } from 'discord.js';
import { snowflake } from './ids.ts';

/** Where attachments are served, as on cdn.discordapp.com: `/attachments/<channel>/<id>/<filename>`. */
export const CDN_PREFIX = '/attachments/';

export interface AttachmentUpload {
  readonly filename: string;
  readonly content: string | Uint8Array;
  /** Default: guessed from the extension, as Discord does (`text/markdown; charset=utf-8` for `.md`). */
  readonly contentType?: string;
  /**
   * The `size` the interaction declares. Default: the content's real length. A smaller value makes a
   * file that lies about its size, to prove a download stops at its cap whatever was declared.
   */
  readonly declaredSize?: number;
  /** Milliseconds the CDN waits after the headers before sending the body: a stalled download. */
  readonly stallMs?: number;
}

/** An uploaded file, to pass as an `attachment` option's value. */
export interface FakeAttachment {
  readonly kind: 'attachment';
  readonly data: APIAttachment;
}

interface Stored {
  readonly bytes: Buffer;
  readonly contentType: string;
  readonly stallMs: number;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  md: 'text/markdown; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  png: 'image/png',
  pdf: 'application/pdf',
};

export class FakeCdn {
  readonly #files = new Map<string, Stored>();
  /** How many times each path was downloaded: a refusal before fetching leaves it at 0. */
  readonly downloads = new Map<string, number>();

  constructor(private readonly origin: string) {}

  upload(channelId: string, upload: AttachmentUpload): FakeAttachment {
    const id = snowflake();
    const bytes = Buffer.from(upload.content);
    const extension = /\.([^.]+)$/.exec(upload.filename)?.[1]?.toLowerCase() ?? '';
    const contentType = upload.contentType ?? CONTENT_TYPES[extension] ?? 'application/octet-stream';
    const path = `${CDN_PREFIX}${channelId}/${id}/${encodeURIComponent(upload.filename)}`;
    this.#files.set(path, { bytes, contentType, stallMs: upload.stallMs ?? 0 });
    // Discord signs CDN links with expiry parameters; the bot must keep the query when it fetches.
    const query = `?ex=${(Math.floor(Date.now() / 1000) + 86_400).toString(16)}&is=${Math.floor(Date.now() / 1000).toString(16)}&hm=${id}`;
    const url = `${this.origin}${path}${query}`;
    return {
      kind: 'attachment',
      data: { id, filename: upload.filename, size: upload.declaredSize ?? bytes.length, url, proxy_url: url, content_type: contentType },
    };
  }

  /** Whether a request is the CDN's; if so, answers it (404 for an unknown file or a missing signature). */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith(CDN_PREFIX)) return false;
    const file = this.#files.get(url.pathname);
    if (req.method !== 'GET' || file === undefined || !url.searchParams.has('hm')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return true;
    }
    this.downloads.set(url.pathname, (this.downloads.get(url.pathname) ?? 0) + 1);
    res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.bytes.length) });
    const send = (): void => {
      // Written in pieces, as a network does, so a reader that stops at its cap really stops mid-file.
      for (let start = 0; start < file.bytes.length; start += 64 * 1024) res.write(file.bytes.subarray(start, start + 64 * 1024));
      res.end();
    };
    if (file.stallMs > 0) {
      res.flushHeaders();
      const timer = setTimeout(send, file.stallMs);
      res.once('close', () => clearTimeout(timer));
    } else send();
    return true;
  }

  /** Downloads of an attachment so far. */
  downloadsOf(attachment: FakeAttachment): number {
    return this.downloads.get(new URL(attachment.data.url).pathname) ?? 0;
  }
}
