import { randomUUID } from 'node:crypto';
import { DiscordAPIError, SnowflakeUtil, type ButtonInteraction, type Interaction } from 'discord.js';
import type { Logger } from 'pino';
import { renderFailure, textReply } from '../format/discord.ts';
import { createAutocompleteBudget, type AutocompleteBudget } from './autocomplete-budget.ts';
import type { AnswerKind, BotContext, InteractionContext, SlashCommand } from './command.ts';
import type { MessageContextMenu } from './context-menu.ts';
import { createFollowUps, FOLLOW_UP_KIND, openFollowUpThread, type FollowUps } from './threads.ts';
import { contextFor, UserError } from './command.ts';
import type { Metrics } from './metrics.ts';
import { outcomeOfAnswer, type InteractionKind, type InteractionOutcome } from './outcome.ts';
import type { RateLimiter } from './rate-limit.ts';
import { respond } from './respond.ts';

/** Discord's error code for an interaction whose token expired or was already used up. */
const UNKNOWN_INTERACTION = 10062;
/** Interaction ids remembered to drop a delivery that arrives twice (a resumed gateway can replay). */
const REMEMBERED_INTERACTIONS = 10_000;

/**
 * The one place interactions enter: it finds the command, gives it a logger naming the interaction,
 * applies the rate limit (autocomplete: its own budget, `autocomplete-budget.ts`), and owns errors: a `UserError` is shown to the user as it is; anything else
 * is logged with a reference id and the user gets a short private line with that id.
 */
export function createInteractionHandler(
  commands: readonly SlashCommand[],
  context: BotContext,
  options: {
    logger: Logger;
    rateLimiter: RateLimiter;
    metrics?: Metrics;
    autocompleteBudget?: AutocompleteBudget;
    /** The message context menus, by name; their buttons by `buttonPrefix`. */
    contextMenus?: readonly MessageContextMenu[];
    /** The follow-up threads the "Follow up" button opens (`threads.ts`). */
    followUps?: FollowUps;
  },
): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const menus = new Map((options.contextMenus ?? []).map((menu) => [menu.data.name, menu]));
  const followUps = options.followUps ?? createFollowUps({ plainMessages: false });
  type ButtonHandler = NonNullable<SlashCommand['button']>;
  /** Buttons by the prefix of their custom id: the commands', the context menus', and "Follow up". */
  const buttons = new Map<string, ButtonHandler>([
    ...commands.flatMap((command) => (command.button === undefined ? [] : [[command.data.name, command.button] as const])),
    ...(options.contextMenus ?? []).flatMap((menu) => (menu.button === undefined || menu.buttonPrefix === undefined ? [] : [[menu.buttonPrefix, menu.button] as const])),
    [FOLLOW_UP_KIND, (interaction, _context, _action, payload) => openFollowUpThread(interaction, followUps, payload)],
  ]);
  const autocompleteBudget = options.autocompleteBudget ?? createAutocompleteBudget();
  const seen = new Set<string>();

  return async (interaction) => {
    if (seen.has(interaction.id)) {
      options.logger.debug({ interactionId: interaction.id }, 'duplicate interaction dropped');
      return;
    }
    seen.add(interaction.id);
    if (seen.size > REMEMBERED_INTERACTIONS) seen.delete(seen.values().next().value as string);

    const commandName = interaction.isChatInputCommand() || interaction.isAutocomplete() || interaction.isMessageContextMenuCommand()
      ? interaction.commandName
      : interaction.isButton() ? interaction.customId.split(':')[0] ?? '' : '';
    const logger = options.logger.child({ interactionId: interaction.id, command: commandName, userId: interaction.user.id });
    const command = byName.get(commandName);
    const menu = interaction.isMessageContextMenuCommand() ? menus.get(commandName) : undefined;
    const button = interaction.isButton() ? buttons.get(commandName) : undefined;
    const kind: InteractionKind = interaction.isAutocomplete() ? 'autocomplete' : interaction.isButton() ? 'button' : 'command';
    const known = interaction.isButton() ? button !== undefined : interaction.isMessageContextMenuCommand() ? menu !== undefined : command !== undefined;
    if (!known) {
      logger.warn({ type: interaction.type }, 'interaction for an unknown command');
      options.metrics?.recordInteraction({ command: 'unknown', kind, outcome: 'invalid', seconds: 0 });
      // A button nobody handles (an old version's, or made up) is still answered, or Discord shows it failing.
      if (interaction.isButton()) await answerUnknownButton(interaction, logger);
      return;
    }
    const handlerContext: InteractionContext = contextFor(context, logger, interaction.guildId);
    let answerKind: AnswerKind | null = null;
    const ageMs = Date.now() - SnowflakeUtil.timestampFrom(interaction.id);
    const started = performance.now();
    let outcome: InteractionOutcome = 'answered';
    try {
      if (interaction.isAutocomplete()) {
        const complete = command?.autocomplete;
        if (complete === undefined) return;
        // Autocomplete has its own budget (not the commands' rate limit): over it, no choices and no search.
        const ran = await autocompleteBudget.run(interaction.user.id, () => complete(interaction, handlerContext), () => interaction.respond([]));
        if (ran === 'skipped') {
          outcome = 'rate-limited';
          logger.debug('autocomplete over budget: no choices');
        }
        return;
      }
      if (!interaction.isChatInputCommand() && !interaction.isButton() && !interaction.isMessageContextMenuCommand()) return;
      const limit = await options.rateLimiter.take(interaction.user.id);
      if (!limit.allowed) {
        outcome = 'rate-limited';
        logger.info({ retryAfterMs: limit.retryAfterMs }, 'rate limited');
        await respond(interaction, textReply(`You're asking faster than I can keep up. Try again in ${Math.ceil(limit.retryAfterMs / 1000)} s.`, { private: true }));
        return;
      }
      if (interaction.isChatInputCommand()) answerKind = (await command?.execute(interaction, handlerContext)) ?? null;
      else if (interaction.isMessageContextMenuCommand()) answerKind = (await menu?.execute(interaction, handlerContext)) ?? null;
      else {
        const decoded = context.buttons.decode(interaction.customId, interaction.user.id);
        await button?.(interaction, handlerContext, decoded?.prefix.split(':')[1] ?? '', decoded?.payload ?? null);
      }
      logger.info({ ms: Math.round(performance.now() - started), ageMs }, 'answered');
    } catch (error) {
      outcome = await reportFailure(interaction, error, logger, ageMs);
    } finally {
      const seconds = (performance.now() - started) / 1000;
      const final = outcome === 'answered' ? outcomeOfAnswer(answerKind) : outcome;
      options.metrics?.recordInteraction({ command: commandName, kind, outcome: final, seconds });
      logger.debug({ outcome: final, ms: Math.round(seconds * 1000) }, 'interaction done');
    }
  };
}

