import type { Logger } from 'pino';
import { DISCORD_LIMITS } from '../format/discord-text.ts';
import type { DiscordReply } from '../format/discord.ts';

/**
 * How long a chart may take before its list is sent without it: an interaction must be answered
 * within 3 s, and the list matters more than its picture. resvg's rasterising runs on the event loop
 * and cannot be cut short, so a chart is also dropped when it arrives later than this.
 */
export const CHART_BUDGET_MS = 2000;

/** A chart as the bot attaches it: its PNG bytes. */
export interface ChartImage {
  readonly png: Buffer;
}

/**
 * The reply with its chart attached above the list, or the reply as it was when the chart cannot be
 * had: nothing to draw, a failure, too slow, or too large for Discord. A chart never costs the list;
 * each way of going without it is logged. A reply without embeds (the private line saying the list is
 * empty) gets no chart.
 */
export async function withChart(
  reply: DiscordReply,
  draw: () => Promise<ChartImage | null>,
  file: { name: string; description: string },
  logger: Logger,
  budgetMs = CHART_BUDGET_MS,
): Promise<DiscordReply> {
  if (reply.embeds === undefined) return reply;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), budgetMs);
  });
  const started = performance.now();
  try {
    const chart = await Promise.race([draw(), late]);
    if (chart === 'late' || performance.now() - started > budgetMs) {
      logger.warn({ budgetMs, file: file.name }, 'chart too slow: the list is sent without it');
      return reply;
    }
    if (chart === null) return reply;
    if (chart.png.length > DISCORD_LIMITS.attachmentBytes) {
      logger.warn({ bytes: chart.png.length, file: file.name }, 'chart too large for Discord: the list is sent without it');
      return reply;
    }
    return { ...reply, files: [{ attachment: chart.png, name: file.name, description: file.description }] };
  } catch (error) {
    logger.error({ err: error, file: file.name }, 'chart failed: the list is sent without it');
    return reply;
  } finally {
    clearTimeout(timer);
  }
}
