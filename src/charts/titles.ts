import type { FigureFilter, TimelineFilter } from '../core/browse.ts';

/**
 * What a list and its chart are of, in the words every surface uses for their titles: the Discord
 * list's embed, the chart's title, the file the console and the CLI write.
 */

/** " from 2021 to 2022 about “income”" */
export function describeTimelineFilters(filters: TimelineFilter): string {
  const range = [filters.from === undefined ? '' : ` from ${filters.from}`, filters.to === undefined ? '' : ` to ${filters.to}`].join('');
  return `${range}${filters.topic === undefined ? '' : ` about “${filters.topic}”`}`;
}

/** " about “income” for 2022" */
export function describeFigureFilters(filters: FigureFilter): string {
  return [filters.topic === undefined ? '' : ` about “${filters.topic}”`, filters.year === undefined ? '' : ` for ${filters.year}`].join('');
}
