import { randomUUID } from 'node:crypto';
import { ChannelType, type Message } from 'discord.js';
import type { Logger } from 'pino';
import { renderAnswerPage } from './answer-page.ts';
import type { CommandSpec } from '../format/command-spec.ts';
import { renderFailure, renderHelp, textReply } from '../format/discord.ts';
import { contextFor, type BotContext } from './command.ts';
import { recordNoMatch } from './feedback.ts';
import { provenanceFor } from './provenance.ts';
import type { Metrics } from './metrics.ts';
import { outcomeOfAnswer, type InteractionOutcome } from './outcome.ts';
import { createNoticeThrottle, type RateLimiter } from './rate-limit.ts';
import { replyToMessage } from './respond.ts';
import { canOpenThreadIn, createFollowUps, isFollowUpThread, type FollowUps } from './threads.ts';

/**
 * Where a plain message reached the bot: its DM, a server channel or thread where it was mentioned, or
 * one of its follow-up threads (`threads.ts`).
 */
type Place = 'dm' | 'mention' | 'thread';

const LABEL: Record<Place, string> = { dm: 'direct message', mention: 'mention', thread: 'follow-up' };

/** `<@id>` and the older nickname form `<@!id>`, anywhere in the text. */
function mentionPattern(userId: string): RegExp {
  return new RegExp(`<@!?${userId}>`, 'g');
}

/**
 * The question a message asks the bot, or null when the message is not for it: anything in a DM;
 * in a server, only a message that mentions the bot itself in its text (not @everyone/@here, a role,
 * or the reply ping a reply to one of the bot's messages carries), with that mention taken out; in one
 * of the bot's follow-up threads, also a plain message when `plainFollowUps` (the Message Content intent:
 * without it Discord sends the bot no text of a message that does not mention it).
 */
function questionOf(message: Message, plainFollowUps = false): { place: Place; text: string } | null {
  if (message.author.bot) return null;
  if (message.channel.type === ChannelType.DM) return { place: 'dm', text: message.content.trim() };
  const me = message.client.user;
  if (!message.inGuild() || me === null) return null;
  const inThread = isFollowUpThread(message.channel, me.id);
  const mentioned = message.mentions.users.has(me.id) && mentionPattern(me.id).test(message.content);
  if (!mentioned && !(inThread && plainFollowUps && message.content.trim() !== '')) return null;
  return { place: inThread ? 'thread' : 'mention', text: message.content.replace(mentionPattern(me.id), ' ').replace(/\s+/g, ' ').trim() };
}

/**
 * A plain message to the bot is a question, answered as /ask answers it, as a reply that pings no one:
 * in a DM any message, in a server a message that mentions the bot. "help", or a mention with nothing
 * else, gets the help. Messages from bots (ourselves included) and messages not for the bot are ignored.
 */
export function createMessageHandler(
  context: BotContext,
  options: {
    logger: Logger;
    rateLimiter: RateLimiter;
    metrics?: Metrics;
    /** What the help lists. */
    commands: readonly CommandSpec[];
    /** The follow-up threads: a question there carries on from the one before it. */
    followUps?: FollowUps;
  },
) {
  const notices = createNoticeThrottle();
  const followUps = options.followUps ?? createFollowUps({ plainMessages: false });
  return async (message: Message): Promise<void> => {
    const question = questionOf(message, followUps.plainMessages);
    if (question === null) return;
    const { place, text } = question;
    const logger = options.logger.child({ messageId: message.id, command: place, userId: message.author.id });
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
      // A mention is answered from its server's knowledge; a DM from the base.
      const here = contextFor(context, logger, message.guildId);
      const knowledge = await here.knowledge();
      const provenanceOf = provenanceFor(context.catalog, here.guildId);
      if (/^\/?help$/i.test(text) || (place !== 'dm' && text === '')) {
        command = 'help';
        await replyToMessage(message, renderHelp(knowledge, context.catalog.indexedAt(here.guildId), options.commands, {
          provenanceOf,
          managesBase: place === 'dm' && context.adminUserIds.includes(message.author.id),
        }));
        return;
      }
      // In a follow-up thread a short question carries on from the one before it ("and by 2025?").
      const asked = place === 'thread' && message.channel.isThread() ? followUps.questionIn(message.channel, text) : text;
      const page = { question: asked, offset: 0, askerId: message.author.id, private: false };
      const { answer, reply } = renderAnswerPage(knowledge, page, { ...context, followUp: place === 'mention' && canOpenThreadIn(message.channel) }, provenanceOf);
      recordNoMatch(here, answer);
      outcome = outcomeOfAnswer(answer.kind);
      await replyToMessage(message, reply);
      logger.info({ kind: answer.kind, question: asked, ...(asked === text ? {} : { typed: text }) }, `answered a ${LABEL[place]}`);
    } catch (error) {
      outcome = 'failed';
      // As for interactions: the user learns something went wrong, with the id the log line has.
      const referenceId = randomUUID().slice(0, 8);
      logger.error({ err: error, referenceId }, `${LABEL[place]} handler failed`);
      try {
        await replyToMessage(message, renderFailure(referenceId));
      } catch (replyError) {
        logger.warn({ err: replyError, referenceId }, 'could not tell the user about the failure');
      }
    } finally {
      const seconds = (performance.now() - started) / 1000;
      options.metrics?.recordInteraction({ command, kind: place, outcome, seconds });
      logger.debug({ outcome, ms: Math.round(seconds * 1000) }, `${LABEL[place]} done`);
    }
  };
}
