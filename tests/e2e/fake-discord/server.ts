// Wires the fake together: one node:http server on 127.0.0.1 (ephemeral port) serving REST under
// /api and the gateway as a WebSocket upgrade on /gateway (and /gateway/resume for resumes).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { FakeCdn } from './cdn.ts';
import { FakeDiscord } from './fake.ts';
import { Gateway } from './gateway.ts';
import { Recorder } from './recorder.ts';
import { RestApi } from './rest.ts';
import { buildRoutes } from './routes.ts';
import { FakeState, type FakeGuildOptions } from './state.ts';

export interface FakeDiscordOptions {
  /** Guilds the bot is in. Default: one per shard, with ids that route to that shard. */
  readonly guilds?: readonly FakeGuildOptions[];
  /** The `shards` advertised by GET /gateway/bot (used by `shards: 'auto'`). Default 1. */
  readonly shardCount?: number;
  /** GET /gateway/bot's `session_start_limit` fields to change, e.g. `{ remaining: 2 }`. Default: 1000 of 1000. */
  readonly sessionStartLimit?: { readonly total?: number; readonly remaining?: number; readonly reset_after?: number };
  /** HELLO's heartbeat_interval. Default 30 s, so a test never sees a heartbeat unless it asks to. */
  readonly heartbeatIntervalMs?: number;
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const apiUrl = `http://127.0.0.1:${port}/api`;
  const gatewayUrl = `ws://127.0.0.1:${port}/gateway`;

  const state = new FakeState(options.shardCount ?? 1, options.guilds);
  const recorder = new Recorder();
  const problems: string[] = [];
  const gateway = new Gateway({
    state,
    recorder,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 30_000,
    // A distinct path, so a test can tell the client reconnected through resume_gateway_url.
    resumeUrl: `${gatewayUrl}/resume`,
    problems,
  });
  const rest = new RestApi(buildRoutes(state, gatewayUrl, options.sessionStartLimit), recorder, problems);
  const wss = new WebSocketServer({ noServer: true });
  const cdn = new FakeCdn(`http://127.0.0.1:${port}`);

  server.on('request', (req, res) => {
    if (cdn.handle(req, res)) return;
    rest.handle(req, res).catch((error: unknown) => {
      problems.push(`fake REST crashed on ${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: '500: Internal Server Error', code: 0 }));
    });
  });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname !== '/gateway' && url.pathname !== '/gateway/resume') {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => gateway.accept(ws, url));
  });

  return new FakeDiscord({ state, recorder, gateway, rest, server, wss, cdn, problems, apiUrl, gatewayUrl });
}
