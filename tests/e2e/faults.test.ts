// End to end: faults bot-resilience.test.ts does not cover. REST 500s on the callback route (retried;
// when every attempt fails, logged with a reference id while others are still served), /reload
// while 200 questions are in flight (each answered wholly from the old or the new knowledge), a
// reload that fails half way (the previous knowledge stays), and SIGTERM under load (the real
// `src/main.ts` in a child process exits 0 with every answer sent whole or not at all).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { symlink, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermissionFlagsBits } from 'discord.js';
import type { Knowledge } from '../../src/core/knowledge.ts';
import { makeUser, replyViolations, startFakeDiscord, type FakeDiscord, type SentInteraction } from './fake-discord/index.ts';
import {
  callbackOf,
  copyKnowledgeDir,
  dataOf,
  embedOf,
  EPHEMERAL,
  LEVEL,
  loadCleanKnowledge,
  memoryLog,
  messageOf,
  removeDir,
  requestsFor,
  type MessageBody,
} from './start-bot.ts';
import { useTestBot } from './test-bot.ts';

const MANAGE_GUILD = PermissionFlagsBits.ManageGuild.toString();
const CALLBACK = 'POST /interactions/:id/:token/callback';
const QUESTION = 'what colour is the harbour beacon';

/** One version of a small document: its title (shown in the citation) and its answer differ. */
const beacon = (edition: string, colour: string): string =>
  `---\ntitle: Harbour guide, ${edition} edition\n---\nThe harbour beacon is painted ${colour}.\n\nBoats keep the beacon to port when they enter.\n`;
const OLD = { edition: 'first', colour: 'blue' } as const;
const NEW = { edition: 'second', colour: 'green' } as const;

/** Which version a reply came from, judged separately from its quote and from its citation. */
function versionOf(message: MessageBody): { quote: string | null; citation: string | null } {
  const embed = embedOf(message);
  return {
    quote: /painted \*{0,2}(blue|green)\b/.exec(embed.description ?? '')?.[1] ?? null,
    citation: /Harbour guide, (first|second) edition/.exec(embed.footer?.text ?? '')?.[1] ?? null,
  };
}

const sameVersion = (version: { quote: string | null; citation: string | null }): 'old' | 'new' | 'mixed' =>
  version.quote === OLD.colour && version.citation === OLD.edition
    ? 'old'
    : version.quote === NEW.colour && version.citation === NEW.edition
      ? 'new'
      : 'mixed';

