// End to end, issue 15 item 5: "Follow up" on an answer opens a thread on it, where a question carries
// on from the one before ("and by 2025?"). Without the Message Content intent a follow-up must mention
// the bot (the fake sends other messages' text empty, as Discord does); with MESSAGE_CONTENT_INTENT=true
// plain messages in the thread are questions.
import { beforeAll, describe, expect, it } from 'vitest';
import { GatewayIntentBits } from 'discord.js';
import type { Knowledge } from '../../src/core/knowledge.ts';
import { makeUser, type FakeDiscord } from './fake-discord/index.ts';
import {
  buttonLabels,
  customIdOf,
  dataOf,
  EPHEMERAL,
  embedOf,
  KNOWLEDGE_DIR,
  loadCleanKnowledge,
  messageOf,
} from './start-bot.ts';
import { useTestBot } from './test-bot.ts';

/** Answered from the 2022 paragraph on middle incomes; its follow-up "and by 2025?" alone finds a plan's title instead. */
const FIRST = 'What share of households have an annual disposable income of 200,000 to 600,000 yuan?';
/** Only the 2025 target of the same measure says this. */
const TARGET_2025 = 'Strive to reach 45%';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadCleanKnowledge(KNOWLEDGE_DIR);
});

/** Asks `FIRST` with /ask in the guild's channel, presses Follow up, and returns the thread's id. */
async function openThread(fake: FakeDiscord): Promise<{ threadId: string; asked: ReturnType<FakeDiscord['sendSlashCommand']> }> {
  const asked = fake.sendSlashCommand({ name: 'ask', options: { question: FIRST } });
  const answer = dataOf(await fake.waitForInteractionResponse(asked.id));
  expect(buttonLabels(answer)).toContain('Follow up');
  const isThreadStart = (r: { method: string; path: string }) => r.method === 'POST' && /^\/channels\/\d+\/messages\/\d+\/threads$/.test(r.path);
  const earlier = new Set(fake.requests.filter(isThreadStart).map((r) => r.path));
  const pressed = fake.sendButton({ customId: customIdOf(answer, 'Follow up'), user: makeUser({ username: 'curious' }) });
  const created = await fake.waitForRequest((r) => isThreadStart(r) && !earlier.has(r.path));
  const threadId = created.path.split('/')[4] ?? '';
  const pointer = dataOf(await fake.waitForInteractionResponse(pressed.id));
  expect((pointer.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
  expect(pointer.content).toContain(`<#${threadId}>`);
  return { threadId, asked };
}

/** The bot's reply to a message in the thread. */
const replyIn = (fake: FakeDiscord, threadId: string, messageId: string) =>
  fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages` && messageOf(r).message_reference?.message_id === messageId);

describe('follow-up threads, without the Message Content intent', () => {
  const { fake } = useTestBot({ bot: () => ({ knowledge }) });

  it('opens a thread named after the question on the answer\'s message, and says there to mention the bot', async () => {
    const { threadId } = await openThread(fake);
    const thread = fake.thread(threadId);
    expect(thread?.name).toBe(FIRST);
    expect(thread?.owner_id).toBe(fake.botUser.id);
    expect(thread?.type).toBe(11);
    const intro = await fake.waitForChannelMessage(threadId);
    expect(messageOf(intro).content).toContain('by mentioning me');
    expect(messageOf(intro).allowed_mentions).toEqual({ parse: [] });
  });

  it('answers "@docent and by 2025?" in the thread with the first question\'s topic, as a reply that pings no one', async () => {
    const { threadId } = await openThread(fake);
    const sent = fake.sendGuildMessage({ content: `<@${fake.botUser.id}> and by 2025?`, mentions: [fake.botUser], threadId });
    expect(sent.delivered).toBe(true);
    const reply = messageOf(await replyIn(fake, threadId, sent.id));
    expect(reply.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const embed = embedOf(reply);
    expect(embed.title).toContain('and by 2025?');
    expect(embed.title).toContain('disposable income');
    expect(embed.description?.replace(/\*\*/g, '')).toContain(TARGET_2025);
    // No thread inside a thread.
    expect(buttonLabels(reply)).not.toContain('Follow up');
    const passage = knowledge.passages.find((p) => p.text.includes(TARGET_2025));
    expect(embed.footer?.text).toContain(passage?.id ?? 'no such passage');
  });

  it('ignores a plain message in the thread: Discord sends its text empty without the intent', async () => {
    expect((fake.identifies[0]?.intents ?? 0) & GatewayIntentBits.MessageContent).toBe(0);
    const { threadId } = await openThread(fake);
    const plain = fake.sendGuildMessage({ content: 'and by 2025?', threadId });
    const after = fake.sendGuildMessage({ content: `<@${fake.botUser.id}> help`, mentions: [fake.botUser], threadId });
    await replyIn(fake, threadId, after.id);
    expect(fake.replyTo(plain.id)).toBeUndefined();
  });

  it('points a second press of Follow up to the thread already open', async () => {
    const { threadId, asked } = await openThread(fake);
    const answer = dataOf(await fake.waitForInteractionResponse(asked.id));
    const again = fake.sendButton({ customId: customIdOf(answer, 'Follow up') });
    const pointer = dataOf(await fake.waitForInteractionResponse(again.id));
    expect(pointer.content).toContain(`<#${threadId}>`);
    expect(fake.requests.filter((r) => r.path.endsWith(`/messages/${threadId}/threads`))).toHaveLength(1);
  });

  it('offers no Follow up on a private answer or in a DM', async () => {
    const privately = fake.sendSlashCommand({ name: 'ask', options: { question: FIRST, private: true } });
    expect(buttonLabels(dataOf(await fake.waitForInteractionResponse(privately.id)))).not.toContain('Follow up');
    const dm = fake.sendSlashCommand({ name: 'ask', options: { question: FIRST }, dm: true });
    expect(buttonLabels(dataOf(await fake.waitForInteractionResponse(dm.id)))).not.toContain('Follow up');
  });
});

describe('follow-up threads, with MESSAGE_CONTENT_INTENT=true', () => {
  const { fake, bot } = useTestBot({ bot: () => ({ knowledge, env: { MESSAGE_CONTENT_INTENT: 'true' } }) });

  it('identifies with Message Content and answers a plain "and by 2025?" in the thread with the first question\'s topic', async () => {
    expect((fake.identifies[0]?.intents ?? 0) & GatewayIntentBits.MessageContent).toBe(GatewayIntentBits.MessageContent);
    const { threadId } = await openThread(fake);
    const intro = await fake.waitForChannelMessage(threadId);
    expect(messageOf(intro).content).not.toContain('mentioning');
    const sent = fake.sendGuildMessage({ content: 'and by 2025?', threadId });
    const embed = embedOf(messageOf(await replyIn(fake, threadId, sent.id)));
    expect(embed.description?.replace(/\*\*/g, '')).toContain(TARGET_2025);
    const logged = await bot.log.waitFor((l) => l.messageId === sent.id && l.msg === 'answered a follow-up');
    expect(logged['typed']).toBe('and by 2025?');
  });

  it('still ignores plain messages outside its threads', async () => {
    const outside = fake.sendGuildMessage({ content: FIRST });
    const after = fake.sendGuildMessage({ content: `<@${fake.botUser.id}> help`, mentions: [fake.botUser] });
    await fake.waitForRequest((r) => r.method === 'POST' && messageOf(r).message_reference?.message_id === after.id);
    expect(fake.replyTo(outside.id)).toBeUndefined();
  });
});
