import { MAX_CHECK_LENGTH } from '../src/core/check/options.ts';
import { renderAnswerPage } from '../src/bot/answer-page.ts';
import { UserError, type InteractionContext } from '../src/bot/command.ts';
import { messageContextMenuData, type MessageContextMenu } from '../src/bot/context-menu.ts';
import { respond } from '../src/bot/respond.ts';
import { canOpenThreadIn } from '../src/bot/threads.ts';
import { renderCheck } from '../src/format/check.ts';
import { textReply, type ButtonSpec, type DiscordReply } from '../src/format/discord.ts';
import type { ButtonInteraction, Message } from 'discord.js';

/**
 * The message context menus (right-click a message → Apps): "Ask docent" answers the message's text as
 * a question, "Check against the sources" checks its figures and dates. Both answer privately, with a
 * "Post publicly" button that posts the same reply in the channel for everyone.
 */

const EXPIRED = textReply('This button has expired. Use the menu on the message again.', { private: true });

/** The text of the message the menu was used on; Discord sends it even without the Message Content intent. */
function textOf(message: Message): string {
  const text = message.content.trim();
  if (text.length === 0) throw new UserError('That message has no text for me to read.');
  return text;
}

/** "Post publicly": only the person who used the menu may press it; it carries the message's text. */
function postPubliclyButton(context: InteractionContext, prefix: string, text: string, userId: string): ButtonSpec {
  return { customId: context.buttons.encode(`${prefix}:public`, text, { owner: userId }), label: 'Post publicly' };
}

/** The handler of a menu's "Post publicly" button: the reply again, in the channel. */
function postPublicly(render: (interaction: ButtonInteraction, context: InteractionContext, text: string) => DiscordReply | Promise<DiscordReply>) {
  return async (interaction: ButtonInteraction, context: InteractionContext, action: string, payload: string | null): Promise<void> => {
    if (action !== 'public' || payload === null) return respond(interaction, EXPIRED);
    return respond(interaction, await render(interaction, context, payload));
  };
}

const ASK_PREFIX = 'askmenu';

const askDocent: MessageContextMenu = {
  data: messageContextMenuData('Ask docent'),
  buttonPrefix: ASK_PREFIX,
  async execute(interaction, context) {
    const question = textOf(interaction.targetMessage);
    const page = { question, offset: 0, askerId: interaction.user.id, private: true };
    const extraButtons = [postPubliclyButton(context, ASK_PREFIX, question, interaction.user.id)];
    const { answer, reply } = renderAnswerPage(context.store.current(), page, { ...context, extraButtons });
    context.logger.info({ kind: answer.kind, question }, 'question');
    // A no-match or invalid reply has nothing worth posting: it stays private and without the button.
    await respond(interaction, reply);
    return answer.kind;
  },
  button: postPublicly((interaction, context, question) => {
    const page = { question, offset: 0, askerId: interaction.user.id, private: false };
    return renderAnswerPage(context.store.current(), page, { ...context, followUp: canOpenThreadIn(interaction.channel) }).reply;
  }),
};

const CHECK_PREFIX = 'checkmenu';

/**
 * The check, imported by its first use: it reads claims with the figure and timeline extractors, which
 * a start from the snapshot does not otherwise import (tens of modules, about 40 ms of its CPU).
 */
const loadCheck = () => import('../src/core/check/check.ts');

/** The message's day, for its "this year" and "last year". */
const dayOf = (message: Message): string => message.createdAt.toISOString().slice(0, 10);

const checkAgainstSources: MessageContextMenu = {
  data: messageContextMenuData('Check against the sources'),
  buttonPrefix: CHECK_PREFIX,
  async execute(interaction, context) {
    const text = textOf(interaction.targetMessage).slice(0, MAX_CHECK_LENGTH);
    const day = dayOf(interaction.targetMessage);
    const { checkClaims } = await loadCheck();
    const knowledge = context.store.current();
    const result = checkClaims(knowledge, text, { published: day });
    context.logger.info({ claims: result.claims.map((claim) => claim.verdict) }, 'checked');
    // The button carries the message's day with its text, so the public check reads "this year" alike.
    await respond(interaction, renderCheck(knowledge, result, true, [postPubliclyButton(context, CHECK_PREFIX, `${day} ${text}`, interaction.user.id)]));
  },
  button: postPublicly(async (_interaction, context, payload) => {
    const [day = '', ...words] = payload.split(' ');
    const { checkClaims } = await loadCheck();
    const knowledge = context.store.current();
    return renderCheck(knowledge, checkClaims(knowledge, words.join(' '), { published: day }), false);
  }),
};

/** Every message context menu, in the order Discord's Apps menu lists them. */
export const contextMenus: readonly MessageContextMenu[] = [askDocent, checkAgainstSources];
