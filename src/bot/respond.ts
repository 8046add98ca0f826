import {
  MessageFlags,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type InteractionReplyOptions,
  type Message,
  type MessageReplyOptions,
} from 'discord.js';
import type { DiscordReply } from '../format/discord.ts';

type Repliable = ChatInputCommandInteraction | ButtonInteraction;

function flagsOf(reply: DiscordReply): number {
  return (reply.private ? MessageFlags.Ephemeral : 0) | (reply.flags ?? 0);
}

function body(reply: DiscordReply) {
  return {
    ...(reply.content === undefined ? {} : { content: reply.content }),
    embeds: reply.embeds ?? [],
    components: reply.components ?? [],
    allowedMentions: { parse: [] as [] },
    ...(reply.files === undefined ? {} : { files: reply.files.map((file) => ({ name: file.name, attachment: Buffer.from(file.data) })) }),
  };
}

/**
 * Sends a rendered reply as the interaction's answer: one callback when nothing was sent yet, else an
 * edit of the deferred reply or a follow-up. Every path keeps `allowedMentions` empty.
 */
export async function respond(interaction: Repliable, reply: DiscordReply): Promise<void> {
  const options: InteractionReplyOptions = { ...body(reply), flags: flagsOf(reply) as InteractionReplyOptions['flags'] };
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(body(reply));
  } else if (interaction.replied) {
    await interaction.followUp(options);
  } else {
    await interaction.reply(options);
  }
}

/** Replaces the message a button is on (paging in place). */
export async function updateInPlace(interaction: ButtonInteraction, reply: DiscordReply): Promise<void> {
  await interaction.update(body(reply));
}

/** Answers a direct message or a mention; `repliedUser: false` so the reply does not ping its author. */
export async function replyToMessage(message: Message, reply: DiscordReply): Promise<void> {
  const options: MessageReplyOptions = {
    ...body(reply),
    allowedMentions: { parse: [], repliedUser: false },
    ...(reply.flags === undefined ? {} : { flags: reply.flags }),
  };
  await message.reply(options);
}
