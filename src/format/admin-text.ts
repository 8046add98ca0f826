import type { DocumentRecord, Gap, HistoryEntry } from '../admin/types.ts';

/**
 * The console's and the plain CLI's text for the admins' commands (issue #14): one line a document,
 * an entry or a gap, with the same fields as the JSON.
 */

function documentLine(record: DocumentRecord): string {
  return `${record.document} (${record.scope}) "${record.title}": ${record.passages} passages, ${record.figures} figures, ${record.timeline} dated entries; ${record.hash}, added ${record.addedAt} by ${record.addedBy}`;
}

export function renderAddedText(record: DocumentRecord): string {
  return `Added ${documentLine(record)}`;
}

export function renderRemovedText(record: DocumentRecord | null, document: string): string {
  return record === null ? `No added document "${document}" here (knowledge list shows them; the host's files are removed from its folder).` : `Removed ${documentLine(record)}`;
}

export function renderDocumentsText(records: readonly DocumentRecord[]): string {
  return records.length === 0 ? 'No documents.' : records.map(documentLine).join('\n');
}

export function renderHistoryText(entries: readonly HistoryEntry[]): string {
  return entries.length === 0 ? 'No changes yet.' : entries.map((entry) => `${entry.at} ${entry.action} ${entry.document} (${entry.hash}) by ${entry.by}`).join('\n');
}

export function renderGapsText(gaps: readonly Gap[]): string {
  return gaps.length === 0 ? 'No unanswered questions.' : gaps.map((gap) => `${gap.count}× ${gap.question} (${gap.kind}, last ${gap.lastAsked})`).join('\n');
}