describe('faults in a running bot', () => {
  let dir: string;
  let knowledge: Knowledge;
  beforeAll(async () => {
    dir = await copyKnowledgeDir(); // the article, plus the beacon document
    await writeFile(join(dir, 'beacon.md'), beacon(OLD.edition, OLD.colour));
    knowledge = await loadCleanKnowledge(dir);
  });
  afterAll(() => removeDir(dir));
  const { fake, bot } = useTestBot({ bot: () => ({ knowledge, env: { KNOWLEDGE_DIR: dir } }) });

  const ask = (user = makeUser({ username: 'asker' })): SentInteraction =>
    fake.sendSlashCommand({ name: 'ask', options: { question: QUESTION }, user });

  async function answerOf(sent: SentInteraction): Promise<'old' | 'new' | 'mixed'> {
    const callback = await fake.waitForInteractionResponse(sent.id, 15_000);
    expect(callbackOf(callback).type).toBe(4);
    return sameVersion(versionOf(dataOf(callback)));
  }

  /** /reload by a server manager: the deferred private reply, then the report it is edited into. */
  async function reload(): Promise<string> {
    const sent = fake.sendSlashCommand({ name: 'reload', memberPermissions: MANAGE_GUILD, user: makeUser({ username: 'admin' }) });
    expect(callbackOf(await fake.waitForInteractionResponse(sent.id))).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    return messageOf(await fake.waitForInteractionEdit(sent.id, 15_000)).content ?? '';
  }

  it('answers the beacon question from the beacon document', async () => {
    expect(await answerOf(ask())).toBe('old');
  });

  it('retries a callback that fails with 500 and delivers the answer', async () => {
    fake.failNext(CALLBACK, { status: 500 }, 2);
    const sent = ask();
    expect(await answerOf(sent)).toBe('old');
    expect(requestsFor(fake, sent).map((r) => r.status)).toEqual([500, 500, 204]);
    expect(bot.log.lines().filter((l) => l.interactionId === sent.id && l.level >= LEVEL.warn)).toEqual([]);
  });

  it('logs a callback that fails with 500 on every attempt with a reference id, and keeps serving others', async () => {
    // discord.js makes the request and 3 retries; all four fail.
    fake.failNext(CALLBACK, { status: 500 }, 4);
    const sent = ask();
    const line = await bot.log.waitFor((l) => l.interactionId === sent.id && l.msg === 'handler failed', 15_000);
    expect(line.level).toBe(LEVEL.error);
    const referenceId = line['referenceId'];
    expect(referenceId).toMatch(/^[0-9a-f]{8}$/);
    expect(JSON.stringify(line['err'])).toMatch(/500|Internal Server Error/);

    // The failure notice goes out once Discord recovers, privately, with the id the log has.
    const notice = dataOf(await fake.waitForInteractionResponse(sent.id));
    expect((notice.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(notice.content).toContain(`\`${String(referenceId)}\``);
    expect(requestsFor(fake, sent).map((r) => r.status)).toEqual([500, 500, 500, 500, 204]);

    // Another user's question is answered as usual.
    expect(await answerOf(ask(makeUser({ username: 'someone-else' })))).toBe('old');
  });

  it('answers 200 questions in flight across a /reload, each wholly from the old or the new knowledge', async () => {
    const before = bot.store.current();
    const users = Array.from({ length: 200 }, (_, i) => makeUser({ username: `asker-${i}` }));
    const batch = (from: number) => users.slice(from, from + 50).map((user) => ask(user));

    const first = batch(0); // dispatched before the reload: the old knowledge, certainly
    await writeFile(join(dir, 'beacon.md'), beacon(NEW.edition, NEW.colour));
    const reloadSent = fake.sendSlashCommand({ name: 'reload', memberPermissions: MANAGE_GUILD, user: makeUser({ username: 'admin' }) });
    const second = batch(50); // right behind the reload command
    await fake.waitForInteractionResponse(reloadSent.id); // deferred: reading and building now
    const third = batch(100);
    const report = messageOf(await fake.waitForInteractionEdit(reloadSent.id, 15_000)).content ?? '';
    expect(report).toMatch(/^Reloaded in \d+ ms\./);
    const fourth = batch(150); // after the report: the new knowledge, certainly

    const sent = [...first, ...second, ...third, ...fourth];
    const versions = await Promise.all(sent.map(answerOf));
    expect(versions.filter((v) => v === 'mixed')).toEqual([]);
    expect(versions.slice(0, 50)).toEqual(Array(50).fill('old'));
    expect(versions.slice(150)).toEqual(Array(50).fill('new'));
    // Every one answered exactly once: one callback, nothing else.
    for (const interaction of sent) expect(requestsFor(fake, interaction).map((r) => r.status)).toEqual([204]);
    expect(bot.store.current()).not.toBe(before);
    expect(await answerOf(ask())).toBe('new');
  });

  it('keeps a document\'s previous version in service when it cannot be read half way through a reload', async () => {
    const before = bot.store.current();
    // The beacon is replaced by a link that leads to a file that is gone, and a new good document comes.
    await unlink(join(dir, 'beacon.md'));
    await symlink(join(dir, 'deleted-meanwhile.md'), join(dir, 'beacon.md'));
    await writeFile(join(dir, 'tide.md'), '---\ntitle: Tide table\n---\nHigh tide is at noon.\n');
    try {
      const report = await reload();
      expect(report).toMatch(/^Reloaded in \d+ ms\./);
      expect(report).toMatch(/Kept back beacon\.md: the version loaded before is still in service, because\n {2}◦ beacon\.md: cannot read the file \(ENOENT/);
      expect(bot.store.current()).not.toBe(before);
      const line = await bot.log.waitFor((l) => l.msg === 'reload reloaded');
      expect(JSON.stringify(line)).toContain('beacon.md');
      expect(await answerOf(ask())).toBe('new'); // the second edition, still in service
    } finally {
      await unlink(join(dir, 'beacon.md'));
      await unlink(join(dir, 'tide.md'));
      await writeFile(join(dir, 'beacon.md'), beacon(NEW.edition, NEW.colour));
    }
  });

});

describe('SIGTERM under load', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  let fake: FakeDiscord;
  let dir: string;

  beforeAll(async () => {
    dir = await copyKnowledgeDir();
    await loadCleanKnowledge(dir); // saves the snapshot, so the child starts quickly
    fake = await startFakeDiscord();
  });
  afterAll(async () => {
    await fake?.close();
    if (dir !== undefined) await removeDir(dir);
  });

  it('finishes or cleanly abandons the answers in flight, then exits 0', async () => {
    // `node --import tsx src/main.ts`, with tsx named by its path since the working directory is elsewhere.
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const child = spawn(process.execPath, ['--import', tsx, join(ROOT, 'src/main.ts')], {
      // The working directory holds no .env, so only these settings apply.
      cwd: dir,
      env: {
        PATH: process.env['PATH'] ?? '',
        DISCORD_TOKEN: 'some.test.token',
        DISCORD_API_URL: fake.apiUrl,
        KNOWLEDGE_DIR: dir,
        LOG_LEVEL: 'info',
        RATE_LIMIT_COUNT: '1000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log = memoryLog();
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += String(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      // The bot logs JSON lines on stderr; a pipe may split a line, so only whole lines go to the log.
      const complete = stderr.lastIndexOf('\n') + 1;
      stderr += String(chunk);
      const end = stderr.lastIndexOf('\n') + 1;
      if (end > complete) log.stream.write(stderr.slice(complete, end));
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) => {
      child.once('exit', (code, signal) => resolveExit({ code, signal }));
    });

    try {
      await fake.waitForIdentify(1, 30_000);
      await log.waitFor((l) => l.msg === 'ready', 30_000);
      const askOnce = (i: number) =>
        fake.sendSlashCommand({ name: 'ask', options: { question: 'how many civil disputes has fengqiao mediated' }, user: makeUser({ username: `u${i}` }) });
      // One answer certainly in flight: Discord asks it to wait 30 s, longer than the test allows.
      fake.failNext(CALLBACK, { status: 429, retryAfterSeconds: 30 });
      const waiting = askOnce(-1);
      await fake.waitForRequest((r) => r.status === 429 && requestsFor(fake, waiting).includes(r), 15_000);
      // Then a burst, and SIGTERM right behind it.
      const sent = Array.from({ length: 100 }, (_, i) => askOnce(i));
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const exit = await Promise.race([
        exited,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no exit within 5 s; stderr:\n${stderr}`)), 5_000);
        }),
      ]).finally(() => clearTimeout(timer));
      expect(exit).toEqual({ code: 0, signal: null });

      await log.waitFor((l) => l.msg === 'shutting down');
      // Every line on stderr is a log line, none an error: no crash trace.
      expect(log.lines().filter((l) => l.level >= LEVEL.error)).toEqual([]);
      expect(stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('{'))).toEqual([]);
      expect(stdout).toBe('');

      // The one told to wait was abandoned: it never sent anything after the 429.
      expect(requestsFor(fake, waiting).map((r) => r.status)).toEqual([429]);
      // Each interaction of the burst got one whole callback, or none was started: no half-sent request.
      for (const interaction of sent) {
        const attempts = requestsFor(fake, interaction);
        expect(attempts.map((r) => r.status)).toEqual(attempts.length === 0 ? [] : [204]);
        if (attempts.length === 0) continue;
        expect(callbackOf(attempts[0]!).type).toBe(4);
        expect(embedOf(dataOf(attempts[0]!)).description).toContain('1,300');
      }
      expect(fake.problems).toEqual([]);
      expect(replyViolations(fake.requests)).toEqual([]);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }, 60_000);
});
