import { pino, type Logger, type LoggerOptions } from 'pino';

/** Paths pino blanks in every log line: the token must never reach a log, wherever it is nested. */
export const REDACTED_PATHS = ['token', '*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'headers.authorization', '*.headers.authorization'];

/**
 * The process's logger: JSON lines on stderr (so the JSON CLI's stdout stays JSON), pretty lines when
 * a person watches a terminal. Secrets are blanked by key (`redact`) and, in case one is pasted into a
 * message string or an error, by value; interaction tokens in URLs too.
 */
export function createLogger(
  level: string,
  options: { pretty?: boolean; destination?: NodeJS.WritableStream; secrets?: readonly string[] } = {},
): Logger {
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 8);
  const settings: LoggerOptions = {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // An error from the REST client carries the URL it called, and an interaction's URL holds its token.
    serializers: { err: (error: Error) => scrubStrings(pino.stdSerializers.err(error), (text) => scrubSecrets(text, secrets)) },
    hooks: {
      logMethod(args, method) {
        const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrubSecrets(arg, secrets) : arg));
        method.apply(this, scrubbed as Parameters<typeof method>);
      },
    },
  };
  if (options.destination !== undefined) return pino(settings, options.destination);
  const pretty = options.pretty ?? process.stderr.isTTY === true;
  return pretty
    ? pino({ ...settings, transport: { target: 'pino-pretty', options: { destination: 2, colorize: true } } })
    : pino(settings, pino.destination(2));
}

/**
 * Interaction tokens ride in the URLs of callbacks (`/interactions/<id>/<token>/callback`) and webhooks
 * (`/webhooks/<application>/<token>/…`); whoever holds one may answer as the bot for 15 minutes.
 */
const INTERACTION_TOKEN_IN_URL = /(\/(?:interactions|webhooks)\/\d+\/)[^/?#\s"'`]+/g;

export function scrubSecrets(text: string, secrets: readonly string[]): string {
  const scrubbed = secrets.reduce((partial, secret) => partial.split(secret).join('[redacted]'), text);
  return scrubbed.replace(INTERACTION_TOKEN_IN_URL, '$1[redacted]');
}

/** Every string in a serialized error (message, stack, url, causes), scrubbed; a few levels deep. */
function scrubStrings<T>(value: T, scrub: (text: string) => string, depth = 0): T {
  if (typeof value === 'string') return scrub(value) as T;
  if (depth > 4 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => scrubStrings(item, scrub, depth + 1)) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = scrubStrings(item, scrub, depth + 1);
  return copy as T;
}
