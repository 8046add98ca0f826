import type { Bindings, Logger } from 'pino';

/** The levels a handler writes at. */
type Level = 'debug' | 'info' | 'warn' | 'error';

/** What a handler logs with: a logger naming its interaction or message, at the levels handlers write. */
export type InteractionLogger = Pick<Logger, Level>;

/**
 * A logger naming one interaction or message (`bindings`) whose pino child is made at the first line written at an
 * enabled level. Making a child serialises its bindings through the redaction (about 4 µs), and at `warn`, the
 * level a busy bot runs at, most interactions write no line at all; at `info` every answer writes, so the child
 * is made as before. A line below the level is dropped before its arguments reach pino, as pino would drop it.
 */
export function childOnFirstLine(parent: Logger, bindings: Bindings): InteractionLogger {
  let child: Logger | null = null;
  const at = (level: Level) =>
    ((...args: unknown[]): void => {
      if (!parent.isLevelEnabled(level)) return;
      child ??= parent.child(bindings);
      (child[level] as (...line: unknown[]) => void)(...args);
    }) as Logger[Level];
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
