// Smoke test: the REAL discord.js Client logs into the fake Discord on 127.0.0.1 and handles commands,
// autocomplete, buttons, DMs, a gateway drop (resume), a missed heartbeat ACK and a 429.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  type ClientOptions,
  type Interaction,
  type Message,
} from 'discord.js';
import { replyViolations, shardOf, startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';

const NO_PINGS = { parse: [] } as const;

// discord.js reports malformed payloads as unhandled rejections, not as 'error' events.
const rejections: unknown[] = [];
const onRejection = (reason: unknown): void => {
  rejections.push(reason);
};
/** Errors thrown by the little bot below (a REST failure lands here). */
const botErrors: unknown[] = [];

async function handleInteraction(interaction: Interaction): Promise<void> {
  if (interaction.isChatInputCommand()) {
    if (interaction.commandName === 'ping') {
      const again = new ButtonBuilder().setCustomId('again').setLabel('Again').setStyle(ButtonStyle.Success);
      await interaction.reply({
        content: 'pong',
        components: [new ActionRowBuilder<ButtonBuilder>().addComponents(again)],
        allowedMentions: NO_PINGS,
      });
    } else if (interaction.commandName === 'whoami') {
      const where = interaction.channel?.type === ChannelType.DM ? 'dm' : 'guild';
      const manager = interaction.memberPermissions?.has('ManageGuild') ?? 'n/a';
      await interaction.reply({ content: `${where} ${interaction.user.username} ${String(manager)}`, allowedMentions: NO_PINGS });
    } else if (interaction.commandName === 'fetch') {
      const response = await interaction.reply({ content: 'fetched', withResponse: true, allowedMentions: NO_PINGS });
      const id = response.resource?.message?.id ?? 'none';
      await interaction.followUp({ content: `reply ${id}`, allowedMentions: NO_PINGS });
    } else if (interaction.commandName === 'file') {
      const files = [{ attachment: Buffer.from('hello file'), name: 'notes.txt' }];
      await interaction.reply({ content: 'see file', files, allowedMentions: NO_PINGS });
    } else if (interaction.commandName === 'commandid') {
      await interaction.reply({ content: interaction.commandId, allowedMentions: NO_PINGS });
    } else if (interaction.commandName === 'ask') {
      await interaction.deferReply();
      await interaction.editReply({ content: `answer: ${interaction.options.getString('question', true)}`, allowedMentions: NO_PINGS });
      await interaction.followUp({ content: 'sources', flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
    }
  } else if (interaction.isAutocomplete()) {
    const typed = String(interaction.options.getFocused());
    await interaction.respond([1, 2].map((n) => ({ name: `${typed} ${n}`, value: `${typed}-${n}` })));
  } else if (interaction.isButton()) {
    await interaction.update({ content: `clicked ${interaction.customId}`, components: [], allowedMentions: NO_PINGS });
  }
}

async function handleMessage(message: Message): Promise<void> {
  if (message.author.bot || message.channel.type !== ChannelType.DM) return;
  await message.reply({ content: `echo: ${message.content}`, allowedMentions: { parse: [], repliedUser: false } });
}

async function loginClient(fake: FakeDiscord, options: Partial<ClientOptions> = {}): Promise<Client> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel], // without it discord.js silently drops DMs in uncached channels
    rest: { api: fake.apiUrl },
    ...options,
  });
  client.on(Events.InteractionCreate, (i) => void handleInteraction(i).catch((e: unknown) => botErrors.push(e)));
  client.on(Events.MessageCreate, (m) => void handleMessage(m).catch((e: unknown) => botErrors.push(e)));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login('fake.bot.token');
  await ready;
  return client;
}

beforeAll(() => {
  process.on('unhandledRejection', onRejection);
});
afterAll(() => {
  process.off('unhandledRejection', onRejection);
});