async function reportFailure(interaction: Interaction, error: unknown, logger: Logger, ageMs: number): Promise<InteractionOutcome> {
  if (isUnknownInteraction(error)) {
    // The token expired before we answered (the interaction came late) or it was answered elsewhere.
    logger.warn({ ageMs }, 'interaction expired before it could be answered');
    return 'expired';
  }
  if (!interaction.isRepliable()) {
    logger.error({ err: error }, 'handler failed');
    return error instanceof UserError ? 'user-error' : 'failed';
  }
  const isUserError = error instanceof UserError;
  const referenceId = randomUUID().slice(0, 8);
  if (!isUserError) logger.error({ err: error, referenceId }, 'handler failed');
  const reply = isUserError ? textReply(error.message, { private: true }) : renderFailure(referenceId);
  try {
    if (interaction.isChatInputCommand() || interaction.isButton() || interaction.isMessageContextMenuCommand()) await respond(interaction, reply);
  } catch (replyError) {
    logger.warn({ err: replyError, referenceId }, 'could not tell the user about the failure');
  }
  return isUserError ? 'user-error' : 'failed';
}

/** What a button no command handles says: the same as one whose state is gone. */
const EXPIRED_BUTTON = 'This button has expired. Run the command again.';

async function answerUnknownButton(interaction: ButtonInteraction, logger: Logger): Promise<void> {
  try {
    await respond(interaction, textReply(EXPIRED_BUTTON, { private: true }));
  } catch (error) {
    logger.warn({ err: error }, 'could not answer an unknown button');
  }
}

function isUnknownInteraction(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === UNKNOWN_INTERACTION;
}
