// The handle tests hold: injects events, waits for the bot's requests, and injects faults.
import type { Server } from 'node:http';
import { GatewayOpcodes, InteractionType } from 'discord.js';
import type { APIMessage, APIPublicThreadChannel, APIUser, GatewayIdentifyData } from 'discord.js';
import type { WebSocketServer } from 'ws';
import {
  issueInteraction,
  type Origin,
  placeOf,
  sendDirectMessage,
  sendGuildMessage,
  type AutocompleteInput,
  type ButtonInput,
  type DirectMessageInput,
  type GuildMessageInput,
  type MessageContextMenuInput,
  type SentInteraction,
  type SentMessage,
  type SlashCommandInput,
} from './events.ts';
import type { Gateway } from './gateway.ts';
import type { AttachmentUpload, FakeAttachment, FakeCdn } from './cdn.ts';
import { autocompleteInteraction, buttonInteraction, chatInputInteraction, commandOptions, messageContextMenuInteraction, resolvedOf, underSubcommand } from './interactions.ts';
import { messageWithButton, type FakeGuild } from './payloads.ts';
import type { RecordedGatewayOp, RecordedRequest, Recorder } from './recorder.ts';
import type { InjectedFailure, RestApi, RouteMatcher } from './rest.ts';
import type { FakeState } from './state.ts';

export interface FakeDiscordParts {
  readonly state: FakeState;
  readonly recorder: Recorder;
  readonly gateway: Gateway;
  readonly rest: RestApi;
  readonly server: Server;
  readonly wss: WebSocketServer;
  readonly cdn: FakeCdn;
  readonly problems: string[];
  readonly apiUrl: string;
  readonly gatewayUrl: string;
}

const DEFAULT_TIMEOUT_MS = 5000;
const succeeded = (r: RecordedRequest): boolean => r.status >= 200 && r.status < 300;

export class FakeDiscord {
  /** Pass as discord.js `rest.api` (no `/v10`: discord.js appends it). */
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  #closed: Promise<void> | null = null;

  constructor(private readonly parts: FakeDiscordParts) {
    this.apiUrl = parts.apiUrl;
    this.gatewayUrl = parts.gatewayUrl;
  }

  get applicationId(): string { return this.parts.state.applicationId; }
  get botUser(): APIUser { return this.parts.state.botUser; }
  get defaultUser(): APIUser { return this.parts.state.defaultUser; }
  get guilds(): readonly FakeGuild[] { return this.parts.state.guilds; }
  get guildIds(): string[] { return this.guilds.map((g) => g.id); }
  get guildId(): string { return this.guilds[0]?.id ?? ''; }
  /** Protocol mistakes and unknown routes the fake saw; a healthy run leaves this empty. */
  get problems(): readonly string[] { return this.parts.problems; }

  get requests(): readonly RecordedRequest[] { return this.parts.recorder.requests.items; }
  /**
   * Forgets the requests and gateway ops recorded so far (waits already registered still hear new
   * ones), and the interactions issued and messages stored so far (an edit, follow-up or press on one
   * of them then finds nothing): a benchmark sending thousands of interactions checks what it needs,
   * then forgets, so the fake's own heap (and its garbage collector's pauses) does not grow into the
   * measurement.
   */
  forgetRecorded(): void {
    this.parts.recorder.requests.forget();
    this.parts.recorder.gatewayOps.forget();
    this.parts.state.interactions.clear();
    this.parts.state.messages.clear();
  }
  get gatewayOps(): readonly RecordedGatewayOp[] { return this.parts.recorder.gatewayOps.items; }
  get identifies(): GatewayIdentifyData[] {
    return this.gatewayOps.filter((o) => o.op === GatewayOpcodes.Identify).map((o) => o.d as GatewayIdentifyData);
  }
  get identifyCount(): number { return this.identifies.length; }
  get resumeCount(): number { return this.gatewayOps.filter((o) => o.op === GatewayOpcodes.Resume).length; }

  /** A stored message (bot replies, injected DMs) by id. */
  message(id: string): APIMessage | undefined { return this.parts.state.messages.get(id); }
  /** The stored message that replies to `messageId` (a bot's reply to a DM or a mention), if any. */
  replyTo(messageId: string): APIMessage | undefined {
    return [...this.parts.state.messages.values()].find((m) => m.message_reference?.message_id === messageId);
  }
  /** A thread the bot started from a message (its id is the message's), if any. */
  thread(id: string): APIPublicThreadChannel | undefined { return this.parts.state.threads.get(id); }
  /** The DM channel between the bot and `user` (created on first use). */
  dmChannelId(user: APIUser = this.defaultUser): string { return this.parts.state.dmChannelFor(user); }

