// Unit tests for assertDiscordLimits/replyViolations: each limit is hit once just over and once at the
// edge, so a checker that stops checking (or checks too much) fails here.
import { describe, expect, it } from 'vitest';
import { assertDiscordLimits, replyViolations } from './fake-discord/limits.ts';
import type { RecordedRequest } from './fake-discord/recorder.ts';

const NO_PINGS = { parse: [] };
const x = (n: number): string => 'x'.repeat(n);
const message = (fields: Record<string, unknown>) => ({ allowed_mentions: NO_PINGS, ...fields });
const reply = (data: Record<string, unknown>) => ({ type: 4, data: message(data) });
const button = (fields: Record<string, unknown> = {}) => ({ type: 2, style: 1, custom_id: 'b', label: 'B', ...fields });
const row = (...components: unknown[]) => ({ type: 1, components });

describe('assertDiscordLimits', () => {
  it('accepts a reply at every limit', () => {
    const embed = {
      title: x(256),
      description: x(4096),
      fields: [{ name: x(256), value: x(1024) }],
      footer: { text: x(200) },
      author: { name: x(100) },
    };
    const rows = Array.from({ length: 5 }, () => row(...Array.from({ length: 5 }, () => button({ label: x(80), custom_id: x(100) }))));
    expect(assertDiscordLimits(reply({ content: x(2000), embeds: [embed], components: rows }))).toEqual([]);
    expect(assertDiscordLimits(message({ content: 'edit' }))).toEqual([]);
  });

  it('requires allowed_mentions with parse: [] and no user, role or replied-user pings', () => {
    expect(assertDiscordLimits({ type: 4, data: { content: 'hi' } })).toEqual([
      'data.allowed_mentions is missing: Discord would ping whatever the content mentions',
    ]);
    expect(assertDiscordLimits({ content: 'hi', allowed_mentions: { parse: ['users'] } })).toHaveLength(1);
    expect(assertDiscordLimits({ content: 'hi', allowed_mentions: {} })).toHaveLength(1);
    expect(assertDiscordLimits({ content: 'hi', allowed_mentions: { parse: [], users: ['1'] } })).toHaveLength(1);
    expect(assertDiscordLimits({ content: 'hi', allowed_mentions: { parse: [], roles: ['1'] } })).toHaveLength(1);
    expect(assertDiscordLimits({ content: 'hi', allowed_mentions: { parse: [], replied_user: true } })).toHaveLength(1);
    expect(assertDiscordLimits({ content: 'hi', allowed_mentions: { parse: [], users: [], replied_user: false } })).toEqual([]);
    expect(assertDiscordLimits({ type: 7, data: { content: 'updated' } })).toHaveLength(1);
  });

  it('limits content to 2000 characters, counting an emoji once', () => {
    expect(assertDiscordLimits(reply({ content: x(2001) }))).toEqual(['data.content is 2001 characters (max 2000)']);
    expect(assertDiscordLimits(reply({ content: '😀'.repeat(2000) }))).toEqual([]);
  });

  it('limits embeds and their fields', () => {
    const over = (embed: Record<string, unknown>) => assertDiscordLimits(message({ embeds: [embed] }));
    expect(assertDiscordLimits(message({ embeds: Array.from({ length: 11 }, () => ({ title: 't' })) }))).toEqual([
      'embeds has 11 entries (max 10)',
    ]);
    expect(over({ title: x(257) })).toEqual(['embeds[0].title is 257 characters (max 256)']);
    expect(over({ description: x(4097) })).toEqual(['embeds[0].description is 4097 characters (max 4096)']);
    expect(over({ footer: { text: x(2049) } })).toEqual(['embeds[0].footer.text is 2049 characters (max 2048)']);
    expect(over({ author: { name: x(257) } })).toEqual(['embeds[0].author.name is 257 characters (max 256)']);
    expect(over({ fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) })).toEqual([
      'embeds[0].fields has 26 entries (max 25)',
    ]);
    expect(over({ fields: [{ name: x(257), value: 'v' }] })).toEqual(['embeds[0].fields[0].name is 257 characters (max 256)']);
    expect(over({ fields: [{ name: 'n', value: x(1025) }] })).toEqual(['embeds[0].fields[0].value is 1025 characters (max 1024)']);
    expect(over({ fields: [{ name: '', value: 'v' }] })).toEqual(['embeds[0].fields[0] needs a non-empty name and value']);
  });

  it('limits the text of all embeds together to 6000 characters', () => {
    const embed = { description: x(3000) };
    expect(assertDiscordLimits(message({ embeds: [embed, embed] }))).toEqual([]);
    expect(assertDiscordLimits(message({ embeds: [embed, embed, { title: 'x' }] }))).toEqual([
      'embeds hold 6001 characters in total (max 6000)',
    ]);
  });

  it('limits action rows, buttons per row, labels and custom ids', () => {
    const check = (components: unknown[]) => assertDiscordLimits(message({ content: 'c', components }));
    expect(check(Array.from({ length: 6 }, () => row(button())))).toEqual(['components has 6 action rows (max 5)']);
    expect(check([row(...Array.from({ length: 6 }, () => button()))])).toEqual(['components[0].components has 6 entries (max 5)']);
    expect(check([row(button({ label: x(81) }))])).toEqual(['components[0].components[0].label is 81 characters (max 80)']);
    expect(check([row(button({ custom_id: x(101) }))])).toEqual([
      'components[0].components[0].custom_id is 101 characters (max 100)',
    ]);
    expect(check([button()])).toEqual(['components[0] is not an action row (type 1)']);
    expect(check([row(button({ custom_id: undefined }))])).toHaveLength(1);
    expect(check([row(button({ style: 5, custom_id: undefined, url: 'https://example.com' }))])).toEqual([]);
  });

  it('limits autocomplete choices', () => {
    const choices = (list: unknown[]) => assertDiscordLimits({ type: 8, data: { choices: list } });
    expect(choices(Array.from({ length: 25 }, (_, i) => ({ name: x(100), value: i })))).toEqual([]);
    expect(choices(Array.from({ length: 26 }, (_, i) => ({ name: 'n', value: i })))).toEqual(['data.choices has 26 entries (max 25)']);
    expect(choices([{ name: '', value: 'v' }])).toEqual(['data.choices[0].name is 0 characters (must be 1-100)']);
    expect(choices([{ name: x(101), value: 'v' }])).toEqual(['data.choices[0].name is 101 characters (must be 1-100)']);
    expect(choices([{ name: 'n', value: x(101) }])).toEqual(['data.choices[0].value is 101 characters (max 100)']);
    expect(assertDiscordLimits({ type: 8, data: {} })).toEqual(['data.choices must be an array']);
  });

  it('limits a modal title and custom id', () => {
    const modal = (data: Record<string, unknown>) => assertDiscordLimits({ type: 9, data: { custom_id: 'm', title: 'T', components: [], ...data } });
    expect(modal({})).toEqual([]);
    expect(modal({ title: x(46) })).toEqual(['data.title is 46 characters (max 45)']);
    expect(modal({ custom_id: x(101) })).toEqual(['data.custom_id is 101 characters (max 100)']);
  });

  it('flags an empty new message but not an empty edit or a deferral', () => {
    expect(assertDiscordLimits(reply({}))).toEqual(['data is empty (Discord: 50006 Cannot send an empty message)']);
    expect(assertDiscordLimits(message({}), { creating: true })).toHaveLength(1);
    expect(assertDiscordLimits(message({}))).toEqual([]);
    expect(assertDiscordLimits({ type: 5, data: { flags: 64 } })).toEqual([]);
  });
});

describe('replyViolations', () => {
  const request = (method: string, path: string, body: unknown): RecordedRequest => ({
    method,
    path,
    body,
    query: {},
    files: [],
    headers: {},
    status: 200,
    at: 0,
  });

  it('checks every message-creating or -editing route and names the route', () => {
    const requests = [
      request('GET', '/gateway/bot', undefined),
      request('POST', '/interactions/1/t/callback', { type: 4, data: { content: 'a' } }),
      request('POST', '/webhooks/2/t', { content: 'b' }),
      request('PATCH', '/webhooks/2/t/messages/@original', { content: 'c' }),
      request('POST', '/channels/3/messages', { content: 'd' }),
      request('PATCH', '/channels/3/messages/4', { content: 'e' }),
      request('POST', '/users/@me/channels', { recipient_id: '5' }),
    ];
    expect(replyViolations(requests).map((v) => v.split(':')[0])).toEqual([
      'POST /interactions/1/t/callback',
      'POST /webhooks/2/t',
      'PATCH /webhooks/2/t/messages/@original',
      'POST /channels/3/messages',
      'PATCH /channels/3/messages/4',
    ]);
  });
});
