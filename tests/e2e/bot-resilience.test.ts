// End to end: the real bot keeps answering through faults. A handler that throws (the user gets a
// reference id, the log has the same id), the per-user rate limit, the gateway dropping the
// connection or missing heartbeat ACKs (resume), an interaction delivered twice, a 429 and an
// expired interaction (10062) on the callback route.
import { beforeAll, describe, expect, it } from 'vitest';
import { GatewayDispatchEvents } from 'discord.js';
import type { Knowledge } from '../../src/core/knowledge.ts';
import { createKnowledgeStore } from '../../src/core/store.ts';
import type { FakeDiscordParts } from './fake-discord/fake.ts';
import { chatInputInteraction } from './fake-discord/interactions.ts';
import { MEMBER_PERMISSIONS } from './fake-discord/payloads.ts';
import { makeUser, type FakeDiscord, type SentInteraction } from './fake-discord/index.ts';
import {
  callbackOf,
  dataOf,
  embedOf,
  EPHEMERAL,
  faultyStore,
  KNOWLEDGE_DIR,
  LEVEL,
  loadCleanKnowledge,
  messageOf,
  requestsFor,
  TOKEN,
  visibleText,
} from './start-bot.ts';
import { useTestBot } from './test-bot.ts';

const QUESTION = 'how many civil disputes has fengqiao mediated';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadCleanKnowledge(KNOWLEDGE_DIR);
});

/** Asserts /ask is answered with the Fengqiao passage. */
async function expectAnswered(fake: FakeDiscord, user = fake.defaultUser): Promise<SentInteraction> {
  const sent = fake.sendSlashCommand({ name: 'ask', options: { question: QUESTION }, user });
  const callback = await fake.waitForInteractionResponse(sent.id);
  expect(callbackOf(callback).type).toBe(4);
  expect(embedOf(dataOf(callback)).description).toContain('1,300');
  return sent;
}

/**
 * Delivers an interaction the fake already sent a second time, as a gateway that replays events can.
 * The fake has no public re-send, so this uses its gateway's dispatch primitive with the same payload.
 */
function redeliverSlashCommand(fake: FakeDiscord, sent: SentInteraction, name: string): void {
  const parts = Reflect.get(fake, 'parts') as FakeDiscordParts;
  const guild = parts.state.guild(sent.guildId ?? fake.guildId);
  const payload = chatInputInteraction(
    {
      id: sent.id,
      token: sent.token,
      applicationId: fake.applicationId,
      user: fake.defaultUser,
      place: { kind: 'guild', guild },
      memberPermissions: MEMBER_PERMISSIONS,
      installation: 'guild',
    },
    { id: parts.state.commandId(name, guild.id), name, options: [] },
  );
  const reached = parts.gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload, { guildId: guild.id });
  expect(reached).toBe(1);
}

