// Checks the bodies the bot sends against Discord's documented limits (which Discord answers with a
// 400) and against the project's no-ping rule. Returns violations as readable strings; [] means fine.
import { ATTACHMENT_SIZE_LIMIT } from './payloads.ts';
import type { RecordedFile, RecordedRequest } from './recorder.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
/** Discord counts characters as Unicode code points, so an emoji counts once. */
const chars = (value: unknown): number => (typeof value === 'string' ? [...value].length : 0);

const IS_COMPONENTS_V2 = 1 << 15;

export interface LimitOptions {
  /** The body creates a message (not an edit): it must then carry something to show. */
  readonly creating?: boolean;
}

/**
 * Violations in one body the bot sent: an interaction callback (`{type, data}`), or a message body for
 * a webhook or channel route. Every message-creating or -editing body must carry
 * `allowed_mentions: { parse: [] }`, so nothing the bot echoes (a user's text, a document) can ping.
 */
export function assertDiscordLimits(body: unknown, options: LimitOptions = {}): string[] {
  const out: string[] = [];
  if (!isObject(body)) return ['body is not a JSON object'];
  if (typeof body['type'] === 'number') {
    const data = isObject(body['data']) ? body['data'] : {};
    switch (body['type']) {
      case 4: // CHANNEL_MESSAGE_WITH_SOURCE
        checkMessage(data, 'data.', true, out);
        break;
      case 7: // UPDATE_MESSAGE
        checkMessage(data, 'data.', false, out);
        break;
      case 8: // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
        checkChoices(data['choices'], out);
        break;
      case 9: // MODAL
        if (chars(data['title']) > 45) out.push(`data.title is ${chars(data['title'])} characters (max 45)`);
        if (chars(data['custom_id']) > 100) out.push(`data.custom_id is ${chars(data['custom_id'])} characters (max 100)`);
        if (asArray(data['components']).length > 5) out.push(`data.components has ${asArray(data['components']).length} entries (max 5)`);
        checkComponents(data['components'], 'data.', IS_COMPONENTS_V2, out); // rows or labels: check per component
        break;
      default: // PONG, deferrals: no message content yet
    }
    return out;
  }
  checkMessage(body, '', options.creating ?? false, out);
  return out;
}

/** Violations in every message-creating/editing request among `requests`, each prefixed with its route. */
export function replyViolations(requests: readonly RecordedRequest[]): string[] {
  const out: string[] = [];
  for (const request of requests) {
    const route = `${request.method} ${request.path}`;
    let creating: boolean;
    if (/^POST \/interactions\/[^/]+\/[^/]+\/callback$/.test(route)) creating = true;
    else if (/^POST \/(webhooks\/[^/]+\/[^/]+|channels\/[^/]+\/messages)$/.test(route)) creating = true;
    else if (/^PATCH \/(webhooks\/[^/]+\/[^/]+|channels\/[^/]+)\/messages\/[^/]+$/.test(route)) creating = false;
    else continue;
    for (const violation of assertDiscordLimits(request.body, { creating })) out.push(`${route}: ${violation}`);
    for (const violation of fileViolations(request.files)) out.push(`${route}: ${violation}`);
  }
  return out;
}

/** Discord's limits on a message's uploads: at most 10 files, each within the attachment size limit. */
export function fileViolations(files: readonly RecordedFile[]): string[] {
  const out = files.length > MAX_FILES ? [`${files.length} files (max ${MAX_FILES})`] : [];
  for (const file of files) {
    if (file.data.length > ATTACHMENT_SIZE_LIMIT) out.push(`${file.field} is ${file.data.length} bytes (max ${ATTACHMENT_SIZE_LIMIT})`);
  }
  return out;
}

const MAX_FILES = 10;

function checkMessage(message: Json, at: string, creating: boolean, out: string[]): void {
  const mentions = message['allowed_mentions'];
  if (!isObject(mentions)) {
    out.push(`${at}allowed_mentions is missing: Discord would ping whatever the content mentions`);
  } else {
    if (!Array.isArray(mentions['parse']) || mentions['parse'].length > 0) {
      out.push(`${at}allowed_mentions.parse must be [] (got ${JSON.stringify(mentions['parse'])})`);
    }
    for (const list of ['users', 'roles'] as const) {
      if (asArray(mentions[list]).length > 0) out.push(`${at}allowed_mentions.${list} must be empty`);
    }
    if (mentions['replied_user'] === true) out.push(`${at}allowed_mentions.replied_user pings the replied-to author`);
  }

  const content = chars(message['content']);
  if (content > 2000) out.push(`${at}content is ${content} characters (max 2000)`);

  const embeds = asArray(message['embeds']);
  if (embeds.length > 10) out.push(`${at}embeds has ${embeds.length} entries (max 10)`);
  let embedText = 0;
  embeds.forEach((embed, i) => {
    embedText += checkEmbed(isObject(embed) ? embed : {}, `${at}embeds[${i}].`, out);
  });
  if (embedText > 6000) out.push(`${at}embeds hold ${embedText} characters in total (max 6000)`);

  const flags = typeof message['flags'] === 'number' ? message['flags'] : 0;
  checkComponents(message['components'], at, flags, out);

  const hasSomething =
    content > 0 ||
    embeds.length > 0 ||
    asArray(message['components']).length > 0 ||
    asArray(message['attachments']).length > 0 ||
    asArray(message['sticker_ids']).length > 0 ||
    isObject(message['poll']);
  if (creating && !hasSomething) out.push(`${at.replace(/\.$/, '') || 'message'} is empty (Discord: 50006 Cannot send an empty message)`);
}

