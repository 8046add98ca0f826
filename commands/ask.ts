import { citePassage } from '../src/core/browse.ts';
import { parseAnswerPage, renderAnswerPage } from '../src/bot/answer-page.ts';
import { defineSlashCommand } from '../src/bot/command.ts';
import { answerVote, recordNoMatch, VOTE_ACTIONS } from '../src/bot/feedback.ts';
import { provenanceFor } from '../src/bot/provenance.ts';
import { respond, updateInPlace } from '../src/bot/respond.ts';
import { canOpenThreadIn } from '../src/bot/threads.ts';
import { questionChoices } from '../src/format/choices.ts';
import { renderCite, textReply } from '../src/format/discord.ts';
import { TABLE } from './table.ts';

/** Neighbouring paragraphs shown on each side by "Show context". */
const CONTEXT_PARAGRAPHS = 2;

const EXPIRED = textReply('These buttons have expired. Ask again with /ask.', { private: true });

export const ask = defineSlashCommand(TABLE.ask, {
  async execute(interaction, context, options) {
    const page = { question: options.question, offset: 0, askerId: interaction.user.id, private: options.private ?? false };
    const { answer, reply } = renderAnswerPage(await context.knowledge(), page, { ...context, followUp: canOpenThreadIn(interaction.channel) }, provenanceFor(context.catalog, context.guildId));
    recordNoMatch(context, answer);
    context.logger.info({ kind: answer.kind, question: page.question }, 'question');
    await respond(interaction, reply);
    return answer.kind;
  },

  async autocomplete(interaction, context) {
    await interaction.respond(questionChoices(await context.knowledge(), interaction.options.getFocused()));
  },

  async button(interaction, context, action, payload) {
    if (action === VOTE_ACTIONS.helpful || action === VOTE_ACTIONS.unhelpful) return answerVote(interaction, context, action === VOTE_ACTIONS.helpful, payload);
    if (payload === null) return respond(interaction, EXPIRED);
    const knowledge = await context.knowledge();
    const provenanceOf = provenanceFor(context.catalog, context.guildId);
    if (action === 'context') return respond(interaction, renderCite(citePassage(knowledge, payload, CONTEXT_PARAGRAPHS), true, provenanceOf));
    const page = parseAnswerPage(payload);
    if (page === null) return respond(interaction, EXPIRED);
    if (page.askerId !== interaction.user.id) {
      return respond(interaction, textReply('Only the person who asked can page through these results. Ask your own with /ask.', { private: true }));
    }
    return updateInPlace(interaction, renderAnswerPage(knowledge, page, { ...context, followUp: canOpenThreadIn(interaction.channel) }, provenanceOf).reply);
  },
});
