// The REST routes discord.js uses, answered the way Discord does (status, error codes, bodies).
import { ApplicationCommandType, InteractionResponseType, InteractionType, MessageType } from 'discord.js';
import type {
  APIApplicationCommand,
  APIMessage,
  APIMessageInteractionMetadata,
  RESTGetAPIGatewayBotResult,
  RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord.js';
import { asBody, createMessage, editMessage, EPHEMERAL_FLAG, LOADING_FLAG, type Body } from './messages.ts';
import { snowflake } from './ids.ts';
import { dmChannel, makeUser, publicThread } from './payloads.ts';
import type { RecordedFile } from './recorder.ts';
import type { FakeState, IssuedInteraction } from './state.ts';

export interface Reply {
  readonly status: number;
  /** Undefined means no body and no content-type (a bare 204). */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface RouteRequest {
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly files: readonly RecordedFile[];
}

export interface Route {
  readonly method: string;
  /** Path segments; `:name` captures one (already percent-decoded) segment. */
  readonly pattern: readonly string[];
  /** Bot-token routes answer 401 without `Authorization: Bot ...`; interaction routes use the token in the URL. */
  readonly botAuth: boolean;
  readonly handle: (request: RouteRequest) => Reply;
}

export const errorReply = (status: number, code: number, message: string, errors?: unknown): Reply => ({
  status,
  body: { message, code, ...(errors === undefined ? {} : { errors }) },
});
const ok = (body: unknown): Reply => ({ status: 200, body });
const NO_CONTENT: Reply = { status: 204 };

/** Discord's 50035 "Invalid Form Body" with one field error. */
const invalidField = (field: string, code: string, message: string): Reply =>
  errorReply(400, 50035, 'Invalid Form Body', { [field]: { _errors: [{ code, message }] } });

/** Which callback types each interaction type accepts. */
const ALLOWED_CALLBACKS: Readonly<Record<number, readonly number[]>> = {
  [InteractionType.ApplicationCommand]: [4, 5, 9],
  [InteractionType.MessageComponent]: [4, 5, 6, 7, 9],
  [InteractionType.ApplicationCommandAutocomplete]: [8],
};

function interactionMetadata(interaction: IssuedInteraction): APIMessageInteractionMetadata {
  const base = { id: interaction.id, user: interaction.user, authorizing_integration_owners: interaction.authorizingOwners };
  return interaction.type === InteractionType.MessageComponent
    ? { ...base, type: InteractionType.MessageComponent, interacted_message_id: interaction.componentMessageId ?? '' }
    : { ...base, type: InteractionType.ApplicationCommand };
}

export function buildRoutes(
  state: FakeState,
  gatewayUrl: string,
  sessionStartLimit: { readonly total?: number; readonly remaining?: number; readonly reset_after?: number } = {},
): Route[] {
  const store = (message: APIMessage): APIMessage => {
    state.messages.set(message.id, message);
    return message;
  };

  /** A message sent through an interaction (callback or webhook), authored by the bot. */
  const interactionMessage = (interaction: IssuedInteraction, body: Body, files: readonly RecordedFile[], extraFlags = 0) =>
    store(
      createMessage(body, files, {
        channelId: interaction.channelId,
        author: state.botUser,
        extraFlags,
        extra: {
          type: interaction.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Default,
          webhook_id: state.applicationId,
          application_id: state.applicationId,
          interaction_metadata: interactionMetadata(interaction),
        },
      }),
    );

  const callback = ({ params, query, body, files }: RouteRequest): Reply => {
    const interaction = state.interactions.get(params['id'] ?? '');
    if (!interaction || interaction.token !== params['token']) return errorReply(404, 10062, 'Unknown interaction');
    if (interaction.acknowledged) return errorReply(400, 40060, 'Interaction has already been acknowledged.');
    const { type } = asBody(body);
    const data = asBody(asBody(body)['data']);
    if (typeof type !== 'number' || !ALLOWED_CALLBACKS[interaction.type]?.includes(type)) {
      return invalidField('type', 'BASE_TYPE_CHOICES', `Value must be one of ${String(ALLOWED_CALLBACKS[interaction.type])}.`);
    }
    interaction.acknowledged = true;
    let message: APIMessage | undefined;
    if (type === InteractionResponseType.ChannelMessageWithSource) {
      message = interactionMessage(interaction, data, files);
    } else if (type === InteractionResponseType.DeferredChannelMessageWithSource) {
      const ephemeral = typeof data['flags'] === 'number' ? data['flags'] & EPHEMERAL_FLAG : 0;
      message = interactionMessage(interaction, { content: '' }, [], ephemeral | LOADING_FLAG);
    } else if (type === InteractionResponseType.DeferredMessageUpdate || type === InteractionResponseType.UpdateMessage) {
      const target = state.messages.get(interaction.componentMessageId ?? '');
      message = target && (type === InteractionResponseType.UpdateMessage ? store(editMessage(target, data, files)) : target);
    }
    if (message) interaction.originalMessageId = message.id;
    if (query['with_response'] !== 'true') return NO_CONTENT;
    const flags = message?.flags ?? 0;
    const result: RESTPostAPIInteractionCallbackWithResponseResult = {
      interaction: {
        id: interaction.id,
        type: interaction.type,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: (flags & LOADING_FLAG) !== 0,
              response_message_ephemeral: (flags & EPHEMERAL_FLAG) !== 0,
            }
          : {}),
      },
      resource: { type, ...(message ? { message } : {}) },
    };
    return ok(result);
  };

  /** The interaction behind a webhook token, or Discord's 404 Unknown Webhook. */
  const webhook = (params: Readonly<Record<string, string>>): IssuedInteraction | Reply => {
    const interaction = state.interactionByToken(params['token'] ?? '');
    if (!interaction || params['appId'] !== state.applicationId || !interaction.acknowledged) {
      return errorReply(404, 10015, 'Unknown Webhook');
    }
    return interaction;
  };
  const webhookMessage = (params: Readonly<Record<string, string>>): { interaction: IssuedInteraction; message: APIMessage } | Reply => {
    const interaction = webhook(params);
    if ('status' in interaction) return interaction;
    const id = params['messageId'] === '@original' ? interaction.originalMessageId : params['messageId'];
    const message = state.messages.get(id ?? '');
    if (!message) return errorReply(404, 10008, 'Unknown Message');
    return { interaction, message };
  };
  const channelMessage = (params: Readonly<Record<string, string>>): APIMessage | Reply => {
    if (!state.channelExists(params['channelId'] ?? '')) return errorReply(404, 10003, 'Unknown Channel');
    const message = state.messages.get(params['messageId'] ?? '');
    return message && message.channel_id === params['channelId'] ? message : errorReply(404, 10008, 'Unknown Message');
  };

  const sendToChannel = ({ params, body, files }: RouteRequest): Reply => {
    const channelId = params['channelId'] ?? '';
    if (!state.channelExists(channelId)) return errorReply(404, 10003, 'Unknown Channel');
    const data = asBody(body);
    const reference = asBody(data['message_reference']);
    const referenced = typeof reference['message_id'] === 'string' ? state.messages.get(reference['message_id']) : undefined;
    if (reference['message_id'] !== undefined && !referenced && reference['fail_if_not_exists'] !== false) {
      return invalidField('message_reference', 'REPLIES_UNKNOWN_MESSAGE', 'Unknown message');
    }
    const reply = referenced
      ? {
          type: MessageType.Reply,
          message_reference: { type: 0, message_id: referenced.id, channel_id: referenced.channel_id },
          referenced_message: referenced,
        }
      : {};
    return ok(store(createMessage(data, files, { channelId, author: state.botUser, extra: reply })));
  };

  /** HAS_THREAD: set on a message a thread was started from. */
  const HAS_THREAD_FLAG = 32;
  /** Discord's rules for a thread started from a message: a guild text channel, one thread per message, a name of 1–100. */
  const startThread = ({ params, body }: RouteRequest): Reply => {
    const found = channelMessage(params);
    if ('status' in found) return found;
    const guild = state.guilds.find((g) => g.channelId === found.channel_id);
    if (!guild) return errorReply(400, 50024, 'Cannot execute action on this channel type');
    if (state.threads.has(found.id)) return errorReply(400, 160004, 'A thread has already been created for this message');
    const { name, auto_archive_duration: duration } = asBody(body);
    if (typeof name !== 'string' || name.length < 1 || name.length > 100) return invalidField('name', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    const thread = publicThread(guild, {
      id: found.id,
      parentId: found.channel_id,
      ownerId: state.botUser.id,
      name,
      autoArchiveDuration: typeof duration === 'number' ? duration : 1440,
    });
    state.threads.set(thread.id, thread);
    store({ ...found, flags: ((found.flags ?? 0) | HAS_THREAD_FLAG) as NonNullable<APIMessage['flags']>, thread });
    return { status: 201, body: thread };
  };

  const putCommands = ({ params, body }: RouteRequest): Reply => {
    if (params['appId'] !== state.applicationId) return errorReply(403, 50001, 'Missing Access');
    const guildId = params['guildId'];
    if (guildId !== undefined && !state.guilds.some((g) => g.id === guildId)) return errorReply(404, 10004, 'Unknown Guild');
    const scope = guildId ?? 'global';
    const previous = state.commands.get(scope) ?? [];
    const commands = (Array.isArray(body) ? body : []).map((raw): APIApplicationCommand => {
      const command = asBody(raw) as Partial<APIApplicationCommand>;
      return {
        ...command,
        id: previous.find((p) => p.name === command.name)?.id ?? snowflake(),
        application_id: state.applicationId,
        type: command.type ?? ApplicationCommandType.ChatInput,
        name: command.name ?? '',
        description: command.description ?? '',
        default_member_permissions: command.default_member_permissions ?? null,
        version: snowflake(),
        ...(guildId === undefined ? {} : { guild_id: guildId }),
      };
    });
    state.commands.set(scope, commands);
    return ok(commands);
  };

  const gatewayBot: RESTGetAPIGatewayBotResult = {
    url: gatewayUrl,
    shards: state.shardCount,
    // A high max_concurrency lets all shards identify at once (1 spaces identifies ~5 s apart).
    session_start_limit: { total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: 16, ...sessionStartLimit },
  };

  const route = (method: string, path: string, botAuth: boolean, handle: Route['handle']): Route => ({
    method,
    pattern: path.split('/').filter(Boolean),
    botAuth,
    handle,
  });
  return [
    route('GET', '/gateway', false, () => ok({ url: gatewayUrl })),
    route('GET', '/gateway/bot', true, () => ok(gatewayBot)),
    route('POST', '/interactions/:id/:token/callback', false, callback),
    route('GET', '/webhooks/:appId/:token/messages/:messageId', false, ({ params }) => {
      const found = webhookMessage(params);
      return 'status' in found ? found : ok(found.message);
    }),
    route('PATCH', '/webhooks/:appId/:token/messages/:messageId', false, ({ params, body, files }) => {
      const found = webhookMessage(params);
      return 'status' in found ? found : ok(store(editMessage(found.message, asBody(body), files)));
    }),
    route('DELETE', '/webhooks/:appId/:token/messages/:messageId', false, ({ params }) => {
      const found = webhookMessage(params);
      if ('status' in found) return found;
      state.messages.delete(found.message.id);
      return NO_CONTENT;
    }),
    route('POST', '/webhooks/:appId/:token', false, ({ params, query, body, files }) => {
      const interaction = webhook(params);
      if ('status' in interaction) return interaction;
      const message = interactionMessage(interaction, asBody(body), files);
      return query['wait'] === 'true' ? ok(message) : NO_CONTENT;
    }),
    route('POST', '/channels/:channelId/messages', true, sendToChannel),
    route('POST', '/channels/:channelId/messages/:messageId/threads', true, startThread),
    route('GET', '/channels/:channelId/messages/:messageId', true, ({ params }) => {
      const found = channelMessage(params);
      return 'status' in found ? found : ok(found);
    }),
    route('PATCH', '/channels/:channelId/messages/:messageId', true, ({ params, body, files }) => {
      const found = channelMessage(params);
      return 'status' in found ? found : ok(store(editMessage(found, asBody(body), files)));
    }),
    route('DELETE', '/channels/:channelId/messages/:messageId', true, ({ params }) => {
      const found = channelMessage(params);
      if ('status' in found) return found;
      state.messages.delete(found.id);
      return NO_CONTENT;
    }),
    route('POST', '/users/@me/channels', true, ({ body }) => {
      const recipientId = asBody(body)['recipient_id'];
      if (typeof recipientId !== 'string') return invalidField('recipient_id', 'BASE_TYPE_REQUIRED', 'This field is required');
      const known = state.dmChannels.get(recipientId)?.user ?? (recipientId === state.defaultUser.id ? state.defaultUser : undefined);
      const user = known ?? makeUser({ id: recipientId, username: `user${recipientId.slice(-4)}` });
      return ok(dmChannel(state.dmChannelFor(user), user));
    }),
    route('PUT', '/applications/:appId/commands', true, putCommands),
    route('PUT', '/applications/:appId/guilds/:guildId/commands', true, putCommands),
    route('GET', '/applications/:appId/commands', true, () => ok(state.commands.get('global') ?? [])),
    route('GET', '/applications/:appId/guilds/:guildId/commands', true, ({ params }) =>
      ok(state.commands.get(params['guildId'] ?? '') ?? []),
    ),
  ];
}