describe('the real discord.js client against the fake Discord', () => {
  let fake: FakeDiscord;
  let client: Client;

  beforeAll(async () => {
    fake = await startFakeDiscord(); // 30 s heartbeats: no reconnect during these tests
    client = await loginClient(fake);
  });
  afterEach(() => {
    expect(rejections).toEqual([]);
    expect(botErrors).toEqual([]);
    expect(fake.problems).toEqual([]);
    expect(replyViolations(fake.requests)).toEqual([]);
  });
  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  it('logs in: one REST call, IDENTIFY with the intents, the guild cached', () => {
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/gateway/bot', headers: { authorization: 'Bot fake.bot.token' } });
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]).toMatchObject({ shard: [0, 1], intents: GatewayIntentBits.Guilds | GatewayIntentBits.DirectMessages });
    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.application?.id).toBe(fake.applicationId);
    expect(client.guilds.cache.get(fake.guildId)?.available).toBe(true);
  });

  it('answers /ping with one callback carrying allowed_mentions', async () => {
    const sent = fake.sendSlashCommand({ name: 'ping' });
    expect(sent.delivered).toBe(true);
    const callback = await fake.waitForInteractionResponse(sent.id);
    expect(callback.path).toBe(`/interactions/${sent.id}/${sent.token}/callback`);
    expect(callback.query).toEqual({ with_response: 'false' });
    expect(callback.status).toBe(204);
    expect(callback.body).toMatchObject({ type: 4, data: { content: 'pong', allowed_mentions: { parse: [] } } });
  });

  it('passes member permissions in a guild, and the user in a DM command', async () => {
    const manager = fake.sendSlashCommand({ name: 'whoami', memberPermissions: '32' });
    const member = fake.sendSlashCommand({ name: 'whoami' });
    const dm = fake.sendSlashCommand({ name: 'whoami', dm: true });
    const content = async (id: string) => ((await fake.waitForInteractionResponse(id)).body as { data: { content: string } }).data.content;
    expect(await content(manager.id)).toBe('guild tester true');
    expect(await content(member.id)).toBe('guild tester false');
    expect(await content(dm.id)).toBe('dm tester n/a');
    expect(dm.channelId).toBe(fake.dmChannelId());
  });

  it('supports deferReply, editReply (%40original) and followUp', async () => {
    const sent = fake.sendSlashCommand({ name: 'ask', options: { question: 'why?' } });
    expect((await fake.waitForInteractionResponse(sent.id)).body).toEqual({ type: 5, data: { flags: 0 } });
    const edit = await fake.waitForInteractionEdit(sent.id);
    expect(edit.body).toMatchObject({ content: 'answer: why?' });
    const followUp = await fake.waitForFollowUp(sent.id);
    expect(followUp.query).toEqual({ wait: 'true' });
    expect(followUp.body).toMatchObject({ content: 'sources', flags: MessageFlags.Ephemeral });
  });

  it('returns the created message for reply({ withResponse: true })', async () => {
    const sent = fake.sendSlashCommand({ name: 'fetch' });
    const callback = await fake.waitForInteractionResponse(sent.id);
    expect(callback.query).toEqual({ with_response: 'true' });
    expect(callback.status).toBe(200);
    const followUp = await fake.waitForFollowUp(sent.id);
    const replyId = (followUp.body as { content: string }).content.replace('reply ', '');
    expect(fake.message(replyId)).toMatchObject({ content: 'fetched', author: { id: fake.botUser.id } });
  });

  it('parses multipart uploads: payload_json as the body, files[n] as files', async () => {
    const sent = fake.sendSlashCommand({ name: 'file' });
    const callback = await fake.waitForInteractionResponse(sent.id);
    expect(callback.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(callback.body).toMatchObject({ type: 4, data: { content: 'see file', attachments: [{ id: '0' }] } });
    expect(callback.files).toHaveLength(1);
    expect(callback.files[0]).toMatchObject({ field: 'files[0]', filename: 'notes.txt' });
    expect(callback.files[0]?.data.toString()).toBe('hello file');
  });

  it('registers guild commands and uses their ids in interactions', async () => {
    const commands = await client.application?.commands.set([{ name: 'commandid', description: 'Show the command id' }], fake.guildId);
    const put = await fake.waitForRequest((r) => r.method === 'PUT' && r.path === `/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    expect(put.body).toEqual([expect.objectContaining({ name: 'commandid', description: 'Show the command id' })]);
    const id = commands?.first()?.id ?? '';
    expect(id).toMatch(/^\d{17,19}$/);
    const sent = fake.sendSlashCommand({ name: 'commandid' });
    expect((await fake.waitForInteractionResponse(sent.id)).body).toMatchObject({ data: { content: id } });
  });

  it('responds to autocomplete', async () => {
    const sent = fake.sendAutocomplete({ name: 'ask', options: { question: 'tim' }, focused: 'question' });
    const callback = await fake.waitForInteractionResponse(sent.id);
    expect(callback.query).toEqual({});
    expect(callback.body).toEqual({ type: 8, data: { choices: [{ name: 'tim 1', value: 'tim-1' }, { name: 'tim 2', value: 'tim-2' }] } });
  });

  it('updates the message when its button is clicked', async () => {
    const ping = fake.sendSlashCommand({ name: 'ping' });
    await fake.waitForInteractionResponse(ping.id);
    const click = fake.sendButton({ customId: 'again' });
    const callback = await fake.waitForInteractionResponse(click.id);
    expect(callback.body).toMatchObject({ type: 7, data: { content: 'clicked again', components: [] } });
  });

  it('replies to a plain DM', async () => {
    const dm = fake.sendDirectMessage({ content: 'hello' });
    expect(dm.delivered).toBe(true);
    const reply = await fake.waitForChannelMessage(dm.channelId);
    expect(reply.body).toMatchObject({ content: 'echo: hello', message_reference: { message_id: dm.id } });
    expect(reply.headers['authorization']).toBe('Bot fake.bot.token');
  });

  it('resumes after the gateway closes with 4000, then answers again', async () => {
    const resumes = fake.resumeCount;
    const identifies = fake.identifyCount;
    const resumed = new Promise<void>((resolve) => client.once(Events.ShardResume, () => resolve()));
    expect(fake.closeGateway(4000)).toBe(1);
    const resume = await fake.waitForResume(resumes + 1);
    expect(resume.path).toBe('/gateway/resume'); // it reconnected through READY.resume_gateway_url
    await resumed;
    expect(fake.identifyCount).toBe(identifies);
    const sent = fake.sendSlashCommand({ name: 'ping' });
    expect((await fake.waitForInteractionResponse(sent.id)).body).toMatchObject({ data: { content: 'pong' } });
  });

  it('replays an event sent while the client was away', async () => {
    const resumes = fake.resumeCount;
    fake.closeGateway(4000);
    const sent = fake.sendSlashCommand({ name: 'ping' }); // queued in the session, replayed on RESUME
    await fake.waitForResume(resumes + 1);
    expect((await fake.waitForInteractionResponse(sent.id)).body).toMatchObject({ data: { content: 'pong' } });
  });

  it('retries after a 429 with Retry-After and the reply arrives', async () => {
    fake.failNext('POST /interactions/:id/:token/callback', { status: 429, retryAfterSeconds: 0.2 });
    const sent = fake.sendSlashCommand({ name: 'ping' });
    const callback = await fake.waitForInteractionResponse(sent.id);
    const attempts = fake.requests.filter((r) => r.path.startsWith(`/interactions/${sent.id}/`));
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(callback.at - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(200);
  });

  it('retries a 500 and the reply arrives', async () => {
    fake.failNext('POST /interactions/*/*/callback', { status: 500 });
    const sent = fake.sendSlashCommand({ name: 'ping' });
    await fake.waitForInteractionResponse(sent.id);
    const attempts = fake.requests.filter((r) => r.path.startsWith(`/interactions/${sent.id}/`));
    expect(attempts.map((r) => r.status)).toEqual([500, 204]);
  });

  it('hands a 404 Unknown interaction to the bot as a DiscordAPIError', async () => {
    fake.failNext('POST /interactions/*/*/callback', { status: 404, code: 10062, message: 'Unknown interaction' });
    const sent = fake.sendSlashCommand({ name: 'ping' });
    await fake.waitForRequest((r) => r.path.startsWith(`/interactions/${sent.id}/`));
    await expect.poll(() => botErrors.length).toBe(1);
    expect(botErrors[0]).toBeInstanceOf(DiscordAPIError);
    expect((botErrors[0] as DiscordAPIError).code).toBe(10062);
    botErrors.length = 0;
  });
});

describe('heartbeats', () => {
  let fake: FakeDiscord;
  let client: Client;

  beforeAll(async () => {
    fake = await startFakeDiscord({ heartbeatIntervalMs: 300 });
    client = await loginClient(fake);
  });
  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  it('resumes when heartbeat ACKs stop (zombie connection), then answers again', async () => {
    fake.stopHeartbeatAcks();
    await fake.waitForResume(1);
    fake.resumeHeartbeatAcks();
    const sent = fake.sendSlashCommand({ name: 'ping' });
    expect((await fake.waitForInteractionResponse(sent.id)).body).toMatchObject({ data: { content: 'pong' } });
    expect(fake.identifyCount).toBe(1);
    expect(rejections).toEqual([]);
    expect(botErrors).toEqual([]);
    expect(fake.problems).toEqual([]);
  });
});

describe('shards and intents', () => {
  let fake: FakeDiscord;
  let client: Client;

  beforeAll(async () => {
    fake = await startFakeDiscord({ shardCount: 2 });
    // shards: 'auto' takes the count from GET /gateway/bot; Guilds only, so no DMs.
    client = await loginClient(fake, { shards: 'auto', intents: [GatewayIntentBits.Guilds] });
  });
  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  it('identifies each shard and puts each guild on its own shard', async () => {
    expect(fake.identifies.map((d) => d.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(fake.guildIds.map((id) => shardOf(id, 2)).sort()).toEqual([0, 1]);
    for (const id of fake.guildIds) expect(client.guilds.cache.get(id)?.shardId).toBe(shardOf(id, 2));
    const onShard1 = fake.guildIds.find((id) => shardOf(id, 2) === 1) ?? '';
    const sent = fake.sendSlashCommand({ name: 'ping', guildId: onShard1 });
    expect((await fake.waitForInteractionResponse(sent.id)).body).toMatchObject({ data: { content: 'pong' } });
  });

  it('does not deliver DMs or guild messages without the DirectMessages or GuildMessages intent', () => {
    expect(fake.sendDirectMessage({ content: 'hello' }).delivered).toBe(false);
    expect(fake.sendGuildMessage({ content: `<@${fake.botUser.id}> hello`, mentions: [fake.botUser] }).delivered).toBe(false);
    expect(rejections).toEqual([]);
    expect(botErrors).toEqual([]);
    expect(fake.problems).toEqual([]);
  });
});

describe('close', () => {
  it('resolves with a client still connected; waits pending on the fake reject', async () => {
    const fake = await startFakeDiscord();
    const client = await loginClient(fake);
    const pending = fake.waitForRequest(() => false, 60_000);
    await fake.close();
    await expect(pending).rejects.toThrow('the fake Discord was closed');
    await client.destroy();
    expect(rejections).toEqual([]);
  });
});
