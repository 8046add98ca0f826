import { pino, type Logger } from 'pino';

/** Paths pino blanks in every log line: the token must never reach a log, wherever it is nested. */
export const REDACTED_PATHS = ['token', '*.token', '*.*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'config.DISCORD_TOKEN', 'headers.authorization', '*.headers.authorization'];

/**
 * The process's logger: JSON lines, token redacted; pretty lines when a person watches a terminal.
 * Logs go to stderr so the JSON CLI's stdout stays pure JSON.
 */
export function createLogger(level: string, options: { pretty?: boolean; destination?: NodeJS.WritableStream } = {}): Logger {
  const redact = { paths: REDACTED_PATHS, censor: '[redacted]' };
  if (options.destination !== undefined) return pino({ level, redact }, options.destination);
  const pretty = options.pretty ?? process.stderr.isTTY === true;
  return pretty
    ? pino({ level, redact, transport: { target: 'pino-pretty', options: { destination: 2, colorize: true } } })
    : pino({ level, redact }, pino.destination(2));
}
