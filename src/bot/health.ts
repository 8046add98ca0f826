import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Status, type Client } from 'discord.js';
import type { Logger } from 'pino';
import type { KnowledgeStore } from '../core/store.ts';
import type { Metrics } from './metrics.ts';

/** Whether the bot can answer now, and if not, why. */
export type Health = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** The reasons `/healthz` gives with its 503. */
export const NOT_READY = { gateway: 'gateway not ready', knowledge: 'knowledge not loaded' } as const;

/**
 * Healthy when the client is logged in and every gateway shard it runs is ready (not connecting,
 * resuming or closed), and the knowledge in service has passages to answer from.
 */
export function botHealth(client: Client, store: KnowledgeStore): Health {
  if (!gatewayReady(client)) return { ok: false, reason: NOT_READY.gateway };
  if (store.current().passages.length === 0) return { ok: false, reason: NOT_READY.knowledge };
  return { ok: true };
}

function gatewayReady(client: Client): boolean {
  // isReady() is false before the first READY and after destroy(); a shard that dropped its
  // connection is Connecting or Resuming until it is back, while the client as a whole stays "ready".
  if (!client.isReady() || client.ws.shards.size === 0) return false;
  const ids = client.options.shards;
  const expected = Array.isArray(ids) ? ids : [...client.ws.shards.keys()];
  return expected.every((id) => client.ws.shards.get(id)?.status === Status.Ready);
}

export interface HealthServer {
  /** Where it listens: the bound address and the real port (not 0 when an ephemeral port was asked for). */
  readonly address: { readonly host: string; readonly port: number };
  /** `http://host:port`, no trailing slash. */
  readonly url: string;
  close(): Promise<void>;
}

export interface HealthServerOptions {
  readonly host: string;
  /** 0 for a port the system picks (see `address`). */
  readonly port: number;
  readonly health: () => Health;
  readonly metrics: Metrics;
  readonly logger?: Logger;
}

/**
 * `GET /healthz`: 200 `{"ok":true}`, or 503 `{"ok":false,"reason":…}`. `GET /metrics`: Prometheus
 * text from the metrics' own registry. Anything else is 404 (a known path with another method, 405).
 */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const server = createServer((request, response) => {
    handle(request, response, options).catch((error: unknown) => {
      options.logger?.error({ err: error, path: request.url }, 'health endpoint failed');
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'internal error\n');
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port, host: options.host }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => options.logger?.error({ err: error }, 'health endpoint error'));
  const bound = server.address() as AddressInfo;
  const address = { host: bound.address, port: bound.port };
  const url = `http://${address.host.includes(':') ? `[${address.host}]` : address.host}:${address.port}`;
  options.logger?.info({ url }, 'health endpoint listening');
  if (!isLoopback(address.host)) {
    options.logger?.warn(
      { host: options.host, url },
      'health endpoint listens beyond loopback: anyone who can reach this address reads /healthz and /metrics; set HEALTH_HOST=127.0.0.1 unless a scraper elsewhere needs it',
    );
  }

  let closing: Promise<void> | null = null;
  return {
    address,
    url,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections of a scraper would otherwise hold the close open.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

const ROUTES = new Set(['/healthz', '/metrics']);

/** 127.0.0.0/8 and ::1 (also as an IPv4-mapped address): reachable from this machine only. */
function isLoopback(host: string): boolean {
  return /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+|localhost)$/i.test(host);
}

async function handle(request: IncomingMessage, response: ServerResponse, options: HealthServerOptions): Promise<void> {
  // The path as sent, without its query: parsed as a URL, `//x` would be a host (and `//` an error).
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  if (!ROUTES.has(path)) return send(response, 404, 'application/json', json({ ok: false, reason: 'not found' }));
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, 405, 'application/json', json({ ok: false, reason: 'method not allowed' }));
  }
  if (path === '/healthz') {
    const health = options.health();
    return send(response, health.ok ? 200 : 503, 'application/json', json(health));
  }
  const text = await options.metrics.registry.metrics();
  send(response, 200, options.metrics.registry.contentType, text);
}

const json = (value: unknown): string => `${JSON.stringify(value)}\n`;

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body) });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}
