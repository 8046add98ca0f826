import type { ButtonSpec } from '../format/discord.ts';
import type { ButtonState } from './button-state.ts';

/** Items per page of /figures and /timeline: five sentences with citations read comfortably. */
export const LIST_PAGE_SIZE = 5;

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

/** Reads a paging button's payload back: the filters (checked by the caller) and the page number. */
export function parsePagingPayload(payload: string): { filters: unknown; pageNumber: number } | null {
  try {
    const [filters, pageNumber] = JSON.parse(payload) as [unknown, unknown];
    return typeof pageNumber === 'number' ? { filters, pageNumber } : null;
  } catch {
    return null;
  }
}
