import { z } from 'zod';
import { DEFAULT_GUILDS_IN_MEMORY, DEFAULT_MAX_ATTACHMENT_BYTES, DEFAULT_RETENTION_DAYS } from './admin/options.ts';
import { DEFAULT_DATA_DIR } from './core/data-dir.ts';

/** Where the documents are when `KNOWLEDGE_DIR` is not set: `knowledge/` in the working directory. */
const DEFAULT_KNOWLEDGE_DIR = 'knowledge';
/** Discord's REST base; operators may point `DISCORD_API_URL` at a proxy, the tests at the fake. */
export const DEFAULT_DISCORD_API_URL = 'https://discord.com/api';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');
const emptyAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/**
 * Every setting docent reads, parsed once at start-up. A missing `DISCORD_TOKEN` is not an error: it
 * means "run the local console".
 */
const configSchema = z.object({
  DISCORD_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  DISCORD_CLIENT_ID: z.preprocess(emptyAsUndefined, snowflake.optional()),
  DISCORD_GUILD_ID: z.preprocess(emptyAsUndefined, snowflake.optional()),
  DISCORD_API_URL: z.preprocess(emptyAsUndefined, z.url().default(DEFAULT_DISCORD_API_URL)),
  ADMIN_USER_IDS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default('')
      .transform((value) => value.split(',').map((id) => id.trim()).filter((id) => id.length > 0))
      .pipe(z.array(snowflake)),
  ),
  KNOWLEDGE_DIR: z.preprocess(emptyAsUndefined, z.string().default(DEFAULT_KNOWLEDGE_DIR)),
  /** Cache folder for the knowledge snapshot (never the knowledge folder): `.docent/` in the working directory. */
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default(DEFAULT_DATA_DIR)),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  /** Questions one user may ask in one window before being asked to wait. */
  RATE_LIMIT_COUNT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(10_000).default(5)),
  RATE_LIMIT_WINDOW_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().min(1).max(3600).default(10)),
  /** Shards for `npm run start:sharded`: a number, or `auto` to ask Discord (through DISCORD_API_URL). */
  SHARD_COUNT: z.preprocess(emptyAsUndefined, z.union([z.literal('auto'), z.coerce.number().int().min(1).max(1000)]).default('auto')),
  /** Port of the health and metrics endpoint; off when unset. */
  HEALTH_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65_535).optional()),
  /** Address the health endpoint binds to: loopback unless an operator opens it on purpose. */
  HEALTH_HOST: z.preprocess(emptyAsUndefined, z.string().default('127.0.0.1')),
  /** Reload when files under the knowledge directory change. */
  WATCH_KNOWLEDGE: z.preprocess(emptyAsUndefined, z.enum(['true', 'false', '1', '0']).default('false').transform((value) => value === 'true' || value === '1')),
  /**
   * Ask for the privileged Message Content intent (switch it on for the bot in the Developer Portal first):
   * plain messages in a follow-up thread are then questions. Without it they must mention the bot, whose
   * text is all Discord sends a bot without the intent.
   */
  MESSAGE_CONTENT_INTENT: z.preprocess(emptyAsUndefined, z.enum(['true', 'false', '1', '0']).default('false').transform((value) => value === 'true' || value === '1')),
  /** Days votes and unanswered questions are kept in DATA_DIR's database before they are deleted. */
  RETENTION_DAYS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(3650).default(DEFAULT_RETENTION_DAYS)),
  /** Largest document, in bytes, an admin may add with /knowledge add (or the CLI's knowledge add). */
  MAX_ATTACHMENT_BYTES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1024).max(20 * 1024 * 1024).default(DEFAULT_MAX_ATTACHMENT_BYTES)),
  /** Servers whose own knowledge (the base plus their documents) is kept built in memory at once. */
  GUILDS_IN_MEMORY: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(10_000).default(DEFAULT_GUILDS_IN_MEMORY)),
});

export type Config = z.infer<typeof configSchema>;

export type ConfigResult = { readonly ok: true; readonly config: Config } | { readonly ok: false; readonly message: string };

/** Parses the environment; on failure, one message listing every problem. */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const parsed = configSchema.safeParse(env);
  return parsed.success
    ? { ok: true, config: parsed.data }
    : { ok: false, message: `config: invalid settings\n${z.prettifyError(parsed.error)}` };
}
