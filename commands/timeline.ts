import { findTimeline } from '../src/core/browse.ts';
import { defineSlashCommand, optionsSchema, UserError, type InteractionContext } from '../src/bot/command.ts';
import { pageButtonHandler, pageOf, pagingButtons } from '../src/bot/list-pages.ts';
import { provenanceFor } from '../src/bot/provenance.ts';
import { withChart } from '../src/bot/chart-attachment.ts';
import { respond } from '../src/bot/respond.ts';
import { renderTimelineChart } from '../src/charts/index.ts';
import { describeTimelineFilters } from '../src/charts/titles.ts';
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
  const about = describeTimelineFilters(filters);
  return renderListPage(
    knowledge,
    { ...page, title: `Timeline${about}`, emptyText: `No timeline entries${about}.` },
    describeTimelineLine,
    pagingButtons(context.buttons, 'timeline:page', filters, page),
    provenanceFor(context.catalog, context.guildId),
  );
}

export const timeline = defineSlashCommand(TABLE.timeline, {
  async execute(interaction, context, filters) {
    const knowledge = await context.knowledge();
    const list = await renderTimelinePage(context, filters, 1);
    // The chart draws every entry of the list, on the range asked for; paging keeps it (an update sends no files).
    const draw = async () => {
      const result = findTimeline(knowledge, filters);
      return result.kind === 'entries' ? renderTimelineChart(result.entries, filters, `Timeline${describeTimelineFilters(filters)}`) : null;
    };
    await respond(interaction, await withChart(list, draw, { name: 'timeline.png', description: `Timeline${describeTimelineFilters(filters)}` }, context.logger));
  },

  button: pageButtonHandler('timeline', optionsSchema(TABLE.timeline), renderTimelinePage),
});
