import { z } from 'zod';
import { findTimeline } from '../src/core/browse.ts';
import { slashCommand, UserError, type BotContext, type SlashCommand } from '../src/bot/command.ts';
import { pageButtonHandler, pageOf, pagingButtons } from '../src/bot/list-pages.ts';
import { respond } from '../src/bot/respond.ts';
import { describeTimelineLine, renderListPage, type DiscordReply } from '../src/format/discord.ts';

const filtersSchema = z.object({ from: z.string().max(10).optional(), to: z.string().max(10).optional(), topic: z.string().max(200).optional() });
type TimelineFilters = z.infer<typeof filtersSchema>;

function renderTimelinePage(context: BotContext, filters: TimelineFilters, pageNumber: number): DiscordReply {
  const knowledge = context.store.current();
  const result = findTimeline(knowledge, filters);
  if (result.kind === 'invalid') throw new UserError(result.message);
  const page = pageOf(result.entries, pageNumber);
  const range = [filters.from === undefined ? '' : ` from ${filters.from}`, filters.to === undefined ? '' : ` to ${filters.to}`].join('');
  const about = `${range}${filters.topic === undefined ? '' : ` about “${filters.topic}”`}`;
  return renderListPage(
    knowledge,
    { ...page, title: `Timeline${about}`, emptyText: `No timeline entries${about}.` },
    describeTimelineLine,
    pagingButtons(context.buttons, 'timeline:page', filters, page),
  );
}

export const timeline: SlashCommand = {
  data: slashCommand('timeline', 'Walk the dated events of the documents in order, with their sentences and citations')
    .addStringOption((option) => option.setName('from').setDescription('From this date: 2021, 2021-10 or 2021-10-21').setMaxLength(10))
    .addStringOption((option) => option.setName('to').setDescription('Up to this date: 2022, 2022-03 or 2022-03-01').setMaxLength(10))
    .addStringOption((option) => option.setName('topic').setDescription('Only events about this').setMaxLength(200))
    .toJSON(),

  async execute(interaction, context) {
    const filters: TimelineFilters = {
      from: interaction.options.getString('from') ?? undefined,
      to: interaction.options.getString('to') ?? undefined,
      topic: interaction.options.getString('topic') ?? undefined,
    };
    await respond(interaction, renderTimelinePage(context, filters, 1));
  },

  button: pageButtonHandler('timeline', filtersSchema, renderTimelinePage),
};
