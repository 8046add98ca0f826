// The REST side over node:http: parses bodies (JSON and multipart), injects failures, routes, records.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorReply, type Reply, type Route } from './routes.ts';
import type { RecordedFile, RecordedRequest, Recorder } from './recorder.ts';

/**
 * Which requests a failure applies to: a predicate, a RegExp tested on `"METHOD /path"`, or a pattern
 * like `'POST /interactions/:id/:token/callback'` / `'PATCH /webhooks/*'` (method optional; `*` and
 * `:name` match one path segment).
 */
export type RouteMatcher = string | RegExp | ((request: { readonly method: string; readonly path: string }) => boolean);

export type InjectedFailure =
  | { readonly status: 429; readonly retryAfterSeconds: number; readonly global?: boolean }
  | { readonly status: 500 | 502 | 503 }
  | { readonly status: 400 | 401 | 403 | 404; readonly code: number; readonly message: string };

interface PendingFailure {
  readonly matches: (request: { method: string; path: string }) => boolean;
  readonly failure: InjectedFailure;
  remaining: number;
}

export function compileMatcher(matcher: RouteMatcher): (request: { method: string; path: string }) => boolean {
  if (typeof matcher === 'function') return matcher;
  if (matcher instanceof RegExp) return ({ method, path }) => matcher.test(`${method} ${path}`);
  const [first = '', ...rest] = matcher.trim().split(/\s+/);
  const [method, pattern] = rest.length > 0 ? [first.toUpperCase(), rest.join(' ')] : [null, first];
  const source = pattern
    .split('/')
    .map((segment) => (segment === '*' || segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  const regex = new RegExp(`^${source}$`);
  return (request) => (method === null || request.method === method) && regex.test(request.path);
}

function failureReply(failure: InjectedFailure): Reply {
  if (failure.status === 429) {
    const global = failure.global ?? false;
    return {
      status: 429,
      headers: {
        'retry-after': String(failure.retryAfterSeconds),
        'x-ratelimit-scope': global ? 'global' : 'user',
        ...(global ? { 'x-ratelimit-global': 'true' } : {}),
      },
      body: { message: 'You are being rate limited.', retry_after: failure.retryAfterSeconds, global },
    };
  }
  if ('code' in failure) return errorReply(failure.status, failure.code, failure.message);
  return errorReply(failure.status, 0, `${failure.status}: Internal Server Error`);
}

function matchRoute(routes: readonly Route[], method: string, segments: readonly string[]) {
  for (const route of routes) {
    if (route.method !== method || route.pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const fits = route.pattern.every((part, i) => {
      const segment = segments[i] ?? '';
      if (part.startsWith(':')) params[part.slice(1)] = segment;
      return part.startsWith(':') || part === segment;
    });
    if (fits) return { route, params };
  }
  return null;
}

/**
 * By its events rather than `for await`: the stream's async iterator allocated about 3 KB more a request (the paced
 * bench's fake handles hundreds a second, on the cores the bot answers on; `bench/README.md`, tail15).
 */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    req.once('error', reject);
    // A request closed before its end (the client gone) settles too; after 'end' this does nothing.
    req.once('close', () => reject(new Error('the request closed before its body ended')));
  });
}

/** JSON, or multipart with a `payload_json` part and `files[n]` parts (how discord.js uploads files). */
async function parseBody(raw: Buffer, contentType: string): Promise<{ body: unknown; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
    let body: unknown;
    const files: RecordedFile[] = [];
    for (const [field, value] of form) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value);
      } else {
        files.push({ field, filename: value.name, contentType: value.type, data: Buffer.from(await value.arrayBuffer()) });
      }
    }
    return { body, files };
  }
  const text = raw.toString('utf8');
  return { body: contentType.startsWith('application/json') ? JSON.parse(text) : text, files: [] };
}

export class RestApi {
  readonly #failures: PendingFailure[] = [];

  constructor(
    private readonly routes: readonly Route[],
    private readonly recorder: Recorder,
    private readonly problems: string[],
  ) {}

  failNext(matcher: RouteMatcher, failure: InjectedFailure, times: number): void {
    this.#failures.push({ matches: compileMatcher(matcher), failure, remaining: times });
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    // discord.js calls `${api}/v10/...`; `@original` arrives percent-encoded as `%40original`.
    const segments = url.pathname
      .replace(/^\/api(\/v\d+)?/, '')
      .split('/')
      .filter(Boolean)
      .map((segment) => decodeURIComponent(segment));
    const path = `/${segments.join('/')}`;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }

    let parsed: { body: unknown; files: RecordedFile[] } = { body: undefined, files: [] };
    let reply: Reply | null = null;
    try {
      parsed = await parseBody(await readBody(req), headers['content-type'] ?? '');
    } catch {
      reply = errorReply(400, 50109, 'The request body contains invalid JSON.');
    }
    reply ??= this.#reply(method, path, segments, Object.fromEntries(url.searchParams), parsed, headers);

    const recorded: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: parsed.body,
      files: parsed.files,
      headers,
      status: reply.status,
      at: Date.now(),
    };
    this.recorder.requests.push(recorded);
    if (reply.body === undefined) {
      // A 204 must carry no content-type: discord.js parses any application/json body, even an empty one.
      res.writeHead(reply.status, reply.headers).end();
    } else {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers }).end(JSON.stringify(reply.body));
    }
  }

  #reply(
    method: string,
    path: string,
    segments: readonly string[],
    query: Record<string, string>,
    parsed: { body: unknown; files: RecordedFile[] },
    headers: Record<string, string>,
  ): Reply {
    const failure = this.#failures.find((f) => f.remaining > 0 && f.matches({ method, path }));
    if (failure) {
      failure.remaining -= 1;
      return failureReply(failure.failure);
    }
    const found = matchRoute(this.routes, method, segments);
    if (!found) {
      this.problems.push(`no fake route for ${method} ${path}`);
      return errorReply(404, 0, '404: Not Found');
    }
    if (found.route.botAuth && !headers['authorization']?.startsWith('Bot ')) return errorReply(401, 0, '401: Unauthorized');
    return found.route.handle({ params: found.params, query, body: parsed.body, files: parsed.files });
  }
}
