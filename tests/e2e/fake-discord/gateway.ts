// The gateway side: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats, RESUME -> replay + RESUMED,
// one session per identified connection, events routed to shards and filtered by intents.
import { randomBytes } from 'node:crypto';
import { GatewayCloseCodes, GatewayDispatchEvents, GatewayOpcodes } from 'discord.js';
import type { ApplicationFlags, GatewayReadyDispatchData } from 'discord.js';
import type { WebSocket } from 'ws';
import { shardOf } from './ids.ts';
import { guildCreate } from './payloads.ts';
import type { Recorder } from './recorder.ts';
import type { FakeState } from './state.ts';

interface DispatchPayload {
  readonly op: GatewayOpcodes.Dispatch;
  readonly t: string;
  readonly s: number;
  readonly d: unknown;
}

interface Connection {
  readonly id: number;
  readonly ws: WebSocket;
  readonly path: string;
  session: Session | null;
}

interface Session {
  readonly id: string;
  readonly shard: readonly [id: number, count: number];
  readonly intents: number;
  seq: number;
  /** The connection currently carrying the session; null while the client is away (it may resume). */
  connection: Connection | null;
  /** Sent dispatches, replayed on RESUME after the client's `seq`. */
  readonly log: DispatchPayload[];
  /** Closed by the client with 1000/1001, which ends a session on Discord too. */
  ended: boolean;
}

export interface GatewayOptions {
  readonly state: FakeState;
  readonly recorder: Recorder;
  readonly heartbeatIntervalMs: number;
  /** Sent as READY.resume_gateway_url. */
  readonly resumeUrl: string;
  /** Protocol mistakes the fake noticed, for tests to assert empty. */
  readonly problems: string[];
}

const REPLAY_LOG_LIMIT = 1000;

export class Gateway {
  acksEnabled = true;
  readonly #connections = new Set<Connection>();
  readonly #sessions = new Map<string, Session>();
  #nextConnectionId = 1;

  constructor(private readonly options: GatewayOptions) {}

