import { findFigures } from '../src/core/browse.ts';
import { defineSlashCommand, optionsSchema, type InteractionContext } from '../src/bot/command.ts';
import { pageButtonHandler, pageOf, pagingButtons } from '../src/bot/list-pages.ts';
import { respond } from '../src/bot/respond.ts';
import type { OptionValues } from '../src/format/command-spec.ts';
import { describeFigureLine, renderListPage, type DiscordReply } from '../src/format/discord.ts';
import { TABLE } from './table.ts';

/** The command's options are the list's filters; its buttons carry them back. */
type FigureFilters = OptionValues<typeof TABLE.figures>;

async function renderFiguresPage(context: InteractionContext, filters: FigureFilters, pageNumber: number): Promise<DiscordReply> {
  const knowledge = await context.knowledge();
  const page = pageOf(findFigures(knowledge, filters), pageNumber);
  const about = [filters.topic === undefined ? '' : ` about “${filters.topic}”`, filters.year === undefined ? '' : ` for ${filters.year}`].join('');
  return renderListPage(
    knowledge,
    { ...page, title: `Figures${about}`, emptyText: `No figures${about}.` },
    describeFigureLine,
    pagingButtons(context.buttons, 'figures:page', filters, page),
  );
}

export const figures = defineSlashCommand(TABLE.figures, {
  async execute(interaction, context, filters) {
    await respond(interaction, await renderFiguresPage(context, filters, 1));
  },

  button: pageButtonHandler('figures', optionsSchema(TABLE.figures), renderFiguresPage),
});
