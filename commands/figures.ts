import { z } from 'zod';
import { findFigures } from '../src/core/browse.ts';
import { slashCommand, type BotContext, type SlashCommand } from '../src/bot/command.ts';
import { pageButtonHandler, pageOf, pagingButtons } from '../src/bot/list-pages.ts';
import { respond } from '../src/bot/respond.ts';
import { describeFigureLine, renderListPage, type DiscordReply } from '../src/format/discord.ts';

const filtersSchema = z.object({ topic: z.string().max(200).optional(), year: z.number().int().optional() });
type FigureFilters = z.infer<typeof filtersSchema>;

function renderFiguresPage(context: BotContext, filters: FigureFilters, pageNumber: number): DiscordReply {
  const knowledge = context.store.current();
  const page = pageOf(findFigures(knowledge, filters), pageNumber);
  const about = [filters.topic === undefined ? '' : ` about “${filters.topic}”`, filters.year === undefined ? '' : ` for ${filters.year}`].join('');
  return renderListPage(
    knowledge,
    { ...page, title: `Figures${about}`, emptyText: `No figures${about}.` },
    describeFigureLine,
    pagingButtons(context.buttons, 'figures:page', filters, page),
  );
}

export const figures: SlashCommand = {
  data: slashCommand('figures', 'List the figures (numeric facts) in the documents, with their sentences and citations')
    .addStringOption((option) => option.setName('topic').setDescription('Only figures about this, e.g. income').setMaxLength(200))
    .addIntegerOption((option) => option.setName('year').setDescription('Only figures for this year').setMinValue(1000).setMaxValue(2999))
    .toJSON(),

  async execute(interaction, context) {
    const filters: FigureFilters = {
      topic: interaction.options.getString('topic') ?? undefined,
      year: interaction.options.getInteger('year') ?? undefined,
    };
    await respond(interaction, renderFiguresPage(context, filters, 1));
  },

  button: pageButtonHandler('figures', filtersSchema, renderFiguresPage),
};