  // --- waiting ---------------------------------------------------------------------------------

  /** The first recorded request matching `predicate`, already recorded or arriving within `timeoutMs`. */
  waitForRequest(predicate: (r: RecordedRequest) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RecordedRequest> {
    return this.parts.recorder.requests.waitFor(predicate, timeoutMs, 'a matching REST request');
  }

  /** The successful callback POST for an interaction (its body is `{type, data}`). */
  waitForInteractionResponse(interactionId: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RecordedRequest> {
    const prefix = `/interactions/${interactionId}/`;
    return this.parts.recorder.requests.waitFor(
      (r) => r.method === 'POST' && r.path.startsWith(prefix) && r.path.endsWith('/callback') && succeeded(r),
      timeoutMs,
      `the callback of interaction ${interactionId}`,
    );
  }

  /** The successful PATCH of an interaction's `@original` (editReply after deferReply). */
  waitForInteractionEdit(interactionId: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RecordedRequest> {
    const path = `/webhooks/${this.applicationId}/${this.#token(interactionId)}/messages/@original`;
    return this.parts.recorder.requests.waitFor(
      (r) => r.method === 'PATCH' && r.path === path && succeeded(r),
      timeoutMs,
      `an edit of the reply to interaction ${interactionId}`,
    );
  }

  /** The `nth` successful follow-up POST of an interaction. */
  waitForFollowUp(interactionId: string, nth = 1, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RecordedRequest> {
    const path = `/webhooks/${this.applicationId}/${this.#token(interactionId)}`;
    return this.parts.recorder.requests.waitFor(
      (r) => r.method === 'POST' && r.path === path && succeeded(r),
      timeoutMs,
      `follow-up ${nth} of interaction ${interactionId}`,
      nth,
    );
  }

  /** The successful POST of a message to a channel (e.g. a DM reply). */
  waitForChannelMessage(channelId: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RecordedRequest> {
    return this.parts.recorder.requests.waitFor(
      (r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages` && succeeded(r),
      timeoutMs,
      `a message posted to channel ${channelId}`,
    );
  }

  waitForGatewayOp(
    predicate: (o: RecordedGatewayOp) => boolean,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    nth = 1,
  ): Promise<RecordedGatewayOp> {
    return this.parts.recorder.gatewayOps.waitFor(predicate, timeoutMs, 'a matching gateway op', nth);
  }

  /** Resolves once `count` RESUMEs in total have arrived (pass `fake.resumeCount + 1` for the next). */
  waitForResume(count = 1, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RecordedGatewayOp> {
    const isResume = (o: RecordedGatewayOp): boolean => o.op === GatewayOpcodes.Resume;
    return this.parts.recorder.gatewayOps.waitFor(isResume, timeoutMs, `RESUME number ${count}`, count);
  }

  waitForIdentify(count = 1, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RecordedGatewayOp> {
    const isIdentify = (o: RecordedGatewayOp): boolean => o.op === GatewayOpcodes.Identify;
    return this.parts.recorder.gatewayOps.waitFor(isIdentify, timeoutMs, `IDENTIFY number ${count}`, count);
  }

  // --- faults ----------------------------------------------------------------------------------

  /** Drops every gateway connection with `code`; with 4000 the client reconnects and RESUMEs. */
  closeGateway(code = 4000): number { return this.parts.gateway.closeAll(code, 'Closed by the fake Discord'); }
  /** Stops answering heartbeats: the client declares the connection a zombie, reconnects and RESUMEs. */
  stopHeartbeatAcks(): void { this.parts.gateway.acksEnabled = false; }
  resumeHeartbeatAcks(): void { this.parts.gateway.acksEnabled = true; }
  /** Answers the next `times` requests matching `route` with `failure` instead of handling them. */
  failNext(route: RouteMatcher, failure: InjectedFailure, times = 1): void {
    this.parts.rest.failNext(route, failure, times);
  }

  // --- events ----------------------------------------------------------------------------------

  /** A slash command (type 2) in a guild channel with `member`, or in the user's DM with `user`. */
  sendSlashCommand(input: SlashCommandInput): SentInteraction {
    const options = input.options ?? {};
    const command = {
      id: this.#commandId(input),
      name: input.name,
      options: underSubcommand(commandOptions(options), input.subcommand),
      resolved: resolvedOf(options),
    };
    return issueInteraction(this.parts, input, InteractionType.ApplicationCommand, null, (ctx) =>
      chatInputInteraction(ctx, command),
    );
  }

  /**
   * A message context menu command (type 2, `data.type` 3) on `target`, its `target_id`, with the message
   * whole in `resolved.messages`; registered by the bot under `name` or given a made-up id.
   */
  sendMessageContextMenu(input: MessageContextMenuInput): SentInteraction {
    const command = { id: this.#commandId(input), name: input.name };
    return issueInteraction(this.parts, input, InteractionType.ApplicationCommand, null, (ctx) =>
      messageContextMenuInteraction(ctx, command, input.target),
    );
  }

  /** An autocomplete request (type 4); `focused` names the option being typed into. */
  sendAutocomplete(input: AutocompleteInput): SentInteraction {
    if (!(input.focused in (input.options ?? {}))) {
      throw new Error(`sendAutocomplete: focused option "${input.focused}" is not in options`);
    }
    const options = underSubcommand(commandOptions(input.options ?? {}, input.focused), input.subcommand);
    const command = { id: this.#commandId(input), name: input.name, options };
    return issueInteraction(this.parts, input, InteractionType.ApplicationCommandAutocomplete, null, (ctx) =>
      autocompleteInteraction(ctx, command),
    );
  }

  /** A button click (type 3) on `message`, or on the newest stored message carrying that custom_id. */
  sendButton(input: ButtonInput): SentInteraction {
    const { state } = this.parts;
    const place = placeOf(state, input);
    const channelId = place.kind === 'dm' ? place.channelId : place.guild.channelId;
    let message = input.message ?? state.messageWithCustomId(channelId, input.customId);
    if (!message) {
      message = messageWithButton(channelId, this.botUser, input.customId);
      state.messages.set(message.id, message);
    }
    const clicked = message;
    return issueInteraction(this.parts, input, InteractionType.MessageComponent, clicked.id, (ctx) =>
      buttonInteraction(ctx, input.customId, clicked),
    );
  }

  /**
   * A file a user uploads with an `attachment` option, served on 127.0.0.1 as Discord's CDN serves it;
   * pass the result as that option's value. Uploaded in the first guild's channel, or the user's DM with `dm`.
   */
  uploadAttachment(upload: AttachmentUpload, origin: Origin = {}): FakeAttachment {
    const place = placeOf(this.parts.state, origin);
    return this.parts.cdn.upload(place.kind === 'dm' ? place.channelId : place.guild.channelId, upload);
  }

  /** How many times the bot downloaded an uploaded file (0 when it refused it before fetching). */
  downloadsOf(attachment: FakeAttachment): number { return this.parts.cdn.downloadsOf(attachment); }

  /** A user's DM to the bot (MESSAGE_CREATE, channel_type 1); delivered only with the DirectMessages intent. */
  sendDirectMessage(input: DirectMessageInput): SentMessage {
    return sendDirectMessage(this.parts, input);
  }

  /**
   * A user's message in a guild's text channel (MESSAGE_CREATE with guild_id and member); delivered only
   * with the GuildMessages intent, its content empty unless the session has MessageContent or it mentions the bot.
   */
  sendGuildMessage(input: GuildMessageInput): SentMessage {
    return sendGuildMessage(this.parts, input);
  }

  /** Closes every socket and the server; resolves even with clients still connected. */
  close(): Promise<void> {
    this.#closed ??= new Promise<void>((resolve) => {
      this.parts.recorder.close();
      this.parts.gateway.terminateAll();
      this.parts.wss.close();
      this.parts.server.closeAllConnections();
      this.parts.server.close(() => resolve());
    });
    return this.#closed;
  }

  #token(interactionId: string): string {
    const interaction = this.parts.state.interactions.get(interactionId);
    if (!interaction) throw new Error(`The fake Discord never sent interaction ${interactionId}`);
    return interaction.token;
  }

  #commandId(input: Origin & { readonly name: string }): string {
    return this.parts.state.commandId(input.name, input.dm ? null : (input.guildId ?? this.guildId));
  }
}
