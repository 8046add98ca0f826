import { randomUUID } from 'node:crypto';
import { DiscordAPIError, SnowflakeUtil, type Interaction } from 'discord.js';
import type { Logger } from 'pino';
import { renderFailure, textReply } from '../format/discord.ts';
import type { BotContext, InteractionContext, SlashCommand } from './command.ts';
import { UserError } from './command.ts';
import type { RateLimiter } from './rate-limit.ts';
import { respond } from './respond.ts';

/** Discord's error code for an interaction whose token expired or was already used up. */
const UNKNOWN_INTERACTION = 10062;
/** Interaction ids remembered to drop a delivery that arrives twice (a resumed gateway can replay). */
const REMEMBERED_INTERACTIONS = 10_000;

/**
 * The one place interactions enter: it finds the command, gives it a logger naming the interaction,
 * applies the rate limit, and owns errors: a `UserError` is shown to the user as it is; anything else
 * is logged with a reference id and the user gets a short private line with that id.
 */
export function createInteractionHandler(
  commands: readonly SlashCommand[],
  context: BotContext,
  options: { logger: Logger; rateLimiter: RateLimiter },
): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const seen = new Set<string>();

  return async (interaction) => {
    if (seen.has(interaction.id)) {
      options.logger.debug({ interactionId: interaction.id }, 'duplicate interaction dropped');
      return;
    }
    seen.add(interaction.id);
    if (seen.size > REMEMBERED_INTERACTIONS) seen.delete(seen.values().next().value as string);

    const commandName = interaction.isChatInputCommand() || interaction.isAutocomplete()
      ? interaction.commandName
      : interaction.isButton() ? interaction.customId.split(':')[0] ?? '' : '';
    const logger = options.logger.child({ interactionId: interaction.id, command: commandName, userId: interaction.user.id });
    const command = byName.get(commandName);
    if (command === undefined) {
      logger.warn({ type: interaction.type }, 'interaction for an unknown command');
      return;
    }
    const handlerContext: InteractionContext = { ...context, logger };
    const ageMs = Date.now() - SnowflakeUtil.timestampFrom(interaction.id);
    const started = performance.now();
    try {
      if (interaction.isAutocomplete()) {
        await command.autocomplete?.(interaction, handlerContext);
        return;
      }
      if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
      const limit = options.rateLimiter.take(interaction.user.id);
      if (!limit.allowed) {
        logger.info({ retryAfterMs: limit.retryAfterMs }, 'rate limited');
        await respond(interaction, textReply(`You're asking faster than I can keep up. Try again in ${Math.ceil(limit.retryAfterMs / 1000)} s.`, { private: true }));
        return;
      }
      if (interaction.isChatInputCommand()) await command.execute(interaction, handlerContext);
      else {
        const decoded = context.buttons.decode(interaction.customId);
        await command.button?.(interaction, handlerContext, decoded?.prefix.split(':')[1] ?? '', decoded?.payload ?? null);
      }
      logger.info({ ms: Math.round(performance.now() - started), ageMs }, 'answered');
    } catch (error) {
      await reportFailure(interaction, error, logger, ageMs);
    }
  };
}

async function reportFailure(interaction: Interaction, error: unknown, logger: Logger, ageMs: number): Promise<void> {
  if (isUnknownInteraction(error)) {
    // The token expired before we answered (the interaction came late) or it was answered elsewhere.
    logger.warn({ ageMs }, 'interaction expired before it could be answered');
    return;
  }
  if (!interaction.isRepliable()) {
    logger.error({ err: error }, 'handler failed');
    return;
  }
  const isUserError = error instanceof UserError;
  const referenceId = randomUUID().slice(0, 8);
  if (!isUserError) logger.error({ err: error, referenceId }, 'handler failed');
  const reply = isUserError ? textReply(error.message, { private: true }) : renderFailure(referenceId);
  try {
    if (interaction.isChatInputCommand() || interaction.isButton()) await respond(interaction, reply);
  } catch (replyError) {
    logger.warn({ err: replyError, referenceId }, 'could not tell the user about the failure');
  }
}

function isUnknownInteraction(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === UNKNOWN_INTERACTION;
}
