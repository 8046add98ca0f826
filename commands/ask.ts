import { answerQuestion, MAX_QUESTION_LENGTH, type Answer } from '../src/core/answer.ts';
import { citePassage, suggestQuestions } from '../src/core/browse.ts';
import type { Knowledge } from '../src/core/knowledge.ts';
import { slashCommand, type BotContext, type SlashCommand } from '../src/bot/command.ts';
import { respond, updateInPlace } from '../src/bot/respond.ts';
import { renderAnswer, renderCite, textReply, type ButtonSpec, type DiscordReply } from '../src/format/discord.ts';

/** Neighbouring paragraphs shown on each side by "Show context". */
const CONTEXT_PARAGRAPHS = 2;

/** The state of an answer message's buttons: the question, the result shown, who asked, whether privately. */
interface AnswerPage {
  readonly question: string;
  readonly offset: number;
  readonly askerId: string;
  readonly private: boolean;
}

/**
 * One page of an answer (one passage) with its buttons: Back and More results page in place; Show
 * context shows the paragraphs around the passage to whoever presses it, privately. Also used for
 * questions sent in a direct message.
 */
export function renderAnswerPage(knowledge: Knowledge, page: AnswerPage, context: BotContext): { answer: Answer; reply: DiscordReply } {
  const answer = answerQuestion(knowledge, page.question, { limit: 1, offset: page.offset });
  const buttons: ButtonSpec[] = [];
  if (answer.kind === 'answer') {
    const state = (offset: number) => JSON.stringify([page.question, offset, page.askerId, page.private ? 1 : 0]);
    // Paging is the asker's; "Show context" on a public answer is anyone's.
    const asker = { owner: page.askerId };
    if (answer.offset > 0) buttons.push({ customId: context.buttons.encode('ask:more', state(answer.offset - 1), asker), label: 'Back' });
    if (answer.offset + 1 < answer.total) {
      buttons.push({ customId: context.buttons.encode('ask:more', state(answer.offset + 1), asker), label: 'More results' });
    }
    const shown = answer.results[0]?.passage.id;
    if (shown !== undefined) buttons.push({ customId: context.buttons.encode('ask:context', shown, page.private ? asker : {}), label: 'Show context' });
  }
  return { answer, reply: renderAnswer(answer, buttons, page.private) };
}

function parsePage(payload: string): AnswerPage | null {
  try {
    const [question, offset, askerId, isPrivate] = JSON.parse(payload) as [string, number, string, number];
    return typeof question === 'string' && Number.isInteger(offset) && typeof askerId === 'string'
      ? { question, offset, askerId, private: isPrivate === 1 }
      : null;
  } catch {
    return null;
  }
}

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
    await interaction.respond(suggestQuestions(context.store.current(), typed));
  },

  async button(interaction, context, action, payload) {
    if (payload === null) return respond(interaction, EXPIRED);
    const knowledge = context.store.current();
    if (action === 'context') return respond(interaction, renderCite(citePassage(knowledge, payload, CONTEXT_PARAGRAPHS), true));
    const page = parsePage(payload);
    if (page === null) return respond(interaction, EXPIRED);
    if (page.askerId !== interaction.user.id) {
      return respond(interaction, textReply('Only the person who asked can page through these results. Ask your own with /ask.', { private: true }));
    }
    return updateInPlace(interaction, renderAnswerPage(knowledge, page, context).reply);
  },
};
