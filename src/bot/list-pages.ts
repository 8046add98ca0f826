import type { z } from 'zod';
import { textReply, type ButtonSpec, type DiscordReply } from '../format/discord.ts';
import type { ButtonState } from './button-state.ts';
import type { InteractionContext, SlashCommand } from './command.ts';
import { respond, updateInPlace } from './respond.ts';

/** Items per page of /figures and /timeline: five sentences with citations read comfortably. */
const LIST_PAGE_SIZE = 5;

export interface ListPage<T> {
  readonly items: readonly T[];
  /** 1-based, clamped to the pages there are. */
  readonly pageNumber: number;
  readonly pageCount: number;
  readonly total: number;
}

export function pageOf<T>(items: readonly T[], pageNumber: number): ListPage<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / LIST_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(pageNumber)), pageCount);
  return { items: items.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE), pageNumber: page, pageCount, total: items.length };
}

/**
 * Previous and Next buttons for a list, each carrying the list's filters and the page it leads to,
 * so paging works without the bot remembering anything (and after a restart).
 */
export function pagingButtons(buttons: ButtonState, prefix: string, filters: unknown, page: ListPage<unknown>): ButtonSpec[] {
  const to = (pageNumber: number) => buttons.encode(prefix, JSON.stringify([filters, pageNumber]));
  return [
    ...(page.pageNumber > 1 ? [{ customId: to(page.pageNumber - 1), label: 'Previous' }] : []),
    ...(page.pageNumber < page.pageCount ? [{ customId: to(page.pageNumber + 1), label: 'Next' }] : []),
  ];
}

/**
 * The button handler of a paged list: reads the filters and the page back from the button, checks the
 * filters against the command's schema, and renders that page in place (or says the buttons expired).
 */
export function pageButtonHandler<F>(
  commandName: string,
  filtersSchema: z.ZodType<F>,
  renderPage: (context: InteractionContext, filters: F, pageNumber: number) => Promise<DiscordReply>,
): NonNullable<SlashCommand['button']> {
  return async (interaction, context, _action, payload) => {
    const paging = payload === null ? null : parsePagingPayload(payload);
    const filters = filtersSchema.safeParse(paging?.filters);
    if (paging === null || !filters.success) {
      return respond(interaction, textReply(`These buttons have expired. Run /${commandName} again.`, { private: true }));
    }
    return updateInPlace(interaction, await renderPage(context, filters.data, paging.pageNumber));
  };
}

/** Reads a paging button's payload back: the filters (checked by the caller) and the page number. */
function parsePagingPayload(payload: string): { filters: unknown; pageNumber: number } | null {
  try {
    const [filters, pageNumber] = JSON.parse(payload) as [unknown, unknown];
    return typeof pageNumber === 'number' ? { filters, pageNumber } : null;
  } catch {
    return null;
  }
}
