import type { Logger } from 'pino';

/**
 * Makes SIGINT and SIGTERM stop the process cleanly (`stop`, then exit 0), and logs unhandled
 * rejections instead of dying of them: one stray promise must not take every server's answers down.
 */
export function handleShutdownSignals(logger: Logger, stop: () => Promise<void>): void {
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      void stop().then(() => process.exit(0));
    });
  }
}
