import { randomUUID } from 'node:crypto';
import { ChannelType, type Message } from 'discord.js';
import type { Logger } from 'pino';
import { renderAnswerPage } from './answer-page.ts';
import type { CommandSpec } from '../format/command-spec.ts';
import { renderFailure, renderHelp, textReply } from '../format/discord.ts';
import type { BotContext } from './command.ts';
import { outcomeOfAnswer, type InteractionOutcome, type Metrics } from './metrics.ts';
import { createNoticeThrottle, type RateLimiter } from './rate-limit.ts';
import { replyToMessage } from './respond.ts';

/**
 * A plain message in a direct message with the bot is a question, answered as /ask answers it;
 * "help" gets the help. Messages from bots (ourselves included) and outside DMs are ignored.
 */
export function createDirectMessageHandler(
  context: BotContext,
  options: { logger: Logger; rateLimiter: RateLimiter; metrics?: Metrics; /** What the help lists. */ commands: readonly CommandSpec[] },
) {
  const notices = createNoticeThrottle();
  return async (message: Message): Promise<void> => {
    if (message.author.bot || message.channel.type !== ChannelType.DM) return;
    const logger = options.logger.child({ messageId: message.id, command: 'dm', userId: message.author.id });
    const started = performance.now();
    let command = 'ask';
    let outcome: InteractionOutcome = 'answered';
    try {
      const limit = await options.rateLimiter.take(message.author.id);
      if (!limit.allowed) {
        outcome = 'rate-limited';
        // Told once per wait; the messages after that are dropped quietly.
        if (!notices.shouldNotify(message.author.id, limit.retryAfterMs)) return;
        await replyToMessage(message, textReply(`You're asking faster than I can keep up. Try again in ${Math.ceil(limit.retryAfterMs / 1000)} s.`));
        return;
      }
      const knowledge = context.store.current();
      const text = message.content.trim();
      if (/^\/?help$/i.test(text)) {
        command = 'help';
        await replyToMessage(message, renderHelp(knowledge, context.store.loadedAt(), options.commands));
        return;
      }
      const { answer, reply } = renderAnswerPage(knowledge, { question: text, offset: 0, askerId: message.author.id, private: false }, context);
      outcome = outcomeOfAnswer(answer.kind);
      await replyToMessage(message, reply);
      logger.info({ kind: answer.kind, question: text }, 'answered a direct message');
    } catch (error) {
      outcome = 'failed';
      // As for interactions: the user learns something went wrong, with the id the log line has.
      const referenceId = randomUUID().slice(0, 8);
      logger.error({ err: error, referenceId }, 'direct message handler failed');
      try {
        await replyToMessage(message, renderFailure(referenceId));
      } catch (replyError) {
        logger.warn({ err: replyError, referenceId }, 'could not tell the user about the failure');
      }
    } finally {
      if (options.metrics !== undefined) {
        const seconds = (performance.now() - started) / 1000;
        options.metrics.recordInteraction({ command, kind: 'dm', outcome, seconds });
        logger.debug({ outcome, ms: Math.round(seconds * 1000) }, 'direct message done');
      }
    }
  };
}
