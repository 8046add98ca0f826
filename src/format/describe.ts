import { hasUnspacedScript } from '../core/search/segment.ts';
import type { ReloadResult } from '../core/store.ts';
import type { Citation, Figure, TimelineEntry } from '../core/types.ts';

/** Phrases every renderer shares, so the console, the CLI's text mode and Discord say things alike. */

/** "Zhejiang builds … — ¶104, line 213"; a Markdown passage's heading path after the title: "ws › Installing — ¶5, line 54" */
export function describeCitation(citation: Citation): string {
  const section = citation.section === undefined ? '' : ` › ${citation.section}`;
  return `${citation.title}${section} — ¶${citation.paragraph}, line ${citation.line}`;
}

const QUALIFIER_WORDS: Readonly<Record<NonNullable<Figure['qualifier']>, string>> = {
  'more-than': 'more than ',
  'less-than': 'less than ',
  about: 'about ',
  'at-least': 'at least ',
  'at-most': 'at most ',
};

/**
 * The figure as written, with its year when the text gives one: "more than 1,300 (2021)". A Chinese
 * figure's raw text already says its qualifier (超过, 余, 以上), so none is added.
 */
export function describeFigureValue(figure: Figure): string {
  const qualifier = figure.qualifier === undefined || figure.raw.toLowerCase().includes(QUALIFIER_WORDS[figure.qualifier].trim()) || hasUnspacedScript(figure.raw)
    ? ''
    : QUALIFIER_WORDS[figure.qualifier];
  return `${qualifier}${figure.raw}${figure.year === undefined ? '' : ` (${figure.year})`}`;
}

/** "2012-11-15", "by 2025 (target)", and the other dates when copies of a paragraph disagree. */
export function describeDate(entry: TimelineEntry): string {
  const kind = entry.kind === 'target' ? ' (target)' : '';
  const conflict = entry.conflict === undefined
    ? ''
    : ` (copies of this paragraph disagree: ${entry.conflict.dates.join(' / ')})`;
  return `${entry.date}${kind}${conflict}`;
}

/** The lines of a reload report: what changed, or why the old knowledge stayed. */
export function describeReload(result: ReloadResult): string[] {
  const seconds = `${Math.round(result.milliseconds)} ms`;
  if (result.kind === 'failed') {
    return [
      `Reload failed after ${seconds}; the previous knowledge is still in service.`,
      ...result.problems.map((problem) => `• ${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}: ${problem.message}`),
    ];
  }
  const line = (name: string, change: { added: number; removed: number; total: number }) =>
    `• ${name}: ${change.total} (+${change.added} −${change.removed})`;
  const files = result.files;
  const named = (label: string, list: readonly string[] | undefined) => (list === undefined || list.length === 0 ? [] : [`• ${label}: ${list.join(', ')}`]);
  return [
    `Reloaded in ${seconds}.`,
    line('documents', result.diff.documents),
    line('passages', result.diff.passages),
    line('figures', result.diff.figures),
    line('timeline entries', result.diff.timeline),
    ...named('added', files?.added),
    ...named('changed', files?.changed),
    ...named('removed', files?.removed),
    ...(result.keptBack ?? []).flatMap((kept) => [
      `Kept back ${kept.file}: ${kept.kept === 'previous' ? 'the version loaded before is still in service' : 'not loaded'}, because`,
      ...kept.problems.map((problem) => `  ◦ ${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}: ${problem.message}`),
    ]),
  ];
}
