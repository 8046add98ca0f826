// End to end, the lesser faults of issue 10: interaction tokens kept out of logged error URLs, one
// notice per wait for rate-limited direct messages, and the health endpoint's odd paths and hosts.
import { describe, expect, it } from 'vitest';
import { startHealthServer } from '../../src/bot/health.ts';
import { createMetrics } from '../../src/bot/metrics.ts';
import { createLogger } from '../../src/logger.ts';
import { makeUser } from './fake-discord/index.ts';
import { LEVEL, memoryLog } from './start-bot.ts';
import { useTestBot } from './test-bot.ts';
import { request } from 'node:http';

const admin = makeUser({ username: 'admin' });

const { fake, bot } = useTestBot({ bot: { env: { RATE_LIMIT_COUNT: '2', RATE_LIMIT_WINDOW_SECONDS: '60', ADMIN_USER_IDS: admin.id } } });

const INVALID = { status: 400, code: 50035, message: 'Invalid Form Body' } as const;

describe('interaction tokens in logs', () => {
  it('are redacted from the URL of a failed callback', async () => {
    fake.failNext('POST /interactions/:id/:token/callback', INVALID, 1);
    const sent = fake.sendSlashCommand({ name: 'ask', options: { question: 'who founded wahaha' }, user: makeUser() });
    const line = await bot.log.waitFor((l) => l.interactionId === sent.id && l.msg === 'handler failed');
    expect(JSON.stringify(line['err'])).toContain(`/interactions/${sent.id}/[redacted]/callback`);
    expect(bot.log.text()).not.toContain(sent.token);
  });

  it('are redacted from the URL of a failed webhook edit', async () => {
    fake.failNext('PATCH /webhooks/:appId/:token/messages/:messageId', INVALID, 1);
    const sent = fake.sendSlashCommand({ name: 'reload', dm: true, user: admin });
    const line = await bot.log.waitFor((l) => l.interactionId === sent.id && l.level >= LEVEL.warn && JSON.stringify(l).includes('/webhooks/'));
    expect(JSON.stringify(line)).toContain(`/webhooks/${fake.applicationId}/[redacted]/messages`);
    await fake.waitForRequest((r) => r.path.includes(sent.token) && r.status < 300);
    expect(bot.log.text()).not.toContain(sent.token);
  });
});

describe('rate-limited direct messages', () => {
  it('get one notice per wait, not one reply each', async () => {
    const user = makeUser({ username: 'chatty' });
    const channelId = fake.dmChannelId(user);
    const sent = Array.from({ length: 12 }, (_, i) => fake.sendDirectMessage({ content: `who founded wahaha ${i}`, user }));
    await bot.log.waitFor((l) => l.messageId === sent[11]?.id && l.msg === 'direct message done');
    await Promise.all(sent.map((message) => bot.log.waitFor((l) => l.messageId === message.id && l.msg === 'direct message done')));
    const replies = fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);
    const notices = replies.filter((r) => JSON.stringify(r.body).includes('faster than I can keep up'));
    expect(replies).toHaveLength(3); // two answers, one notice
    expect(notices).toHaveLength(1);
  });
});

describe('the health endpoint', () => {
  const get = (url: string, path: string) =>
    new Promise<number>((resolve, reject) => {
      const target = new URL(url);
      request({ host: target.hostname, port: target.port, path, method: 'GET' }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });

  it('answers 404 for any path but its two, "//" included, without logging an error', async () => {
    const log = memoryLog();
    const server = await startHealthServer({ host: '127.0.0.1', port: 0, health: () => ({ ok: true }), metrics: createMetrics(), logger: createLogger('debug', { destination: log.stream }) });
    try {
      for (const path of ['//', '//healthz', '///metrics', '/%', '/healthz/..', '*', '/..//x?y=//']) expect(await get(server.url, path), path).toBe(404);
      expect(await get(server.url, '/healthz?probe=1')).toBe(200);
      expect(log.lines().filter((line) => line.level >= LEVEL.warn)).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('warns when it listens beyond loopback, and not on loopback', async () => {
    for (const [host, warns] of [['0.0.0.0', true], ['127.0.0.1', false]] as const) {
      const log = memoryLog();
      const server = await startHealthServer({ host, port: 0, health: () => ({ ok: true }), metrics: createMetrics(), logger: createLogger('debug', { destination: log.stream }) });
      await server.close();
      const warnings = log.lines().filter((line) => line.level === LEVEL.warn && line.msg.includes('beyond loopback'));
      expect(warnings, host).toHaveLength(warns ? 1 : 0);
    }
  });
});
