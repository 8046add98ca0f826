import { MAX_QUESTION_LENGTH } from '../src/core/answer.ts';
import { citePassage } from '../src/core/browse.ts';
import { parseAnswerPage, renderAnswerPage } from '../src/bot/answer-page.ts';
import { slashCommand, type SlashCommand } from '../src/bot/command.ts';
import { respond, updateInPlace } from '../src/bot/respond.ts';
import { questionChoices } from '../src/format/choices.ts';
import { renderCite, textReply } from '../src/format/discord.ts';

/** Neighbouring paragraphs shown on each side by "Show context". */
const CONTEXT_PARAGRAPHS = 2;

const EXPIRED = textReply('These buttons have expired. Ask again with /ask.', { private: true });

export const ask: SlashCommand = {
  data: slashCommand('ask', 'Ask a question; get the passage that answers it, quoted and cited')
    .addStringOption((option) =>
      option.setName('question').setDescription('Your question, in your own words').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH).setAutocomplete(true),
    )
    .addBooleanOption((option) => option.setName('private').setDescription('Show the answer only to you'))
    .toJSON(),

  async execute(interaction, context) {
    const page = {
      question: interaction.options.getString('question', true),
      offset: 0,
      askerId: interaction.user.id,
      private: interaction.options.getBoolean('private') ?? false,
    };
    const { answer, reply } = renderAnswerPage(context.store.current(), page, context);
    context.logger.info({ kind: answer.kind, question: page.question }, 'question');
    await respond(interaction, reply);
    return answer.kind;
  },

  async autocomplete(interaction, context) {
    const typed = interaction.options.getFocused();
    await interaction.respond(questionChoices(context.store.current(), typed));
  },

  async button(interaction, context, action, payload) {
    if (payload === null) return respond(interaction, EXPIRED);
    const knowledge = context.store.current();
    if (action === 'context') return respond(interaction, renderCite(citePassage(knowledge, payload, CONTEXT_PARAGRAPHS), true));
    const page = parseAnswerPage(payload);
    if (page === null) return respond(interaction, EXPIRED);
    if (page.askerId !== interaction.user.id) {
      return respond(interaction, textReply('Only the person who asked can page through these results. Ask your own with /ask.', { private: true }));
    }
    return updateInPlace(interaction, renderAnswerPage(knowledge, page, context).reply);
  },
};
