// Turns the bodies the bot sends into the message objects Discord would store and return.
import type {
  APIAttachment,
  APIEmbed,
  APIMessage,
  APIMessageTopLevelComponent,
  APIUser,
  MessageFlags,
} from 'discord.js';
import { snowflake } from './ids.ts';
import { makeMessage, nowIso } from './payloads.ts';
import type { RecordedFile } from './recorder.ts';

/** Flags a bot may set when sending: SUPPRESS_EMBEDS, EPHEMERAL, SUPPRESS_NOTIFICATIONS, IS_COMPONENTS_V2. */
const SETTABLE_FLAGS = 4 | 64 | 4096 | 32768;
/** LOADING: set on the `@original` of a deferred reply until it is edited. */
export const LOADING_FLAG = 128;
export const EPHEMERAL_FLAG = 64;

export type Body = Record<string, unknown>;

export const asBody = (value: unknown): Body =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Body) : {};

/** The attachments Discord would create: `attachments[{id:n}]` entries paired with `files[n]` parts. */
function attachmentsFrom(body: Body, files: readonly RecordedFile[], channelId: string): APIAttachment[] | undefined {
  if (!Array.isArray(body['attachments']) && files.length === 0) return undefined;
  const declared = Array.isArray(body['attachments']) ? (body['attachments'] as Body[]) : [];
  return files.map((file, index) => {
    const meta = declared.find((a) => String(a['id']) === String(index)) ?? {};
    const id = snowflake();
    // A loopback URL: a bot that fetches it must not reach the real CDN.
    const url = `http://127.0.0.1/attachments/${channelId}/${id}/${file.filename}`;
    return {
      id,
      filename: typeof meta['filename'] === 'string' ? meta['filename'] : file.filename,
      ...(typeof meta['description'] === 'string' ? { description: meta['description'] } : {}),
      content_type: file.contentType,
      size: file.data.length,
      url,
      proxy_url: url,
    };
  });
}

/** The message-content fields of a create/edit body, as stored; absent fields are left out. */
function contentFields(body: Body, files: readonly RecordedFile[], channelId: string): Partial<APIMessage> {
  const fields: Partial<APIMessage> = {};
  if (typeof body['content'] === 'string') fields.content = body['content'];
  if (body['content'] === null) fields.content = '';
  if ('embeds' in body) fields.embeds = Array.isArray(body['embeds']) ? (body['embeds'] as APIEmbed[]) : [];
  if ('components' in body) {
    fields.components = Array.isArray(body['components']) ? (body['components'] as APIMessageTopLevelComponent[]) : [];
  }
  const attachments = attachmentsFrom(body, files, channelId);
  if (attachments) fields.attachments = attachments;
  if (typeof body['tts'] === 'boolean') fields.tts = body['tts'];
  return fields;
}

export interface NewMessage {
  readonly channelId: string;
  readonly author: APIUser;
  readonly extra?: Partial<APIMessage>;
  readonly extraFlags?: number;
}

export function createMessage(body: Body, files: readonly RecordedFile[], target: NewMessage): APIMessage {
  const flags = ((typeof body['flags'] === 'number' ? body['flags'] : 0) & SETTABLE_FLAGS) | (target.extraFlags ?? 0);
  return makeMessage({
    channel_id: target.channelId,
    author: target.author,
    ...contentFields(body, files, target.channelId),
    ...target.extra,
    flags: flags as MessageFlags,
  });
}

/** An edit: only the fields present change; editing a deferred reply clears LOADING. */
export function editMessage(message: APIMessage, body: Body, files: readonly RecordedFile[]): APIMessage {
  const keptFlags = (message.flags ?? 0) & ~LOADING_FLAG;
  const flags = typeof body['flags'] === 'number' ? (keptFlags & ~4) | (body['flags'] & 4) : keptFlags;
  return {
    ...message,
    ...contentFields(body, files, message.channel_id),
    flags: flags as MessageFlags,
    edited_timestamp: nowIso(),
  };
}
