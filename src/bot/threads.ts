import { ChannelType, MessageFlags, ThreadAutoArchiveDuration, type ButtonInteraction, type Channel } from 'discord.js';
import { combineFollowUp } from '../core/follow-up.ts';
import { textReply, type ButtonSpec } from '../format/discord.ts';
import { DISCORD_LIMITS, fitText } from '../format/discord-text.ts';
import type { ButtonState } from './button-state.ts';
import { respond } from './respond.ts';

/** The button kind before the `:` of the "Follow up" button's custom id, which the dispatcher routes here. */
export const FOLLOW_UP_KIND = 'thread';
/** The custom id prefix of the "Follow up" button; its payload is the question the answer answers. */
const FOLLOW_UP_BUTTON = `${FOLLOW_UP_KIND}:open`;

/** Discord's limit on a thread's name. */
const THREAD_NAME_LENGTH = 100;
/** Follow-up threads the bot remembers the last question of; beyond this the oldest fall back on their name. */
const REMEMBERED_THREADS = 5000;

/**
 * The follow-up threads' last questions, so "and by 2025?" carries the topic of the question before it.
 * A thread the bot has forgotten (a restart, or many threads since) falls back on its name, which is the
 * question its answer answered.
 */
export interface FollowUps {
  /** Whether plain messages (no mention) in a follow-up thread are questions: only with the Message Content intent. */
  readonly plainMessages: boolean;
  /** The question a message in a thread asks, read with the thread's last question; remembered as the new last. */
  questionIn(thread: { readonly id: string; readonly name: string }, text: string): string;
}

export function createFollowUps(options: { readonly plainMessages: boolean }, capacity = REMEMBERED_THREADS): FollowUps {
  const last = new Map<string, string>();
  return {
    plainMessages: options.plainMessages,
    questionIn(thread, text) {
      const question = combineFollowUp(last.get(thread.id) ?? thread.name, text);
      last.delete(thread.id);
      last.set(thread.id, question);
      if (last.size > capacity) last.delete(last.keys().next().value as string);
      return question;
    },
  };
}

/** Whether a channel is one of the bot's follow-up threads: a thread the bot started. */
export function isFollowUpThread(channel: Channel, botUserId: string): channel is Channel & { readonly name: string } {
  return channel.isThread() && channel.ownerId === botUserId;
}

/** Threads open only from a message in a server's text or announcement channel (not a thread, not a DM). */
export function canOpenThreadIn(channel: Channel | null): boolean {
  return channel !== null && (channel.type === ChannelType.GuildText || channel.type === ChannelType.GuildAnnouncement);
}

/** The "Follow up" button of a public answer to `question`; anyone who sees the answer may press it. */
export function followUpButton(buttons: ButtonState, question: string): ButtonSpec {
  return { customId: buttons.encode(FOLLOW_UP_BUTTON, question), label: 'Follow up' };
}

/**
 * "Follow up": opens a thread on the answer's message (named after its question) and says there how to
 * ask in it; the presser gets a private pointer to it. A second press points to the thread already open.
 */
export async function openFollowUpThread(interaction: ButtonInteraction, followUps: FollowUps, question: string | null): Promise<void> {
  if (question === null) return respond(interaction, textReply('This button has expired. Ask again to follow up.', { private: true }));
  const message = interaction.message;
  if (message.hasThread) return respond(interaction, textReply(`This answer has a follow-up thread already: <#${message.id}>.`, { private: true }));
  if (!canOpenThreadIn(message.channel)) return respond(interaction, textReply('Follow-up threads open only in server channels.', { private: true }));
  const thread = await message.startThread({ name: fitText(question.replace(/\s+/g, ' ').trim(), THREAD_NAME_LENGTH), autoArchiveDuration: ThreadAutoArchiveDuration.OneDay });
  const how = followUps.plainMessages ? 'Ask follow-up questions here' : 'Ask follow-up questions here by mentioning me';
  await thread.send({
    content: fitText(`${how}: a short one such as “and by 2025?” carries on from the question before it.`, DISCORD_LIMITS.content),
    allowedMentions: { parse: [] },
    flags: MessageFlags.SuppressEmbeds,
  });
  await respond(interaction, textReply(`Follow-ups go in the thread <#${thread.id}>.`, { private: true }));
}
