// Shared by the bot's end-to-end suites: starts the REAL bot (`startBot`, the real discord.js client)
// against the fake Discord with a config built by `parseConfig`, a logger writing to memory, and
// helpers to read what a user would see in the recorded REST bodies.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { commands, contextMenus } from '../../commands/index.ts';
import type { Admin } from '../../src/admin/open.ts';
import { openAdminFromConfig } from '../../src/admin/open.ts';
import type { FeedbackLog } from '../../src/admin/types.ts';
import { startBot, type LoginRetryOptions, type RunningBot } from '../../src/bot/start.ts';
import { parseConfig, type Config } from '../../src/config.ts';
import type { Knowledge } from '../../src/core/knowledge.ts';
import { createKnowledgeStore, loadKnowledge, type KnowledgeStore } from '../../src/core/store.ts';
import { createLogger } from '../../src/logger.ts';
import {
  replyViolations,
  type AttachmentUpload,
  type ButtonInput,
  type FakeAttachment,
  type FakeDiscord,
  type RecordedFile,
  type RecordedRequest,
  type SlashCommandInput,
} from './fake-discord/index.ts';

/** The bot token every test bot logs in with; no log line may ever contain it. */
export const TOKEN = 'test.token.value';
export const KNOWLEDGE_DIR = resolve(import.meta.dirname, '../../knowledge');
export const EPHEMERAL = 64;

// --- unhandled rejections ------------------------------------------------------------------------

/** Collects unhandled rejections for the whole file; assert the array empty after each test. */
/** A document the reload tests add to a copy of the knowledge: nothing in the article says the same. */
export const NEW_DOCUMENT = `---
title: Quokka census
---
The Rottnest Island quokka census of 2020 counted 12,345 quokkas living wild on the island.

Rangers repeat the census every five years.
`;

/**
 * What every test against the fake must leave behind: no unhandled rejection, no protocol mistake the
 * fake saw, and no reply that could ping or break one of Discord's limits.
 */
export function expectCleanRun(fake: FakeDiscord, rejections: readonly unknown[]): void {
  expect(rejections).toEqual([]);
  expect(fake.problems).toEqual([]);
  expect(replyViolations(fake.requests)).toEqual([]);
}

export function trackUnhandledRejections(): unknown[] {
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown): void => {
    rejections.push(reason);
  };
  beforeAll(() => {
    process.on('unhandledRejection', onRejection);
  });
  afterAll(() => {
    process.off('unhandledRejection', onRejection);
  });
  return rejections;
}

// --- an in-memory log ----------------------------------------------------------------------------

export interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly [key: string]: unknown;
}

