import { pino, type Logger, type LoggerOptions } from 'pino';

/** Paths pino blanks in every log line: the token must never reach a log, wherever it is nested. */
export const REDACTED_PATHS = ['token', '*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'headers.authorization', '*.headers.authorization'];

/**
 * The process's logger: JSON lines on stderr (so the JSON CLI's stdout stays JSON), pretty lines when
 * a person watches a terminal. Secrets are blanked by key (`redact`) and, in case one is pasted into a
 * message string, by value.
 */
export function createLogger(
  level: string,
  options: { pretty?: boolean; destination?: NodeJS.WritableStream; secrets?: readonly string[] } = {},
): Logger {
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 8);
  const settings: LoggerOptions = {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
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

export function scrubSecrets(text: string, secrets: readonly string[]): string {
  return secrets.reduce((scrubbed, secret) => scrubbed.split(secret).join('[redacted]'), text);
}