describe('faults', () => {
  let store: ReturnType<typeof faultyStore>;
  const { fake, bot } = useTestBot({
    // Short heartbeats, so missing ACKs are noticed quickly; every beat is ACKed unless a test stops them.
    fake: { heartbeatIntervalMs: 400 },
    bot: () => ({
      store: (config) => {
        store = faultyStore(createKnowledgeStore(config.KNOWLEDGE_DIR, knowledge));
        return store;
      },
    }),
  });

  it('answers a handler that throws with a private reference id that the error log has too', async () => {
    store.failNextCurrent(new Error('the store exploded'));
    const sent = fake.sendSlashCommand({ name: 'ask', options: { question: QUESTION } });
    const data = dataOf(await fake.waitForInteractionResponse(sent.id));
    expect((data.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).toContain('Something went wrong');
    const referenceId = /`([^`]+)`/.exec(data.content ?? '')?.[1];
    expect(referenceId).toMatch(/^[0-9a-f]{8}$/);

    const line = await bot.log.waitFor((l) => l.level === LEVEL.error && l.interactionId === sent.id);
    expect(line.msg).toBe('handler failed');
    expect(line['referenceId']).toBe(referenceId);
    expect(JSON.stringify(line['err'])).toContain('the store exploded');

    await expectAnswered(fake); // the next question is answered as usual
  });

  it('answers a DM whose handler throws with a reference id that the error log has too', async () => {
    store.failNextCurrent(new Error('the store exploded in a DM'));
    const dm = fake.sendDirectMessage({ content: QUESTION });
    const body = messageOf(await fake.waitForChannelMessage(dm.channelId));
    expect(body.content).toContain('Something went wrong');
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const referenceId = /`([^`]+)`/.exec(body.content ?? '')?.[1];
    expect(referenceId).toMatch(/^[0-9a-f]{8}$/);
    const line = await bot.log.waitFor((l) => l.level === LEVEL.error && l.messageId === dm.id);
    expect(line['referenceId']).toBe(referenceId);
    expect(JSON.stringify(line['err'])).toContain('the store exploded in a DM');

    const again = fake.sendDirectMessage({ content: QUESTION });
    const next = await fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${again.channelId}/messages` && messageOf(r).message_reference?.message_id === again.id,
    );
    expect(visibleText(messageOf(next))).toContain('1,300');
  });

  it('resumes after the gateway closes the connection (4000) and answers again', async () => {
    const resumes = fake.resumeCount;
    const identifies = fake.identifyCount;
    expect(fake.closeGateway(4000)).toBe(1);
    const resume = await fake.waitForResume(resumes + 1);
    expect(resume.path).toBe('/gateway/resume');
    expect(fake.resumeCount).toBe(resumes + 1);
    expect(fake.identifyCount).toBe(identifies);
    await expectAnswered(fake);
  });

  it('resumes when heartbeat ACKs stop (a zombie connection) and answers again', async () => {
    const resumes = fake.resumeCount;
    fake.stopHeartbeatAcks();
    try {
      await fake.waitForResume(resumes + 1);
    } finally {
      fake.resumeHeartbeatAcks();
    }
    expect(fake.resumeCount).toBeGreaterThan(resumes);
    await expectAnswered(fake);
  });

  it('answers an interaction delivered twice once', async () => {
    const sent = fake.sendSlashCommand({ name: 'help' });
    await fake.waitForInteractionResponse(sent.id);
    redeliverSlashCommand(fake, sent, 'help');
    await bot.log.waitFor((l) => l.msg === 'duplicate interaction dropped' && l.interactionId === sent.id);
    await expectAnswered(fake); // later events are handled, so the duplicate's turn has passed
    expect(requestsFor(fake, sent)).toHaveLength(1);
    expect(bot.log.lines().filter((l) => l.interactionId === sent.id && l.msg === 'answered')).toHaveLength(1);
  });

  it('still answers when the callback route answers 429 with Retry-After', async () => {
    fake.failNext('POST /interactions/:id/:token/callback', { status: 429, retryAfterSeconds: 0.2 });
    const sent = await expectAnswered(fake);
    const attempts = requestsFor(fake, sent);
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(200);
  });

  it('logs an expired interaction (10062) once as a warning, without a crash, and answers the next', async () => {
    fake.failNext('POST /interactions/:id/:token/callback', { status: 404, code: 10062, message: 'Unknown interaction' });
    const sent = fake.sendSlashCommand({ name: 'ask', options: { question: QUESTION } });
    const line = await bot.log.waitFor((l) => l.interactionId === sent.id && l.msg === 'interaction expired before it could be answered');
    expect(line.level).toBe(LEVEL.warn);
    await expectAnswered(fake);
    const lines = bot.log.lines().filter((l) => l.interactionId === sent.id);
    expect(lines.filter((l) => l.msg === 'interaction expired before it could be answered')).toHaveLength(1);
    expect(lines.filter((l) => l.level >= LEVEL.error)).toEqual([]);
    // No second attempt to tell the user: the token is dead.
    expect(requestsFor(fake, sent).map((r) => r.status)).toEqual([404]);
  });

  it('never logs the token', () => {
    expect(bot.log.lines().length).toBeGreaterThan(10);
    expect(bot.log.text()).not.toContain(TOKEN);
  });
});

describe('rate limit', () => {
  const { fake, bot } = useTestBot({ bot: () => ({ knowledge, env: { RATE_LIMIT_COUNT: '2', RATE_LIMIT_WINDOW_SECONDS: '3600' } }) });

  it('asks a user over the limit to wait, privately, and still answers another user', async () => {
    await expectAnswered(fake);
    await expectAnswered(fake);
    const third = fake.sendSlashCommand({ name: 'ask', options: { question: QUESTION } });
    const data = dataOf(await fake.waitForInteractionResponse(third.id));
    expect((data.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).toMatch(/Try again in \d+ s\./);
    expect(data.embeds ?? []).toEqual([]);

    await expectAnswered(fake, makeUser({ username: 'someone-else' }));

    // The limit is per user, not per route: a DM from the limited user waits too.
    const dm = fake.sendDirectMessage({ content: QUESTION });
    const reply = messageOf(await fake.waitForChannelMessage(dm.channelId));
    expect(reply.content).toMatch(/Try again in \d+ s\./);
  });

  it('never logs the token', () => {
    expect(bot.log.text()).not.toContain(TOKEN);
  });
});
