// End to end, issue 15 item 1: `@docent <question>` in a server channel is answered in place, as a reply
// that pings no one, with the same answer as /ask; only a message that mentions the bot itself is one.
import { beforeAll, describe, expect, it } from 'vitest';
import { GatewayIntentBits } from 'discord.js';
import type { Knowledge } from '../../src/core/knowledge.ts';
import { makeUser, snowflake } from './fake-discord/index.ts';
import {
  embedOf,
  KNOWLEDGE_DIR,
  loadCleanKnowledge,
  messageOf,
  TOKEN,
  visibleText,
} from './start-bot.ts';
import { useTestBot } from './test-bot.ts';

const QUESTION = 'when was the social construction committee set up';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadCleanKnowledge(KNOWLEDGE_DIR);
});
// Two questions a minute per user: every test uses fresh users, and the flood test one of its own.
const { fake, bot } = useTestBot({ bot: () => ({ knowledge, env: { RATE_LIMIT_COUNT: '2', RATE_LIMIT_WINDOW_SECONDS: '60' } }) });

const at = (): string => `<@${fake.botUser.id}>`;

/** A message in the guild's channel that mentions the bot, as Discord sends it: `<@id>` in the text, the bot in `mentions`. */
function mention(content: string, user = makeUser({ username: 'asker' })) {
  return fake.sendGuildMessage({ content, user, mentions: [fake.botUser] });
}

let guildChannel = '';

/** Bot replies in the guild channel so far. */
const channelReplies = () => fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${guildChannel}/messages`);

describe('mentions', () => {
  it('identifies with GuildMessages, and no privileged intent', () => {
    expect(fake.identifies[0]?.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages);
    expect((fake.identifies[0]?.intents ?? 0) & GatewayIntentBits.MessageContent).toBe(0);
  });

  it('answers "@docent <question>" as a reply to that message that pings no one, citing the passage', async () => {
    const sent = mention(`${at()} ${QUESTION}`);
    guildChannel = sent.channelId;
    expect(sent.delivered).toBe(true);
    const reply = await fake.waitForChannelMessage(sent.channelId);
    expect(reply.headers['authorization']).toBe(`Bot ${TOKEN}`);
    const body = messageOf(reply);
    expect(body.message_reference?.message_id).toBe(sent.id);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const embed = embedOf(body);
    expect(embed.description).toMatch(/^> /);
    expect(embed.description?.replace(/\*\*/g, '')).toContain('On October 21, 2021, the Social Construction Committee');
    const passage = knowledge.passages.find((p) => p.text.includes('On October 21, 2021, the Social Construction Committee'));
    if (passage === undefined) throw new Error('no passage on the Social Construction Committee');
    const footer = embed.footer?.text ?? '';
    expect(footer).toContain(passage.citation.title);
    expect(footer).toContain(`¶${passage.citation.paragraph}`);
    expect(footer).toContain(passage.id);
    expect(visibleText(body)).toContain('2021-10-21');
    // The mention is not part of the question.
    const logged = await bot.log.waitFor((l) => l.messageId === sent.id && l.msg === 'answered a mention');
    expect(logged['question']).toBe(QUESTION);
  });

  it('strips the nickname form <@!id> and a mention in the middle of the question', async () => {
    const sent = mention(`when was the social construction <@!${fake.botUser.id}> committee set up`);
    const logged = await bot.log.waitFor((l) => l.messageId === sent.id && l.msg === 'answered a mention');
    expect(logged['question']).toBe(QUESTION);
    expect(fake.replyTo(sent.id)?.message_reference?.message_id).toBe(sent.id);
  });

  it('answers a bare mention with the help', async () => {
    const sent = mention(`  ${at()}  `);
    const reply = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${sent.channelId}/messages` && messageOf(r).message_reference?.message_id === sent.id);
    const body = messageOf(reply);
    expect(embedOf(body).title).toBe('docent');
    expect(embedOf(body).description).toContain(`${knowledge.passages.length} passages`);
    expect(embedOf(body).fields?.find((field) => field.name === 'In a server')?.value).toContain('Mention me');
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('ignores messages that are not for it: no mention, @everyone, a role, a reply ping, a bot', async () => {
    const answered = mention(`${at()} ${QUESTION}`);
    await fake.waitForRequest((r) => r.method === 'POST' && messageOf(r).message_reference?.message_id === answered.id);
    const botMessage = fake.replyTo(answered.id);
    expect(botMessage).toBeDefined();
    const role = snowflake();
    const ignored = [
      fake.sendGuildMessage({ content: `docent ${QUESTION}`, user: makeUser() }),
      fake.sendGuildMessage({ content: `@everyone ${QUESTION}`, user: makeUser(), mentionEveryone: true }),
      fake.sendGuildMessage({ content: `<@&${role}> ${QUESTION}`, user: makeUser(), mentionRoles: [role] }),
      // A reply to the bot's answer that pings it: the bot is in `mentions`, but not in the text.
      fake.sendGuildMessage({ content: QUESTION, user: makeUser(), mentions: [fake.botUser], ...(botMessage ? { replyTo: botMessage } : {}) }),
      fake.sendGuildMessage({ content: `${at()} ${QUESTION}`, user: makeUser({ username: 'otherbot', bot: true }), mentions: [fake.botUser] }),
    ];
    for (const message of ignored) expect(message.delivered).toBe(true);
    // A mention sent right after is answered; by then the others were handled (events run in order).
    const last = mention(`${at()} help`);
    await fake.waitForRequest((r) => r.method === 'POST' && messageOf(r).message_reference?.message_id === last.id);
    const ids = new Set(ignored.map((message) => message.id));
    expect(channelReplies().filter((r) => ids.has(messageOf(r).message_reference?.message_id ?? ''))).toEqual([]);
    expect(bot.log.lines().filter((line) => ids.has(String(line.messageId)))).toEqual([]);
  });

  it('gives a flood of mentions from one user one rate-limit notice, not one reply each', async () => {
    const user = makeUser({ username: 'flooder' });
    const sent = Array.from({ length: 12 }, (_, i) => mention(`${at()} who founded wahaha ${i}`, user));
    await Promise.all(sent.map((message) => bot.log.waitFor((l) => l.messageId === message.id && l.msg === 'mention done')));
    const ids = new Set(sent.map((message) => message.id));
    const replies = channelReplies().filter((r) => ids.has(messageOf(r).message_reference?.message_id ?? ''));
    const notices = replies.filter((r) => JSON.stringify(r.body).includes('faster than I can keep up'));
    expect(replies).toHaveLength(3); // two answers, one notice
    expect(notices).toHaveLength(1);
    for (const reply of replies) expect(messageOf(reply).allowed_mentions).toEqual({ parse: [], replied_user: false });
  });
});
