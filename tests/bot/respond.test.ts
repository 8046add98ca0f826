import { Client, MessageFlags, MessagePayload, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { afterAll, describe, expect, it } from 'vitest';
import { createButtonState } from '../../src/bot/button-state.ts';
import { renderAnswerPage } from '../../src/bot/answer-page.ts';
import { apiMessageOf, respond, updateInPlace } from '../../src/bot/respond.ts';
import { readKnowledgeDir } from '../../src/core/documents/load.ts';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import { textReply, type DiscordReply } from '../../src/format/discord.ts';
import { KNOWLEDGE_DIR } from '../fixtures/article.ts';

const knowledge = buildKnowledge((await readKnowledgeDir(KNOWLEDGE_DIR)).documents);
const buttons = createButtonState();
const page = (question: string, offset = 0, isPrivate = false): DiscordReply =>
  renderAnswerPage(knowledge, { question, offset, askerId: '42', private: isPrivate }, { buttons, followUp: true }, () => ({ hash: '3f2a9c01b4de', indexedAt: '2026-12-01T19:40:00.000Z' })).reply;

const REPLIES: [string, DiscordReply][] = [
  ['an answer, with its buttons, fields and footer', page('what is the per capita disposable income of zhejiang')],
  ['a later page, private', page('what will happen by 2035', 1, true)],
  ['a misspelt question (its correction in italics)', page('zhejaing rurl incom')],
  ['a no-match', page('how do I bake sourdough bread')],
  ['a private text line with markdown to escape', textReply('**not bold** @everyone <@1>', { private: true })],
];

// discord.js's own body, made as it makes it for a target with a real client (no login: nothing leaves the process).
const client = new Client({ intents: [] });
afterAll(() => client.destroy());
const discordJsBody = (reply: DiscordReply, flags?: number) => {
  const options = { content: reply.content, embeds: reply.embeds ?? [], components: reply.components ?? [], allowedMentions: { parse: [] as [] }, ...(flags === undefined ? {} : { flags }) };
  const { tts, enforce_nonce: enforceNonce, ...rest } = MessagePayload.create({ client } as never, options as never).resolveBody().body as Record<string, unknown>;
  // The two fields sent at their defaults, which the prepared body leaves out.
  expect([tts, enforceNonce]).toEqual([false, false]);
  return JSON.parse(JSON.stringify(rest)) as unknown;
};
const flagsOf = (reply: DiscordReply) => (reply.private ? MessageFlags.Ephemeral : 0) | (reply.flags ?? 0);

/** An interaction that records what discord.js was handed, in the state `respond` reads. */
function recordingInteraction(state: { deferred?: boolean; replied?: boolean } = {}) {
  const sent: { method: string; options: unknown }[] = [];
  const record = (method: string) => async (options: unknown) => void sent.push({ method, options });
  const interaction = { deferred: state.deferred ?? false, replied: state.replied ?? false, reply: record('reply'), update: record('update'), editReply: record('editReply'), followUp: record('followUp') };
  return { interaction, sent };
}

describe(apiMessageOf, () => {
  it.each(REPLIES)('is the body discord.js would send for %s, less tts and enforce_nonce at their defaults', (_name, reply) => {
    expect(JSON.parse(JSON.stringify(apiMessageOf(reply, flagsOf(reply))))).toEqual(discordJsBody(reply, flagsOf(reply)));
    // An update in place sends no flags, as discord.js sends none when it is given none.
    expect(JSON.parse(JSON.stringify(apiMessageOf(reply)))).toEqual(discordJsBody(reply));
  });

  it('never lets a reply ping', () => {
    for (const [, reply] of REPLIES) expect(apiMessageOf(reply, flagsOf(reply)).allowed_mentions).toEqual({ parse: [] });
  });
});

describe(respond, () => {
  it('hands a first reply over with its body made, private ones flagged ephemeral', async () => {
    const { interaction, sent } = recordingInteraction();
    const reply = REPLIES[4]?.[1] as DiscordReply;
    await respond(interaction as unknown as ChatInputCommandInteraction, reply);
    const [call] = sent;
    expect(call?.method).toBe('reply');
    expect(call?.options).toBeInstanceOf(MessagePayload);
    expect((call?.options as MessagePayload).body).toEqual(apiMessageOf(reply, MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds));
    expect((call?.options as MessagePayload).files).toEqual([]);
  });

  it('leaves a reply with files to discord.js, which resolves them', async () => {
    const { interaction, sent } = recordingInteraction();
    const reply: DiscordReply = { ...textReply('a chart'), files: [{ attachment: Buffer.from('png'), name: 'chart.png' }] };
    await respond(interaction as unknown as ChatInputCommandInteraction, reply);
    expect(sent[0]?.options).not.toBeInstanceOf(MessagePayload);
    expect(sent[0]?.options).toMatchObject({ files: [{ name: 'chart.png' }], allowedMentions: { parse: [] } });
  });

  it('edits a deferred reply and follows up a replied one, as before', async () => {
    const deferred = recordingInteraction({ deferred: true });
    await respond(deferred.interaction as unknown as ChatInputCommandInteraction, textReply('done'));
    expect(deferred.sent.map((call) => call.method)).toEqual(['editReply']);
    const replied = recordingInteraction({ replied: true });
    await respond(replied.interaction as unknown as ChatInputCommandInteraction, textReply('more'));
    expect(replied.sent.map((call) => call.method)).toEqual(['followUp']);
  });
});

describe(updateInPlace, () => {
  it('updates the message with its body made and no flags', async () => {
    const { interaction, sent } = recordingInteraction();
    const reply = REPLIES[1]?.[1] as DiscordReply;
    await updateInPlace(interaction as unknown as ButtonInteraction, reply);
    expect((sent[0]?.options as MessagePayload).body).toEqual(apiMessageOf(reply));
  });
});
