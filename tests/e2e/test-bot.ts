// The lifecycle the bot's end-to-end suites share: start the fake Discord and the real bot on it before
// the suite, check after each test that the run was clean, stop both after the suite.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from './fake-discord/index.ts';
import { expectCleanRun, startTestBot, trackUnhandledRejections, type TestBot, type TestBotOptions } from './start-bot.ts';

/** What the bot is started with, but the fake (the helper's own). */
export type BotOptions = Omit<TestBotOptions, 'fake'>;

export interface UseTestBotOptions {
  /** The fake's options (its guilds, shard count, heartbeat); default: one guild, one shard. */
  readonly fake?: FakeDiscordOptions;
  /**
   * The bot's options, or a function that gives them, called in `beforeAll` once the fake is up and
   * after the hooks the file registered before `useTestBot`: it can read a knowledge or a folder they
   * made, and prepare the fake before the bot logs in (deploy the commands to it).
   */
  readonly bot?: BotOptions | (() => BotOptions | Promise<BotOptions>);
}

export interface TestBotHandle {
  /** The fake Discord, usable in tests and in hooks registered after `useTestBot`. */
  readonly fake: FakeDiscord;
  /** The bot running now (a different one after `restart`). */
  readonly bot: TestBot;
  /** Unhandled rejections during the suite; each test's clean-run check expects none. */
  readonly rejections: readonly unknown[];
  /** Stops the bot and starts another on the same fake, as a restart of the process would: with the same options unless given others. */
  restart(options?: BotOptions): Promise<void>;
}

/**
 * Registers the suite's hooks (in the `describe` it is called in, or the file) and returns the fake and
 * the bot they start. After each test, `expectCleanRun`: no unhandled rejection, no protocol mistake the
 * fake saw, no reply that could ping or break Discord's limits. After the suite the bot stops, then
 * the fake; `afterAll` hooks the file registered before this call run after both (vitest runs them in
 * reverse), so a folder the bot used can be removed there.
 */
export function useTestBot(options: UseTestBotOptions = {}): TestBotHandle {
  const rejections = trackUnhandledRejections();
  let fake: FakeDiscord | undefined;
  let bot: TestBot | undefined;
  let botOptions: BotOptions = {};

  beforeAll(async () => {
    fake = await startFakeDiscord(options.fake);
    botOptions = typeof options.bot === 'function' ? await options.bot() : (options.bot ?? {});
    bot = await startTestBot({ fake, ...botOptions });
  });
  afterEach(() => {
    if (fake !== undefined) expectCleanRun(fake, rejections);
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  return {
    fake: standIn(() => fake, 'the fake Discord'),
    bot: standIn(() => bot, 'the test bot'),
    rejections,
    async restart(others = botOptions) {
      if (fake === undefined || bot === undefined) throw new Error('restart: the bot has not started');
      await bot.stop();
      botOptions = others;
      bot = await startTestBot({ fake, ...botOptions });
    },
  };
}

/**
 * A stand-in for what `beforeAll` makes, so a file names `fake` and `bot` once, where it declares them,
 * and every use reaches the one running at that moment (a restart swaps the bot). Methods are bound to
 * the real object, so the fake's private fields work through the stand-in.
 */
function standIn<T extends object>(current: () => T | undefined, what: string): T {
  return new Proxy({} as T, {
    get(_, property) {
      const target = current();
      if (target === undefined) throw new Error(`${what} starts in beforeAll: use it in a test or in a hook registered after useTestBot`);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * A fake and a bot of one test's own, for settings the suite's bot must not have (a rate limit of one,
 * a feedback log that is down): started, given to `run`, and stopped whatever `run` does.
 */
export async function withTestBot(options: { readonly fake?: FakeDiscordOptions; readonly bot?: BotOptions }, run: (fake: FakeDiscord, bot: TestBot) => Promise<void>): Promise<void> {
  const fake = await startFakeDiscord(options.fake);
  try {
    const bot = await startTestBot({ fake, ...options.bot });
    try {
      await run(fake, bot);
    } finally {
      await bot.stop();
    }
  } finally {
    await fake.close();
  }
}
