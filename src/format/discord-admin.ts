import { escapeText, fitText, DISCORD_LIMITS } from './discord-text.ts';
import { embedReply, textReply, type ButtonSpec, type DiscordReply } from './discord.ts';
import type { DocumentRecord, Gap, GuildScope, HistoryEntry } from '../admin/types.ts';

/**
 * The replies of the admin commands, `/knowledge` and `/gaps`: what was added or why it was refused,
 * the documents a server is answered from, who changed what, and the questions left unanswered. All
 * private (an admin's business), all escaped, none pinging.
 */

/** Gaps shown on one page of `/gaps`: ten questions with their counts read at a glance. */
export const GAPS_PAGE_SIZE = 10;

/** "this server" or "the base (every server and DM)", as replies name a scope. */
function scopeName(guildId: GuildScope): string {
  return guildId === null ? 'the base (served in every server and in DMs)' : "this server's knowledge";
}

/** Discord shows `<t:…:R>` as "3 minutes ago" in the reader's own time zone. */
function when(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? escapeText(iso) : `<t:${Math.floor(ms / 1000)}:R>`;
}

/** "1 passage", "3 passages". */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function counts(record: Pick<DocumentRecord, 'passages' | 'figures' | 'timeline'>): string {
  return `${count(record.passages, 'passage', 'passages')} · ${count(record.figures, 'figure', 'figures')} · ${count(record.timeline, 'dated entry', 'dated entries')}`;
}

export function renderAdded(record: DocumentRecord, guildId: GuildScope): DiscordReply {
  return textReply(
    `Added **${escapeText(record.title)}** (\`${record.document}\`) to ${scopeName(guildId)}: ${counts(record)}; content hash \`${record.hash}\`.\n` +
      `Questions asked ${guildId === null ? 'anywhere' : 'in this server'} are now answered from it too; \`/knowledge remove\` takes it out.`,
    { private: true },
  );
}

/** A refusal: nothing changed, and exactly why. */
export function renderRefused(fileName: string, reason: string): DiscordReply {
  return textReply(`Nothing was added: ${escapeText(fileName)} was refused.\n${escapeText(reason)}`, { private: true });
}

export function renderRemoved(record: DocumentRecord, guildId: GuildScope): DiscordReply {
  return textReply(
    `Removed **${escapeText(record.title)}** (\`${record.document}\`, hash \`${record.hash}\`) from ${scopeName(guildId)}; it no longer answers questions.`,
    { private: true },
  );
}

export function renderNotFound(document: string): DiscordReply {
  return textReply(`No document “${escapeText(document)}” was added here. \`/knowledge list\` shows the documents and their ids.`, { private: true });
}

/** The documents a scope is answered from: its own first, then the base's, each with its provenance. */
export function renderDocumentList(records: readonly DocumentRecord[], guildId: GuildScope): DiscordReply {
  const line = (record: DocumentRecord): string =>
    `• **${escapeText(record.title)}** \`${record.document}\` · ${counts(record)} · hash \`${record.hash}\` · added by ${escapeText(record.addedBy)} ${when(record.addedAt)}`;
  const own = records.filter((record) => record.scope === 'guild').map(line);
  const base = records.filter((record) => record.scope === 'base').map(line);
  const sections = [
    ...(guildId === null ? [] : [`**This server's documents** (${own.length})\n${own.length === 0 ? 'None yet: add one with `/knowledge add`.' : own.join('\n')}`]),
    `**The base** (${base.length}), served in every server\n${base.join('\n')}`,
  ];
  return embedReply({ title: 'Knowledge', description: fitText(sections.join('\n\n'), DISCORD_LIMITS.embedDescription) }, [], true);
}

const ACTIONS: Record<HistoryEntry['action'], string> = { added: 'added', removed: 'removed', reloaded: 'reloaded' };

/** Who added, removed or reloaded what, newest first. */
export function renderHistory(entries: readonly HistoryEntry[], guildId: GuildScope): DiscordReply {
  if (entries.length === 0) return textReply(`Nothing has been added to or removed from ${scopeName(guildId)} yet.`, { private: true });
  const lines = [...entries]
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((entry) => `• ${when(entry.at)} ${escapeText(entry.by)} ${ACTIONS[entry.action]} \`${entry.document}\` (hash \`${entry.hash}\`)`);
  return embedReply({ title: 'Knowledge history', description: fitText(lines.join('\n'), DISCORD_LIMITS.embedDescription) }, [], true);
}

const KINDS: Record<Gap['kind'], string> = { 'no-match': 'not answered', 'not-helpful': 'marked not helpful' };

/** One page of the gaps: most asked first, each with its count, why it is a gap and when it was last asked. */
export function renderGapsPage(gaps: readonly Gap[], pageNumber: number, buttons: readonly ButtonSpec[]): DiscordReply {
  if (gaps.length === 0) return textReply('No gaps: every question asked here was answered, and none was marked not helpful.', { private: true });
  const pageCount = Math.max(1, Math.ceil(gaps.length / GAPS_PAGE_SIZE));
  const page = Math.min(Math.max(1, pageNumber), pageCount);
  const lines = gaps
    .slice((page - 1) * GAPS_PAGE_SIZE, page * GAPS_PAGE_SIZE)
    .map((gap) => `**${gap.count}×** “${escapeText(fitText(gap.question, 300))}” · ${KINDS[gap.kind]} · last ${when(gap.lastAsked)}`);
  return embedReply(
    {
      title: 'Questions docent could not answer here',
      description: fitText(lines.join('\n'), DISCORD_LIMITS.embedDescription),
      footer: { text: `Page ${page} of ${pageCount} · ${gaps.length} gaps · similar wordings grouped` },
    },
    buttons,
    true,
  );
}

/** What the gaps look like when the database cannot be reached: answering still works. */
export const GAPS_UNAVAILABLE = textReply(
  'Gaps are unavailable right now: the feedback database cannot be reached. Answering works as usual; try again later.',
  { private: true },
);

/**
 * A spreadsheet cell: quoted when it holds a comma, a quote or a line break (quotes doubled, RFC 4180),
 * and a cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return
 * first) is led by an apostrophe, so a question such as `=HYPERLINK(…)` shows as text, never runs.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The gaps as a CSV file (header first, CRLF line ends as RFC 4180 has them), for a spreadsheet. */
export function gapsCsv(gaps: readonly Gap[]): string {
  const rows = [['question', 'count', 'last_asked', 'kind'], ...gaps.map((gap) => [gap.question, gap.count, gap.lastAsked, gap.kind])];
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * A reload's documents by content hash, from the base's records before and after it: "added `notes`
 * (hash …)", "changed `guide` (hash … → …)", "removed `old` (hash …)". Empty when no hash changed.
 */
export function describeHashChanges(before: readonly DocumentRecord[], after: readonly DocumentRecord[]): string[] {
  const was = new Map(before.map((record) => [record.document, record.hash]));
  const now = new Map(after.map((record) => [record.document, record.hash]));
  const lines: string[] = [];
  for (const [document, hash] of now) {
    const old = was.get(document);
    if (old === undefined) lines.push(`• added \`${document}\` (hash \`${hash}\`)`);
    else if (old !== hash) lines.push(`• changed \`${document}\` (hash \`${old}\` → \`${hash}\`)`);
  }
  for (const [document, hash] of was) if (!now.has(document)) lines.push(`• removed \`${document}\` (hash \`${hash}\`)`);
  return lines.length === 0 ? [] : ['**By content hash**', ...lines];
}
