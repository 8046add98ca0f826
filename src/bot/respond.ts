import {
  MessageFlags,
  MessagePayload,
  type APIEmbed,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageContextMenuCommandInteraction,
  type Message,
  type MessageReplyOptions,
} from 'discord.js';
import type { DiscordReply } from '../format/discord.ts';

type Repliable = ChatInputCommandInteraction | ButtonInteraction | MessageContextMenuCommandInteraction;

function flagsOf(reply: DiscordReply): number {
  return (reply.private ? MessageFlags.Ephemeral : 0) | (reply.flags ?? 0);
}

function body(reply: DiscordReply) {
  return {
    ...(reply.content === undefined ? {} : { content: reply.content }),
    embeds: reply.embeds ?? [],
    components: reply.components ?? [],
    allowedMentions: { parse: [] as [] },
    ...(reply.files === undefined ? {} : { files: reply.files.map((file) => ({ ...file })) }),
  };
}

/**
 * The interaction callback's message as the API reads it: docent's replies are already in the API's shape (embeds
 * and buttons as `APIEmbed` and API components), so this is the body discord.js would make, less the fields it sends
 * at their defaults (`tts: false`, `enforce_nonce: false`). `flags` is left out where discord.js leaves it out (an
 * update in place).
 */
export function apiMessageOf(
  reply: DiscordReply,
  flags?: number,
): { content?: string; embeds: APIEmbed[]; components: NonNullable<DiscordReply['components']>; allowed_mentions: { parse: [] }; flags?: number } {
  return {
    ...(reply.content === undefined ? {} : { content: reply.content }),
    embeds: reply.embeds ?? [],
    components: reply.components ?? [],
    allowed_mentions: { parse: [] },
    ...(flags === undefined ? {} : { flags }),
  };
}

/**
 * A reply without files as discord.js's `MessagePayload` with its body already made (`apiMessageOf`), which
 * `reply` and `update` send as it is. Given plain options, discord.js would build the body itself: every
 * embed and button walked through its camelCase-to-snake_case transformer (lodash's `snakeCase` on each key,
 * giving the same keys) and three `require`s to learn what the target is, about a twentieth of the bot's CPU
 * an answer at 400 a second (`bench/e2e-tail.ts --profile`). A reply with files goes the usual way: discord.js
 * resolves them.
 */
function prepared(interaction: Repliable, reply: DiscordReply, flags?: number): MessagePayload | null {
  if (reply.files !== undefined) return null;
  const payload = new MessagePayload(interaction, {});
  payload.body = apiMessageOf(reply, flags);
  payload.files = [];
  return payload;
}

/**
 * Sends a rendered reply as the interaction's answer: one callback when nothing was sent yet, else an
 * edit of the deferred reply or a follow-up. Every path keeps `allowedMentions` empty.
 */
export async function respond(interaction: Repliable, reply: DiscordReply): Promise<void> {
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(body(reply));
    return;
  }
  // The options discord.js builds a body from, made only when it does (a follow-up, a reply with files).
  const options = (): InteractionReplyOptions => ({ ...body(reply), flags: flagsOf(reply) as InteractionReplyOptions['flags'] });
  if (interaction.replied) await interaction.followUp(options());
  else await interaction.reply(prepared(interaction, reply, flagsOf(reply)) ?? options());
}

/** Replaces the message a button is on (paging in place). */
export async function updateInPlace(interaction: ButtonInteraction, reply: DiscordReply): Promise<void> {
  await interaction.update(prepared(interaction, reply) ?? (body(reply) as InteractionUpdateOptions));
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
