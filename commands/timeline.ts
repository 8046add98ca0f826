import { findTimeline } from '../src/core/browse.ts';
import { defineSlashCommand, optionsSchema, UserError, type InteractionContext } from '../src/bot/command.ts';
import { pageButtonHandler, pageOf, pagingButtons } from '../src/bot/list-pages.ts';
import { respond } from '../src/bot/respond.ts';
import type { OptionValues } from '../src/format/command-spec.ts';
import { describeTimelineLine, renderListPage, type DiscordReply } from '../src/format/discord.ts';
import { TABLE } from './table.ts';

/** The command's options are the list's filters; its buttons carry them back. */
type TimelineFilters = OptionValues<typeof TABLE.timeline>;

async function renderTimelinePage(context: InteractionContext, filters: TimelineFilters, pageNumber: number): Promise<DiscordReply> {
  const knowledge = await context.knowledge();
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

export const timeline = defineSlashCommand(TABLE.timeline, {
  async execute(interaction, context, filters) {
    await respond(interaction, await renderTimelinePage(context, filters, 1));
  },

  button: pageButtonHandler('timeline', optionsSchema(TABLE.timeline), renderTimelinePage),
});
