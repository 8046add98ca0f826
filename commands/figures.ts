import { findFigures } from '../src/core/browse.ts';
import { defineSlashCommand, optionsSchema, type InteractionContext } from '../src/bot/command.ts';
import { pageButtonHandler, pageOf, pagingButtons } from '../src/bot/list-pages.ts';
import { provenanceFor } from '../src/bot/provenance.ts';
import { withChart } from '../src/bot/chart-attachment.ts';
import { respond } from '../src/bot/respond.ts';
import { renderFiguresChart } from '../src/charts/index.ts';
import { describeFigureFilters } from '../src/charts/titles.ts';
import type { OptionValues } from '../src/format/command-spec.ts';
import { describeFigureLine, renderListPage, type DiscordReply } from '../src/format/discord.ts';
import { TABLE } from './table.ts';

/** The command's options are the list's filters; its buttons carry them back. */
type FigureFilters = OptionValues<typeof TABLE.figures>;

async function renderFiguresPage(context: InteractionContext, filters: FigureFilters, pageNumber: number): Promise<DiscordReply> {
  const knowledge = await context.knowledge();
  const page = pageOf(findFigures(knowledge, filters), pageNumber);
  const about = describeFigureFilters(filters);
  return renderListPage(
    knowledge,
    { ...page, title: `Figures${about}`, emptyText: `No figures${about}.` },
    describeFigureLine,
    pagingButtons(context.buttons, 'figures:page', filters, page),
    provenanceFor(context.catalog, context.guildId),
  );
}

export const figures = defineSlashCommand(TABLE.figures, {
  async execute(interaction, context, filters) {
    const knowledge = await context.knowledge();
    const list = await renderFiguresPage(context, filters, 1);
    // The chart draws the figures of every page; paging keeps it (an update sends no files).
    const title = `Figures${describeFigureFilters(filters)}`;
    const draw = () => renderFiguresChart(findFigures(knowledge, filters), title);
    await respond(interaction, await withChart(list, draw, { name: 'figures.png', description: title }, context.logger));
  },

  button: pageButtonHandler('figures', optionsSchema(TABLE.figures), renderFiguresPage),
});