  accept(ws: WebSocket, url: URL): void {
    const connection: Connection = { id: this.#nextConnectionId++, ws, path: url.pathname, session: null };
    this.#connections.add(connection);
    if (url.searchParams.get('v') !== '10' || url.searchParams.get('encoding') !== 'json') {
      this.options.problems.push(`gateway connected with ${url.search}; the fake speaks v=10, encoding=json`);
    }
    ws.on('message', (data) => this.#onMessage(connection, String(data)));
    ws.on('close', (code) => this.#onClose(connection, code));
    ws.on('error', () => ws.terminate());
    this.#send(connection, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
  }

  /**
   * Sends a dispatch to every live session of the shard that owns `guildId` (shard 0 for DMs), if the
   * session identified with `intent` (discord.js does not filter by intents, so the fake must).
   * Returns how many sessions got it; a session that is away gets it on RESUME. `shape` gives the
   * payload a session with those intents sees (Discord empties message content without MessageContent).
   */
  dispatch(
    t: string,
    d: unknown,
    route: { readonly guildId: string | null; readonly intent?: number; readonly shape?: (intents: number) => unknown },
  ): number {
    let reached = 0;
    for (const session of this.#sessions.values()) {
      if (session.ended) continue;
      const [shardId, shardCount] = session.shard;
      if ((route.guildId === null ? 0 : shardOf(route.guildId, shardCount)) !== shardId) continue;
      if (route.intent !== undefined && (session.intents & route.intent) === 0) continue;
      this.#dispatchTo(session, t, route.shape === undefined ? d : route.shape(session.intents));
      reached++;
    }
    return reached;
  }

  /** Closes every open connection with `code`; the client resumes on 4000 and most other 4xxx codes. */
  closeAll(code: number, reason: string): number {
    for (const connection of this.#connections) connection.ws.close(code, reason);
    return this.#connections.size;
  }

  terminateAll(): void {
    for (const connection of this.#connections) connection.ws.terminate();
    this.#connections.clear();
  }

  #send(connection: Connection, payload: { op: number; d: unknown; s?: number; t?: string }): void {
    if (connection.ws.readyState !== connection.ws.OPEN) return;
    connection.ws.send(JSON.stringify({ s: null, t: null, ...payload }));
  }

  #dispatchTo(session: Session, t: string, d: unknown, log = true): void {
    session.seq += 1;
    const payload: DispatchPayload = { op: GatewayOpcodes.Dispatch, t, s: session.seq, d };
    if (log) {
      session.log.push(payload);
      if (session.log.length > REPLAY_LOG_LIMIT) session.log.shift();
    }
    if (session.connection) this.#send(session.connection, payload);
  }

  #onMessage(connection: Connection, text: string): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      payload = JSON.parse(text) as typeof payload;
    } catch {
      this.options.problems.push(`gateway received a frame that is not JSON: ${text.slice(0, 80)}`);
      connection.ws.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    const op = typeof payload.op === 'number' ? payload.op : -1;
    this.options.recorder.gatewayOps.push({ op, d: payload.d, connection: connection.id, path: connection.path, at: Date.now() });
    switch (op) {
      case GatewayOpcodes.Heartbeat:
        if (this.acksEnabled) this.#send(connection, { op: GatewayOpcodes.HeartbeatAck, d: null });
        return;
      case GatewayOpcodes.Identify:
        return this.#identify(connection, payload.d as IdentifyData);
      case GatewayOpcodes.Resume:
        return this.#resume(connection, payload.d as ResumeData);
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
        return; // accepted, nothing to answer
      default:
        this.options.problems.push(`gateway received unknown opcode ${String(payload.op)}`);
        connection.ws.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
    }
  }

  #identify(connection: Connection, d: IdentifyData): void {
    if (connection.session) {
      connection.ws.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
      return;
    }
    const [shardId, shardCount] = d.shard ?? [0, 1];
    if (!(shardCount >= 1 && shardId >= 0 && shardId < shardCount)) {
      connection.ws.close(GatewayCloseCodes.InvalidShard, 'Invalid shard.');
      return;
    }
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      shard: [shardId, shardCount],
      intents: typeof d.intents === 'number' ? d.intents : 0,
      seq: 0,
      connection,
      log: [],
      ended: false,
    };
    this.#sessions.set(session.id, session);
    connection.session = session;

    const { state } = this.options;
    const guilds = state.guilds.filter((g) => shardOf(g.id, shardCount) === shardId);
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: state.botUser,
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.options.resumeUrl,
      shard: [shardId, shardCount],
      application: { id: state.applicationId, flags: 0 as ApplicationFlags, flags_new: '0' },
    };
    this.#dispatchTo(session, GatewayDispatchEvents.Ready, ready, false);
    // Every guild listed as unavailable in READY must follow as GUILD_CREATE, or clientReady waits 15 s.
    for (const guild of guilds) {
      this.#dispatchTo(session, GatewayDispatchEvents.GuildCreate, guildCreate(guild, state.botUser), false);
    }
  }

  #resume(connection: Connection, d: ResumeData): void {
    const session = this.#sessions.get(d.session_id);
    if (!session || session.ended) {
      // Not resumable: Discord answers INVALID_SESSION(false) and the client identifies afresh.
      this.#send(connection, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    if (session.connection && session.connection !== connection) session.connection.session = null;
    session.connection = connection;
    connection.session = session;
    for (const missed of session.log) if (missed.s > d.seq) this.#send(connection, missed);
    this.#dispatchTo(session, GatewayDispatchEvents.Resumed, {}, false);
  }

  #onClose(connection: Connection, code: number): void {
    this.#connections.delete(connection);
    const { session } = connection;
    if (!session || session.connection !== connection) return;
    session.connection = null;
    if (code === 1000 || code === 1001) session.ended = true;
  }
}

interface IdentifyData {
  readonly intents?: number;
  readonly shard?: readonly [number, number];
}

interface ResumeData {
  readonly session_id: string;
  readonly seq: number;
}