export interface MemoryLog {
  readonly stream: Writable;
  /** Everything written so far, as written (JSON lines). */
  text(): string;
  lines(): LogLine[];
  /** The first line matching `predicate`, already written or arriving within `timeoutMs`. */
  waitFor(predicate: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
}

export const LEVEL = { debug: 20, info: 30, warn: 40, error: 50 } as const;

export function memoryLog(): MemoryLog {
  let text = '';
  const lines: LogLine[] = [];
  const waiters = new Set<{ matches: (line: LogLine) => boolean; resolve: (line: LogLine) => void }>();
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      const written = String(chunk);
      text += written;
      for (const raw of written.split('\n')) {
        if (raw.trim() === '') continue;
        const line = JSON.parse(raw) as LogLine;
        lines.push(line);
        for (const waiter of waiters) {
          if (!waiter.matches(line)) continue;
          waiters.delete(waiter);
          waiter.resolve(line);
        }
      }
      callback();
    },
  });
  return {
    stream,
    text: () => text,
    lines: () => [...lines],
    waitFor(predicate, timeoutMs = 5000) {
      const found = lines.find(predicate);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise<LogLine>((resolvePromise, reject) => {
        const waiter = {
          matches: predicate,
          resolve: (line: LogLine) => {
            clearTimeout(timer);
            resolvePromise(line);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const recent = lines.slice(-10).map((l) => `${l.level} ${l.msg}`).join('\n  ');
          reject(new Error(`Timed out after ${timeoutMs} ms waiting for a log line. Logged so far:\n  ${recent || '(nothing)'}`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
  };
}

// --- knowledge -----------------------------------------------------------------------------------

/** Loads a knowledge directory that must load cleanly. */
export async function loadCleanKnowledge(dir: string): Promise<Knowledge> {
  const { knowledge, problems } = await loadKnowledge(dir);
  if (problems.length > 0) throw new Error(`knowledge in ${dir} has problems: ${JSON.stringify(problems)}`);
  return knowledge;
}

/** A temporary copy of `knowledge/`, for tests that change the files; remove it with `rm`. */
export async function copyKnowledgeDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'docent-e2e-knowledge-'));
  await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

export const removeDir = (dir: string): Promise<void> => rm(dir, { recursive: true, force: true });

/**
 * A store that serves `inner` but whose `current()` throws once after `failNextCurrent()`: a handler
 * failure the bot did not expect.
 */
export function faultyStore(inner: KnowledgeStore): KnowledgeStore & { failNextCurrent(error: Error): void } {
  let pending: Error | null = null;
  return {
    current() {
      const error = pending;
      pending = null;
      if (error !== null) throw error;
      return inner.current();
    },
    loadedAt: () => inner.loadedAt(),
    reload: () => inner.reload(),
    failNextCurrent(error) {
      pending = error;
    },
  };
}

// --- the bot -------------------------------------------------------------------------------------

export interface TestBot {
  readonly bot: RunningBot;
  readonly config: Config & { DISCORD_TOKEN: string };
  readonly store: KnowledgeStore;
  /** The catalog and feedback log it serves, on the database in its DATA_DIR. */
  readonly admin: Admin;
  readonly log: MemoryLog;
  stop(): Promise<void>;
}

export interface TestBotOptions {
  readonly fake: FakeDiscord;
  /** Extra settings (strings, as in the environment), e.g. RATE_LIMIT_COUNT. */
  readonly env?: Readonly<Record<string, string>>;
  /** The knowledge in service; default: `knowledge/` (loaded for each bot). */
  readonly knowledge?: Knowledge;
  /** Overrides the store built from `knowledge` and KNOWLEDGE_DIR. */
  readonly store?: (config: Config) => KnowledgeStore;
  /** How a failed login is retried; the tests inject short pauses. */
  readonly loginRetry?: LoginRetryOptions;
  /** Overrides the feedback log opened on the database (e.g. one whose database is unavailable). */
  readonly feedback?: FeedbackLog;
}

/** Starts the bot the way `src/main.ts` does: config from `parseConfig`, a logger that knows the token. */
export async function startTestBot(options: TestBotOptions): Promise<TestBot> {
  // Without DATA_DIR of its own, each bot gets a fresh one (its database), removed when it stops.
  const ownDataDir = options.env?.['DATA_DIR'] === undefined ? await mkdtemp(join(tmpdir(), 'docent-e2e-data-')) : null;
  const parsed = parseConfig({
    DISCORD_TOKEN: TOKEN,
    ...(ownDataDir === null ? {} : { DATA_DIR: ownDataDir }),
    DISCORD_API_URL: options.fake.apiUrl,
    RATE_LIMIT_COUNT: '1000',
    KNOWLEDGE_DIR,
    ...options.env,
  });
  if (!parsed.ok) throw new Error(parsed.message);
  const token = parsed.config.DISCORD_TOKEN;
  if (token === undefined) throw new Error('no token');
  const config = { ...parsed.config, DISCORD_TOKEN: token };
  const log = memoryLog();
  // debug, so the lines a quieter level hides (a dropped duplicate) are checked for the token too.
  const logger = createLogger('debug', { destination: log.stream, secrets: [token] });
  const store =
    options.store?.(config) ??
    createKnowledgeStore(config.KNOWLEDGE_DIR, options.knowledge ?? (await loadCleanKnowledge(config.KNOWLEDGE_DIR)));
  const admin = openAdminFromConfig(config, store, logger);
  let closed: Promise<void> | null = null;
  const closeAdmin = (): Promise<void> => {
    closed ??= (async () => {
      admin.close();
      if (ownDataDir !== null) await removeDir(ownDataDir);
    })();
    return closed;
  };
  let bot: RunningBot;
  try {
    bot = await startBot({
      config,
      logger,
      store,
      commands,
      contextMenus,
      catalog: admin.catalog,
      feedback: options.feedback ?? admin.feedback,
      ...(options.loginRetry === undefined ? {} : { loginRetry: options.loginRetry }),
    });
  } catch (error) {
    await closeAdmin();
    // The log of a start that failed, for the test to read.
    if (error instanceof Error) Object.assign(error, { log });
    throw error;
  }
  return { bot, config, store, admin, log, stop: () => bot.stop().finally(closeAdmin) };
}

// --- reading what the bot sent -------------------------------------------------------------------

export interface SentButton {
  readonly type: number;
  readonly style?: number;
  readonly label?: string;
  readonly custom_id?: string;
}

/** A message body as the bot sends it: a callback's `data`, a webhook edit, a channel message. */
export interface MessageBody {
  readonly content?: string;
  readonly flags?: number;
  readonly embeds?: APIEmbed[];
  readonly components?: { readonly type: number; readonly components: SentButton[] }[];
  readonly allowed_mentions?: { readonly parse?: string[]; readonly replied_user?: boolean };
  readonly message_reference?: { readonly message_id?: string };
  readonly choices?: { readonly name: string; readonly value: string | number }[];
}

export interface CallbackBody {
  readonly type: number;
  readonly data?: MessageBody;
}

export const callbackOf = (request: RecordedRequest): CallbackBody => request.body as CallbackBody;
export const messageOf = (request: RecordedRequest): MessageBody => request.body as MessageBody;
/** The data of an interaction callback (empty when it has none). */
export const dataOf = (request: RecordedRequest): MessageBody => callbackOf(request).data ?? {};

export function embedOf(message: MessageBody): APIEmbed {
  const embed = message.embeds?.[0];
  if (embed === undefined) throw new Error(`expected an embed, got ${JSON.stringify(message)}`);
  return embed;
}

/** Every text a user reads in a message: content, and each embed's title, description, fields, footer. */
export function visibleText(message: MessageBody): string {
  const parts: string[] = [message.content ?? ''];
  for (const embed of message.embeds ?? []) {
    parts.push(embed.title ?? '', embed.description ?? '');
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
    parts.push(embed.footer?.text ?? '');
  }
  return parts.join('\n');
}

export function buttonsOf(message: MessageBody): SentButton[] {
  return (message.components ?? []).flatMap((row) => row.components);
}

export function buttonLabels(message: MessageBody): string[] {
  return buttonsOf(message).map((button) => button.label ?? '');
}

/** The custom id of the button labelled `label`. */
export function customIdOf(message: MessageBody, label: string): string {
  const id = buttonsOf(message).find((button) => button.label === label)?.custom_id;
  if (id === undefined) throw new Error(`no button "${label}" in ${JSON.stringify(message.components)}`);
  return id;
}

/** Every request the bot made about one interaction (its callback attempts, edits and follow-ups). */
export function requestsFor(fake: FakeDiscord, interaction: { id: string; token: string }): RecordedRequest[] {
  return fake.requests.filter(
    (r) => r.path.startsWith(`/interactions/${interaction.id}/`) || r.path.startsWith(`/webhooks/${fake.applicationId}/${interaction.token}`),
  );
}

// --- the admin commands (/knowledge, /gaps) --------------------------------------------------------

/** The Manage Server permission as `member.permissions` carries it ("32"). */
export const MANAGE_GUILD = '32';

/**
 * `/knowledge add file:<upload>` by `origin`, the file served on the fake's CDN: the private reply,
 * whether it came as one callback (refused before downloading) or deferred and then edited.
 */
export async function addDocument(
  fake: FakeDiscord,
  upload: AttachmentUpload,
  origin: Omit<SlashCommandInput, 'name'> & { readonly title?: string } = { memberPermissions: MANAGE_GUILD },
): Promise<{ readonly text: string; readonly attachment: FakeAttachment; readonly private: boolean }> {
  const { title, ...where } = origin;
  const attachment = fake.uploadAttachment(upload, where);
  const sent = fake.sendSlashCommand({ name: 'knowledge', subcommand: 'add', options: { file: attachment, ...(title === undefined ? {} : { title }) }, ...where });
  const callback = callbackOf(await fake.waitForInteractionResponse(sent.id));
  if (callback.type === 5) {
    const edit = messageOf(await fake.waitForInteractionEdit(sent.id, 60_000));
    return { text: visibleText(edit), attachment, private: ((callback.data?.flags ?? 0) & EPHEMERAL) !== 0 };
  }
  return { text: visibleText(callback.data ?? {}), attachment, private: ((callback.data?.flags ?? 0) & EPHEMERAL) !== 0 };
}

/** A slash command's one-callback reply (`/knowledge list`, `/gaps`, `/ask`): its message body. */
export async function commandReply(fake: FakeDiscord, input: SlashCommandInput): Promise<MessageBody> {
  const sent = fake.sendSlashCommand(input);
  return dataOf(await fake.waitForInteractionResponse(sent.id, 15_000));
}

/** A button press's reply: the callback's type (4 a new message, 7 an update in place) and its message. */
export async function pressButton(fake: FakeDiscord, input: ButtonInput): Promise<{ readonly type: number; readonly body: MessageBody; readonly files: readonly RecordedFile[] }> {
  const sent = fake.sendButton(input);
  const callback = await fake.waitForInteractionResponse(sent.id);
  return { type: callbackOf(callback).type, body: dataOf(callback), files: callback.files };
}