/** Checks one embed; returns the characters it adds to the message's 6000 total. */
function checkEmbed(embed: Json, at: string, out: string[]): number {
  const limit = (value: unknown, max: number, name: string): number => {
    const n = chars(value);
    if (n > max) out.push(`${at}${name} is ${n} characters (max ${max})`);
    return n;
  };
  let total = limit(embed['title'], 256, 'title') + limit(embed['description'], 4096, 'description');
  const footer = isObject(embed['footer']) ? embed['footer'] : {};
  const author = isObject(embed['author']) ? embed['author'] : {};
  total += limit(footer['text'], 2048, 'footer.text') + limit(author['name'], 256, 'author.name');
  const fields = asArray(embed['fields']);
  if (fields.length > 25) out.push(`${at}fields has ${fields.length} entries (max 25)`);
  fields.forEach((raw, i) => {
    const field = isObject(raw) ? raw : {};
    const name = limit(field['name'], 256, `fields[${i}].name`);
    const value = limit(field['value'], 1024, `fields[${i}].value`);
    if (name === 0 || value === 0) out.push(`${at}fields[${i}] needs a non-empty name and value`);
    total += name + value;
  });
  return total;
}

function checkComponents(components: unknown, at: string, flags: number, out: string[]): void {
  const rows = asArray(components);
  if ((flags & IS_COMPONENTS_V2) !== 0) {
    // Components V2 nest freely; only the per-component limits below still apply.
    rows.forEach((c, i) => checkComponent(isObject(c) ? c : {}, `${at}components[${i}].`, out));
    return;
  }
  if (rows.length > 5) out.push(`${at}components has ${rows.length} action rows (max 5)`);
  rows.forEach((raw, r) => {
    const row = isObject(raw) ? raw : {};
    const where = `${at}components[${r}]`;
    if (row['type'] !== 1) out.push(`${where} is not an action row (type 1)`);
    const children = asArray(row['components']);
    if (children.length > 5) out.push(`${where}.components has ${children.length} entries (max 5)`);
    const hasSelect = children.some((c) => isObject(c) && [3, 5, 6, 7, 8].includes(Number(c['type'])));
    if (hasSelect && children.length > 1) out.push(`${where} mixes a select menu with other components`);
    children.forEach((c, i) => checkComponent(isObject(c) ? c : {}, `${where}.components[${i}].`, out));
  });
}

function checkComponent(component: Json, at: string, out: string[]): void {
  const limit = (name: string, max: number): void => {
    const n = chars(component[name]);
    if (n > max) out.push(`${at}${name} is ${n} characters (max ${max})`);
  };
  limit('custom_id', 100);
  if (component['type'] === 2) {
    limit('label', 80);
    if (component['style'] === 5 ? typeof component['url'] !== 'string' : component['style'] !== 6 && chars(component['custom_id']) === 0) {
      out.push(`${at}button needs a custom_id (or a url for a link button)`);
    }
  }
  if (component['type'] === 4) limit('label', 45);
  if ([3, 5, 6, 7, 8].includes(Number(component['type']))) {
    limit('placeholder', 150);
    const options = asArray(component['options']);
    if (options.length > 25) out.push(`${at}options has ${options.length} entries (max 25)`);
    options.forEach((raw, i) => {
      const option = isObject(raw) ? raw : {};
      for (const key of ['label', 'value', 'description']) {
        const n = chars(option[key]);
        if (n > 100) out.push(`${at}options[${i}].${key} is ${n} characters (max 100)`);
      }
    });
  }
  for (const [key, value] of Object.entries(component)) {
    if (key === 'components' || key === 'accessory') {
      const nested = Array.isArray(value) ? value : [value];
      nested.forEach((c, i) => isObject(c) && checkComponent(c, `${at}${key}[${i}].`, out));
    }
  }
}

function checkChoices(choices: unknown, out: string[]): void {
  if (!Array.isArray(choices)) {
    out.push('data.choices must be an array');
    return;
  }
  if (choices.length > 25) out.push(`data.choices has ${choices.length} entries (max 25)`);
  choices.forEach((raw, i) => {
    const choice = isObject(raw) ? raw : {};
    const name = chars(choice['name']);
    if (name < 1 || name > 100) out.push(`data.choices[${i}].name is ${name} characters (must be 1-100)`);
    const value = choice['value'];
    if (typeof value === 'string' && chars(value) > 100) {
      out.push(`data.choices[${i}].value is ${chars(value)} characters (max 100)`);
    } else if (typeof value !== 'string' && typeof value !== 'number') {
      out.push(`data.choices[${i}].value must be a string or a number`);
    }
  });
}
